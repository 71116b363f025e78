"""Every row a store holds, as plain JSON values, to show that a change meant only to be faster stores the
same rows (tests/test_ingest_batch_speed.py; bench/ingest_rows.py compares two versions of the code).

Left out: the columns that hold the moment of the run (DateTime defaults such as ingested_at, created_at)
and the counters of writes, not of what they wrote: the incidents' optimistic-lock `version` and the
store's data version (raised by every write that changes what pages show; on PostgreSQL with the id of the
transaction that raised it last). The custody
log's clock is fixed (`fixed_custody_clock`), so its entries, leaf hashes and tree nodes compare whole.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from typing import Any

from sqlalchemy import select

from warcrimes.custody.log import CustodyLog
from warcrimes.store import Store
from warcrimes.store.schema import Base

#: Columns that record when the run happened, or how often a row was written, not what it holds.
MOMENTS = frozenset({"ingested_at", "created_at", "updated_at", "at", "added_at"})
COUNTERS = frozenset({("incidents", "version"), ("store_version", "version"), ("store_version", "bumped_by")})
STAMP = "2026-01-01T00:00:00.000000Z"


def fixed_custody_clock(store: Store) -> CustodyLog:
    """A store's custody log whose entries are all dated STAMP (replaces services.unit.custody_log)."""
    return CustodyLog(store.settings.home, clock=lambda: STAMP)


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


def rows_of(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Every non-empty table's rows in key order, minus the run's moments and write counters."""
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
