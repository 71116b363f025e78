"""`warcrimes dossier` and `warcrimes letter`: gather and prove (services/dossiers.py), assemble (which
checks every proof), render, write atomically.

A dossier is written as HTML, as PDF (its proofs attached), or as a bundle that `warcrimes
verify-bundle` checks: the reports' and evidence originals with their proofs (custody/bundle.py's
one format) and the dossier PDF inside as a document. A letter is a PDF: the letter, then the
dossier as its annex.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from warcrimes.custody.bundle import BundleDocument, write_bundle
from warcrimes.custody.evidence import vault_of
from warcrimes.domain.audience import Audience
from warcrimes.errors import BadInputError
from warcrimes.outputs.assemble import DossierMaterial, EvidenceFile, SignedCheckpoint, assemble
from warcrimes.outputs.dossier import Dossier, Scope
from warcrimes.outputs.letters import LANGUAGES, LetterKit, recipients
from warcrimes.outputs.pdf import PROOFS_ATTACHMENT, dossier_pdf, write_atomically, write_letter_pdf
from warcrimes.outputs.provisions import ProvisionLookup, packaged_provisions
from warcrimes.outputs.render import DossierStyle, proofs_json, render_dossier_html
from warcrimes.services.dossiers import ProvenIncidents, Selection, gather
from warcrimes.store import Store

DOSSIER_SUFFIXES = (".pdf", ".html", ".zip")
#: An office's own letter files (office.json, recipients.json, texts) live here unless named otherwise.
LETTERS_FOLDER = "letters"


@dataclass(frozen=True)
class DossierOutcome:
    path: Path
    reference: str
    incidents: int
    entries: int
    checkpoint_size: int
    size: int


def material_of(proven: ProvenIncidents) -> DossierMaterial:
    """The dossier's material from what the service gathered and proved."""
    contents = proven.contents
    evidence = [EvidenceFile(e.id, e.content_hash, e.size, e.media_type, e.filename, e.source_url, e.captured_by,
                             contents.evidence_links.get(e.id, ())) for e in contents.evidence]
    return DossierMaterial(contents.incidents, {r.id: r for r, _ in contents.reports}, evidence, contents.entries,
                           contents.proofs, SignedCheckpoint(contents.point.signed_note, proven.verifier_key,
                                                             proven.public_key_pem))


def _title(selection: Selection, count: int) -> str:
    if count == 1:
        return f"Dossier: incident {selection.ids[0]}" if selection.ids else "Dossier: one incident"
    return f"Dossier: {count} incidents"


def _suffix(out: Path, allowed: tuple[str, ...], what: str) -> str:
    suffix = out.suffix.lower()
    if suffix not in allowed:
        raise BadInputError(f"{out}: a {what} is written as {', '.join(allowed)}; name the file with one of these")
    if out.is_dir() or not out.parent.is_dir():
        raise BadInputError(f"{out}: not a file in an existing folder; create the folder or name another file")
    return suffix


def _dossier(store: Store, selection: Selection, audience: Audience, purpose: dict[str, str],
             title: str | None, lookup: ProvisionLookup | None, now: dt.datetime | None
             ) -> tuple[ProvenIncidents, Dossier]:
    proven = gather(store, selection, audience=audience, purpose=purpose)
    count = len(proven.contents.incidents)
    scope = Scope(title or _title(selection, count), now or dt.datetime.now(dt.UTC), audience.actor,
                  selection.describe())
    return proven, assemble(material_of(proven), scope, lookup or packaged_provisions())


def make_dossier(store: Store, selection: Selection, out: Path, *, audience: Audience, title: str | None = None,
                 style: DossierStyle | None = None, lookup: ProvisionLookup | None = None,
                 now: dt.datetime | None = None) -> DossierOutcome:
    """Write the dossier of the selected incidents to `out` (.pdf, .html, or .zip for a bundle)."""
    suffix = _suffix(out, DOSSIER_SUFFIXES, "dossier")
    proven, dossier = _dossier(store, selection, audience, {"dossier": out.name}, title, lookup, now)
    if suffix == ".html":
        content = render_dossier_html(dossier, style).encode("utf-8")
        write_atomically(out, content)
        size = len(content)
    elif suffix == ".pdf":
        content = dossier_pdf(dossier, style)
        write_atomically(out, content)
        size = len(content)
    else:
        documents = [BundleDocument("dossier.pdf", "application/pdf", dossier_pdf(dossier, style)),
                     BundleDocument(PROOFS_ATTACHMENT, "application/json", proofs_json(dossier).encode("utf-8"))]
        write_bundle(out, proven.contents, store.settings.home, vault_of(store), documents)
        size = out.stat().st_size
    return DossierOutcome(out, dossier.reference, len(dossier.incidents), len(dossier.proofs.entries),
                          dossier.proofs.size, size)


def letter_kit(store: Store, folder: Path | None = None) -> LetterKit:
    """The letter files: the folder named, else WARCRIMES_HOME/letters where it exists, over the shipped ones."""
    if folder is not None:
        if not folder.is_dir():
            raise BadInputError(f"{folder}: no such folder of letter files (office.json, recipients.json, texts)")
        return LetterKit(folder)
    own = store.settings.home / LETTERS_FOLDER
    return LetterKit(own if own.is_dir() else None)


def make_letter(store: Store, selection: Selection, recipient: str, language: str, out: Path, *,
                audience: Audience, date: dt.date | None = None, number: str | None = None,
                kit: LetterKit | None = None, style: DossierStyle | None = None,
                lookup: ProvisionLookup | None = None, now: dt.datetime | None = None) -> DossierOutcome:
    """Write the letter to `recipient` in `language`, with the dossier as its annex, as one PDF."""
    _suffix(out, (".pdf",), "letter")
    kit = kit or letter_kit(store)
    if language not in LANGUAGES:
        raise BadInputError(f"no letters in {language!r}; the languages are {', '.join(LANGUAGES)}")
    known = recipients(kit)
    if recipient not in known:
        raise BadInputError(f"no recipient {recipient!r}; the recipients are {', '.join(known)}")
    _, dossier = _dossier(store, selection, audience, {"letter": recipient, "language": language, "file": out.name},
                          None, lookup, now)
    size = write_letter_pdf(dossier, recipient, language, out, date=date or dt.date.today(), number=number, kit=kit,
                            style=style)
    return DossierOutcome(out, dossier.reference, len(dossier.incidents), len(dossier.proofs.entries),
                          dossier.proofs.size, size)
