"""Migration 0012's indexes: made and dropped on both backends, and every page of the list, either
order, either direction, read from an index rather than by sorting the incidents."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import event, inspect

from warcrimes.queries.filters import incident_filter
from warcrimes.queries.incidents import incident_list_page
from warcrimes.store import Store
from warcrimes.store.database import alembic_config

NEW_INDEXES = {"ix_incidents_oldest", "ix_incidents_position"}


def _indexes(store: Store) -> set[str]:
    with store.engine.connect() as connection:
        return {i["name"] for i in inspect(connection).get_indexes("incidents")}


def test_migration_0012_adds_the_list_and_map_indexes_and_goes_down_cleanly(store: Store) -> None:
    assert _indexes(store) >= NEW_INDEXES
    command.downgrade(alembic_config(store.engine), "0011")
    assert not NEW_INDEXES & _indexes(store)
    assert "ix_incidents_newest" in _indexes(store)
    command.upgrade(alembic_config(store.engine), "head")
    assert _indexes(store) >= NEW_INDEXES


@pytest.mark.parametrize("params", [
    {}, {"sort": "oldest"}, {"after": "2024-03-01.7"}, {"after": "2024-03-01.7", "sort": "oldest"},
    {"before": "2024-03-01.7"}, {"before": "2024-03-01.7", "sort": "oldest"}, {"after": "undated.7"},
    {"before": "undated.7", "sort": "oldest"},
])
def test_every_page_of_the_list_is_read_in_index_order_on_sqlite(settings, params: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    from warcrimes.store import open_store

    settings.home.mkdir(parents=True, exist_ok=True)
    store = open_store(settings)
    asked: list[tuple[str, object]] = []
    event.listen(store.engine, "before_cursor_execute",
                 lambda conn, cursor, statement, parameters, context, many: asked.append((statement, parameters)))
    incident_list_page(store, incident_filter(limit=10, **params))
    pages = [(s, p) for s, p in asked if s.lstrip().startswith("SELECT") and "FROM incidents" in s]
    assert pages, "the list read no incidents"
    with store.engine.connect() as connection:
        for statement, parameters in pages:
            plan = " | ".join(str(row[-1]) for row in connection.exec_driver_sql(
                f"EXPLAIN QUERY PLAN {statement}", parameters))  # type: ignore[arg-type]
            assert "TEMP B-TREE" not in plan, (params, plan)
    store.engine.dispose()
