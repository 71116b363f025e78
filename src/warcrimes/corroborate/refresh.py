"""Recompute an incident from all its accounts: summary facts, counts, sources, verification.

Called whenever an account joins or leaves (link, merge, split) inside that transaction. The
result lands in the incident's columns (via store.convert.summarise_into) and, under the key
"corroboration", in its facts JSON, which the CLI and web render as they are.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session, selectinload

from warcrimes.corroborate import counts as counting
from warcrimes.corroborate.fingerprints import groups_of
from warcrimes.corroborate.schema import IncidentHistoryRow
from warcrimes.corroborate.sources import AccountView, independent_sources
from warcrimes.corroborate.summary import combine
from warcrimes.corroborate.verification import assess
from warcrimes.domain.facts import IncidentFacts
from warcrimes.store import convert
from warcrimes.store.schema import AccountRow, IncidentRow, utcnow


def account_views(session: Session, accounts: list[AccountRow]) -> list[AccountView]:
    """The accounts as summarising sees them, with their reports' near-duplicate groups."""
    groups = groups_of(session, (a.report_id for a in accounts))
    return [AccountView(a.id, a.report_id, IncidentFacts.from_contract(a.facts),
                        a.report.publisher if a.report else None, a.report.published if a.report else None,
                        groups.get(a.report_id)) for a in accounts]


def evidence_on_file(session: Session, incident_id: int) -> int:
    """How many evidence-vault items are tied to the incident (0 where the vault is not installed)."""
    try:
        from warcrimes.custody.schema import EvidenceIncidentRow
    except ImportError:
        return 0
    return int(session.scalar(select(func.count()).select_from(EvidenceIncidentRow)
                              .where(EvidenceIncidentRow.incident_id == incident_id)) or 0)


def evidence_on_file_of(session: Session, incident_ids: list[int]) -> dict[int, int]:
    """`evidence_on_file` for many incidents in one query (a list page must not ask once per row)."""
    try:
        from warcrimes.custody.schema import EvidenceIncidentRow
    except ImportError:
        return {}
    if not incident_ids:
        return {}
    rows = session.execute(select(EvidenceIncidentRow.incident_id, func.count())
                           .where(EvidenceIncidentRow.incident_id.in_(incident_ids))
                           .group_by(EvidenceIncidentRow.incident_id))
    return {incident_id: int(count) for incident_id, count in rows}


def verification_clause(level: str) -> ColumnElement[bool]:
    """SQL for "the incident's current verification level is `level`": the stored level raised by
    review and evidence exactly as `verification.current` raises it, so a list can filter by it."""
    from warcrimes.custody.schema import EvidenceIncidentRow

    stored = IncidentRow.facts["corroboration"]["verification"]["level"].as_string()
    evidence = exists().where(EvidenceIncidentRow.incident_id == IncidentRow.id)
    open_ = IncidentRow.status != "confirmed"
    if level == "confirmed":
        return and_(stored.is_not(None), or_(IncidentRow.status == "confirmed", stored == "confirmed"))
    if level == "evidence_on_file":
        return and_(open_, or_(stored == "evidence_on_file",
                               and_(stored.in_(["single_source", "corroborated"]), evidence)))
    return and_(open_, stored == level, ~evidence)


def open_incident(session: Session) -> IncidentRow:
    """A new, empty incident whose id was never used before.

    SQLite hands out max(id) + 1, so deleting the newest incident (a merge) would give its id to
    the next one and mix two incidents' history and custody entries; there we skip past every id
    the history has seen. PostgreSQL sequences never reuse ids.
    """
    row = IncidentRow(status="proposed", violation_labels="", facts={})
    if session.get_bind().dialect.name == "sqlite":
        used = session.scalar(select(func.max(IncidentHistoryRow.incident_id))) or 0
        highest = session.scalar(select(func.max(IncidentRow.id))) or 0
        row.id = max(used, highest) + 1
    session.add(row)
    session.flush()
    return row


def refresh_incident(session: Session, incident: IncidentRow) -> None:
    """Summarise the incident again from every account it now holds."""
    session.flush()
    accounts = list(session.scalars(select(AccountRow).options(selectinload(AccountRow.report))
                                    .where(AccountRow.incident_id == incident.id).order_by(AccountRow.id)))
    views = account_views(session, accounts)
    sources = independent_sources(views)
    found = counting.derive(views, sources)
    verdict = assess(sources, len(views), evidence_items=evidence_on_file(session, incident.id),
                     status=incident.status)
    convert.summarise_into(incident, combine(views, found))
    incident.facts = {**incident.facts, "corroboration": {
        "accounts": [v.account_id for v in views],
        "independent_sources": len(sources),
        "sources": [{"label": s.label, "accounts": list(s.account_ids), "grouped_by": list(s.reasons)}
                    for s in sources],
        "counts": found.to_dict(),
        "verification": verdict.to_dict(),
    }}
    incident.updated_at = utcnow()
