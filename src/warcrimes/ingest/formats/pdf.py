"""PDF: the text layer of every page, with pypdfium2 (PDFium, the engine of Chromium's viewer).

Chosen over pypdf after measuring both on Cyrillic PDFs (bench/bench_pdf.py): the same words
recovered, PDFium about 12 times faster per page; both are BSD/Apache licensed. A page without a
text layer (a scan) is named in the draft's notes; OCR is not attempted.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from warcrimes.domain.hashing import content_hash
from warcrimes.errors import BadInputError
from warcrimes.ingest.formats.drafts import Limits, Original, ReportDraft, SourceFile

MEDIA_TYPE = "application/pdf"
# PDF dates: D:YYYYMMDDHHmmSS with optional parts and zone (PDF 32000-1, 7.9.4).
_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?")


def read(source: SourceFile, limits: Limits) -> Iterator[ReportDraft]:
    """One draft: the text of every page in order, the file's bytes as the original."""
    import pypdfium2 as pdfium

    content = source.read_bytes(limits)
    try:
        document = pdfium.PdfDocument(content)
    except pdfium.PdfiumError as exc:
        raise BadInputError(f"{source.name}: {_open_problem(exc)}") from exc
    try:
        pages, notes = _pages(document, source.name, limits)
        metadata = document.get_metadata_dict(skip_empty=True)
    finally:
        document.close()
    text = "\n\n".join(page for page in pages if page)
    if not text.strip():
        raise BadInputError(f"{source.name}: no page has a text layer (a scanned PDF?); OCR is not available, "
                            "so extract its text elsewhere")
    yield ReportDraft(identity=content_hash(content), format="pdf", text=text[: limits.max_text_chars],
                      original=Original(content, MEDIA_TYPE, source.name), title=metadata.get("Title"),
                      author=metadata.get("Author"), created=pdf_date(metadata.get("CreationDate", "")),
                      notes=tuple(notes))


def _open_problem(exc: Exception) -> str:
    """PDFium's reason, as one sentence a user can act on."""
    reason = str(exc)
    if "password" in reason.lower():
        return "is encrypted (password protected); save an unprotected copy and ingest that"
    if "format" in reason.lower() or "file" in reason.lower():
        return "is not a readable PDF (damaged or not a PDF)"
    return f"cannot be opened as a PDF ({reason})"


def _pages(document: object, name: str, limits: Limits) -> tuple[list[str], list[str]]:
    count = len(document)  # type: ignore[arg-type]
    if count > limits.max_pdf_pages:
        raise BadInputError(f"{name}: has {count:,} pages, more than the {limits.max_pdf_pages:,} allowed")
    pages: list[str] = []
    notes: list[str] = []
    for index in range(count):
        page = document[index]  # type: ignore[index]
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n")
        finally:
            textpage.close()
            page.close()
        if not text.strip():
            notes.append(f"page {index + 1} has no text layer")
        pages.append(text.strip())
    return pages, notes


def pdf_date(value: str) -> dt.datetime | None:
    """A PDF date string as a datetime (zone left out: producers often get it wrong)."""
    match = _PDF_DATE.match(value.strip())
    if not match:
        return None
    year, month, day, hour, minute, second = (int(p) if p else d for p, d in
                                              zip(match.groups(), (0, 1, 1, 0, 0, 0), strict=True))
    try:
        return dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
