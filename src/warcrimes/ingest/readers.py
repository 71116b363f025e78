"""One reader per report format, found by the file's type: the only place that lists formats.

A reader is a pure function of a file's name and original bytes that returns the text extraction
reads and whatever metadata the file itself declares (an HTML page's publication date, site and
address). A new format is a reader module under ingest/formats/ plus one `Format` line in
FORMATS; the ingest path (services/ingest.py) and every command and page that ingests follow.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from warcrimes.domain.files import symlink_problem
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
    return Reading(main_text(path, markup), page_metadata(markup))


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


def load_report(path: Path, max_bytes: int, *, follow_symlinks: bool = False) -> LoadedFile:
    """Read one report file with its format's reader; BadInputError names the file and the problem.
    What the file is (a folder, a FIFO, a device) is checked before its name's extension."""
    original = read_original(path, max_bytes, follow_symlinks=follow_symlinks)
    fmt = format_of(path)
    reading = fmt.read(path, original)
    text = reading.text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise BadInputError(f"{path}: is empty (no text to extract)")
    return LoadedFile(path, original, text, fmt.media_type, reading.declared)


#: Files a folder walk passes over: documentation beside the reports, not reports.
SKIPPED_NAMES = ("README", "LICENSE", "NOTICE")


@dataclass(frozen=True)
class Found:
    """A file to ingest, or a path named or met that cannot be one, with the line that says why."""

    path: Path
    problem: str | None = None


def collect(paths: Iterable[Path], *, follow_symlinks: bool = False) -> list[Found]:
    """Report files named directly or found in folders (sorted; sidecars, READMEs and hidden files
    passed over). A folder walk never follows a symbolic link unless asked, and never out of the
    folder being walked; a named folder with no report in it is said so."""
    found: list[Found] = []
    for path in paths:
        if path.is_dir() and (follow_symlinks or not path.is_symlink()):
            inside = _walk(path, follow_symlinks)
            found.extend(inside or [Found(path, f"{path}: is a folder with no report files "
                                                f"({' '.join(sorted(_BY_SUFFIX))}) in it")])
        else:
            found.append(Found(path))
    return found


def _walk(root: Path, follow_symlinks: bool) -> list[Found]:
    real_root = root.resolve()
    found: list[Found] = []
    for folder, subfolders, names in os.walk(root, followlinks=follow_symlinks):
        here = Path(folder)
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        linked = [d for d in subfolders if (here / d).is_symlink()]
        if follow_symlinks:  # a linked folder is entered only if it stays inside the root
            outside = [d for d in linked if not _inside(here / d, real_root)]
            found.extend(Found(here / d, f"{here / d}: is a symbolic link pointing outside {root}; not followed")
                         for d in outside)
        else:
            outside = linked
            found.extend(Found(here / d, symlink_problem(here / d)) for d in linked)
        subfolders[:] = [d for d in subfolders if d not in outside]
        for name in sorted(names):
            path = here / name
            if name.startswith(".") or name.upper().startswith(SKIPPED_NAMES) or not is_report_file(path):
                continue
            if path.is_symlink():
                if not follow_symlinks:
                    found.append(Found(path, symlink_problem(path)))
                    continue
                if not _inside(path, real_root):
                    found.append(Found(path, f"{path}: is a symbolic link pointing outside {root} "
                                             f"(to {os.readlink(path)}); not followed"))
                    continue
            found.append(Found(path))
    return sorted(found, key=lambda f: f.path)


def _inside(path: Path, real_root: Path) -> bool:
    try:
        return path.resolve().is_relative_to(real_root)
    except OSError:
        return False
