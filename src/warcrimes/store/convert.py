"""Rows to domain records and back (the only place that knows both shapes). Pure: what is not
in the row (an incident's current verification level) is computed above and passed in."""

from __future__ import annotations

from typing import Any

from warcrimes.domain.access import User
from warcrimes.domain.facts import IncidentFacts, StatisticFacts
from warcrimes.domain.records import (
    Account,
    EvidenceItem,
    HistoryEntry,
    Incident,
    Provenance,
    Report,
    ReportVersion,
    Statistic,
    Suggestion,
)
from warcrimes.store.reads import PageAccount, PageIncident
from warcrimes.store.schema import (
    AccountRow,
    EvidenceRow,
    IncidentHistoryRow,
    IncidentRow,
    LinkSuggestionRow,
    ReportRow,
    ReportVersionRow,
    StatisticRow,
    UserRow,
)


def report(row: ReportRow, versions: int = 1) -> Report:
    return Report(row.id, row.content_hash, row.text, row.published, row.publisher, row.url,
                  row.language, row.filename, row.media_type, row.size, row.ingested_at,
                  row.extraction_status, row.channel, dict(row.details or {}), versions)


def report_version(row: ReportVersionRow) -> ReportVersion:
    return ReportVersion(row.version, row.content_hash, len(row.original), row.edited_at, row.ingested_at)


def provenance(raw: list[Any]) -> tuple[Provenance, ...]:
    return tuple(Provenance(p["field"], p["start"], p["end"], p["rule"]) for p in raw or ())


def account(row: AccountRow | PageAccount) -> Account:
    rep = row.report
    return Account(row.id, row.report_id, row.incident_id, IncidentFacts.from_contract(row.facts),
                   provenance(row.provenance), row.extractor_version, row.created_at,
                   rep.publisher if rep else None, rep.url if rep else None,
                   rep.published if rep else None, row.version,
                   row.read_from.text if row.version is not None and row.read_from is not None else None)


def corroboration(row: IncidentRow | PageIncident) -> dict[str, Any]:
    """What corroborate/refresh.py stored in the incident's facts (empty before it ran)."""
    return (row.facts or {}).get("corroboration") or {}


def incident(row: IncidentRow | PageIncident, *, verification: dict[str, Any] | None,
             with_accounts: bool = True) -> Incident:
    """The incident with its accounts (loaded with the row) and its current verification."""
    accounts = tuple(account(a) for a in row.accounts) if with_accounts else ()
    found = corroboration(row)
    return Incident(row.id, row.status, IncidentFacts.from_contract(row.facts), row.created_at,
                    row.updated_at, accounts, found.get("counts"), found.get("independent_sources"),
                    verification, tuple((row.facts or {}).get("edits") or ()), row.version or 1)


def statistic(row: StatisticRow) -> Statistic:
    return Statistic(row.id, row.report_id, StatisticFacts.from_contract(row.facts), row.extractor_version)


def history(row: IncidentHistoryRow) -> HistoryEntry:
    return HistoryEntry(row.incident_id, row.action, row.details, row.actor, row.at)


def suggestion(row: LinkSuggestionRow, account_incident_id: int) -> Suggestion:
    return Suggestion(row.id, row.account_id, account_incident_id, row.incident_id, row.confidence, row.why,
                      row.status)


def evidence(row: EvidenceRow) -> EvidenceItem:
    return EvidenceItem(row.id, row.content_hash, row.size, row.media_type, row.filename, row.source_url,
                        row.captured_by, row.note, row.technical or {}, row.added_at)


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


def user(row: UserRow) -> User:
    """A user as pages and commands show them: never the password hash."""
    return User(row.id, row.username, row.role, row.active, row.created_at, row.password_changed_at)
