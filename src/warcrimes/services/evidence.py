"""Adding evidence: the original into the vault, then its row, its incident link and a custody
entry for each in one unit of work."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from warcrimes.custody.evidence import added_details, vault_of
from warcrimes.custody.probe import media_type, technical_metadata
from warcrimes.custody.vault import StoredObject
from warcrimes.domain.files import open_regular
from warcrimes.errors import BadInputError
from warcrimes.services.unit import UnitOfWork, unit_of_work
from warcrimes.store import Store, reads, writes
from warcrimes.store.schema import EvidenceRow


@dataclass(frozen=True)
class EvidenceSource:
    """Who collected the evidence, where from, for which incident."""

    incident_id: int | None = None
    source_url: str | None = None
    captured_by: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class AddedEvidence:
    evidence_id: int
    content_hash: str
    size: int
    media_type: str
    duplicate: bool
    linked: bool


def add_evidence(store: Store, path: Path, source: EvidenceSource, *, actor: str,
                 follow_symlinks: bool = False) -> AddedEvidence:
    """Store one file as evidence; the same bytes again only add the new incident link, if any.

    Only a regular, non-empty file within WARCRIMES_MAX_EVIDENCE_BYTES is taken (domain/files.py:
    no FIFO, device, socket, or symbolic link unless followed). The vault copy comes first (it may
    take minutes and is harmless if the transaction then fails: `warcrimes verify` notes an object
    without a row); the rows and entries commit together.
    """
    if path.is_dir() and not path.is_symlink():
        raise BadInputError(f"{path}: is a folder; name the evidence files inside it")
    if source.incident_id is not None:
        with store.transaction() as session:
            reads.require_incident(session, source.incident_id)
    handle = open_regular(path, follow_symlinks=follow_symlinks, max_bytes=store.settings.max_evidence_bytes,
                          limit_name="WARCRIMES_MAX_EVIDENCE_BYTES", allow_empty=False)
    vault = vault_of(store)
    vault.clean_temp()
    with handle:
        stored = vault.put_stream(handle)
    with open(stored.path, "rb") as placed:
        kind = media_type(path, placed.read(64))
    return record_evidence(store, stored, kind, path.name, source, actor=actor)


def record_evidence(store: Store, stored: StoredObject, kind: str, filename: str, source: EvidenceSource, *,
                    actor: str) -> AddedEvidence:
    """The row of an object already in the vault, its incident link and a custody entry for each, in
    one unit of work (`warcrimes evidence add` and an upload in the browser both end here)."""
    with unit_of_work(store, actor) as work:
        return record_in(work, stored, kind, filename, source)


def evidence_row(work: UnitOfWork, stored: StoredObject, kind: str, filename: str,
                 source: EvidenceSource) -> tuple[EvidenceRow, bool]:
    """The row of an object in the vault: found by its hash, or added now (True); its `evidence.add` entry is
    the caller's to record (`record_in`)."""
    row = reads.evidence_by_hash(work.session, stored.content_hash)
    if row is not None:
        return row, False
    return writes.add_evidence(work.session, EvidenceRow(
        content_hash=stored.content_hash, size=stored.size, media_type=kind, filename=filename,
        source_url=source.source_url, captured_by=source.captured_by, note=source.note,
        technical=technical_metadata(stored.path, kind))), True


def record_in(work: UnitOfWork, stored: StoredObject, kind: str, filename: str,
              source: EvidenceSource) -> AddedEvidence:
    """As record_evidence, inside a unit of work already open (a Telegram post's photo is recorded in
    the same transaction as the report it came with)."""
    row, added = evidence_row(work, stored, kind, filename, source)
    duplicate = not added
    if added:
        work.record("evidence.add", row.content_hash, added_details(row))
    linked = source.incident_id is not None and writes.link_evidence(work.session, row.id, source.incident_id)
    if linked:
        work.record("evidence.link", row.content_hash, {"evidence_id": row.id, "incident_id": source.incident_id})
    return AddedEvidence(row.id, row.content_hash, row.size, row.media_type, duplicate, linked)
