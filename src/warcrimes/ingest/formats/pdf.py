"""PDF: the text layer of every page, with pypdfium2 (PDFium, the engine of Chromium's viewer).

Chosen over pypdf after measuring both on Cyrillic PDFs (bench/bench_pdf.py): the same words
recovered, PDFium about 12 times faster per page; both are BSD/Apache licensed. A page without a
text layer (a scan) is rendered by PDFium and read by Tesseract (formats/ocr.py); the draft's notes
name every such page and what OCR made of it, and the PDF's bytes stay the report's original.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import time
from collections.abc import Iterator

from warcrimes.domain.hashing import content_hash
from warcrimes.errors import BadInputError
from warcrimes.ingest.formats.drafts import Limits, Original, ReportDraft, SourceFile
from warcrimes.ingest.formats.ocr import GrayImage, OcrFailed, OcrUnavailable, read_image, tesseract_command

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
        raise BadInputError(f"{source.name}: no page has a text layer (a scanned PDF?) {_why_empty(notes)}")
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
    scanned: list[int] = []
    for index in range(count):
        page = document[index]  # type: ignore[index]
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n")
        finally:
            textpage.close()
            page.close()
        if not text.strip():
            scanned.append(index)
        pages.append(text.strip())
    if scanned:
        notes = _ocr_pages(document, scanned, pages, limits)
    return pages, notes


def _ocr_pages(document: object, scanned: list[int], pages: list[str], limits: Limits) -> list[str]:
    """Fill in the pages without a text layer by OCR; one note per such page saying what came of it."""
    try:
        command = tesseract_command()
    except OcrUnavailable as exc:
        return [f"page {index + 1} has no text layer; {exc}" for index in scanned]
    notes = []
    deadline = time.monotonic() + limits.ocr_total_seconds
    for done, index in enumerate(scanned):
        head = f"page {index + 1} has no text layer"
        left = deadline - time.monotonic()
        if done >= limits.max_ocr_pages or left <= 0:
            notes.append(f"{head}; not read: OCR reads at most {limits.max_ocr_pages:,} pages and "
                         f"{limits.ocr_total_seconds:g} s of a file")
            continue
        image = _render(document, index, limits.max_ocr_pixels)
        if image.is_blank():
            notes.append(f"{head} and is blank")
            continue
        try:
            pages[index] = read_image(command, image, timeout=min(limits.ocr_timeout_seconds, left))
        except OcrFailed as exc:
            notes.append(f"{head}; {exc}")
            continue
        notes.append(f"{head}; its text was read by OCR" if pages[index] else f"{head}; OCR found no text on it")
    return notes


def _render(document: object, index: int, max_pixels: int) -> GrayImage:
    """The page in grayscale at 300 dpi, or at less when that would exceed `max_pixels`."""
    page = document[index]  # type: ignore[index]
    try:
        width, height = page.get_size()
        # 0.99: PDFium rounds each side up to a whole pixel, which must not take the page past the bound.
        scale = min(300 / 72, 0.99 * math.sqrt(max_pixels / max(width * height, 1.0)))
        bitmap = page.render(scale=scale, grayscale=True)
        try:
            return GrayImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
        finally:
            bitmap.close()
    finally:
        page.close()


def _why_empty(notes: list[str]) -> str:
    """Why the scan gave no text: the first page's reason (OCR missing, timed out, found nothing)."""
    reasons = [note.replace(" has no text layer; ", ": ") for note in notes if "; " in note]
    if reasons and "OCR needs" in reasons[0]:
        return f"and {reasons[0].split(': ', 1)[1]}"
    if reasons:
        return f"and OCR read no text from it ({reasons[0]})"
    return "and every page is blank"


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
