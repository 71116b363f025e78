"""Reading one report file's bytes safely: refuse what cannot be a report, keep the bytes intact.

Which formats exist and how each becomes text is ingest/readers.py's registry.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from warcrimes.domain.files import megabytes, open_regular
from warcrimes.errors import BadInputError


def read_original(path: Path, max_bytes: int, *, follow_symlinks: bool = False) -> bytes:
    """The file's bytes, at most `max_bytes`, if it is a regular file (domain/files.py: no FIFO,
    device, socket, folder, or symbolic link unless followed); BadInputError names the file and the problem."""
    handle = open_regular(path, follow_symlinks=follow_symlinks, max_bytes=max_bytes,
                          limit_name="WARCRIMES_MAX_REPORT_BYTES")
    try:
        with handle:
            original = _read_up_to(handle, max_bytes + 1)
    except OSError as exc:
        raise BadInputError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if len(original) > max_bytes:  # grew while we read it
        raise BadInputError(f"{path}: larger than the {megabytes(max_bytes)} limit for a report")
    return original


def _read_up_to(handle: BinaryIO, count: int) -> bytes:
    parts: list[bytes] = []
    left = count
    while left > 0 and (chunk := handle.read(min(left, 1 << 20))):
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


def decode(path: Path, original: bytes) -> str:
    """UTF-8 text of a file, refusing empty, binary and wrongly encoded input."""
    if not original.strip():
        raise BadInputError(f"{path}: is empty")
    if b"\x00" in original[:65536] or b"\x00" in original:
        raise BadInputError(f"{path}: is a binary file (it holds NUL bytes), not a text report")
    try:
        text = original.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadInputError(f"{path}: is not valid UTF-8 (byte 0x{original[exc.start]:02x} at offset "
                            f"{exc.start}); convert it with iconv -t UTF-8") from exc
    return text.removeprefix("\ufeff")


