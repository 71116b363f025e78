"""Queries over the tables, inside a session the caller opened: rows in, rows out.

The application layers (services for changes, queries for pages) choose the transaction; these
functions only say how to find rows, so one page can make several of them in one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, and_, bindparam, func, inspect, select
from sqlalchemy.orm import Session, object_session, selectinload

from warcrimes.errors import NotFoundError
from warcrimes.store.paging import PageKey
from warcrimes.store.prepared import Prepared, read_together
from warcrimes.store.schema import (
    AccountRow,
    EvidenceIncidentRow,
    EvidenceRow,
    IncidentHistoryRow,
    IncidentLinkRow,
    IncidentRow,
    LinkSuggestionRow,
    LoginThrottleRow,
    ReportEvidenceRow,
    ReportFingerprintRow,
    ReportRow,
    ReportVersionRow,
    SessionRow,
    StatisticRow,
    UserRow,
)

#: Accounts list their report's source, never its text or original bytes.
SOURCE_ONLY = (ReportRow.id, ReportRow.publisher, ReportRow.url, ReportRow.published)
#: An incident with its accounts and each account's source, in two more round trips whatever the count.
WITH_ACCOUNTS = selectinload(IncidentRow.accounts).selectinload(AccountRow.report).load_only(*SOURCE_ONLY)


@dataclass(frozen=True)
class IncidentFilter:
    """Filters of `warcrimes incidents` and the web list (parsed and checked by queries/filters.py)."""

    violation: str | None = None
    oblast: str | None = None
    since: dt.date | None = None
    status: str | None = None
    #: a level of corroborate/verification.py LEVELS (single_source ... confirmed)
    verification: str | None = None
    limit: int | None = None
    offset: int = 0
    #: the list's order (store/paging.py LIST_SORTS) and, for a page by key, where it starts or ends
    sort: str = "newest"
    after: PageKey | None = None
    before: PageKey | None = None


# --- reports -------------------------------------------------------------------------------

def report_by_hash(session: Session, content_hash: str) -> ReportRow | None:
    return session.scalar(select(ReportRow).where(ReportRow.content_hash == content_hash))


def versions_by_source(session: Session, prefix: str) -> dict[str, tuple[int, set[int]]]:
    """Stored reports whose source key starts with `prefix` (one Telegram chat): key -> (report id,
    every version held), read in two queries so a re-import of 10,000 messages checks them in memory."""
    found: dict[str, tuple[int, set[int]]] = {}
    by_id: dict[int, set[int]] = {}
    rows = session.execute(select(ReportRow.id, ReportRow.source_key, ReportRow.details)
                           .where(ReportRow.source_key.startswith(prefix, autoescape=True)))
    for report_id, key, details in rows:
        held = {int((details or {}).get("version", 0))}
        found[key] = (report_id, held)
        by_id[report_id] = held
    if by_id:
        versions = session.execute(select(ReportVersionRow.report_id, ReportVersionRow.version)
                                   .join(ReportRow, ReportRow.id == ReportVersionRow.report_id)
                                   .where(ReportRow.source_key.startswith(prefix, autoescape=True)))
        for report_id, version in versions:
            by_id[report_id].add(version)
    return found


def reports_held(session: Session, hashes: Iterable[str], keys: Iterable[str]) -> tuple[set[str], set[str]]:
    """Which of these content hashes and source keys the reports table holds (two queries)."""
    wanted_hashes, wanted_keys = list(hashes), list(keys)
    found_hashes = set(session.scalars(select(ReportRow.content_hash).where(
        ReportRow.content_hash.in_(wanted_hashes)))) if wanted_hashes else set()
    found_keys = {k for k in session.scalars(select(ReportRow.source_key).where(
        ReportRow.source_key.in_(wanted_keys))) if k} if wanted_keys else set()
    return found_hashes, found_keys


def report_by_source_key(session: Session, source_key: str) -> ReportRow | None:
    return session.scalar(select(ReportRow).where(ReportRow.source_key == source_key))


def report_versions(session: Session, report_id: int) -> list[ReportVersionRow]:
    return list(session.scalars(select(ReportVersionRow).where(ReportVersionRow.report_id == report_id)
                                .order_by(ReportVersionRow.version)))


def version_text(session: Session, report_id: int, version: int) -> str | None:
    """The text of one stored version of a report."""
    return session.scalar(select(ReportVersionRow.text).where(ReportVersionRow.report_id == report_id,
                                                              ReportVersionRow.version == version))


def report_version_by_hash(session: Session, content_hash: str) -> ReportVersionRow | None:
    return session.scalar(select(ReportVersionRow).where(ReportVersionRow.content_hash == content_hash))


def account_counts(session: Session, report_ids: Iterable[int]) -> dict[int, int]:
    """How many incident accounts were read from each report (none: absent)."""
    wanted = list(report_ids)
    if not wanted:
        return {}
    rows = session.execute(select(AccountRow.report_id, func.count()).where(AccountRow.report_id.in_(wanted))
                           .group_by(AccountRow.report_id))
    return {report_id: int(count) for report_id, count in rows}


def version_counts(session: Session, report_ids: Iterable[int]) -> dict[int, int]:
    """How many later versions each report has (none: absent)."""
    wanted = list(report_ids)
    if not wanted:
        return {}
    rows = session.execute(select(ReportVersionRow.report_id, func.count()).where(
        ReportVersionRow.report_id.in_(wanted)).group_by(ReportVersionRow.report_id))
    return {report_id: int(count) for report_id, count in rows}


def evidence_of_report(session: Session, report_id: int) -> list[EvidenceRow]:
    return list(session.scalars(select(EvidenceRow).join(ReportEvidenceRow, ReportEvidenceRow.evidence_id ==
                                                         EvidenceRow.id)
                                .where(ReportEvidenceRow.report_id == report_id).order_by(EvidenceRow.id)))


def report_row(session: Session, report_id: int) -> ReportRow:
    row = session.get(ReportRow, report_id)
    if row is None:
        raise NotFoundError(f"report {report_id} is not in the store")
    return row


def report_rows(session: Session, report_ids: Iterable[int]) -> list[ReportRow]:
    ids = sorted(set(report_ids))
    if not ids:
        return []
    return list(session.scalars(select(ReportRow).where(ReportRow.id.in_(ids)).order_by(ReportRow.id)))


def count_reports(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(ReportRow)) or 0)


def reports_page(session: Session, limit: int | None = None, offset: int = 0, *, channel: str | None = None,
                 language: str | None = None, status: str | None = None) -> list[ReportRow]:
    """Reports, newest publication first (the web's source list, `warcrimes reports`)."""
    query = select(ReportRow).order_by(ReportRow.published.desc(), ReportRow.id.desc()).offset(offset)
    if channel:
        query = query.where(ReportRow.channel == channel)
    if language:
        query = query.where(ReportRow.language == language)
    if status:
        query = query.where(ReportRow.extraction_status == status)
    if limit:
        query = query.limit(limit)
    return list(session.scalars(query))


def accounts_of_report(session: Session, report_id: int) -> list[AccountRow]:
    """The accounts read from one report, in the order they were extracted."""
    query = (select(AccountRow).where(AccountRow.report_id == report_id)
             .options(selectinload(AccountRow.report).load_only(*SOURCE_ONLY)).order_by(AccountRow.id))
    return list(session.scalars(query))


def accounts_with_reports(session: Session, incident_id: int | None = None, *,
                          account_ids: Iterable[int] = ()) -> list[AccountRow]:
    """An incident's accounts (or these accounts) with their whole reports (corroboration reads publishers
    and dates), in id order."""
    wanted = (AccountRow.incident_id == incident_id if incident_id is not None
              else AccountRow.id.in_(sorted(set(account_ids))))
    return list(session.scalars(select(AccountRow).options(selectinload(AccountRow.report))
                                .where(wanted).order_by(AccountRow.id)))


def load_accounts_of(reports: Iterable[ReportRow]) -> None:
    """Load the accounts collection of every report that has not loaded it yet, in one query (a refresh of an
    incident of n accounts otherwise loads n collections one by one); collections already loaded stay as they are."""
    waiting = {r.id: r for r in reports if "accounts" in inspect(r).unloaded}
    if not waiting:
        return
    session = object_session(next(iter(waiting.values())))
    assert session is not None
    session.scalars(select(ReportRow).where(ReportRow.id.in_(sorted(waiting)))
                    .options(selectinload(ReportRow.accounts))).all()


def _told_by_publisher() -> Select[Any]:
    date = AccountRow.facts["date"]
    return (select(AccountRow.id, date["start"].as_string(), date["end"].as_string(), ReportRow.published)
            .join(ReportRow, ReportRow.id == AccountRow.report_id)
            .where(AccountRow.incident_id == bindparam("incident_id"), ReportRow.publisher == bindparam("publisher")))


#: Made once (linking asks for every account; building the statement cost what running it does).
_TOLD_BY_PUBLISHER = _told_by_publisher()
_ACCOUNT_IDS_OF = (select(AccountRow.id).where(AccountRow.incident_id == bindparam("incident_id"))
                   .order_by(AccountRow.id))


def told_by_publisher(session: Session, incident_id: int,
                      publisher: str) -> dict[int, tuple[dt.date | None, dt.date | None, dt.date | None]]:
    """Account id -> (start, end, published) of each account the incident holds from this publisher's reports
    (start and end None when undated), the dates read inside the JSON: linking asks whether one publisher told
    two different days (corroborate.similarity.told_apart). Read without an autoflush: linking reads the
    accounts it placed and has not written beside these."""
    rows = session.connection().execute(_TOLD_BY_PUBLISHER, {"incident_id": incident_id, "publisher": publisher})
    return {account_id: (dt.date.fromisoformat(start) if start else None,
                         dt.date.fromisoformat(end) if end else None, published)
            for account_id, start, end, published in rows}


def account_ids_of(session: Session, incident_id: int, *, flush: bool = True) -> list[int]:
    """The incident's accounts, in id order (`flush` False: as stored, without writing the session's changes)."""
    if not flush:
        return list(session.connection().scalars(_ACCOUNT_IDS_OF, {"incident_id": incident_id}))
    return list(session.scalars(_ACCOUNT_IDS_OF, {"incident_id": incident_id}))


def account_ids_of_incidents(session: Session, incident_ids: Iterable[int]) -> dict[int, list[int]]:
    """Each incident's accounts in id order, as `account_ids_of` gives them, for many incidents in a few queries
    (the verdict pass of an import's batch asked once an incident, each query flushing the incident before)."""
    ids = sorted(set(incident_ids))
    found: dict[int, list[int]] = {incident_id: [] for incident_id in ids}
    for start in range(0, len(ids), _IN_LIST):
        for incident_id, account_id in session.execute(
                select(AccountRow.incident_id, AccountRow.id)
                .where(AccountRow.incident_id.in_(ids[start:start + _IN_LIST])).order_by(AccountRow.id)):
            found[incident_id].append(account_id)
    return found


#: Ids per IN list of the reads that take many.
_IN_LIST = 500


def incidents_of_accounts(session: Session, account_ids: Iterable[int]) -> list[int]:
    """The incident each account is in now."""
    ids = sorted(set(account_ids))
    if not ids:
        return []
    return list(session.scalars(select(AccountRow.incident_id).where(AccountRow.id.in_(ids))))


def account_sources(session: Session) -> list[Any]:
    """(account id, incident id, facts, report filename) of every account: how linking came out."""
    return list(session.execute(
        select(AccountRow.id, AccountRow.incident_id, AccountRow.facts, ReportRow.filename)
        .join(ReportRow, ReportRow.id == AccountRow.report_id).order_by(AccountRow.id)))


# --- incidents -----------------------------------------------------------------------------

def incident_row(session: Session, incident_id: int, *, with_accounts: bool = False) -> IncidentRow | None:
    return session.get(IncidentRow, incident_id, options=[WITH_ACCOUNTS] if with_accounts else [])


@dataclass(frozen=True)
class ReadFrom:
    """The text of the report version an account was read from."""

    text: str


@dataclass(frozen=True)
class PageAccount:
    """An account as the incident page reads it (the columns of `AccountRow`), with its report's row."""

    id: int
    report_id: int
    incident_id: int
    facts: dict[str, Any]
    provenance: list[Any]
    extractor_version: str
    created_at: dt.datetime
    version: int | None
    report: Any
    read_from: ReadFrom | None
    #: Why it joined its incident (`method`, `confidence`, `why` of its `IncidentLinkRow`), None when unrecorded.
    link: Any = None


@dataclass(frozen=True)
class PageIncident:
    """An incident as the incident page reads it (the columns of `IncidentRow`) with its accounts."""

    id: int
    status: str
    facts: dict[str, Any]
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int | None
    accounts: list[PageAccount]
    #: (report id, near-duplicate group id, similarity) of its fingerprinted reports, by report id.
    fingerprints: tuple[tuple[int, int, float], ...] = ()
    #: its history rows (`history_rows`) and evidence rows (`evidence_of_incident`), read with it
    history: tuple[Any, ...] = ()
    evidence: tuple[Any, ...] = ()
    #: the rows of the caller's further statements (`incident_with_reports(also=)`), in their order
    also: tuple[list[Any], ...] = ()


_INCIDENTS, _ACCOUNTS, _REPORTS = IncidentRow.__table__.c, AccountRow.__table__.c, ReportRow.__table__.c
_VERSIONS = ReportVersionRow.__table__.c
#: The incident page's reads as plain Core statements over the tables, built once: ORM loading (the
#: identity map, a joined eager load) was about half the page's CPU (cProfile, 20,000 incidents).
_PAGE_INCIDENT = Prepared(select(_INCIDENTS.id, _INCIDENTS.status, _INCIDENTS.facts, _INCIDENTS.created_at,
                                 _INCIDENTS.updated_at, _INCIDENTS.version)
                          .where(_INCIDENTS.id == bindparam("incident")), "PageIncidentRow")
_LINK, _FINGERPRINT = IncidentLinkRow.__table__.c, ReportFingerprintRow.__table__.c
#: Each account with the version it was read from and why it joined (both keyed by the account: one
#: row an account); a separate statement for the link rows cost more than reading them here.
_PAGE_ACCOUNTS = Prepared(select(_ACCOUNTS.id, _ACCOUNTS.report_id, _ACCOUNTS.incident_id, _ACCOUNTS.facts,
                         _ACCOUNTS.provenance, _ACCOUNTS.extractor_version, _ACCOUNTS.created_at, _ACCOUNTS.version,
                         _VERSIONS.text.label("read_from"), _LINK.method.label("link_method"),
                         _LINK.confidence.label("link_confidence"), _LINK.why.label("link_why"))
                  .select_from(AccountRow.__table__.outerjoin(ReportVersionRow.__table__, and_(
                      _VERSIONS.report_id == _ACCOUNTS.report_id, _VERSIONS.version == _ACCOUNTS.version))
                      .outerjoin(IncidentLinkRow.__table__, _LINK.account_id == _ACCOUNTS.id))
                  .where(_ACCOUNTS.incident_id == bindparam("incident")).order_by(_ACCOUNTS.id), "PageAccountRow")
#: Each report once however many of its accounts the incident holds, never the original bytes, with its
#: near-duplicate group (the fingerprint is keyed by the report: one row a report).
_PAGE_REPORTS = Prepared(select(*(c for c in ReportRow.__table__.c if c.name != "original"),
                        _FINGERPRINT.group_id.label("near_group"), _FINGERPRINT.similarity.label("near_similarity"))
                 .select_from(ReportRow.__table__.outerjoin(ReportFingerprintRow.__table__,
                                                           _FINGERPRINT.report_id == _REPORTS.id))
                 .where(_REPORTS.id.in_(select(_ACCOUNTS.report_id)
                                        .where(_ACCOUNTS.incident_id == bindparam("incident"))))
                 .order_by(_REPORTS.id), "PageReportRow")


@dataclass(frozen=True)
class PageLink:
    """Why an account joined its incident, as the incident page reads it (columns of `IncidentLinkRow`)."""

    method: str
    confidence: float
    why: dict[str, Any] | None


def incident_with_reports(connection: Connection, incident_id: int, *, also: Sequence[Prepared] = (),
                          whole: bool = False) -> PageIncident | None:
    """An incident with its accounts and each account's report, text included, its history and its
    evidence (the incident page), in five statements read together (one round trip on PostgreSQL, one
    statement on SQLite; the link rows and the reports' fingerprints joined in): joining the incident
    to its accounts would repeat (and decode again) its facts once per account, joining accounts to
    reports a report's text once per account. `also`: statements of a layer above taking the same
    `incident` parameter, read in the same round trip (their rows in `PageIncident.also`). `whole`: these
    are all the reads of the caller's transaction when the incident is found (`read_together`)."""
    key = {"incident": incident_id}
    found, report_rows, account_rows, history, evidence, *extra = read_together(
        connection, (_PAGE_INCIDENT, key), (_PAGE_REPORTS, key), (_PAGE_ACCOUNTS, key), (_HISTORY, key),
        (_EVIDENCE_OF_INCIDENT, key), *((statement, key) for statement in also), whole=whole)
    if not found:
        return None
    row = found[0]
    reports = {r.id: r for r in report_rows}
    accounts = [PageAccount(a.id, a.report_id, a.incident_id, a.facts, a.provenance, a.extractor_version,
                            a.created_at, a.version, reports[a.report_id],
                            ReadFrom(a.read_from) if a.read_from is not None else None,
                            PageLink(a.link_method, a.link_confidence, a.link_why)
                            if a.link_method is not None else None)
                for a in account_rows]
    fingerprints = tuple((r.id, r.near_group, r.near_similarity) for r in reports.values() if r.near_group is not None)
    return PageIncident(row.id, row.status, row.facts, row.created_at, row.updated_at, row.version, accounts,
                        fingerprints, tuple(history), tuple(evidence), tuple(extra))


def require_incident(session: Session, incident_id: int, *, with_accounts: bool = False) -> IncidentRow:
    row = incident_row(session, incident_id, with_accounts=with_accounts)
    if row is None:
        raise NotFoundError(f"incident {incident_id} is not in the store; "
                            "list them with `warcrimes incidents`")
    return row


def incidents_matching(session: Session, where: IncidentFilter,
                       *clauses: ColumnElement[bool]) -> list[IncidentRow]:
    """Incidents passing the filter (and any further SQL `clauses`), newest first, with accounts."""
    query = filtered_incidents(where, *clauses).options(WITH_ACCOUNTS)
    by_day = IncidentRow.date_start.asc() if where.sort == "oldest" else IncidentRow.date_start.desc()
    query = query.order_by(by_day.nulls_last(), IncidentRow.id)
    if where.limit:
        query = query.limit(where.limit)
    if where.offset:
        query = query.offset(where.offset)
    return list(session.scalars(query))


def filtered_incidents(where: IncidentFilter, *clauses: ColumnElement[bool]) -> Select[IncidentRow]:
    """The query for incidents passing the filter and `clauses`, unordered and unbounded (a list pages it,
    an export walks it by id)."""
    query = select(IncidentRow)
    if where.violation:
        query = query.where(IncidentRow.violation_labels.contains(f"|{where.violation}|", autoescape=True))
    if where.oblast:
        query = query.where(IncidentRow.admin1.istartswith(where.oblast.strip(), autoescape=True))
    if where.since:
        query = query.where(IncidentRow.date_end >= where.since)
    if where.status:
        query = query.where(IncidentRow.status == where.status)
    for clause in clauses:
        query = query.where(clause)
    return query


def proposed_incidents(session: Session, *, most_sourced: bool, limit: int, offset: int = 0) -> list[IncidentRow]:
    """Incidents waiting for review: the oldest first, or those with the most independent sources
    (then the most accounts) first."""
    query = select(IncidentRow).options(WITH_ACCOUNTS).where(IncidentRow.status == "proposed")
    if most_sourced:
        accounts = (select(func.count()).where(AccountRow.incident_id == IncidentRow.id)
                    .correlate(IncidentRow).scalar_subquery())
        sources = IncidentRow.facts["corroboration"]["independent_sources"].as_integer()
        query = query.order_by(sources.desc().nulls_last(), accounts.desc())
    return list(session.scalars(query.order_by(IncidentRow.created_at, IncidentRow.id).limit(limit).offset(offset)))


def count_proposed(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(IncidentRow)
                              .where(IncidentRow.status == "proposed")) or 0)


def incidents_by_id(session: Session, incident_ids: Iterable[int]) -> list[IncidentRow]:
    ids = sorted(set(incident_ids))
    if not ids:
        return []
    return list(session.scalars(select(IncidentRow).options(WITH_ACCOUNTS).where(IncidentRow.id.in_(ids))
                                .order_by(IncidentRow.id)))


def accounts_by_id(session: Session, account_ids: Iterable[int]) -> list[AccountRow]:
    ids = sorted(set(account_ids))
    if not ids:
        return []
    return list(session.scalars(select(AccountRow).options(selectinload(AccountRow.report).load_only(*SOURCE_ONLY))
                                .where(AccountRow.id.in_(ids))))


#: Statements the incident page runs on every build, made once: building one costs about what running it does.
#: Read as rows of the tables' columns (Core), not ORM objects: only shown, never changed.
_HISTORY = Prepared(select(IncidentHistoryRow.__table__)
                    .where(IncidentHistoryRow.__table__.c.incident_id == bindparam("incident"))
                    .order_by(IncidentHistoryRow.__table__.c.id), "HistoryRow")


def history_rows(session: Session, incident_id: int) -> list[Any]:
    """An incident's history rows (the columns of `IncidentHistoryRow`), oldest first."""
    return _HISTORY.rows(session.connection(), incident=incident_id)


def last_history_rows(session: Session, incident_ids: Iterable[int]) -> dict[int, IncidentHistoryRow]:
    """The newest history row of each incident (where a merged-away id went)."""
    ids = sorted(set(incident_ids))
    if not ids:
        return {}
    newest = (select(func.max(IncidentHistoryRow.id)).where(IncidentHistoryRow.incident_id.in_(ids))
              .group_by(IncidentHistoryRow.incident_id))
    return {r.incident_id: r for r in session.scalars(select(IncidentHistoryRow)
                                                      .where(IncidentHistoryRow.id.in_(newest)))}


def suggestion_rows(session: Session, status: str = "open") -> list[Any]:
    """(suggestion, incident its account is in now), most confident first."""
    return list(session.execute(select(LinkSuggestionRow, AccountRow.incident_id)
                                .join(AccountRow, AccountRow.id == LinkSuggestionRow.account_id)
                                .where(LinkSuggestionRow.status == status)
                                .order_by(LinkSuggestionRow.confidence.desc(), LinkSuggestionRow.id)))


# --- evidence ------------------------------------------------------------------------------

def evidence_counts(session: Session, incident_ids: Iterable[int]) -> dict[int, int]:
    """Evidence items tied to each incident, in one query (a list page must not ask once per row)."""
    ids = sorted(set(incident_ids))
    if not ids:
        return {}
    rows = session.execute(select(EvidenceIncidentRow.incident_id, func.count())
                           .where(EvidenceIncidentRow.incident_id.in_(ids))
                           .group_by(EvidenceIncidentRow.incident_id))
    return {incident_id: int(count) for incident_id, count in rows}


_EVIDENCE_OF_INCIDENT = Prepared(select(EvidenceRow.__table__)
                                 .join(EvidenceIncidentRow.__table__,
                                       EvidenceIncidentRow.__table__.c.evidence_id == EvidenceRow.__table__.c.id)
                                 .where(EvidenceIncidentRow.__table__.c.incident_id == bindparam("incident"))
                                 .order_by(EvidenceRow.__table__.c.id), "EvidenceOfIncidentRow")


def evidence_of_incident(session: Session, incident_id: int) -> list[Any]:
    """The evidence rows tied to an incident (the columns of `EvidenceRow`), oldest first."""
    return _EVIDENCE_OF_INCIDENT.rows(session.connection(), incident=incident_id)


def require_evidence(session: Session, evidence_id: int) -> EvidenceRow:
    row = session.get(EvidenceRow, evidence_id)
    if row is None:
        raise NotFoundError(f"evidence {evidence_id} is not in the store")
    return row


def incidents_of_evidence(session: Session, evidence_id: int) -> list[int]:
    return list(session.scalars(select(EvidenceIncidentRow.incident_id)
                                .where(EvidenceIncidentRow.evidence_id == evidence_id)
                                .order_by(EvidenceIncidentRow.incident_id)))


def evidence_by_hash(session: Session, content_hash: str) -> EvidenceRow | None:
    return session.scalar(select(EvidenceRow).where(EvidenceRow.content_hash == content_hash))


# --- statistics ----------------------------------------------------------------------------

def statistic_rows(session: Session, measure: str | None = None,
                   report_id: int | None = None) -> list[StatisticRow]:
    query = select(StatisticRow).order_by(StatisticRow.as_of, StatisticRow.id)
    if measure:
        query = query.where(StatisticRow.measure == measure)
    if report_id is not None:
        query = query.where(StatisticRow.report_id == report_id)
    return list(session.scalars(query))


def statistics_with_reports(session: Session, measure: str | None = None,
                            population: str | None = None) -> list[Any]:
    """(statistic, report's publication date, publisher, text) in the order they were stored."""
    query = select(StatisticRow, ReportRow.published, ReportRow.publisher, ReportRow.text).join(
        ReportRow, ReportRow.id == StatisticRow.report_id)
    if measure:
        query = query.where(StatisticRow.measure == measure)
    if population:
        query = query.where(StatisticRow.population == population)
    return list(session.execute(query.order_by(StatisticRow.id)))


# --- users and sessions --------------------------------------------------------------------

def user_by_name(session: Session, username: str) -> UserRow | None:
    return session.scalar(select(UserRow).where(UserRow.username == username))


def require_user(session: Session, username: str) -> UserRow:
    row = user_by_name(session, username)
    if row is None:
        raise NotFoundError(f"there is no user {username!r}; list them with `warcrimes user list`")
    return row


def user_rows(session: Session) -> list[UserRow]:
    return list(session.scalars(select(UserRow).order_by(UserRow.username)))


def count_users(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(UserRow)) or 0)


@dataclass(frozen=True)
class SessionSeen:
    """A session by the hash of its token, with its user's name, role and whether they may log in
    (None when the login form's session); read in one query on every request."""

    key: str
    csrf_token: str
    expires_at: dt.datetime
    last_seen_at: dt.datetime
    user_id: int | None
    username: str | None
    role: str | None
    active: bool | None


#: Built once: the query runs on every request.
_SESSION_SEEN = (select(SessionRow.id, SessionRow.csrf_token, SessionRow.expires_at, SessionRow.last_seen_at,
                        SessionRow.user_id, UserRow.username, UserRow.role, UserRow.active)
                 .outerjoin(UserRow, UserRow.id == SessionRow.user_id).where(SessionRow.id == bindparam("key")))


def session_seen(session: Session, key: str) -> SessionSeen | None:
    row = session.execute(_SESSION_SEEN, {"key": key}).first()
    return SessionSeen(*row) if row is not None else None


def throttle_rows(session: Session, keys: Iterable[str]) -> dict[str, LoginThrottleRow]:
    wanted = sorted(set(keys))
    return {r.key: r for r in session.scalars(select(LoginThrottleRow).where(LoginThrottleRow.key.in_(wanted)))}
