"""Incidents as records: the summary refresh stored, raised to what happened since.

An analyst's confirmation and evidence added later raise the verification level without a
refresh (verification.current); the evidence is counted here for a whole page in one query.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import ColumnElement, and_, exists, or_
from sqlalchemy.orm import Session

from warcrimes.corroborate.verification import current
from warcrimes.domain.records import Incident
from warcrimes.store import convert, reads
from warcrimes.store.schema import EvidenceIncidentRow, IncidentRow


def incident_records(session: Session, rows: Sequence[IncidentRow | reads.PageIncident], *, with_accounts: bool = True,
                     evidence: Mapping[int, int] | None = None) -> list[Incident]:
    """Records of `rows` (loaded with their accounts when `with_accounts`) with current verification;
    `evidence` is the number of evidence items per incident when the caller has read them already."""
    evidence = reads.evidence_counts(session, [row.id for row in rows]) if evidence is None else evidence
    return [incident_record(row, evidence.get(row.id, 0), with_accounts=with_accounts) for row in rows]


def incident_record(row: IncidentRow | reads.PageIncident, evidence: int, *, with_accounts: bool = True) -> Incident:
    """The record of `row`, with `evidence` items tied to it, and its current verification."""
    return convert.incident(row, with_accounts=with_accounts,
                            verification=current(convert.corroboration(row).get("verification"), row.status,
                                                 evidence))


def load_incident(session: Session, incident_id: int) -> Incident:
    """One incident with its accounts and their sources; NotFoundError when there is none."""
    return incident_records(session, [reads.require_incident(session, incident_id, with_accounts=True)])[0]


def verification_clause(level: str) -> ColumnElement[bool]:
    """SQL for "the incident's current verification level is `level`": the stored level raised by
    review and evidence exactly as `verification.current` raises it, so a list can filter by it."""
    stored = IncidentRow.facts["corroboration"]["verification"]["level"].as_string()
    evidence = exists().where(EvidenceIncidentRow.incident_id == IncidentRow.id)
    open_ = IncidentRow.status != "confirmed"
    if level == "confirmed":
        return and_(stored.is_not(None), or_(IncidentRow.status == "confirmed", stored == "confirmed"))
    if level == "evidence_on_file":
        return and_(open_, or_(stored == "evidence_on_file",
                               and_(stored.in_(["single_source", "corroborated"]), evidence)))
    return and_(open_, stored == level, ~evidence)
