"""The store's data version: one number that every committed change to the stored data raises.

Pages built from the data may be kept while the number stays the same (web/page_cache.py), so
the number must move with every write, whoever makes it (the app, a CLI command, a script with
its own connection). The database raises it itself, by a trigger on every table of data, in the
same transaction as the change: a reader that reads the number before the data never sees data
older than the number it read.

SQLite: an AFTER INSERT, UPDATE and DELETE trigger per table (SQLite has one writer at a time, so the
one row is no point of contention). PostgreSQL: a deferred constraint trigger per table, run at
commit, that raises the number once per transaction (`bumped_by` is the transaction id): the row
is locked only at the very end of a writing transaction, after every other lock it takes, so two
writers cannot deadlock over it.

Session bookkeeping (`sessions`, `login_throttle`) changes no data a page shows and is left out: a
page read every few seconds touches its session, and must not throw every kept page away. Ending a
logged-in session raises the version by hand (`raise_version`, from writes.end_sessions): server
processes keep the sessions they have read per version (services/sessions.py KnownSessions).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.orm import Session

TABLE = "store_version"
#: Tables whose writes are not data: sessions and failed-login counters; the version row itself.
UNVERSIONED = frozenset({TABLE, "sessions", "login_throttle", "alembic_version"})
#: Tables a module other than the store owns and fills itself (SQLite's full-text index tables).
_SHADOW_PREFIXES = ("search_", "sqlite_")

PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION store_version_bump() RETURNS trigger AS $$
BEGIN
  UPDATE {TABLE} SET version = version + 1, bumped_by = txid_current()
   WHERE id = 1 AND bumped_by IS DISTINCT FROM txid_current();
  RETURN NULL;
END $$ LANGUAGE plpgsql
"""


def trigger_names(table: str) -> tuple[str, ...]:
    return tuple(f"store_version_{table}_{what}" for what in ("ai", "au", "ad"))


def trigger_statements(dialect: str, table: str) -> list[str]:
    """The statements that make `table`'s writes raise the data version."""
    if dialect == "sqlite":
        return [f"CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN "
                f"UPDATE {TABLE} SET version = version + 1 WHERE id = 1; END"
                for name, event in zip(trigger_names(table), ("INSERT", "UPDATE", "DELETE"), strict=True)]
    return [f"CREATE CONSTRAINT TRIGGER {trigger_names(table)[0]} AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION store_version_bump()"]


def drop_statements(dialect: str, table: str) -> list[str]:
    if dialect == "sqlite":
        return [f"DROP TRIGGER IF EXISTS {name}" for name in trigger_names(table)]
    return [f"DROP TRIGGER IF EXISTS {trigger_names(table)[0]} ON {table}"]


def versioned_tables(connection: Connection) -> list[str]:
    """The tables of data in the database as it is now: every table but session bookkeeping."""
    return sorted(t for t in inspect(connection).get_table_names()
                  if t not in UNVERSIONED and not t.startswith(_SHADOW_PREFIXES))


def setup_statements(connection: Connection) -> list[str]:
    """The version table, its one row, and a trigger on every table of data (migration 0010)."""
    dialect = connection.dialect.name
    statements = [f"CREATE TABLE {TABLE} (id INTEGER NOT NULL PRIMARY KEY, version BIGINT NOT NULL, bumped_by BIGINT)",
                  f"INSERT INTO {TABLE} (id, version) VALUES (1, 1)"]
    if dialect != "sqlite":
        statements.append(PG_FUNCTION)
    for table in versioned_tables(connection):
        statements += trigger_statements(dialect, table)
    return statements


def tables_with_triggers(connection: Connection) -> set[str]:
    """The tables whose writes raise the version (for the test that no table of data is missed)."""
    if connection.dialect.name == "sqlite":
        rows = connection.execute(text("SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' "
                                       "AND name LIKE 'store_version_%'"))
    else:
        rows = connection.execute(text("SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                       "WHERE t.tgname LIKE 'store_version_%' AND pg_table_is_visible(c.oid)"))
    return {r[0] for r in rows}


_READ = text(f"SELECT version FROM {TABLE} WHERE id = 1")


def data_version(session: Session) -> int:
    """The store's data version as this transaction sees it."""
    return int(session.execute(_READ).scalar_one())


def raise_version(session: Session) -> None:
    """Raise the version by hand, for a write no trigger sees: ending a logged-in session (a kept
    session of another worker process must be read again, web/auth.py)."""
    session.execute(_RAISE)


_RAISE = text(f"UPDATE {TABLE} SET version = version + 1 WHERE id = 1")
_READ_SQL = f"SELECT version FROM {TABLE} WHERE id = 1"


class VersionReader:
    """The data version read outside any transaction, on a driver connection of the calling thread's
    own (taken out of the pool, autocommit): ~7 µs on SQLite and one round trip on PostgreSQL, where a
    pooled ORM transaction cost ~180-500 µs (bench/bench_workspace.py; the gate reads it per request).
    An in-memory SQLite store, whose one connection the pool shares, is read in a transaction."""

    def __init__(self, engine: Engine, read_in_transaction: Callable[[], int]) -> None:
        self._engine = engine
        self._fallback = read_in_transaction
        self._own = threading.local()
        self._shared = engine.url.database in (None, "", ":memory:") and engine.dialect.name == "sqlite"

    def __call__(self) -> int:
        if self._shared:
            return self._fallback()
        connection = getattr(self._own, "connection", None)
        if connection is None:
            connection = self._own.connection = self._connect()
        try:
            cursor = connection.cursor()
            try:
                cursor.execute(_READ_SQL)
                row = cursor.fetchone()
            finally:
                cursor.close()
        except Exception:
            self._own.connection = None  # a broken connection (server restarted): a new one next time
            with contextlib.suppress(Exception):
                connection.close()
            raise
        return int(row[0])

    def _connect(self) -> Any:
        pooled = self._engine.raw_connection()
        pooled.rollback()
        driver = pooled.driver_connection
        if driver is None:
            raise RuntimeError("the pool gave a connection without its driver connection")
        pooled.detach()  # its own for good: the pool makes another when it needs one
        if self._engine.dialect.name == "sqlite":
            driver.isolation_level = None  # autocommit: each read sees the last commit
        else:
            driver.autocommit = True
        return driver
