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
page read every few seconds touches its session, and must not throw every kept page away.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text
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
