"""Reading one report file: refuse what cannot be a report, get its text, keep its bytes intact."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from warcrimes.errors import BadInputError

MEDIA_TYPES = {".txt": "text/plain", ".md": "text/markdown", ".html": "text/html", ".htm": "text/html"}


@dataclass(frozen=True)
class LoadedFile:
    """A report file's original bytes and the text extraction will read."""

    path: Path
    original: bytes
    text: str
    media_type: str


def is_report_file(path: Path) -> bool:
    return path.suffix.lower() in MEDIA_TYPES


def read_report_file(path: Path, max_bytes: int) -> LoadedFile:
    """The file's bytes and text; BadInputError names the file and the problem."""
    media_type = MEDIA_TYPES.get(path.suffix.lower())
    if media_type is None:
        supported = " ".join(sorted(MEDIA_TYPES))
        raise BadInputError(f"{path}: unknown extension {path.suffix or '(none)'!r}; reports must be {supported}")
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
    text = decode(path, original)
    if media_type == "text/html":
        from warcrimes.ingest.html import main_text

        text = main_text(path, text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise BadInputError(f"{path}: is empty (no text to extract)")
    return LoadedFile(path, original, text, media_type)


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
