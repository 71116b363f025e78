"""Adding evidence: the original into the vault, a row, its incident link, one custody entry each."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from warcrimes.custody.probe import media_type, technical_metadata
from warcrimes.custody.schema import EvidenceIncidentRow, EvidenceRow
from warcrimes.custody.vault import Vault
from warcrimes.errors import BadInputError, NotFoundError
from warcrimes.store.schema import IncidentRow
from warcrimes.store.store import Store


@dataclass(frozen=True)
class EvidenceSource:
    """Who collected the evidence, where from, for which incident."""

    incident_id: int | None = None
    source_url: str | None = None
    captured_by: str | None = None
    note: str | None = None
    actor: str = "system"


@dataclass(frozen=True)
class AddedEvidence:
    evidence_id: int
    content_hash: str
    size: int
    media_type: str
    duplicate: bool
    linked: bool


def vault_of(store: Store) -> Vault:
    return Vault(store.settings.home / "vault")


def add_evidence(store: Store, path: Path, source: EvidenceSource) -> AddedEvidence:
    """Store one file as evidence; the same bytes again only add the new incident link, if any."""
    if path.is_dir():
        raise BadInputError(f"{path} is a folder; name the evidence files inside it")
    if source.incident_id is not None:
        _require_incident(store, source.incident_id)
    vault = vault_of(store)
    vault.clean_temp()
    stored = vault.put(path)
    with open(stored.path, "rb") as placed:
        kind = media_type(path, placed.read(64))
    with store.transaction() as session:
        row = session.scalar(select(EvidenceRow).where(EvidenceRow.content_hash == stored.content_hash))
        duplicate = row is not None
        if row is None:
            row = EvidenceRow(content_hash=stored.content_hash, size=stored.size, media_type=kind,
                              filename=path.name, source_url=source.source_url,
                              captured_by=source.captured_by, note=source.note,
                              technical=technical_metadata(stored.path, kind))
            session.add(row)
            session.flush()
            store.record(session, "evidence.add", row.content_hash, added_details(row), source.actor)
        linked = False
        if source.incident_id is not None and session.get(
                EvidenceIncidentRow, (row.id, source.incident_id)) is None:
            session.add(EvidenceIncidentRow(evidence_id=row.id, incident_id=source.incident_id))
            session.flush()
            store.record(session, "evidence.link", row.content_hash,
                         {"evidence_id": row.id, "incident_id": source.incident_id}, source.actor)
            linked = True
        return AddedEvidence(row.id, row.content_hash, row.size, row.media_type, duplicate, linked)


def added_details(row: EvidenceRow) -> dict[str, object]:
    """What the evidence.add entry fixes about a row; verify compares the row with it field by field."""
    return {"evidence_id": row.id, "filename": row.filename, "size": row.size,
            "media_type": row.media_type, "source_url": row.source_url,
            "captured_by": row.captured_by, "note": row.note, "technical": row.technical}


def _require_incident(store: Store, incident_id: int) -> None:
    with store.transaction() as session:
        if session.get(IncidentRow, incident_id) is None:
            raise NotFoundError(f"incident {incident_id} is not in the store; "
                                "`warcrimes incidents` lists the ones there are")
