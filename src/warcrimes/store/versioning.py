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

A server process on PostgreSQL does not read the number per request: a trigger on the version row
NOTIFYs each new number at commit (migration 0013), and `DataVersion.watch` keeps it in memory.
"""

from __future__ import annotations

import contextlib
import logging
import math
import threading
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine, event, inspect, text
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


#: PostgreSQL: every change of the version row is told to the server processes that listen on this
#: channel, at commit (NOTIFY is delivered only once the transaction's change is visible), with the
#: schema of the row, as "<schema> <version>": stores in other schemas of one database share the channel.
CHANNEL = "store_version"
PG_NOTIFY_STATEMENTS = (
    "CREATE OR REPLACE FUNCTION store_version_notify() RETURNS trigger AS $$\n"
    "BEGIN\n"
    f"  PERFORM pg_notify('{CHANNEL}', TG_TABLE_SCHEMA || ' ' || NEW.version);\n"
    "  RETURN NULL;\n"
    "END $$ LANGUAGE plpgsql",
    f"CREATE TRIGGER notify_store_version AFTER UPDATE ON {TABLE} FOR EACH ROW "
    "EXECUTE FUNCTION store_version_notify()",
)
PG_NOTIFY_DROP = (f"DROP TRIGGER IF EXISTS notify_store_version ON {TABLE}",
                  "DROP FUNCTION IF EXISTS store_version_notify()")
_SCHEMA_SQL = ("SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
               f"WHERE c.oid = '{TABLE}'::regclass")
_TOLD_SQL = f"SELECT 1 FROM pg_trigger WHERE tgname = 'notify_store_version' AND tgrelid = '{TABLE}'::regclass"
#: How often the listener reads the version itself (its connection answers; nothing was missed), and
#: how long after its last answer the version in memory is still trusted: past it, the gate reads.
CHECK_EVERY = 1.0
TRUSTED_FOR = 3.0

log = logging.getLogger("warcrimes.store")


def told_version(payload: str, schema: str) -> int | None:
    """The version a notification carries, when it is about the version row of `schema`."""
    where, _, number = payload.rpartition(" ")
    return int(number) if where == schema and number.isdigit() else None


class DataVersion:
    """The data version a server process keys its kept pages and sessions by (web/auth.py `gate`).

    Read per request on a driver connection of the calling thread's own (outside any transaction,
    autocommit: ~7 µs on SQLite, one round trip on PostgreSQL, during which the gate's event loop
    waits), unless the version is watched (`watch`, PostgreSQL only): then it is the highest version
    this process has seen committed, kept current by a listener thread that PostgreSQL tells of each
    change (`CHANNEL`), and the request reads nothing. A watched version may trail a change made by
    another process by the notification's delivery; never the changes of this process (a transaction
    that wrote reads the version after its commit: `Store.transaction`), nor of a person who sends the
    version of their last write back (`at_least`; web/app.py's seen-version cookie). When the listener
    has lost its connection, or has not answered for `TRUSTED_FOR`, every call reads again.
    An in-memory SQLite store, whose one connection the pool shares, is read in a transaction."""

    def __init__(self, engine: Engine, read_in_transaction: Callable[[], int]) -> None:
        self._engine = engine
        self._fallback = read_in_transaction
        self._own = threading.local()
        self._shared = engine.url.database in (None, "", ":memory:") and engine.dialect.name == "sqlite"
        self._lock = threading.Lock()
        self.known = 0  #: the highest version seen committed by this process
        self._watch: _Listener | None = None
        self._statements = threading.local()

    def __call__(self) -> int:
        watch = self._watch
        if watch is not None and watch.trusted():
            return self.known
        return self.read()

    def at_least(self, seen: int) -> int:
        """The version, read again when memory is older than `seen` (a version this person has seen)."""
        version = self()
        return version if version >= seen else self.read()

    @property
    def watched(self) -> bool:
        return self._watch is not None

    def read(self) -> int:
        """The version now, read from the database (and remembered)."""
        version = self._fallback() if self._shared else self._read_own()
        self.learn(version)
        return version

    def learn(self, version: int) -> None:
        """A version seen committed: memory never goes back."""
        with self._lock:
            if version > self.known:
                self.known = version

    def went_back(self, version: int, since: int) -> None:
        """The version row itself went back (a store restored under a running server): memory follows,
        as a per-request read would, unless a newer version was learned since `since` was read."""
        with self._lock:
            if self.known == since and version < since:
                log.warning("the data version went back from %d to %d", since, version)
                self.known = version

    def watch(self) -> bool:
        """Keep the version in memory, told by PostgreSQL (a listener thread); False on SQLite."""
        if self._engine.dialect.name != "postgresql" or self._watch is not None:
            return self._watch is not None
        event.listen(self._engine, "before_cursor_execute", self._count_statement)
        self._watch = _Listener(self._connect, self)
        self._watch.start()
        return True

    def unwatch(self) -> None:
        """Stop the listener; every call reads again."""
        watch, self._watch = self._watch, None
        if watch is not None:
            watch.stop()
            event.remove(self._engine, "before_cursor_execute", self._count_statement)

    def statements_written(self) -> int:
        """How many statements other than SELECT this thread has sent while watched (`Store.transaction`
        compares it before and after a transaction: one that wrote reads the version after its commit)."""
        return int(getattr(self._statements, "count", 0))

    def after_write(self) -> None:
        """After a commit that wrote: this process's next request must see its own change."""
        with self._engine.connect() as connection:
            self.learn(int(connection.exec_driver_sql(_READ_SQL).scalar_one()))

    def _count_statement(self, _conn: object, _cursor: object, statement: str, *_: object) -> None:
        if statement.lstrip()[:6].upper() != "SELECT":  # anything that may write (over-counting costs one read)
            self._statements.count = getattr(self._statements, "count", 0) + 1

    def _read_own(self) -> int:
        connection = getattr(self._own, "connection", None)
        if connection is None:
            connection = self._own.connection = self._connect()
        try:
            return _read_on(connection)
        except Exception:
            self._own.connection = None  # a broken connection (server restarted): a new one next time
            with contextlib.suppress(Exception):
                connection.close()
            raise

    def _connect(self) -> Any:
        """A driver connection of the caller's own, taken out of the pool, in autocommit."""
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


def _read_on(connection: Any) -> int:
    cursor = connection.cursor()
    try:
        cursor.execute(_READ_SQL)
        row = cursor.fetchone()
    finally:
        cursor.close()
    return int(row[0])


class _Listener(threading.Thread):
    """LISTENs on its own PostgreSQL connection and passes every version told, and the version it
    reads itself each `CHECK_EVERY`, to `learn`; on a lost connection it connects again."""

    def __init__(self, connect: Callable[[], Any], version: DataVersion) -> None:
        super().__init__(name="store-version-listener", daemon=True)
        self._connect = connect
        self._version = version
        self._learn = version.learn
        self._stopped = threading.Event()
        self._answered = -math.inf  # time.monotonic() of the last read that answered; -inf while down
        self.backend: int | None = None  #: the PostgreSQL backend's process id while connected

    def trusted(self) -> bool:
        return time.monotonic() - self._answered < TRUSTED_FOR

    def stop(self) -> None:
        self._stopped.set()
        self._answered = -math.inf

    def run(self) -> None:
        while not self._stopped.is_set():
            connection = None
            try:
                connection = self._connect()
                self.backend = connection.info.backend_pid
                connection.execute(f"LISTEN {CHANNEL}")
                schema = connection.execute(_SCHEMA_SQL).fetchone()[0]
                if connection.execute(_TOLD_SQL).fetchone() is None:
                    log.warning("the data version is not told of changes (migration 0013 is not applied): "
                                "it is read per request")
                    return
                self._check(connection)  # after LISTEN: no change can fall between the two
                while not self._stopped.is_set():
                    for note in connection.notifies(timeout=CHECK_EVERY):
                        version = told_version(note.payload, schema)
                        if version is not None:
                            self.told(version)
                    self._check(connection)
            except Exception as exc:  # any failure: the gate reads the version until this connects again
                self._answered = -math.inf
                if not self._stopped.is_set():
                    log.warning("the data version's listener lost its connection (%s); reading it per "
                                "request until it is back", exc)
            finally:
                self._answered = -math.inf
                self.backend = None
                if connection is not None:
                    with contextlib.suppress(Exception):
                        connection.close()
            self._stopped.wait(CHECK_EVERY)

    def told(self, version: int) -> None:
        self._learn(version)

    def _check(self, connection: Any) -> None:
        """The version read here; lower than memory only when read before a change another thread has
        learned since, or when the row went back: read again after the memory it is lower than."""
        version = _read_on(connection)
        self._learn(version)
        known = self._version.known
        if version < known:
            self._version.went_back(_read_on(connection), since=known)
        self._answered = time.monotonic()
