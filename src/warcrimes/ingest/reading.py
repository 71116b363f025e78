"""Decoding a text report's bytes safely: refuse empty, binary and wrongly encoded input.

Which formats exist and how each becomes text is ingest/formats/__init__.py's registry.
"""

from __future__ import annotations

from pathlib import Path

from warcrimes.errors import BadInputError


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
