"""Incidents for the list, the incident page, `warcrimes incidents`, history and suggestions.

The incident page is one transaction: the incident with its accounts, their reports, the
evidence, the custody entries about all of them, why each account joined, near-copies and the
history (about ten queries, never one per account).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from warcrimes.corroborate.incidents import incident_record, incident_records, verification_clause
from warcrimes.custody.log import ENTRIES_ABOUT_INCIDENT, Entry, entry_of
from warcrimes.domain.records import EvidenceItem, HistoryEntry, Incident, Report, Suggestion
from warcrimes.errors import NotFoundError
from warcrimes.queries import registry
from warcrimes.store import IncidentFilter, Store, convert, paging, reads
from warcrimes.store.schema import IncidentLinkRow, IncidentRow


@dataclass(frozen=True)
class LinkReason:
    """Why an account belongs to its incident: who decided, how sure, which fields agreed."""

    method: str  # auto | new | analyst
    confidence: float
    fields: dict[str, float]
    vetoes: tuple[str, ...]
    nearest: int | None  # for a new incident: the closest incident on file when it was opened
    reasons: dict[str, str] = field(default_factory=dict)  # each field's agreement in words


@dataclass(frozen=True)
class NearCopy:
    """A report whose text nearly copies an earlier report (MinHash estimate of Jaccard)."""

    report_id: int
    copies: int
    similarity: float


@dataclass(frozen=True)
class Corroboration:
    """The incident's sources as refresh stored them, near-copies among its reports, link reasons."""

    sources: tuple[dict[str, Any], ...]
    near_copies: tuple[NearCopy, ...]
    links: dict[int, LinkReason]
    #: independent originators (entity, names, access, reports) and every cited party not counted (name, why)
    originators: tuple[dict[str, Any], ...] = ()
    not_counted: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class IncidentPage:
    """Everything the incident page shows, read in one transaction; or, for an id merged away,
    only `merged_into`: the incident that absorbed it."""

    incident: Incident | None
    reports: dict[int, Report] = field(default_factory=dict)
    evidence: tuple[EvidenceItem, ...] = ()
    custody: dict[str, list[Entry]] = field(default_factory=dict)
    corroboration: Corroboration | None = None
    history: tuple[HistoryEntry, ...] = ()
    merged_into: int | None = None
    #: for an id merged away whose accounts were later split apart: every incident holding them now
    now_in: tuple[int, ...] = ()
    #: the registry persons its reports may name (read only for a role that may see the registry)
    registry_links: tuple[registry.IncidentLink, ...] = ()


def list_incidents(store: Store, where: IncidentFilter | None = None) -> list[Incident]:
    """Incidents passing the filter (queries/filters.py parses one), newest first, with accounts."""
    where = where or IncidentFilter()
    clauses = [verification_clause(where.verification)] if where.verification else []
    with store.transaction() as session:
        return incident_records(session, reads.incidents_matching(session, where, *clauses))


@dataclass(frozen=True)
class ListPage:
    """One page of the list, with the keys of its first and last incident for the links to the pages
    before and after it (None where there is no such page)."""

    incidents: list[Incident]
    previous_before: str | None
    next_after: str | None


def incident_list_page(store: Store, where: IncidentFilter) -> ListPage:
    """A page of the list (`where.limit` incidents): by key (store/paging.py), or counted from the start
    for an `offset` (links made before pages had keys keep working)."""
    assert where.limit, "a page has a size"
    clauses = [verification_clause(where.verification)] if where.verification else []
    with store.transaction() as session:
        if where.offset:
            rows = reads.incidents_matching(session, replace(where, limit=where.limit + 1), *clauses)
            found = paging.Page(rows[:where.limit], has_previous=True, has_next=len(rows) > where.limit)
        else:
            query = reads.filtered_incidents(where, *clauses).options(reads.WITH_ACCOUNTS)
            found = paging.keyset_page(session, query, sort=where.sort, limit=where.limit, after=where.after,
                                       before=where.before)
        first, last = (found.rows[0], found.rows[-1]) if found.rows else (None, None)
        return ListPage(incident_records(session, found.rows),
                        paging.key_of(first.date_start, first.id) if first and found.has_previous else None,
                        paging.key_of(last.date_start, last.id) if last and found.has_next else None)


def get_incident(store: Store, incident_id: int) -> Incident:
    with store.transaction() as session:
        return incident_records(session, [reads.require_incident(session, incident_id, with_accounts=True)])[0]


def incident_page(store: Store, incident_id: int, *, with_registry: bool = False) -> IncidentPage:
    """The incident page's content, read in one transaction with no ORM session (`Store.read`, no ping; with
    the registry persons proposed for it when `with_registry`); NotFoundError for an id that never was.
    An id not found is looked up (merged away?) in the same transaction, and NotFoundError raised after
    it ends: a transaction rolled back by the error would have psycopg deallocate every statement it
    has prepared on the connection, the page's own among them (docs/web.md "Tenth pass")."""
    def read(connection: Connection) -> tuple[reads.PageIncident | None, IncidentPage | None]:
        row = reads.incident_with_reports(connection, incident_id, whole=True,
                                          also=(ENTRIES_ABOUT_INCIDENT, *((registry.LINKS_OF_INCIDENT,)
                                                                          if with_registry else ())))
        return row, (_retired_page(connection, incident_id) if row is None else None)

    row, retired = store.read(read)
    if row is None:
        if retired is None:
            raise NotFoundError(f"incident {incident_id} is not in the store; "
                                "list them with `warcrimes incidents`")
        return retired
    evidence = tuple(convert.evidence(e) for e in row.evidence)
    incident = incident_record(row, len(evidence))
    reports = {a.report.id: convert.report(a.report) for a in sorted(row.accounts, key=lambda a: a.report_id)}
    custody = _by_subject([entry_of(r) for r in row.also[0]])
    corroboration = _corroboration(convert.corroboration(row), row)
    history = tuple(convert.history(h) for h in row.history)
    persons = tuple(registry.links_of_rows(row.also[1])) if with_registry else ()
    return IncidentPage(incident, reports, evidence, custody, corroboration, history, registry_links=persons)


def _retired_page(connection: Connection, incident_id: int) -> IncidentPage | None:
    """The page of an id no incident holds now: where its accounts went, or None for an id that never
    was (read by a session joining the caller's transaction on `connection`)."""
    with Session(connection) as session:
        homes = _where_now(session, incident_id)
        if not homes:
            return None
        history = tuple(convert.history(h) for h in reads.history_rows(session, incident_id))
    return IncidentPage(None, history=history, merged_into=homes[0] if len(homes) == 1 else None, now_in=homes)


def history(store: Store, incident_id: int) -> list[HistoryEntry]:
    """Every recorded change to an incident, oldest first (also for incidents merged away)."""
    with store.transaction() as session:
        rows = reads.history_rows(session, incident_id)
        if not rows and reads.incident_row(session, incident_id) is None:
            raise NotFoundError(f"incident {incident_id} is not in the store and has no history")
        return [convert.history(r) for r in rows]


def suggestions(store: Store, status: str = "open") -> list[Suggestion]:
    """Link suggestions waiting for an analyst (or of another status), most confident first."""
    with store.transaction() as session:
        return [convert.suggestion(s, home) for s, home in reads.suggestion_rows(session, status)]


def _by_subject(entries: list[Entry]) -> dict[str, list[Entry]]:
    grouped: dict[str, list[Entry]] = {}
    for entry in entries:
        grouped.setdefault(entry.subject, []).append(entry)
    return grouped


def _reason(row: IncidentLinkRow | reads.PageLink) -> LinkReason:
    why = row.why or {}
    fields = {str(k): float(v) for k, v in (why.get("fields") or {}).items()}
    return LinkReason(row.method, float(row.confidence), fields, tuple(why.get("vetoes") or ()),
                      why.get("nearest"), {str(k): str(v) for k, v in (why.get("reasons") or {}).items()})


def _corroboration(stored: dict[str, Any], row: reads.PageIncident) -> Corroboration:
    """Sources as refresh stored them, near-copies among the reports, and why each account joined
    (read with the incident's accounts and reports)."""
    links = {a.id: _reason(a.link) for a in row.accounts if a.link is not None}
    copies = tuple(NearCopy(rid, group, round(float(score), 2)) for rid, group, score in row.fingerprints
                   if group != rid)
    return Corroboration(tuple(stored.get("sources") or ()), copies, links, tuple(stored.get("originators") or ()),
                         tuple(stored.get("not_counted") or ()))


def _where_now(session: Session, incident_id: int) -> tuple[int, ...]:
    """The incidents that hold the accounts of an incident merged away, as they are now.

    Old links and citations of a retired id then lead to the event they named: to the incident
    that absorbed it, or, when its accounts were split off again later, to each incident holding
    them now (never to one that no longer tells its account). Entries older than the account
    list in `merged_into` are followed from merge to merge."""
    rows = [h for h in reads.history_rows(session, incident_id) if h.action == "merged_into"]
    if not rows:
        return ()
    accounts = [a for h in rows for a in h.details.get("accounts") or () if isinstance(a, int)]
    if accounts:
        return tuple(sorted(set(reads.incidents_of_accounts(session, accounts))))
    target = rows[-1].details.get("into")
    seen = {incident_id}
    while isinstance(target, int) and target not in seen:
        if reads.incident_row(session, target) is not None:
            return (target,)
        seen.add(target)
        last = reads.last_history_rows(session, [target]).get(target)
        target = last.details.get("into") if last is not None and last.action == "merged_into" else None
    return ()


def iter_incidents(store: Store, where: IncidentFilter, *, batch: int = 1000) -> Iterator[Incident]:
    """Every incident the filter selects (its limit and offset ignored), walked by id in batches in one
    transaction, with accounts: a CSV of a filtered list of any length in the memory of one batch."""
    clauses = [verification_clause(where.verification)] if where.verification else []
    with store.transaction() as session:
        last = 0
        while True:
            rows = list(session.scalars(reads.filtered_incidents(where, *clauses).where(IncidentRow.id > last)
                                        .options(reads.WITH_ACCOUNTS).order_by(IncidentRow.id).limit(batch)))
            if not rows:
                return
            last = rows[-1].id
            records = incident_records(session, rows)
            session.expunge_all()
            yield from records
