"""One evidence item for its page: the item, the incidents it documents, its custody trail, and
where its bytes are in the vault (one transaction)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from warcrimes.corroborate.incidents import incident_records
from warcrimes.custody.evidence import vault_of
from warcrimes.custody.log import CustodyLog, Entry
from warcrimes.domain.records import EvidenceItem, Incident
from warcrimes.errors import NotFoundError
from warcrimes.store import Store, convert, reads


@dataclass(frozen=True)
class EvidencePage:
    item: EvidenceItem
    incidents: tuple[Incident, ...]
    custody: tuple[Entry, ...]


def evidence_page(store: Store, evidence_id: int) -> EvidencePage:
    with store.transaction() as session:
        row = reads.require_evidence(session, evidence_id)
        incidents = incident_records(session, reads.incidents_by_id(session, reads.incidents_of_evidence(session,
                                                                                                        row.id)))
        custody = CustodyLog(store.settings.home).entries_about(session, [row.content_hash])
        return EvidencePage(convert.evidence(row), tuple(incidents), tuple(custody))


def evidence_file(store: Store, evidence_id: int) -> tuple[EvidenceItem, Path]:
    """The item and the path of its bytes in the vault; NotFoundError when the vault lacks them."""
    with store.transaction() as session:
        item = convert.evidence(reads.require_evidence(session, evidence_id))
    path = vault_of(store).path_for(item.content_hash)
    if not path.is_file():
        raise NotFoundError(f"the vault has no file for evidence {evidence_id} ({item.content_hash}); "
                            "`warcrimes verify` reports what is missing")
    return item, path
