"""Uploads from the browser: reports and evidence files, received in pieces, typed by their bytes.

A report goes through the one ingest path (services/ingest.ingest_file), like `warcrimes ingest`,
so a format added to ingest/readers.py is accepted here too. Its type is judged from its content
(ingest/formats/sniff.py), never from its name: a PDF called notes.txt is a PDF. Evidence is
placed in the vault as it arrived and recorded like `warcrimes evidence add`.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from warcrimes.custody.evidence import vault_of
from warcrimes.custody.intake import Receiving
from warcrimes.custody.probe import media_type
from warcrimes.errors import BadInputError
from warcrimes.ingest.formats.drafts import SourceFile
from warcrimes.ingest.formats.sniff import sniff
from warcrimes.ingest.metadata import ReportMetadata
from warcrimes.ingest.readers import FORMATS, Format
from warcrimes.services.evidence import AddedEvidence, EvidenceSource, record_evidence
from warcrimes.services.ingest import ingest_file
from warcrimes.store import Store, reads

#: What each kind the sniffer tells apart is, as media types a reader in ingest/readers.py may declare.
KIND_MEDIA = {
    "text": ("text/plain", "text/markdown"),
    "html": ("text/html",),
    "pdf": ("application/pdf",),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",),
    "warc": ("application/warc",),
    "wacz": ("application/wacz", "application/zip"),
    "telegram": ("application/json",),
}
#: The name plays no part in judging an evidence file's type (custody/probe.py would fall back to it).
NAMELESS = Path("upload")


def receive_report(store: Store) -> Receiving:
    return Receiving(vault_of(store), store.settings.max_report_bytes, "report")


def receive_evidence(store: Store) -> Receiving:
    return Receiving(vault_of(store), store.settings.max_evidence_bytes, "evidence")


def clean_name(raw: str | None, fallback: str) -> str:
    """The file name as sent, without any folder, control character or more than 200 characters."""
    name = PureWindowsPath(PurePosixPath(raw or "").name).name
    name = "".join(c for c in unicodedata.normalize("NFC", name) if unicodedata.category(c)[0] != "C").strip()
    return name[:200] or fallback


def report_format(kind: str | None, name: str) -> Format:
    """The reader for content of `kind`; among readers of that kind, the one the name's suffix asks
    for (a text file called .md is Markdown). BadInputError naming what the bytes are otherwise."""
    readable = [f for f in FORMATS if kind and f.media_type in KIND_MEDIA.get(kind, ())]
    if not readable:
        known = ", ".join(sorted({s for f in FORMATS for s in f.suffixes}))
        what = f"a {kind.upper()} file" if kind and kind != "text" else "not a text file the readers know"
        raise BadInputError(f"{name}: by its content this is {what}; reports are read from {known} files")
    suffix = Path(name).suffix.lower()
    return next((f for f in readable if suffix in f.suffixes), readable[0])


@dataclass(frozen=True)
class UploadedReport:
    """The report an upload is now (new, or the one already holding these bytes) and what was read."""

    report_id: int
    duplicate: bool
    message: str
    incidents: tuple[int, ...] = ()


def ingest_upload(store: Store, received: Receiving, filename: str | None, options: ReportMetadata, *,
                  actor: str) -> UploadedReport:
    """Ingest an uploaded report through the one ingest path; the upload's bytes are then removed
    (the report's original is kept with the report, as for `warcrimes ingest`)."""
    name = clean_name(filename, "upload.txt")
    try:
        temp = received.finish()
        fmt = report_format(sniff(SourceFile(name, path=temp)), name)
        typed = temp.with_name(temp.name + fmt.suffixes[0])
        os.replace(temp, typed)
        try:
            outcome = ingest_file(store, typed, options, actor=actor, filename=name)
        finally:
            typed.unlink(missing_ok=True)
    finally:
        received.discard()
    if outcome.status == "failed":
        raise BadInputError(outcome.message.replace(str(typed), name))
    if outcome.outcome is not None:
        return UploadedReport(outcome.outcome.report_id, outcome.status == "duplicate", outcome.message,
                              outcome.outcome.incidents)
    with store.transaction() as session:  # already stored: ingest spared the extraction
        row = reads.report_by_hash(session, received.content_hash)
        if row is None:
            raise BadInputError(f"{name}: {outcome.message}")
        return UploadedReport(row.id, True, outcome.message)


def add_evidence_upload(store: Store, received: Receiving, filename: str | None, source: EvidenceSource, *,
                        actor: str) -> AddedEvidence:
    """Place an uploaded evidence file in the vault and record it (and its incident link) as `actor`."""
    name = clean_name(filename, "evidence")
    try:
        if source.incident_id is not None:
            with store.transaction() as session:
                reads.require_incident(session, source.incident_id)
        received.finish()
        kind = media_type(NAMELESS, received.head)
        stored = received.place()
    finally:
        received.discard()
    return record_evidence(store, stored, kind, name, source, actor=actor)
