"""Opening a database: engine, migrations to head, and the Store over it."""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.pool import StaticPool

from warcrimes.config import Settings, load_settings
from warcrimes.errors import ConfigError
from warcrimes.store.store import UNCHECKED_CHECKOUT, Store

MIGRATIONS = Path(__file__).with_name("migrations")
#: Held by the one process that migrates a PostgreSQL database.
_MIGRATION_LOCK = 0x77636D67


#: Connections a process keeps open, and more it may open for a while: as many as the web server's
#: worker threads (web/app.py THREADS), so clients reading pages at once reuse connections. With
#: SQLAlchemy's default (5 kept, 10 more opened and closed again) every request past the fifth opened
#: a connection of its own under load: on SQLite the file and its pragmas, on PostgreSQL a new backend.
#: 6, not 16: with 50 clients on two cores, 6 threads and backends per process cost less CPU a page on
#: both backends and gave the lower p95 (docs/web.md "Tenth pass": 4, 6, 8, 10 and 16 measured).
POOL_SIZE = 6
POOL_OVERFLOW = 4
#: Both pools hand out the connection returned last (`pool_use_lifo`), not the one idle longest: a
#: request then gets a connection whose PostgreSQL backend has its catalog cached and the incident
#: page's statement prepared and planned (SQLite: its page cache warm), where taking each idle
#: connection in turn spread a few clients' pages over every backend the pool held, each new to them.


#: SQLite's page cache per connection, in KiB (its default: 2,000). An import's batch inserts 3,200 fingerprint
#: band rows at random places of the band-key index: with 2 MB most went to pages read back from the OS, and
#: inserting them cost a quarter more CPU at 10,000 messages (320,000 rows; 16, 32 and 64 MiB measured alike).
CACHE_KIB = 16384


def make_engine(url: str) -> Engine:
    """An engine; SQLite gets foreign keys, WAL and a busy timeout, ':memory:' one shared connection."""
    if url.startswith("sqlite"):
        memory = url in ("sqlite://", "sqlite:///:memory:")
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 30},
            **({"poolclass": StaticPool} if memory else {"pool_size": POOL_SIZE, "max_overflow": POOL_OVERFLOW,
                                                        "pool_use_lifo": True}),
        )

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection, _record):
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            if not memory:
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.execute("PRAGMA synchronous=NORMAL")
                cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
            cursor.close()

        return engine
    try:
        engine = create_engine(url, pool_size=POOL_SIZE, max_overflow=POOL_OVERFLOW, pool_use_lifo=True)
    except Exception as exc:  # sqlalchemy raises several kinds for a malformed URL
        raise ConfigError(f"cannot use database URL {url!r}: {exc}") from exc
    event.listen(engine, "checkout", _ping_outside_transaction)
    return engine


def _ping_outside_transaction(dbapi_connection: Any, _record: object, _proxy: object) -> None:
    """`pool_pre_ping`'s check of a pooled PostgreSQL connection, sent with no transaction: SQLAlchemy's
    own ping has psycopg send a BEGIN first (a round trip of its own) and hands the connection out with
    that transaction open, so the incident page's one statement could not run outside a transaction
    (store/prepared.py `read_together`, docs/web.md "Sixth pass", "Eighth pass"). A dead connection
    raises `DisconnectionError`: the pool replaces it, as with `pool_pre_ping`. Skipped for `Store.read`,
    which finds a dead connection by its own statement and runs again on a checked one."""
    if UNCHECKED_CHECKOUT.get():
        return
    try:
        dbapi_connection.autocommit = True
        try:
            dbapi_connection.execute("SELECT 1")
        finally:
            dbapi_connection.autocommit = False
    except Exception as exc:  # any failure: the connection is not used (psycopg's OperationalError and others)
        raise DisconnectionError(f"a pooled PostgreSQL connection did not answer: {exc}") from exc


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine) -> str:
    """Bring the schema to the newest migration; each migration runs in its own transaction."""
    command.upgrade(alembic_config(engine), "head")
    return current_revision(engine) or ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@cache
def head_revision() -> str:
    """The newest migration shipped with the package (read once per process)."""
    return ScriptDirectory.from_config(alembic_config(create_engine("sqlite://"))).get_current_head() or ""


def create_owner_only(database: Path) -> None:
    """Create the SQLite file (and its folder, if new) readable by its owner only (0600, 0700): it
    holds the reports, the accounts and the users' password hashes. SQLite gives its journal and WAL
    files the database's mode. An existing file or folder keeps the mode its owner gave it."""
    folder = database.parent
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700, exist_ok=True)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def open_store(settings: Settings | None = None, *, url: str | None = None, migrate: bool = True) -> Store:
    """The store named by settings (or `url`), its schema upgraded to head unless migrate=False."""
    settings = settings or load_settings()
    url = url or settings.database_url
    if url.startswith("sqlite:///") and ":memory:" not in url:
        create_owner_only(Path(url.removeprefix("sqlite:///")))
    engine = make_engine(url)
    if migrate and current_revision(engine) != head_revision():
        with _migrating(engine):
            if current_revision(engine) != head_revision():  # another process may have just done it
                upgrade(engine)
    return Store(engine, settings=settings)


@contextmanager
def _migrating(engine: Engine) -> Iterator[None]:
    """One process migrates at a time: two commands started at once on a new store would otherwise
    both create its tables, and one would fail. PostgreSQL: a session advisory lock; a SQLite file:
    an exclusive lock on a file beside it."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _MIGRATION_LOCK})
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _MIGRATION_LOCK})
                conn.commit()
        return
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        yield
        return
    fd = os.open(f"{database}.migrating", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def upgrade_database(settings: Settings | None = None) -> tuple[str, str]:
    """Create or migrate the configured database (`warcrimes db upgrade`): its revision now, and its
    URL with any password hidden, to say which database it was."""
    store = open_store(settings, migrate=False)
    try:
        return upgrade(store.engine), store.engine.url.render_as_string(hide_password=True)
    finally:
        store.engine.dispose()
