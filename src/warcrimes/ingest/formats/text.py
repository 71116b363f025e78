"""Plain text, Markdown and saved HTML pages: one draft each, the file's bytes as the original.

Text must be UTF-8 (reading.decode refuses empty, binary and wrongly encoded files); a page gives
its article text (trafilatura, ingest/html.py) and the date, site and address its markup declares.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from warcrimes.domain.hashing import content_hash
from warcrimes.ingest.formats.drafts import Limits, Original, ReportDraft, SourceFile
from warcrimes.ingest.reading import decode

MARKDOWN_SUFFIXES = (".md", ".markdown")


def read_text(source: SourceFile, limits: Limits) -> Iterator[ReportDraft]:
    """The whole file as the report's text (Markdown kept as written)."""
    content = source.read_bytes(limits)
    text = _lines(decode(Path(source.name), content))
    media = "text/markdown" if Path(source.name).suffix.lower() in MARKDOWN_SUFFIXES else "text/plain"
    yield ReportDraft(identity=content_hash(content), format="text", text=text[: limits.max_text_chars],
                      original=Original(content, media, source.name))


def read_html(source: SourceFile, limits: Limits) -> Iterator[ReportDraft]:
    """The page's article text, with what its markup declares about it."""
    from warcrimes.ingest.html import main_text, page_metadata

    content = source.read_bytes(limits)
    markup = decode(Path(source.name), content)
    declared = page_metadata(markup)
    published = declared.get("published")
    yield ReportDraft(identity=content_hash(content), format="html",
                      text=_lines(main_text(Path(source.name), markup))[: limits.max_text_chars],
                      original=Original(content, "text/html", source.name), url=declared.get("url"),
                      publisher=declared.get("publisher"),
                      published=dt.datetime.fromisoformat(published) if published else None)


def _lines(text: str) -> str:
    """One kind of line end for extraction (the original keeps its own)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
