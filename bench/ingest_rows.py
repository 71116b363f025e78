"""Every row an ingest stores, as JSON, to compare two versions of the code (a pure speed-up must store
the same rows): `PYTHONPATH=<src> python bench/ingest_rows.py N out.json` ingests the first N messages of
bench_telegram_ingest's channel (or `FOLDER out.json`: each file of a folder, such as examples/) into a
fresh SQLite store, with the custody log's clock fixed so that its
entries' hashes compare too, and writes every table's rows in key order. Left out: the columns that hold
the moment of the run (DateTime defaults such as ingested_at, created_at), and the incidents'
optimistic-lock `version` counter (how many writes, not what they wrote). `--utc-days` dates Telegram
posts by their UTC day, as the code before the Kyiv-day change (ingest/metadata.TELEGRAM_ZONE) did.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

#: Columns that record when the run happened, or how often a row was written, not what it holds.
MOMENTS = {"ingested_at", "created_at", "updated_at", "at", "added_at"}
COUNTERS = {("incidents", "version")}
STAMP = "2026-01-01T00:00:00.000000Z"


def _plain(value: Any) -> Any:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def rows_of(store: Any) -> dict[str, list[dict[str, Any]]]:
    """Every non-empty table's rows, key order, minus the run's moments and write counters."""
    from sqlalchemy import select

    from warcrimes.store.schema import Base

    found: dict[str, list[dict[str, Any]]] = {}
    with store.engine.connect() as connection:
        for name, table in sorted(Base.metadata.tables.items()):
            keys = list(table.primary_key.columns) or list(table.columns)
            rows = [{column: _plain(value) for column, value in row._mapping.items()
                     if column not in MOMENTS and (name, column) not in COUNTERS}
                    for row in connection.execute(select(table).order_by(*keys))]
            if rows:
                found[name] = rows
    return found


def ingest_rows(count: int | Path, *, utc_days: bool = False) -> dict[str, list[dict[str, Any]]]:
    """Ingest `count` bench messages (or every file of a folder, in name order, one ingest each: examples/)
    into a fresh store (custody clock fixed) and return its rows."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import bench_telegram_ingest as bench

    from warcrimes.config import Settings
    from warcrimes.custody.log import CustodyLog
    from warcrimes.services import unit
    from warcrimes.services.ingest import ingest_file
    from warcrimes.store import open_store

    if utc_days:
        from zoneinfo import ZoneInfo

        from warcrimes.ingest import metadata
        metadata.TELEGRAM_ZONE = ZoneInfo("UTC")  # type: ignore[misc]
    unit.custody_log = lambda store: CustodyLog(store.settings.home, clock=lambda: STAMP)  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        sources = (sorted(p for p in count.iterdir() if p.is_file()) if isinstance(count, Path)
                   else [bench.write_export(root / "export", count)])
        home = root / "home"
        home.mkdir()
        store = open_store(Settings(home=home, database_url=f"sqlite:///{home / 'db.sqlite3'}"))
        try:
            for source in sources:
                ingest_file(store, source, actor="bench")
            return rows_of(store)
        finally:
            store.engine.dispose()


if __name__ == "__main__":
    what = sys.argv[1]
    rows = ingest_rows(Path(what) if not what.isdigit() else int(what), utc_days="--utc-days" in sys.argv)
    Path(sys.argv[2]).write_text(json.dumps(rows, ensure_ascii=False, sort_keys=True, indent=0))
    print({name: len(found) for name, found in rows.items()})
