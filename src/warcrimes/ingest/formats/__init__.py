"""Every report format the system reads, and the one place that lists them (`FORMATS`).

    from warcrimes.ingest.formats import read_source
    for draft in read_source(Path("export/")):      # a Telegram Desktop export folder
        print(draft.identity, draft.published, draft.text[:60], [m.name for m in draft.media])

Each reader is a pure function of the file (no database, no network) that yields report drafts;
`format_of` picks one by the file's first bytes (sniff.py), the name deciding only between plain
text and HTML. A new format is a reader module here plus one line in FORMATS; `warcrimes ingest`,
`warcrimes extract` and uploads follow (services/ingest.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from warcrimes.errors import BadInputError
from warcrimes.ingest.formats import docx, pdf, telegram, text, warc
from warcrimes.ingest.formats.drafts import Limits, MediaFile, Original, Reader, ReportDraft, SourceFile
from warcrimes.ingest.formats.sniff import sniff


@dataclass(frozen=True)
class Format:
    """A kind of source file (as sniff.py names it), what to call it, and its reader."""

    kind: str
    label: str
    read: Reader


FORMATS: dict[str, Format] = {f.kind: f for f in (
    Format("text", "text", text.read_text),
    Format("html", "HTML page", text.read_html),
    Format("pdf", "PDF", pdf.read),
    Format("docx", "DOCX", docx.read),
    Format("warc", "WARC web archive", warc.read),
    Format("wacz", "WACZ web archive", warc.read_wacz),
    Format("telegram", "Telegram export", telegram.read),
)}
#: Names a text file is read under when it sits in a folder (a .csv or .json there is not a report).
TEXT_SUFFIXES = (".txt", ".text", *text.MARKDOWN_SUFFIXES)
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
#: Names that say "I am a report": a folder walk refuses (not passes over) such a file it cannot read.
REPORT_SUFFIXES = (*TEXT_SUFFIXES, *HTML_SUFFIXES, ".pdf", ".docx", ".warc", ".gz", ".wacz")
SUPPORTED = "text (.txt, .md), HTML, PDF, DOCX, WARC/WACZ or a Telegram Desktop export"


def detect_format(source: SourceFile) -> str | None:
    """'telegram', 'pdf', 'docx', 'warc', 'wacz', 'html' or 'text' by content; None if none of them."""
    try:
        return sniff(source)
    except OSError as exc:
        raise BadInputError(f"{source.name}: cannot be read ({exc.strerror or exc})") from exc


def format_of(source: SourceFile, *, any_text_name: bool = True) -> Format:
    """The format of a source by its content; BadInputError (one line, naming it) if no reader takes it.

    Text named .html is read as a page. With `any_text_name` False (a folder walk), text under any
    other name than .txt/.md/.html is refused: a .csv or .json beside the reports is not one.
    """
    kind = detect_format(source)
    suffix = Path(source.name).suffix.lower()
    if kind == "text" and suffix in HTML_SUFFIXES:
        kind = "html"
    if kind is None and suffix in TEXT_SUFFIXES:
        kind = "text"  # binary under a text name: the text reader says exactly what is wrong
    if kind == "text" and not any_text_name and suffix not in TEXT_SUFFIXES:
        raise BadInputError(f"{source.name}: is text named {suffix or '(no extension)'!r}, not a report "
                            "format; name it .txt (or .md, .html) to ingest it")
    found = FORMATS.get(kind or "")
    if found is None:
        raise BadInputError(f"{source.name}: is not a report source this system reads (not {SUPPORTED})")
    return found


def read_source(source: Path | SourceFile, limits: Limits | None = None) -> Iterator[ReportDraft]:
    """The report drafts in one file or Telegram export folder, read by its format's reader."""
    found = source if isinstance(source, SourceFile) else SourceFile.from_path(source)
    return format_of(found).read(found, limits or Limits())


__all__ = ["FORMATS", "Format", "Limits", "MediaFile", "Original", "Reader", "ReportDraft", "SourceFile",
           "detect_format", "format_of", "read_source"]
