"""Every row an ingest stores, as JSON, to compare two versions of the code (a pure speed-up must store
the same rows): `PYTHONPATH=<src> python bench/ingest_rows.py N out.json` ingests the first N messages of
bench_telegram_ingest's channel (or `FOLDER out.json`: each file of a folder, such as examples/) into a
fresh SQLite store with the custody log's clock fixed, and writes every table's rows in key order
(tests/stored_rows.py says what is left out). `--utc-days` dates Telegram posts by their UTC day, as the
code before the Kyiv-day change (ingest/metadata.TELEGRAM_ZONE) did; `--postgresql URL` stores into a
fresh schema of that PostgreSQL database (dropped after) instead. Then `cmp` the two files.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


@contextmanager
def fresh_database(home: Path, postgresql: str | None) -> Iterator[str]:
    """A SQLite file under `home`, or a new schema of the PostgreSQL database (bench_workspace's, dropped after)."""
    if postgresql is None:
        yield f"sqlite:///{home / 'db.sqlite3'}"
        return
    sys.path[:0] = [str(HERE)]
    from bench_workspace import pg_schema

    with pg_schema(postgresql) as url:
        yield url


def ingest_rows(what: int | Path, *, utc_days: bool = False,
                postgresql: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """Ingest `what` bench messages (or every file of a folder, in name order, one ingest each: examples/)
    into a fresh store (custody clock fixed) and return its rows."""
    sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]
    import bench_telegram_ingest as bench

    from stored_rows import fixed_custody_clock, rows_of
    from warcrimes.config import Settings
    from warcrimes.services import unit
    from warcrimes.services.ingest import ingest_file
    from warcrimes.store import open_store

    if utc_days:
        from zoneinfo import ZoneInfo

        from warcrimes.ingest import metadata
        metadata.TELEGRAM_ZONE = ZoneInfo("UTC")  # type: ignore[misc]
    unit.custody_log = fixed_custody_clock  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        sources = (sorted(p for p in what.iterdir() if p.is_file()) if isinstance(what, Path)
                   else [bench.write_export(root / "export", what)])
        home = root / "home"
        home.mkdir()
        with fresh_database(home, postgresql) as url:
            store = open_store(Settings(home=home, database_url=url), url=url)
            try:
                for source in sources:
                    ingest_file(store, source, actor="bench")
                return rows_of(store)
            finally:
                store.engine.dispose()


if __name__ == "__main__":
    what = sys.argv[1]
    postgresql = sys.argv[sys.argv.index("--postgresql") + 1] if "--postgresql" in sys.argv else None
    rows = ingest_rows(int(what) if what.isdigit() else Path(what), utc_days="--utc-days" in sys.argv,
                       postgresql=postgresql)
    Path(sys.argv[2]).write_text(json.dumps(rows, ensure_ascii=False, sort_keys=True, indent=0))
    print({name: len(found) for name, found in rows.items()})
