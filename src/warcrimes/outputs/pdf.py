"""PDF through WeasyPrint: the dossier's HTML laid out for print, proofs attached, written atomically.

WeasyPrint may read only local files and data: URLs here (fonts, the inline map), never the
network, so a dossier renders the same offline and a link in a report is never fetched.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from warcrimes.outputs.dossier import Dossier
from warcrimes.outputs.letters import LetterKit, draft_letter
from warcrimes.outputs.render import DossierStyle, proofs_json, render_dossier_html, render_letter_html

PROOFS_ATTACHMENT = "custody-proofs.json"
OFFLINE = ("file", "data")


def _weasy() -> Any:
    """WeasyPrint loads pango through cffi: import it only when a PDF is asked for."""
    import weasyprint

    return weasyprint


def render_document(html: str, attachments: Sequence[tuple[str, str]] = ()) -> Any:
    """A laid-out WeasyPrint document; `attachments` are (name, text) pairs embedded as files."""
    weasy = _weasy()
    fetcher = weasy.urls.URLFetcher(allowed_protocols=OFFLINE)
    document = weasy.HTML(string=html, url_fetcher=fetcher).render()
    # kept on the document (not passed to write_pdf) so they survive merging pages with a letter
    document.metadata.attachments.extend(
        weasy.Attachment(string=text, name=name, url_fetcher=fetcher) for name, text in attachments)
    return document


def dossier_pdf(dossier: Dossier, style: DossierStyle | None = None) -> bytes:
    """The dossier as PDF bytes, its custody proofs attached as JSON."""
    document = render_document(render_dossier_html(dossier, style, inline_fonts=False),
                               [(PROOFS_ATTACHMENT, proofs_json(dossier))])
    pdf: bytes = document.write_pdf()
    return pdf


def write_atomically(out: Path, content: bytes) -> None:
    """Temp file beside `out`, fsync, rename: a reader never sees half a document."""
    temp = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        with open(temp, "wb") as sink:
            sink.write(content)
            sink.flush()
            os.fsync(sink.fileno())
        os.replace(temp, out)
    finally:
        temp.unlink(missing_ok=True)


def write_dossier_pdf(dossier: Dossier, out: Path, style: DossierStyle | None = None) -> int:
    """Write the dossier's PDF to `out`; returns its size in bytes."""
    content = dossier_pdf(dossier, style)
    write_atomically(out, content)
    return len(content)


def letter_pdf(dossier: Dossier, recipient: str, language: str, *, date: dt.date, number: str | None = None,
               kit: LetterKit | None = None, style: DossierStyle | None = None) -> bytes:
    """The letter, then the dossier as its annex, in one PDF; the letter counts the annex's pages."""
    annex = render_document(render_dossier_html(dossier, style, inline_fonts=False),
                            [(PROOFS_ATTACHMENT, proofs_json(dossier))])
    letter = draft_letter(dossier, recipient, language, date=date, annex_pages=len(annex.pages), number=number,
                          kit=kit)
    first = render_document(render_letter_html(letter, style, inline_fonts=False))
    whole = first.copy([*first.pages, *annex.pages])
    whole.metadata.attachments = list(annex.metadata.attachments)
    pdf: bytes = whole.write_pdf()
    return pdf


def write_letter_pdf(dossier: Dossier, recipient: str, language: str, out: Path, *, date: dt.date,
                     number: str | None = None, kit: LetterKit | None = None,
                     style: DossierStyle | None = None) -> int:
    content = letter_pdf(dossier, recipient, language, date=date, number=number, kit=kit, style=style)
    write_atomically(out, content)
    return len(content)
