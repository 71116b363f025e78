"""The vault's direct-write path: the hash is of the stored bytes whatever the size, the source
or the file system, and a failure on either side is raised, never hung on or half-stored."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import threading
from pathlib import Path

import pytest

from warcrimes.custody import direct_copy
from warcrimes.custody.direct_copy import ALIGN, BUFFER, direct_copy_and_hash
from warcrimes.custody.vault import Vault


def _sha256(blob: bytes) -> str:
    return "SHA-256:" + hashlib.sha256(blob).hexdigest()


@pytest.mark.parametrize("size", [0, 1, ALIGN, ALIGN + 1, BUFFER, BUFFER * 5 + 4097, BUFFER * 4])
def test_stored_bytes_and_hash_match_the_source_at_every_boundary(tmp_path: Path, size: int) -> None:
    blob = os.urandom(size)
    (tmp_path / "clip").write_bytes(blob)
    stored = Vault(tmp_path / "vault").put(tmp_path / "clip")
    assert stored.content_hash == _sha256(blob) and stored.size == size
    assert stored.path.read_bytes() == blob


def test_direct_writes_are_used_where_the_file_system_takes_them(tmp_path: Path) -> None:
    blob = os.urandom(BUFFER + 3)
    fd = os.open(tmp_path / "out", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        copied = direct_copy_and_hash(io.BytesIO(blob), fd)
    finally:
        os.close(fd)
    if direct_copy.O_DIRECT and copied is None:
        pytest.skip("this file system refuses O_DIRECT")
    assert copied == (hashlib.sha256(blob).hexdigest(), len(blob))
    assert (tmp_path / "out").read_bytes() == blob


class Trickle(io.RawIOBase):
    """A source that hands out a few bytes at a time, as a pipe or a socket does."""

    def __init__(self, blob: bytes, step: int) -> None:
        self.stream, self.step = io.BytesIO(blob), step

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        return self.stream.readinto(memoryview(buffer)[:self.step])


def test_short_reads_from_a_stream_still_store_every_byte(tmp_path: Path) -> None:
    blob = os.urandom(BUFFER * 2 + 777)
    stored = Vault(tmp_path / "vault").put_stream(Trickle(blob, 65_521))  # type: ignore[arg-type]
    assert stored.content_hash == _sha256(blob) and stored.path.read_bytes() == blob


def test_device_refusing_direct_writes_gets_buffered_ones(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write

    def refuse_direct(fd: int, view: bytes) -> int:
        import fcntl

        if fcntl.fcntl(fd, fcntl.F_GETFL) & direct_copy.O_DIRECT:
            raise OSError(errno.EINVAL, "Invalid argument")
        return real_write(fd, view)

    monkeypatch.setattr(os, "write", refuse_direct)
    blob = os.urandom(BUFFER * 2 + 5)
    (tmp_path / "clip").write_bytes(blob)
    stored = Vault(tmp_path / "vault").put(tmp_path / "clip")
    assert stored.content_hash == _sha256(blob) and stored.path.read_bytes() == blob


@pytest.mark.parametrize("kernel_copies", [True, False])
def test_without_direct_writes_the_older_copies_still_hash_the_stored_bytes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kernel_copies: bool) -> None:
    monkeypatch.setattr(direct_copy, "O_DIRECT", 0)
    if not kernel_copies:
        def refuse(*_args: object) -> int:
            raise OSError(errno.EXDEV, "Invalid cross-device link")

        monkeypatch.setattr(os, "copy_file_range", refuse)
    blob = os.urandom(BUFFER * 3 + 11)
    (tmp_path / "clip").write_bytes(blob)
    stored = Vault(tmp_path / "vault").put(tmp_path / "clip")
    assert stored.content_hash == _sha256(blob) and stored.path.read_bytes() == blob


def test_full_disk_is_raised_and_leaves_no_partial_object(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write
    written = [0]

    def fill_up(fd: int, view: bytes) -> int:
        if written[0] >= BUFFER:
            raise OSError(errno.ENOSPC, "No space left on device")
        written[0] += len(view)
        return real_write(fd, view)

    monkeypatch.setattr(os, "write", fill_up)
    (tmp_path / "clip").write_bytes(os.urandom(BUFFER * 8))
    vault = Vault(tmp_path / "vault")
    with pytest.raises(OSError, match="No space left"):
        vault.put(tmp_path / "clip")
    assert list(vault.temp_dir.iterdir()) == [] and list(vault.objects()) == []


class Failing(io.RawIOBase):
    """A source whose device fails after a few buffers (a pulled USB stick)."""

    def __init__(self, good: int) -> None:
        self.left = good

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self.left <= 0:
            raise OSError(errno.EIO, "Input/output error")
        self.left -= 1
        memoryview(buffer)[:] = b"\x01" * len(buffer)
        return len(buffer)


def test_source_failing_midway_is_raised_and_the_helper_threads_end(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault")
    before = threading.active_count()
    with pytest.raises(OSError, match="Input/output error"):
        vault.put_stream(Failing(good=6))  # type: ignore[arg-type]
    assert threading.active_count() == before
    assert list(vault.temp_dir.iterdir()) == []
