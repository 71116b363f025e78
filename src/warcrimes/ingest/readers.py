"""One reader per report format, found by the file's type: the only place that lists formats.

A reader is a pure function of a file's name and original bytes that returns the text extraction
reads and whatever metadata the file itself declares (an HTML page's publication date, site and
address). A new format is a reader module under ingest/formats/ plus one `Format` line in
FORMATS; the ingest path (services/ingest.py) and every command and page that ingests follow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from warcrimes.errors import BadInputError
from warcrimes.ingest.html import main_text, page_metadata
from warcrimes.ingest.reading import decode, read_original


@dataclass(frozen=True)
class Reading:
    """What a reader got from one file: its text, and metadata the file declares about itself."""

    text: str
    declared: dict[str, str] = field(default_factory=dict)  # keys of ingest/metadata.py from_mapping


Reader = Callable[[Path, bytes], Reading]


@dataclass(frozen=True)
class Format:
    media_type: str
    suffixes: tuple[str, ...]
    read: Reader


@dataclass(frozen=True)
class LoadedFile:
    """A report file's original bytes, the text extraction will read, and what the file declares."""

    path: Path
    original: bytes
    text: str
    media_type: str
    declared: dict[str, str] = field(default_factory=dict)


def plain_text(path: Path, original: bytes) -> Reading:
    return Reading(decode(path, original))


def html_page(path: Path, original: bytes) -> Reading:
    """The article text of a page (trafilatura) and the date, site and address its markup declares."""
    markup = decode(path, original)
    return Reading(main_text(path, markup), page_metadata(original.decode("utf-8", "replace")))


FORMATS = (
    Format("text/plain", (".txt",), plain_text),
    Format("text/markdown", (".md",), plain_text),
    Format("text/html", (".html", ".htm"), html_page),
)
_BY_SUFFIX = {suffix: fmt for fmt in FORMATS for suffix in fmt.suffixes}


def is_report_file(path: Path) -> bool:
    return path.suffix.lower() in _BY_SUFFIX


def format_of(path: Path) -> Format:
    """The format of a report file; BadInputError naming the formats there are."""
    found = _BY_SUFFIX.get(path.suffix.lower())
    if found is None:
        supported = " ".join(sorted(_BY_SUFFIX))
        raise BadInputError(f"{path}: unknown extension {path.suffix or '(none)'!r}; reports must be {supported}")
    return found


def load_report(path: Path, max_bytes: int) -> LoadedFile:
    """Read one report file with its format's reader; BadInputError names the file and the problem."""
    fmt = format_of(path)
    original = read_original(path, max_bytes)
    reading = fmt.read(path, original)
    text = reading.text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise BadInputError(f"{path}: is empty (no text to extract)")
    return LoadedFile(path, original, text, fmt.media_type, reading.declared)


#: Files a folder walk passes over: documentation beside the reports, not reports.
SKIPPED_NAMES = ("README", "LICENSE", "NOTICE")


def collect(paths: Iterable[Path]) -> list[Path]:
    """Report files named directly or found in folders (sorted; sidecars, READMEs and hidden files
    passed over)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and is_report_file(p)
                                and not p.name.upper().startswith(SKIPPED_NAMES)
                                and not any(part.startswith(".") for part in p.relative_to(path).parts)))
        else:
            found.append(path)
    return found
