"""The unit of work: one transaction, its custody entries, and the person acting.

Every service opens exactly one. It commits the rows and the entries together or neither, and
it knows the entries it appended (`appended`), which is where a later check of derived rows or
an automatic checkpoint after each writing command hooks in.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from warcrimes.custody.log import Change, CustodyLog, Entry
from warcrimes.errors import BadInputError, ConflictError
from warcrimes.store import Store, writes


@dataclass
class UnitOfWork:
    """The session of one transaction, the custody log it appends to, and who is acting."""

    store: Store
    session: Session
    actor: str
    log: CustodyLog
    appended: list[Entry] = field(default_factory=list)

    def record(self, action: str, subject: str, details: dict[str, Any], *, actor: str | None = None) -> Entry:
        """One custody entry for a change made in this transaction (by `actor`, default the person acting)."""
        entry = self.log.append(self.session, action=action, subject=subject, details=details,
                                actor=actor or self.actor)
        self.appended.append(entry)
        return entry

    def record_many(self, changes: list[tuple[str, str, dict[str, Any]]]) -> list[Entry]:
        """Several entries (action, subject, details) by the person acting, appended in one go (the
        reports of one batch of an export: one insert instead of one per report)."""
        entries = self.log.append_many(self.session, [Change(action, subject, details, self.actor)
                                                      for action, subject, details in changes])
        self.appended.extend(entries)
        return entries

    def note(self, incident_id: int, action: str, details: dict[str, Any], *, actor: str | None = None) -> None:
        """A change to an incident: a line of its history and an `incident.<action>` custody entry."""
        who = actor or self.actor
        writes.add_history(self.session, incident_id, action, details, who)
        self.record(f"incident.{action}", f"incident:{incident_id}", details, actor=who)


def custody_log(store: Store) -> CustodyLog:
    """The custody log of a store: its tables, and the signing key under WARCRIMES_HOME."""
    return CustodyLog(store.settings.home)


@contextmanager
def unit_of_work(store: Store, actor: str) -> Iterator[UnitOfWork]:
    """Open one unit of work for `actor` (a person's name: the CLI's WARCRIMES_ACTOR or login, the
    web's logged-in user). Committed whole when the block ends, rolled back whole if it raises."""
    if not actor or not actor.strip():
        raise BadInputError("no one is named as acting; set WARCRIMES_ACTOR or log in")
    try:
        with store.transaction() as session:
            yield UnitOfWork(store, session, actor.strip(), custody_log(store))
    except StaleDataError as exc:  # a row's version moved under us (IncidentRow.version): someone was quicker
        raise ConflictError("someone else changed this incident at the same moment; nothing was saved. "
                            "Reload it and make your change again") from exc
