"""The evidence vault: content-addressed, streamed, atomic, deduplicated, read-only originals."""

from __future__ import annotations

import hashlib
import os
import struct
from pathlib import Path

import pytest

from warcrimes.custody import probe
from warcrimes.custody.vault import Vault, digest_of, hash_file
from warcrimes.errors import BadInputError


def test_object_is_stored_under_its_sha256(tmp_path: Path) -> None:
    source = tmp_path / "clip.mp4"
    source.write_bytes(b"\x00\x00\x00\x18ftypmp42" + os.urandom(3 << 20))
    stored = Vault(tmp_path / "vault").put(source)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    assert stored.content_hash == f"SHA-256:{digest}"
    assert stored.path == tmp_path / "vault" / "sha256" / digest[:2] / digest[2:]
    assert stored.path.read_bytes() == source.read_bytes()
    assert stored.size == source.stat().st_size and stored.created


def test_kernel_copy_over_many_steps_hashes_the_stored_bytes(tmp_path: Path) -> None:
    source = tmp_path / "long.mov"
    source.write_bytes(os.urandom(17 << 20) + b"tail!")
    stored = Vault(tmp_path / "vault").put(source)
    assert stored.content_hash == "SHA-256:" + hashlib.sha256(source.read_bytes()).hexdigest()
    assert stored.path.read_bytes() == source.read_bytes()


def test_copy_falls_back_to_user_space_where_the_kernel_cannot(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> int:
        raise OSError(22, "Invalid argument")

    monkeypatch.setattr(os, "copy_file_range", refuse)
    source = tmp_path / "clip"
    source.write_bytes(os.urandom(3 << 20))
    stored = Vault(tmp_path / "vault").put(source)
    assert stored.path.read_bytes() == source.read_bytes()


def test_same_bytes_twice_are_stored_once(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault")
    (tmp_path / "a").write_bytes(b"same testimony")
    (tmp_path / "b").write_bytes(b"same testimony")
    first, second = vault.put(tmp_path / "a"), vault.put(tmp_path / "b")
    assert first.content_hash == second.content_hash and not second.created
    assert len(list(vault.objects())) == 1


def test_placed_object_is_read_only_and_no_temp_file_remains(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault")
    (tmp_path / "a").write_bytes(b"original")
    stored = vault.put(tmp_path / "a")
    assert stored.path.stat().st_mode & 0o222 == 0
    assert list(vault.temp_dir.iterdir()) == []


def test_original_is_left_untouched(tmp_path: Path) -> None:
    source = tmp_path / "a"
    source.write_bytes(b"original")
    before = source.stat()
    Vault(tmp_path / "vault").put(source)
    after = source.stat()
    assert (before.st_mtime_ns, before.st_mode, source.read_bytes()) == \
        (after.st_mtime_ns, after.st_mode, b"original")


def test_empty_file_is_a_valid_object(tmp_path: Path) -> None:
    (tmp_path / "empty").write_bytes(b"")
    stored = Vault(tmp_path / "vault").put(tmp_path / "empty")
    assert stored.content_hash == "SHA-256:" + hashlib.sha256(b"").hexdigest() and stored.size == 0


def test_hash_file_equals_hashlib_across_chunk_boundaries(tmp_path: Path) -> None:
    blob = os.urandom((1 << 20) * 2 + 17)
    (tmp_path / "x").write_bytes(blob)
    assert hash_file(tmp_path / "x") == ("SHA-256:" + hashlib.sha256(blob).hexdigest(), len(blob))


def test_partial_copies_of_dead_processes_are_cleaned(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault")
    vault.temp_dir.mkdir(parents=True)
    dead = vault.temp_dir / "999999999-abc.part"
    live = vault.temp_dir / f"{os.getpid()}-abc.part"
    dead.write_bytes(b"half")
    live.write_bytes(b"in progress")
    assert vault.clean_temp() == [dead]
    assert live.exists()


def test_malformed_content_hash_is_refused() -> None:
    with pytest.raises(BadInputError, match="SHA-256:<64 hex digits>"):
        digest_of("SHA-256:../../etc/passwd")


def test_missing_source_is_a_sentence(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="cannot read evidence file"):
        Vault(tmp_path / "vault").put(tmp_path / "nowhere.mp4")


def jpeg_with_exif(make: str) -> bytes:
    """A minimal JPEG: SOI, an APP1 Exif segment with IFD0 holding one Make tag, EOI."""
    value = make.encode() + b"\x00"
    ifd = struct.pack("<H", 1) + struct.pack("<HHII", 0x010F, 2, len(value), 26) + struct.pack("<I", 0)
    tiff = b"II*\x00" + struct.pack("<I", 8) + ifd + value
    app1 = b"Exif\x00\x00" + tiff
    return b"\xff\xd8" + b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1 + b"\xff\xd9"


def test_exif_of_a_photo_is_recorded(tmp_path: Path) -> None:
    photo = tmp_path / "p.jpg"
    photo.write_bytes(jpeg_with_exif("FieldCam"))
    kind = probe.media_type(photo, photo.read_bytes()[:64])
    assert kind == "image/jpeg"
    assert probe.technical_metadata(photo, kind)["exif"]["Image Make"] == "FieldCam"


def test_video_without_ffprobe_notes_the_missing_tool(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(probe.shutil, "which", lambda _name: None)
    assert "missing" in probe.technical_metadata(tmp_path / "v.mp4", "video/mp4")["ffprobe"]


@pytest.mark.parametrize(("head", "name", "kind"), [
    (b"\x89PNG\r\n\x1a\n....", "x.bin", "image/png"),
    (b"\x00\x00\x00\x18ftypisom", "x", "video/mp4"),
    (b"RIFF\x00\x00\x00\x00WAVEfmt ", "x", "audio/wav"),
    (b"plain words", "notes.txt", "text/plain"),
    (b"\x00\x01", "blob", "application/octet-stream"),
])
def test_media_type_comes_from_bytes_first_then_name(head: bytes, name: str, kind: str) -> None:
    assert probe.media_type(Path(name), head) == kind


@pytest.mark.slow
def test_large_file_is_stored_in_constant_memory(tmp_path: Path) -> None:
    """A 512 MiB file through the vault in a fresh process: peak RSS stays far below the file size."""
    import subprocess
    import sys

    source = tmp_path / "long-video.mp4"
    with open(source, "wb") as out:
        out.truncate(512 << 20)
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over fork and exec from the (large) test process
    script = ("import sys; from pathlib import Path; from warcrimes.custody.vault import Vault; "
              "Vault(Path(sys.argv[2])).put(Path(sys.argv[1])); "
              "print(next(ln.split()[1] for ln in open('/proc/self/status') if ln.startswith('VmHWM')))")
    done = subprocess.run([sys.executable, "-c", script, str(source), str(tmp_path / "vault")],
                          capture_output=True, text=True, check=True, timeout=300)
    peak_mib = int(done.stdout.strip()) / 1024
    assert peak_mib < 100, f"peak RSS {peak_mib:.0f} MiB"
