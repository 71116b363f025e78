"""Loading exported rows into a fresh store, in the caller's transaction (services/imports.py).

Rows go in with their ids as exported, so every reference between them holds; the columns an
incident or a statistic copies from its facts for filtering are computed again here. The custody
kinds are loaded by custody/restore.py, which recomputes the log's hashes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from warcrimes.domain.facts import IncidentFacts, StatisticFacts
from warcrimes.store import convert
from warcrimes.store.dump import REGISTRY_KINDS, column_of, table_of
from warcrimes.store.schema import Base, IncidentRow, StoreVersionRow

#: Kinds this module loads (the custody kinds are custody/restore.py's).
PLAIN_KINDS = ("report", "report_version", "incident", "account", "link", "suggestion", "history", "statistic",
               "evidence", "evidence_link", "report_evidence", *REGISTRY_KINDS)


def incident_columns(facts: dict[str, Any]) -> dict[str, Any]:
    """The filter columns of an incident with these facts (store/convert.py's summarise_into)."""
    row = IncidentRow()
    convert.summarise_into(row, IncidentFacts.from_contract(facts))
    return {name: getattr(row, name) for name in ("main_violation", "violation_labels", "date_start", "date_end",
                                                  "location_name", "admin1", "country", "lat", "lon")}


def statistic_columns(facts: dict[str, Any]) -> dict[str, Any]:
    """The series columns of a statistic with these facts (as store/writes.py's add_statistics fills them)."""
    stat = StatisticFacts.from_contract(facts)
    return {"measure": stat.measure, "population": stat.population, "value": stat.value,
            "qualifier": stat.qualifier, "unit": stat.unit, "as_of": stat.as_of, "reported_by": stat.reported_by}


def insert_rows(session: Session, kind: str, rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows of one plain kind as exported (facts kept exactly; derived columns computed)."""
    if not rows:
        return
    values = []
    for row in rows:
        columns = {column_of(kind, name): value for name, value in row.items()}
        if kind == "incident":
            columns.update(incident_columns(row["facts"]))
        elif kind == "statistic":
            columns.update(statistic_columns(row["facts"]))
        values.append(columns)
    session.execute(insert(table_of(kind)), values)


def nonempty_tables(session: Session) -> dict[str, int]:
    """Tables of the schema that hold rows, with their counts: an import goes only into a store with none."""
    found = {}
    for table in Base.metadata.sorted_tables:
        if table.name == StoreVersionRow.__tablename__:  # its one row is there from the start
            continue
        count = int(session.scalar(select(func.count()).select_from(table)) or 0)
        if count:
            found[table.name] = count
    return found


def advance_sequences(session: Session) -> None:
    """On PostgreSQL, move each id sequence past the ids loaded, so the next row gets a new one.

    (SQLite hands out max(id) + 1 by itself.)"""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        key = list(table.primary_key.columns)
        if len(key) != 1 or key[0].name != "id" or key[0].autoincrement is False:
            continue
        if key[0].type.python_type is not int:  # a text key (a session token) has no sequence
            continue
        session.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                             f"COALESCE((SELECT MAX(id) FROM {table.name}), 1), "
                             f"(SELECT MAX(id) IS NOT NULL FROM {table.name}))"))
