"""Reading one report file's bytes safely: refuse what cannot be a report, keep the bytes intact.

Which formats exist and how each becomes text is ingest/readers.py's registry.
"""

from __future__ import annotations

from pathlib import Path

from warcrimes.errors import BadInputError


def read_original(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, at most `max_bytes`; BadInputError names the file and the problem."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise BadInputError(f"{path}: {_megabytes(size)} is larger than the {_megabytes(max_bytes)} "
                                "limit for a report (WARCRIMES_MAX_REPORT_BYTES raises it)")
        with path.open("rb") as handle:
            original = handle.read(max_bytes + 1)
    except OSError as exc:
        raise BadInputError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if len(original) > max_bytes:  # grew while we read it
        raise BadInputError(f"{path}: larger than the {_megabytes(max_bytes)} limit for a report")
    return original


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


def _megabytes(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB"
