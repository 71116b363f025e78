"""Uploads from the browser: reports and evidence files, received in pieces, typed by their bytes.

A report goes through the one ingest path (services/ingest.ingest_file), like `warcrimes ingest`,
so a format added to ingest/formats/__init__.py is accepted here too. Its type is judged from its content
(ingest/formats/sniff.py), never from its name: a PDF called notes.txt is a PDF; a Telegram
export uploaded as its result.json alone has its messages stored with their media marked missing. Evidence is
placed in the vault as it arrived and recorded like `warcrimes evidence add`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from warcrimes.custody.evidence import vault_of
from warcrimes.custody.intake import Receiving
from warcrimes.custody.probe import media_type
from warcrimes.errors import BadInputError
from warcrimes.ingest.metadata import ReportMetadata
from warcrimes.services.evidence import AddedEvidence, EvidenceSource, record_evidence
from warcrimes.services.ingest import ingest_file
from warcrimes.store import Store, reads

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
        outcome = ingest_file(store, temp, options, actor=actor, filename=name)
    finally:
        received.discard()
    if outcome.status == "failed":
        raise BadInputError(outcome.message.replace(str(temp), name))
    if outcome.outcome is not None:
        return UploadedReport(outcome.outcome.report_id, outcome.status == "duplicate", outcome.message,
                              outcome.outcome.incidents)
    raise BadInputError(f"{name}: {outcome.message or 'holds no report'}")


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
