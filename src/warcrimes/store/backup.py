"""A consistent copy of the database while it is in use, and putting one back into an empty database.

SQLite: the online backup API (`sqlite3.Connection.backup`) copies a snapshot page by page while
writers go on. PostgreSQL: `pg_dump --format=custom` (one repeatable-read snapshot) and
`pg_restore`; the client tools must be installed (Debian: postgresql-client). The password, if
the URL has one, goes to them in PGPASSWORD, never on their command line.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import URL

from warcrimes.errors import BadInputError, ConfigError

SQLITE_FILE = "database.sqlite3"
PG_FILE = "database.pgdump"


def backend(engine: Engine) -> str:
    return "postgresql" if engine.dialect.name == "postgresql" else "sqlite"


def sqlite_path(engine: Engine) -> Path:
    database = engine.url.database
    if not database or database == ":memory:":
        raise BadInputError("an in-memory database cannot be backed up or restored; set WARCRIMES_HOME")
    return Path(database)


def dump(engine: Engine, folder: Path) -> Path:
    """The database as one file in `folder` (its name says the backend)."""
    if backend(engine) == "sqlite":
        target = folder / SQLITE_FILE
        _sqlite_copy(str(sqlite_path(engine)), target)
        return target
    target = folder / PG_FILE
    with engine.connect() as conn:
        schema = conn.scalar(text("SELECT current_schema()"))
    args = ["pg_dump", "--format=custom", "--no-owner", "--no-acl", f"--file={target}"]
    if schema and schema != "public":
        args.append(f"--schema={schema}")
    _run([*args, _libpq(engine.url)], engine.url, "pg_dump")
    os.chmod(target, 0o600)
    return target


def _sqlite_copy(source: str, target: Path) -> None:
    """SQLite's online backup from `source` (a path or a file: URI) into `target`, owner-only."""
    reading = sqlite3.connect(source, uri=source.startswith("file:"))
    writing = sqlite3.connect(target)
    try:
        with writing:
            reading.backup(writing)
    finally:
        writing.close()
        reading.close()
    os.chmod(target, 0o600)


def is_empty(engine: Engine) -> bool:
    """True when the database holds no table at all (a new database, or a SQLite file not yet made)."""
    if backend(engine) == "sqlite" and not sqlite_path(engine).exists():
        return True
    return not inspect(engine).get_table_names()


def load(engine: Engine, copy: Path) -> None:
    """Put a dump back into an empty database (the caller checked it is empty)."""
    if backend(engine) == "sqlite":
        path = sqlite_path(engine)
        path.parent.mkdir(parents=True, exist_ok=True)
        _sqlite_copy(f"file:{copy}?mode=ro", path)
        return
    _run(["pg_restore", "--no-owner", "--no-acl", "--exit-on-error", "--single-transaction",
          f"--dbname={_libpq(engine.url)}", str(copy)], engine.url, "pg_restore")


def _libpq(url: URL) -> str:
    return url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)


def _run(args: list[str], url: URL, tool: str) -> None:
    if shutil.which(tool) is None:
        raise ConfigError(f"{tool} is not installed; install the PostgreSQL client tools (Debian: "
                          "postgresql-client) matching the server's version")
    env = {**os.environ, **({"PGPASSWORD": url.password} if url.password else {})}
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or ["no message"])[-1][:300]
        raise ConfigError(f"{tool} failed: {reason}")
