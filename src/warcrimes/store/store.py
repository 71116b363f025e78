"""The Store: an engine and its sessions over SQLite (embedded default) or PostgreSQL.

It knows tables and transactions, nothing about custody or corroboration: every change is made
by `warcrimes.services` inside `transaction()`, every page read by `warcrimes.queries`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from warcrimes.config import Settings, load_settings
from warcrimes.store import versioning
from warcrimes.store.prepared import ConnectionLost

Read = TypeVar("Read")
#: Set while `read` checks a connection out: store/database.py's ping on checkout is then skipped.
UNCHECKED_CHECKOUT: ContextVar[bool] = ContextVar("warcrimes_unchecked_checkout", default=False)


class Store:
    """One database (SQLite or PostgreSQL) and the settings it was opened with."""

    def __init__(self, engine: Engine, *, settings: Settings | None = None) -> None:
        self.engine = engine
        self.settings = settings or load_settings()
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        #: The data version (store/versioning.py): the gate asks for it once per request.
        self.data_version = versioning.DataVersion(engine, self._version_in_transaction)

    def _version_in_transaction(self) -> int:
        with self.transaction() as session:
            return versioning.data_version(session)

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """One transaction that only reads, on a Core connection with no ORM session: a session's begin,
        commit and close cost ~75 µs a use on SQLite and ~100 µs on PostgreSQL (store/prepared.py
        statements need none of it; docs/web.md "Ninth pass"). It must write nothing: a write here would
        not raise the data version for this process at once (`transaction` sees to that)."""
        with self.engine.connect() as connection, connection.begin():
            yield connection

    def read(self, reading: Callable[[Connection], Read]) -> Read:
        """`reading(connection)` in one `reading()` transaction, on a pooled connection handed out without
        the pool's ping (a round trip, one of the two a PostgreSQL incident page made; docs/web.md
        "Eleventh pass"). A connection found dead by the read (store/prepared.py `ConnectionLost`: its
        server process ended) is thrown away and the read run once more on a checked one, so a dead
        pooled connection still fails no request. `reading` must only read: it may run twice."""
        try:
            with self._unchecked_connection() as connection, connection.begin():
                return reading(connection)
        except ConnectionLost:
            pass
        with self.reading() as connection:
            return reading(connection)

    def _unchecked_connection(self) -> Connection:
        unchecked = UNCHECKED_CHECKOUT.set(True)
        try:
            return self.engine.connect()
        finally:
            UNCHECKED_CHECKOUT.reset(unchecked)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One transaction: committed whole or rolled back whole. While the data version is watched
        (a server process on PostgreSQL), one that wrote reads it after its commit, so the process's
        next request sees the change without waiting for PostgreSQL to tell of it."""
        version = self.data_version
        written = version.statements_written() if version.watched else None
        with self._sessions() as session, session.begin():
            yield session
        if written is not None and version.statements_written() != written:
            version.after_write()
