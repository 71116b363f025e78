"""What linking did in this transaction that the store may not hold yet: the accounts it placed and the
incidents it opened or changed.

Inside `linked_in_memory` (a batch of an import) the linker reads these beside the store instead of
flushing before each search and each summary: two flushes an account, one of them writing the incident's
whole summary at every join, were a quarter of an import's storing process (docs/languages.md, sixth
pass). The rows are written by the session's next flush, at the latest when the batch ends; whatever is
flushed meanwhile the store and this record together hold every account once, so each read is the union.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from warcrimes.store import reads
from warcrimes.store.schema import AccountRow, IncidentRow

#: session.info key: the record below, there while linking may leave its rows unwritten.
_KEY = "warcrimes.linked"


@dataclass
class Unwritten:
    """The incidents linking read or opened (held: the session holds rows weakly, and an incident read again
    at each join cost a SELECT of its facts) and the accounts it placed, by id and by incident."""

    incidents: dict[int, IncidentRow] = field(default_factory=dict)
    accounts: dict[int, AccountRow] = field(default_factory=dict)
    of_incident: dict[int, list[AccountRow]] = field(default_factory=dict)
    #: Incident id -> the first and last day its stored accounts' reports were published (None: it has none),
    #: read once a transaction: an undated incident's assumed date, read for every account, grew with it.
    stored_days: dict[int, tuple[dt.date, dt.date] | None] = field(default_factory=dict)
    #: What the store held of an incident when first asked in this transaction: its account ids, and the dates
    #: of its accounts from one publisher (nothing but linking adds an account to an incident in an import).
    stored_ids: dict[int, list[int]] = field(default_factory=dict)
    stored_told: dict[tuple[int, str], dict[int, tuple[dt.date | None, dt.date | None, dt.date | None]]] = field(
        default_factory=dict)
    #: Incident id -> (the facts it was made from, its profile as linking compares it: corroborate.similarity).
    profiles: dict[int, tuple[dict[str, Any], Any]] = field(default_factory=dict)
    #: Incident id -> (the facts it was made from, its columns as the blocking query reads them: linking).
    summaries: dict[int, tuple[dict[str, Any], Any]] = field(default_factory=dict)
    #: The blocking query's stored rows for each set of its parameters (linking), when they were all there is
    #: (under its LIMIT): a batch's posts tell a few places on a day or two, and two queries a post were a tenth
    #: of the storing process at 10,000 posts (cProfile). Exact because the rows the store holds and this
    #: transaction does not hold (`incidents`) do not change inside it: only linking changes incidents in an
    #: import, and an incident it changes it holds first; those held are read from memory, not from here.
    blocked: dict[tuple[Any, ...], list[Any]] = field(default_factory=dict)
    #: Incident id -> (the blocking row, its assumed dates, its profile for linking's rough pass): made once for
    #: each row object (linking; those of `blocked` and of held incidents' unchanged summaries come back).
    rough: dict[int, tuple[Any, Any, Any]] = field(default_factory=dict)

    def hold(self, incident: IncidentRow) -> IncidentRow:
        self.incidents[incident.id] = incident
        return incident

    def place(self, account: AccountRow, incident_id: int) -> None:
        """The account joins (or opens) that incident; its id is set already."""
        self.accounts[account.id] = account
        self.of_incident.setdefault(incident_id, []).append(account)

    def placed_in(self, incident_id: int) -> list[AccountRow]:
        return self.of_incident.get(incident_id, [])

    def account_ids(self, session: Session, incident_id: int) -> list[int]:
        """The incident's accounts in id order: those stored (read once a transaction) and those placed here."""
        stored = self.stored_ids.get(incident_id)
        if stored is None:
            stored = self.stored_ids[incident_id] = reads.account_ids_of(session, incident_id, flush=False)
        return sorted({*stored, *(account.id for account in self.placed_in(incident_id))})

    def told_by_publisher(self, session: Session, incident_id: int,
                          publisher: str) -> list[tuple[dt.date | None, dt.date | None, dt.date | None]]:
        """(start, end, published) of the incident's accounts from this publisher's reports (store.reads'
        `told_by_publisher`, read once a transaction), those placed here included."""
        stored = self.stored_told.get((incident_id, publisher))
        if stored is None:
            stored = self.stored_told[(incident_id, publisher)] = reads.told_by_publisher(session, incident_id,
                                                                                          publisher)
        told = dict(stored)
        for account in self.placed_in(incident_id):
            if account.id not in told and account.report.publisher == publisher:
                told[account.id] = told_dates(account, account.report.published)
        return list(told.values())

    def days(self, incident_id: int) -> tuple[dt.date, dt.date] | None:
        """The first and last day the incident's reports were published, those placed here included."""
        found = self.stored_days.get(incident_id)
        for account in self.placed_in(incident_id):
            day = account.report.published
            found = (min(found[0], day), max(found[1], day)) if found else (day, day)
        return found

    def incident_of(self, account: AccountRow) -> int | None:
        """The incident an account placed here joined (None: not placed here)."""
        placed = self.accounts.get(account.id) if account.id is not None else None
        return placed.incident.id if placed is not None and placed.incident is not None else None


def told_dates(account: AccountRow, published: dt.date) -> tuple[dt.date | None, dt.date | None, dt.date]:
    """(start, end, published) of an account, as `told_apart` compares them (start and end None: undated)."""
    date = (account.facts or {}).get("date") or {}
    start, end = date.get("start"), date.get("end")
    return (dt.date.fromisoformat(start) if start else None, dt.date.fromisoformat(end) if end else None, published)


def unwritten(session: Session) -> Unwritten:
    """The record of the `linked_in_memory` block around (outside one, an empty record: everything is flushed
    before it is read, and nothing outlives the call)."""
    return session.info.get(_KEY) or Unwritten()


def in_memory(session: Session) -> bool:
    """Whether linking leaves its rows for a later flush (inside `linked_in_memory`)."""
    return _KEY in session.info


@contextmanager
def linked_in_memory(session: Session) -> Iterator[None]:
    """Inside, the linker writes nothing itself: its accounts and incidents are flushed with the batch. One
    block is one batch in one transaction: the record goes with it."""
    if in_memory(session):  # nested: the outer block decides
        yield
        return
    session.info[_KEY] = Unwritten()
    try:
        yield
    finally:
        session.info.pop(_KEY, None)
