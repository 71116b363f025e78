"""Readers for report sources beyond plain text and HTML: Telegram exports, PDF, DOCX, WARC/WACZ.

    from warcrimes.ingest.formats import read_source
    for draft in read_source(Path("export/")):      # a Telegram Desktop export folder
        print(draft.identity, draft.published, draft.text[:60], [m.name for m in draft.media])

Each reader is a pure function of the file (no database, no network); `read_source` picks one by
the file's first bytes (sniff.py). Plain text and HTML are named by `detect_format` but read by
ingest/reading.py, as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcrimes.errors import BadInputError
from warcrimes.ingest.formats import docx, pdf, telegram, warc
from warcrimes.ingest.formats.drafts import Limits, MediaFile, Original, Reader, ReportDraft, SourceFile
from warcrimes.ingest.formats.sniff import sniff

READERS: dict[str, Reader] = {
    "telegram": telegram.read,
    "pdf": pdf.read,
    "docx": docx.read,
    "warc": warc.read,
    "wacz": warc.read_wacz,
}


def detect_format(source: SourceFile) -> str | None:
    """'telegram', 'pdf', 'docx', 'warc', 'wacz', 'html' or 'text' by content; None if none of them."""
    try:
        return sniff(source)
    except OSError as exc:
        raise BadInputError(f"{source.name}: cannot be read ({exc.strerror or exc})") from exc


def read_source(source: Path | SourceFile, limits: Limits | None = None) -> Iterator[ReportDraft]:
    """The report drafts in one file or Telegram export folder, by its content type.

    BadInputError (one line naming the file) for a file no reader here takes: plain text and
    HTML go to ingest/reading.py; anything else is not a report source.
    """
    found = source if isinstance(source, SourceFile) else SourceFile.from_path(source)
    kind = detect_format(found)
    if kind in ("html", "text"):
        raise BadInputError(f"{found.name}: is {kind}, read by the plain report reader, not a format reader")
    reader = READERS.get(kind or "")
    if reader is None:
        raise BadInputError(f"{found.name}: is not a report source this system reads (not text, HTML, PDF, "
                            "DOCX, WARC/WACZ or a Telegram export)")
    return reader(found, limits or Limits())


__all__ = ["READERS", "Limits", "MediaFile", "Original", "Reader", "ReportDraft", "SourceFile", "detect_format",
           "read_source"]
