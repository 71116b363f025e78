"""Rows to domain records and back (the only place that knows both shapes)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import object_session

from warcrimes.domain.facts import IncidentFacts, StatisticFacts
from warcrimes.domain.records import Account, Incident, Provenance, Report, Statistic
from warcrimes.store.schema import AccountRow, IncidentRow, ReportRow, StatisticRow


def report(row: ReportRow) -> Report:
    return Report(row.id, row.content_hash, row.text, row.published, row.publisher, row.url,
                  row.language, row.filename, row.media_type, row.size, row.ingested_at)


def provenance(raw: list[Any]) -> tuple[Provenance, ...]:
    return tuple(Provenance(p["field"], p["start"], p["end"], p["rule"]) for p in raw or ())


def account(row: AccountRow) -> Account:
    rep = row.report
    return Account(row.id, row.report_id, row.incident_id, IncidentFacts.from_contract(row.facts),
                   provenance(row.provenance), row.extractor_version, row.created_at,
                   rep.publisher if rep else None, rep.url if rep else None,
                   rep.published if rep else None)


def incident(row: IncidentRow, with_accounts: bool = True, evidence: int | None = None) -> Incident:
    """`evidence`: items on file, when the caller counted them in bulk; otherwise one query here."""
    accounts = tuple(account(a) for a in row.accounts) if with_accounts else ()
    from warcrimes.corroborate.refresh import evidence_on_file  # the level follows review and evidence
    from warcrimes.corroborate.verification import current

    found = (row.facts or {}).get("corroboration") or {}
    session = object_session(row)
    if evidence is None:
        evidence = evidence_on_file(session, row.id) if found and session is not None else 0
    return Incident(row.id, row.status, IncidentFacts.from_contract(row.facts), row.created_at,
                    row.updated_at, accounts, found.get("counts"), found.get("independent_sources"),
                    current(found.get("verification"), row.status, evidence) if found else None)


def statistic(row: StatisticRow) -> Statistic:
    return Statistic(row.id, row.report_id, StatisticFacts.from_contract(row.facts), row.extractor_version)


def summarise_into(row: IncidentRow, facts: IncidentFacts) -> None:
    """Copy an incident's summary facts into its filterable columns."""
    loc = facts.location
    row.facts = facts.to_contract()
    row.main_violation = facts.violations[0] if facts.violations else None
    row.violation_labels = "".join(f"|{v}" for v in facts.violations) + ("|" if facts.violations else "")
    row.date_start = facts.date.start if facts.date else None
    row.date_end = facts.date.end if facts.date else None
    row.location_name = loc.name if loc else None
    row.admin1 = loc.admin1 if loc else None
    row.country = loc.country if loc else None
    row.lat = loc.lat if loc else None
    row.lon = loc.lon if loc else None
