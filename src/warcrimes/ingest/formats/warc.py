"""Web archives (WARC, and WACZ packages of them): one draft per archived HTML page, with warcio.

The main text comes from the same trafilatura code as a saved HTML page (ingest/html.py); the
target URI and the capture date are the draft's url and captured time (published is the date the
page's own markup declares, if any); the original is the
record's exact bytes (its gzip member in a .warc.gz) with its offsets in the file. warcio stops
quietly at a truncated gzip member and returns a short body for a truncated plain record, so both
are checked here: a record must be as long as it declares and the file must end where the last
record ends.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcrimes.domain.hashing import content_hash
from warcrimes.errors import BadInputError
from warcrimes.ingest.formats.drafts import Limits, Original, ReportDraft, SourceFile
from warcrimes.ingest.formats.zipguard import checked_zip

MEDIA_TYPE = "application/warc"
HTML_TYPES = ("text/html", "application/xhtml+xml")
PAGE_RECORDS = ("response", "resource")


def read(source: SourceFile, limits: Limits) -> Iterator[ReportDraft]:
    """Every archived HTML page with article text, in file order."""
    yield from pages(source.read_bytes(limits), source.name, limits)


def read_wacz(source: SourceFile, limits: Limits) -> Iterator[ReportDraft]:
    """The pages of every WARC file in a WACZ package's archive/ folder."""
    content = source.read_bytes(limits)
    with checked_zip(content, source.name, limits) as package:
        names = sorted(n for n in package.namelist() if n.startswith("archive/") and ".warc" in n)
        if not names:
            raise BadInputError(f"{source.name}: is a WACZ package without WARC files in archive/")
        for name in names:
            yield from pages(package.read(name), f"{source.name}!{name}", limits)


def pages(content: bytes, name: str, limits: Limits) -> Iterator[ReportDraft]:
    """The drafts of one WARC file's bytes (plain or gzipped per record)."""
    from warcio.archiveiterator import ArchiveIterator

    records = ArchiveIterator(io.BytesIO(content))
    end = 0
    found = 0
    skipped: list[str] = []
    try:
        for record in records:
            body = _body(record, limits) if _is_page(record) else None
            records.read_to_end(record)
            if getattr(record.raw_stream, "limit", 0):
                raise BadInputError(f"{name}: the record at byte {records.get_record_offset():,} is truncated "
                                    "(shorter than its Content-Length)")
            start, end = records.get_record_offset(), records.get_record_offset() + records.get_record_length()
            if body is None:
                continue
            draft = _draft(record, body, Original(content[start:end], MEDIA_TYPE, name, (start, end)), name)
            if draft is None:
                skipped.append(record.rec_headers.get_header("WARC-Target-URI") or "?")
                continue
            found += 1
            yield draft
    except BadInputError:
        raise
    except Exception as exc:  # noqa: BLE001 - warcio raises ArchiveLoadFailed, ValueError, AttributeError...
        raise BadInputError(f"{name}: a damaged or truncated WARC record after byte {end:,} "
                            f"({type(exc).__name__})") from exc
    if content[end:].strip():
        raise BadInputError(f"{name}: the record after byte {end:,} is truncated or damaged")
    if not found:
        problem = "no archived page has article text" if skipped else "holds no archived HTML page"
        raise BadInputError(f"{name}: {problem}")


def _is_page(record: Any) -> bool:
    if record.rec_type not in PAGE_RECORDS:
        return False
    headers = record.http_headers if record.http_headers is not None else record.rec_headers
    content_type = (headers.get_header("Content-Type") or "").lower()
    return content_type.startswith(HTML_TYPES)


def _body(record: Any, limits: Limits) -> bytes:
    body: bytes = record.content_stream().read(limits.max_file_bytes + 1)
    if len(body) > limits.max_file_bytes:
        raise BadInputError("an archived page is larger than the size limit for one source file")
    return body


def _draft(record: Any, body: bytes, original: Original, name: str) -> ReportDraft | None:
    from warcrimes.ingest.html import main_text, page_metadata

    html = _decode(body, record)
    uri = record.rec_headers.get_header("WARC-Target-URI")
    try:
        text = main_text(Path(f"{name} ({uri})"), html)
    except BadInputError:
        return None
    page = page_metadata(html)
    published = dt.datetime.fromisoformat(page["published"]) if "published" in page else None
    return ReportDraft(identity=content_hash(original.content), format="warc", text=text, original=original,
                       title=_title(html), url=uri, published=published, publisher=page.get("publisher"),
                       captured=_warc_date(record.rec_headers.get_header("WARC-Date")))


def _decode(body: bytes, record: Any) -> str:
    """The page as text: the charset the HTTP headers declare, else UTF-8, else Windows-1251."""
    headers = record.http_headers
    content_type = (headers.get_header("Content-Type") or "") if headers is not None else ""
    declared = content_type.lower().partition("charset=")[2].split(";")[0].strip().strip('"')
    for encoding in (declared, "utf-8", "cp1251"):
        if not encoding:
            continue
        try:
            return body.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("utf-8", errors="replace")


def _title(html: str) -> str | None:
    import lxml.html

    try:
        title = lxml.html.fromstring(html).findtext(".//title")
    except (ValueError, lxml.etree.ParserError):
        return None
    return " ".join(title.split()) or None if title else None


def _warc_date(value: str | None) -> dt.datetime | None:
    """WARC-Date (ISO 8601 in UTC, 'Z' suffix) as an aware datetime."""
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
