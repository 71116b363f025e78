"""Row changes, inside the caller's transaction. Only `warcrimes.services` calls these: it pairs
each change with its history and custody entries, so nothing here commits or records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from typing import cast as typed

from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from warcrimes.domain.records import Extraction, NewReport
from warcrimes.store import reads, versioning
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
    ReportRow,
    ReportVersionRow,
    SessionRow,
    StatisticRow,
    UserRow,
    utcnow,
)


def add_report(session: Session, new: NewReport, *, extracted: bool) -> ReportRow:
    [row] = add_reports(session, [(new, extracted)])
    return row


def add_reports(session: Session, reports: list[tuple[NewReport, bool]]) -> list[ReportRow]:
    """Report rows (new, extracted?) added with one flush: their ids are set on return, and their accounts
    known to be none yet (linking asks, and a query for each new report found none). Their ids are given
    before the flush, those the database would give them one at a time (`next_ids`): the rows are then written
    by one executemany, not by an INSERT each that reads its new id back."""
    rows = [ReportRow(id=report_id, content_hash=new.content_hash, original=new.original, text=new.text,
                      media_type=new.media_type, size=len(new.original), filename=new.filename,
                      publisher=new.publisher, url=new.url, published=new.published, language=new.language,
                      extraction_status="done" if extracted else new.not_extracted or "not_extracted",
                      source_key=new.source_key, channel=new.channel,
                      details={**new.details, "version": new.version} if new.source_key else dict(new.details))
            for report_id, (new, extracted) in zip(next_ids(session, ReportRow, len(reports)), reports, strict=True)]
    session.add_all(rows)
    session.flush()
    for row in rows:
        set_committed_value(row, "accounts", [])
    return rows


def insert_many(session: Session, table: Any, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Rows (tuples of `columns`, in order) inserted by one executemany in the driver's own parameter style,
    their values as they are: plain text, numbers and bytes only (no type's conversion is applied). SQLAlchemy's
    own executemany makes and converts a dict of parameters a row: for the 3,200 band rows of an import's batch
    about as long as SQLite took to insert them (py-spy)."""
    if not rows:
        return
    connection = session.connection()
    mark = "?" if connection.dialect.paramstyle in ("qmark", "numeric") else "%s"
    connection.exec_driver_sql(f"INSERT INTO {table.name} ({', '.join(columns)}) "
                               f"VALUES ({', '.join([mark] * len(columns))})", list(rows))


def add_report_version(session: Session, report: ReportRow, new: NewReport,
                       edited_at: dt.datetime | None) -> ReportVersionRow:
    """A later version of a stored report (an edited message): its own bytes and text."""
    row = ReportVersionRow(report_id=report.id, version=new.version, content_hash=new.content_hash,
                           original=new.original, text=new.text, edited_at=edited_at, ingested_at=utcnow())
    session.add(row)
    session.flush()
    return row


def link_report_evidence(session: Session, report_id: int, evidence_id: int) -> bool:
    """Tie evidence to the report it came with; False when it already was."""
    if session.get(ReportEvidenceRow, (report_id, evidence_id)) is not None:
        return False
    session.add(ReportEvidenceRow(report_id=report_id, evidence_id=evidence_id))
    session.flush()
    return True


def new_accounts(report: ReportRow, extraction: Extraction, version: int | None = None) -> list[AccountRow]:
    """One unsaved account row per extracted incident (read from the report's text, or from that version's);
    linking decides each one's incident."""
    return [AccountRow(report_id=report.id, facts=found.facts.to_contract(),
                       provenance=[p.to_dict() for p in found.provenance],
                       extractor_version=extraction.extractor_version, created_at=utcnow(), version=version)
            for found in extraction.incidents]


def tell_report_of(report: ReportRow, accounts: list[AccountRow], read_from: ReportVersionRow | None = None) -> None:
    """Put a report's new accounts in its accounts collection before they are linked, and the report (and the
    version they were read from) in them: linking and summarising ask whether an account is the only one read
    from its text (then the whole text describes it), and the collection, loaded once and tied by
    `report_id`, would otherwise read as if each were alone; an account not yet written reads neither by
    its keys."""
    reads.load_accounts_of([report])
    set_committed_value(report, "accounts", [*report.accounts, *accounts])
    for account in accounts:
        set_committed_value(account, "report", report)
        if read_from is not None:
            set_committed_value(account, "read_from", read_from)


def add_statistics(session: Session, report: ReportRow, extraction: Extraction) -> None:
    for stat in extraction.statistics:
        facts = stat.facts
        session.add(StatisticRow(report_id=report.id, measure=facts.measure, population=facts.population,
                                 value=facts.value, qualifier=facts.qualifier, unit=facts.unit,
                                 as_of=facts.as_of, reported_by=facts.reported_by, facts=facts.to_contract(),
                                 extractor_version=extraction.extractor_version))
    if extraction.statistics:
        session.flush()


def open_incident(session: Session, *, flush: bool = True) -> IncidentRow:
    """A new, empty incident whose id was never used before (`flush` False: written by a later flush).

    SQLite hands out max(id) + 1, so deleting the newest incident (a merge) would give its id to
    the next one and mix two incidents' history and custody entries; there we skip past every id
    the history has seen. PostgreSQL sequences never reuse ids.
    """
    if flush:  # what is pending counts, history rows of an incident just removed included
        session.flush()
    row = IncidentRow(status="proposed", violation_labels="", facts={})
    if session.get_bind().dialect.name == "sqlite":
        used = session.connection().scalar(select(func.max(IncidentHistoryRow.incident_id))) or 0
        row.id = max(used, _highest(session, IncidentRow)) + 1
    elif not flush:
        [row.id] = _sequence_ids(session, IncidentRow, 1)
    session.add(row)
    if flush:
        session.flush()
    return row


def next_ids(session: Session, kind: type[AccountRow] | type[ReportRow], count: int, *,
             after: int | None = None) -> list[int]:
    """Ids for `count` rows added now and written by a later flush: those the database would have given them
    written one at a time (SQLite max(id) + 1; PostgreSQL's sequence), so a batch written together stores the
    same rows. `after`: the highest id this transaction gave out so far (SQLite then reads nothing: the
    transaction holds the writers' lock and adds these rows only this way)."""
    if session.get_bind().dialect.name == "sqlite":
        highest = after if after is not None else session.connection().scalar(select(func.max(kind.id))) or 0
        return list(range(highest + 1, highest + 1 + count))
    return _sequence_ids(session, kind, count)


def _highest(session: Session, kind: type[Any]) -> int:
    """The highest id of a table, its rows the session has not written yet included (read without a flush)."""
    written = session.connection().scalar(select(func.max(kind.id))) or 0
    return max([written, *(row.id for row in session.new if isinstance(row, kind) and row.id is not None)])


def _sequence_ids(session: Session, kind: type[Any], count: int) -> list[int]:
    table = kind.__tablename__
    return sorted(session.connection().scalars(
        select(func.nextval(func.pg_get_serial_sequence(table, "id"))).select_from(func.generate_series(1, count))))


#: session.info key: the history and link rows `written_together` holds until its block ends.
_HELD_ROWS = "warcrimes.rows_held"


@dataclass
class _HeldRows:
    history: list[dict[str, Any]] = field(default_factory=list)
    links: list[tuple[AccountRow, dict[str, Any]]] = field(default_factory=list)


@contextmanager
def written_together(session: Session) -> Iterator[None]:
    """Inside, incident history and link rows (which nothing in an import reads back) are held and written at
    the end in two executemany statements, in the order they were made (their ids too): one ORM object each,
    flushed one account at a time, they were a fifth of the rows an import's flushes wrote."""
    if _HELD_ROWS in session.info:  # nested: the outer block writes
        yield
        return
    held = session.info[_HELD_ROWS] = _HeldRows()
    try:
        yield
        session.flush()  # the accounts the links name get their ids
        if held.links:
            session.execute(insert(typed(Table, IncidentLinkRow.__table__)),
                            [{"account_id": account.id, **values} for account, values in held.links])
        if held.history:
            session.execute(insert(typed(Table, IncidentHistoryRow.__table__)), held.history)
    finally:
        del session.info[_HELD_ROWS]


def add_history(session: Session, incident_id: int, action: str, details: dict, actor: str) -> None:
    held: _HeldRows | None = session.info.get(_HELD_ROWS)
    if held is not None:
        held.history.append({"incident_id": incident_id, "action": action, "details": details, "actor": actor,
                             "at": utcnow()})
        return
    session.add(IncidentHistoryRow(incident_id=incident_id, action=action, details=details, actor=actor))


def add_link(session: Session, account: AccountRow, incident_id: int, method: str, confidence: float,
             why: dict[str, Any]) -> None:
    """Why the account is in its incident (`method`: auto, new or analyst)."""
    held: _HeldRows | None = session.info.get(_HELD_ROWS)
    if held is not None:
        held.links.append((account, {"incident_id": incident_id, "method": method, "confidence": confidence,
                                     "why": why, "created_at": utcnow()}))
        return
    session.add(IncidentLinkRow(account=account, incident_id=incident_id, method=method, confidence=confidence,
                                why=why))


def move_accounts(session: Session, account_ids: list[int], target: IncidentRow) -> None:
    """Point accounts (and why they are there) at `target`: an analyst's decision from now on."""
    session.execute(update(AccountRow).where(AccountRow.id.in_(account_ids)).values(incident_id=target.id))
    session.execute(update(IncidentLinkRow).where(IncidentLinkRow.account_id.in_(account_ids))
                    .values(incident_id=target.id, method="analyst", confidence=1.0))
    session.expire_all()


def repoint_evidence(session: Session, source_id: int, target_id: int) -> None:
    """Evidence tied to an absorbed incident follows it to the incident that absorbed it."""
    already = set(session.scalars(select(EvidenceIncidentRow.evidence_id)
                                  .where(EvidenceIncidentRow.incident_id == target_id)))
    session.execute(delete(EvidenceIncidentRow).where(EvidenceIncidentRow.incident_id == source_id,
                                                      EvidenceIncidentRow.evidence_id.in_(already)))
    session.execute(update(EvidenceIncidentRow).where(EvidenceIncidentRow.incident_id == source_id)
                    .values(incident_id=target_id))


def settle_suggestions(session: Session, keep_id: int, absorb_id: int, account_ids: list[int]) -> None:
    """On a merge: suggestions between the two are done; those naming the absorbed one name the keeper."""
    session.execute(update(LinkSuggestionRow).where(
        LinkSuggestionRow.incident_id.in_([keep_id, absorb_id]), LinkSuggestionRow.status == "open",
        LinkSuggestionRow.account_id.in_(account_ids)).values(status="accepted"))
    session.execute(update(LinkSuggestionRow).where(LinkSuggestionRow.incident_id == absorb_id)
                    .values(incident_id=keep_id))


def close_suggestions_between(session: Session, account_ids: list[int], incident_id: int) -> None:
    """On a split: suggestions that the moved accounts join the incident they left are answered (no)."""
    session.execute(update(LinkSuggestionRow).where(
        LinkSuggestionRow.account_id.in_(account_ids), LinkSuggestionRow.incident_id == incident_id,
        LinkSuggestionRow.status == "open").values(status="dismissed"))


def add_evidence(session: Session, row: EvidenceRow) -> EvidenceRow:
    session.add(row)
    session.flush()
    return row


def link_evidence(session: Session, evidence_id: int, incident_id: int) -> bool:
    """Tie evidence to an incident; False when it already was."""
    if session.get(EvidenceIncidentRow, (evidence_id, incident_id)) is not None:
        return False
    session.add(EvidenceIncidentRow(evidence_id=evidence_id, incident_id=incident_id))
    session.flush()
    return True


# --- users and sessions --------------------------------------------------------------------

def add_user(session: Session, username: str, password_hash: str, role: str) -> UserRow:
    row = UserRow(username=username, password_hash=password_hash, role=role, active=True)
    session.add(row)
    session.flush()
    return row


def add_session(session: Session, row: SessionRow) -> SessionRow:
    session.add(row)
    session.flush()
    return row


def touch_session(session: Session, key: str, now: dt.datetime) -> None:
    session.execute(update(SessionRow).where(SessionRow.id == key).values(last_seen_at=now))


def end_sessions(session: Session, *, key: str | None = None, user_id: int | None = None) -> None:
    """Delete one session (by its key) or every session of a user. Ending a logged-in session raises
    the data version: a server process that knows the session (services/sessions.py KnownSessions)
    reads it again. Logins and logouts are rare; a page read touches a session without raising it."""
    ended = 0
    if key is not None:
        ended += _deleted(session.execute(delete(SessionRow).where(SessionRow.id == key,
                                                                   SessionRow.user_id.is_not(None))))
        session.execute(delete(SessionRow).where(SessionRow.id == key))
    if user_id is not None:
        ended += _deleted(session.execute(delete(SessionRow).where(SessionRow.user_id == user_id)))
    if ended:
        versioning.raise_version(session)


def _deleted(result: object) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


def purge_sessions(session: Session, now: dt.datetime, idle_before: dt.datetime,
                   anonymous_before: dt.datetime) -> None:
    """Drop sessions past their end or idle too long, and login-form sessions older than a bound."""
    session.execute(delete(SessionRow).where(
        (SessionRow.expires_at <= now) | (SessionRow.last_seen_at <= idle_before)
        | (SessionRow.user_id.is_(None) & (SessionRow.created_at <= anonymous_before))))


def throttle(session: Session, key: str, now: dt.datetime) -> LoginThrottleRow:
    """The failed-login count of `key`, created at zero when there is none yet."""
    row = session.get(LoginThrottleRow, key)
    if row is None:
        row = LoginThrottleRow(key=key, failures=0, first_failed_at=now, locked_until=None)
        session.add(row)
    return row


def clear_throttle(session: Session, key: str) -> None:
    session.execute(delete(LoginThrottleRow).where(LoginThrottleRow.key == key))
