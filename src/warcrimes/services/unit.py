"""The unit of work: one transaction, its custody entries, and the person acting.

Every service opens exactly one. It takes the writers' lock before reading anything (so two at
once act as if one came after the other), commits the rows and the entries together or neither,
and appends its entries when it ends: the last one then carries the state of every derived row
the unit created, changed or removed (custody/state.py), which `warcrimes verify` compares with
the database. After a commit the store is marked as written, for the automatic checkpoint at
the end of a command (services/sealing.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import instance_state
from sqlalchemy.orm.base import PASSIVE_NO_INITIALIZE
from sqlalchemy.orm.exc import StaleDataError

from warcrimes.custody import state
from warcrimes.custody.log import Change, CustodyLog, Entry, StoredCheckpoint, lock_writers
from warcrimes.errors import BadInputError, ConflictError
from warcrimes.services import sealing
from warcrimes.store import Store, writes
from warcrimes.store.schema import AccountRow, EvidenceIncidentRow, IncidentRow, StatisticRow


@dataclass
class Touched:
    """Ids of the derived rows a unit of work flushed a change to."""

    incidents: set[int] = field(default_factory=set)
    accounts: set[int] = field(default_factory=set)
    statistics: set[int] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.incidents or self.accounts or self.statistics)

    def clear(self) -> None:
        self.incidents.clear()
        self.accounts.clear()
        self.statistics.clear()

    def see(self, row: object) -> None:
        if isinstance(row, IncidentRow) and row.id is not None:
            self.incidents.add(row.id)
        elif isinstance(row, AccountRow):
            if row.id is not None:
                self.accounts.add(row.id)
            # the attribute's own history (`inspect(row).attrs` made a state for each of the row's attributes
            # first: 0.7% of an import's storing process, py-spy)
            history = instance_state(row).get_history("incident_id", PASSIVE_NO_INITIALIZE)
            self.incidents.update(i for i in (*history.deleted, *history.unchanged, *history.added) if i)
        elif isinstance(row, StatisticRow) and row.id is not None:
            self.statistics.add(row.id)
        elif isinstance(row, EvidenceIncidentRow) and row.incident_id is not None:
            self.incidents.add(row.incident_id)


@dataclass
class UnitOfWork:
    """The session of one transaction, the custody log it appends to, and who is acting."""

    store: Store
    session: Session
    actor: str
    log: CustodyLog
    appended: list[Entry] = field(default_factory=list)
    touched: Touched = field(default_factory=Touched)
    _pending: list[Change] = field(default_factory=list)
    _first_index: int = 0
    _stamp: str = ""

    def record(self, action: str, subject: str, details: dict[str, Any], *, actor: str | None = None) -> Entry:
        """One custody entry for a change made in this transaction (by `actor`, default the person acting);
        appended with the unit's other entries when it ends (its index is already fixed: the unit holds
        the writers' lock)."""
        if not self._pending:
            self._first_index = self.log.size(self.session)
            self._stamp = self.log.clock()
        change = Change(action, subject, details, actor or self.actor)
        self._pending.append(change)
        return Entry(self._first_index + len(self._pending) - 1, self._stamp, change.actor, action, subject, details)

    def record_many(self, changes: list[tuple[str, str, dict[str, Any]]]) -> list[Entry]:
        """Custody entries (action, subject, details) for many changes at once (a 10,000-row registry import
        records 20,000): like `record`, they are appended together when the unit ends."""
        return [self.record(action, subject, details) for action, subject, details in changes]

    def note(self, incident_id: int, action: str, details: dict[str, Any], *, actor: str | None = None) -> None:
        """A change to an incident: a line of its history and an `incident.<action>` custody entry."""
        who = actor or self.actor
        writes.add_history(self.session, incident_id, action, details, who)
        self.touched.incidents.add(incident_id)
        self.record(f"incident.{action}", f"incident:{incident_id}", details, actor=who)

    def append_entries(self) -> list[Entry]:
        """Append the entries recorded so far, the last carrying the state of the rows changed since the
        previous append; done when the unit ends, or before reading the log inside it (a checkpoint)."""
        if not self._pending:
            return []
        self.session.flush()
        states = self._states()
        last = self._pending[-1]
        if states:
            self._pending[-1] = Change(last.action, last.subject, {**(last.details or {}), "state": states},
                                       last.actor)
        entries = self.log.append_many(self.session, self._pending, stamp=self._stamp)
        assert entries[0].index == self._first_index, "the log grew inside a unit that holds the writers' lock"
        self.appended.extend(entries)
        self._pending.clear()
        self.touched.clear()
        return entries

    def checkpoint(self) -> StoredCheckpoint:
        """Sign the log with this unit's entries in it."""
        self.append_entries()
        return self.log.checkpoint(self.session)

    def _states(self) -> dict[str, Any]:
        session, touched = self.session, self.touched
        found: dict[str, Any] = {}
        found.update({f"incident:{i}": s for i, s in state.incident_states(session, touched.incidents).items()})
        found.update({f"account:{i}": s for i, s in state.account_states(session, touched.accounts).items()})
        found.update({f"statistic:{i}": s for i, s in state.statistic_states(session, touched.statistics).items()})
        return found


def custody_log(store: Store) -> CustodyLog:
    """The custody log of a store: its tables, and the signing key under WARCRIMES_HOME."""
    return CustodyLog(store.settings.home)


def _watch(session: Session, touched: Touched) -> None:
    """Note every derived row a flush adds, changes or deletes (ORM writes; the bulk updates of
    store/writes.py are always paired with a refresh of the incidents they touch)."""

    def after_flush(flushed: Session, _context: object) -> None:
        for row in (*flushed.new, *flushed.dirty, *flushed.deleted):
            touched.see(row)

    event.listen(session, "after_flush", after_flush)


@contextmanager
def unit_of_work(store: Store, actor: str) -> Iterator[UnitOfWork]:
    """Open one unit of work for `actor` (a person's name: the CLI's WARCRIMES_ACTOR or login, the
    web's logged-in user). Committed whole when the block ends, rolled back whole if it raises."""
    if not actor or not actor.strip():
        raise BadInputError("no one is named as acting; set WARCRIMES_ACTOR or log in")
    try:
        with store.transaction() as session:
            lock_writers(session)
            work = UnitOfWork(store, session, actor.strip(), custody_log(store))
            _watch(session, work.touched)
            yield work
            work.append_entries()
    except StaleDataError as exc:  # a row's version moved under us (IncidentRow.version): someone was quicker
        raise ConflictError("someone else changed this incident at the same moment; nothing was saved. "
                            "Reload it and make your change again") from exc
    if work.appended:
        sealing.written(store)
