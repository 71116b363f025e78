"""Decoding a text report's bytes safely: refuse empty, binary and wrongly encoded input.

Which formats exist and how each becomes text is ingest/formats/__init__.py's registry.
"""

from __future__ import annotations

import codecs
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


def _looks_like_utf16(head: bytes) -> bool:
    """Mostly NUL in every other byte and none in the others: Latin-script text saved as UTF-16."""
    if len(head) < 8:
        return False
    even, odd = head[0::2], head[1::2]
    return max(even.count(0) / len(even), odd.count(0) / len(odd)) > 0.6 and min(even.count(0), odd.count(0)) == 0


def _read_up_to(handle: BinaryIO, count: int) -> bytes:
    parts: list[bytes] = []
    left = count
    while left > 0 and (chunk := handle.read(min(left, 1 << 20))):
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


#: Byte order marks of the Unicode encodings other than UTF-8 (UTF-32 first: its LE mark starts like UTF-16's).
BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"), (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"))


def decode(path: Path, original: bytes) -> str:
    """UTF-8 text of a file (or UTF-16/32 with its byte order mark, as Windows tools save text),
    refusing empty, binary and wrongly encoded input."""
    if not original.strip():
        raise BadInputError(f"{path}: is empty")
    for bom, codec, name in BOMS:
        if original.startswith(bom):
            try:
                return original[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                raise BadInputError(f"{path}: starts as {name} (byte order mark) but is not valid {name} at "
                                    f"offset {exc.start + len(bom)}; convert it with iconv -t UTF-8") from exc
    if _looks_like_utf16(original[:4096]):
        raise BadInputError(f"{path}: looks like UTF-16 text without a byte order mark; convert it with "
                            "iconv -f UTF-16LE -t UTF-8 (or UTF-16BE)")
    if b"\x00" in original[:65536] or b"\x00" in original:
        raise BadInputError(f"{path}: is a binary file (it holds NUL bytes), not a text report")
    try:
        text = original.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadInputError(f"{path}: is not valid UTF-8 (byte 0x{original[exc.start]:02x} at offset "
                            f"{exc.start}); convert it with iconv -t UTF-8") from exc
    return text.removeprefix("\ufeff")


