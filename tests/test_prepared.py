"""Statements run on the driver's cursor (store/prepared.py) give the rows SQLAlchemy gives, on both backends."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import bindparam, select

from warcrimes.store import Store
from warcrimes.store.load import insert_rows
from warcrimes.store.prepared import Prepared, read_together
from warcrimes.store.schema import IncidentHistoryRow, IncidentRow

AT = dt.datetime(2025, 3, 4, 5, 6, 7, 890123, tzinfo=dt.UTC)
HISTORY = IncidentHistoryRow.__table__
INCIDENTS = IncidentRow.__table__


def _incident_with_history(store: Store) -> None:
    with store.transaction() as session:
        insert_rows(session, "incident", [{"id": 7, "status": "proposed", "facts": {"violations": ["shelling"],
                                                                                     "note": "ä \"quoted\" <b>"},
                                           "created_at": AT, "updated_at": AT}])
        session.add_all([IncidentHistoryRow(incident_id=7, action="edited", actor="olena", at=AT,
                                            details={"fields": {"date": {"from": None, "to": "2024-01-02"}}}),
                         IncidentHistoryRow(incident_id=7, action="confirmed", actor="taras",
                                            at=AT + dt.timedelta(hours=1), details={})])


def test_rows_equal_what_sqlalchemy_reads_json_and_times_included(store: Store) -> None:
    _incident_with_history(store)
    statement = select(HISTORY).where(HISTORY.c.incident_id == bindparam("incident")).order_by(HISTORY.c.id)
    prepared = Prepared(statement, "HistoryLine")
    with store.transaction() as session:
        expected = [tuple(r) for r in session.connection().execute(statement, {"incident": 7})]
        found = prepared.rows(session.connection(), incident=7)
        again = prepared.rows(session.connection(), incident=7)  # the compiled form and processors reused
    assert [tuple(r) for r in found] == expected == [tuple(r) for r in again]
    assert found[0].details["fields"]["date"]["to"] == "2024-01-02"
    assert isinstance(found[1].at, dt.datetime) and found[1].actor == "taras"


def test_labelled_columns_and_a_missing_row(store: Store) -> None:
    _incident_with_history(store)
    statement = select(INCIDENTS.c.id, INCIDENTS.c.facts.label("what_was_said")).where(
        INCIDENTS.c.id == bindparam("incident"))
    prepared = Prepared(statement, "Said")
    with store.transaction() as session:
        found = prepared.rows(session.connection(), incident=7)
        nothing = prepared.rows(session.connection(), incident=8)
    assert found[0].what_was_said["note"] == 'ä "quoted" <b>' and found[0].id == 7
    assert nothing == []


def test_it_reads_inside_the_callers_transaction(store: Store) -> None:
    """A row written earlier in the same transaction, not yet committed, is seen."""
    statement = select(INCIDENTS.c.id, INCIDENTS.c.status).where(INCIDENTS.c.id == bindparam("incident"))
    prepared = Prepared(statement, "Status")
    with store.transaction() as session:
        insert_rows(session, "incident", [{"id": 9, "status": "confirmed", "facts": {}, "created_at": AT,
                                           "updated_at": AT}])
        assert [tuple(r) for r in prepared.rows(session.connection(), incident=9)] == [(9, "confirmed")]


@pytest.mark.parametrize("wanted", [[7], [9, 7, 8], []])
def test_an_in_list_of_any_length_is_written_out_per_execution(store: Store, wanted: list[int]) -> None:
    _incident_with_history(store)
    statement = (select(HISTORY.c.incident_id, HISTORY.c.action).where(HISTORY.c.incident_id.in_(
        bindparam("incidents", expanding=True))).order_by(HISTORY.c.id))
    prepared = Prepared(statement, "Actions")
    with store.transaction() as session:
        expected = [tuple(r) for r in session.connection().execute(statement, {"incidents": wanted})]
        found = [tuple(r) for r in prepared.rows(session.connection(), incidents=wanted)]
    assert found == expected
    assert found == ([(7, "edited"), (7, "confirmed")] if 7 in wanted else [])


def test_statements_read_together_give_what_each_gives_alone(store: Store) -> None:
    """On PostgreSQL they go out in one pipeline; the rows are the same as one statement at a time."""
    _incident_with_history(store)
    history = Prepared(select(HISTORY).where(HISTORY.c.incident_id == bindparam("incident")).order_by(HISTORY.c.id),
                       "HistoryTogether")
    incident = Prepared(select(INCIDENTS.c.id, INCIDENTS.c.facts).where(INCIDENTS.c.id == bindparam("incident")),
                        "IncidentTogether")
    with store.transaction() as session:
        alone = [history.rows(session.connection(), incident=7), incident.rows(session.connection(), incident=7),
                 incident.rows(session.connection(), incident=8)]
        together = read_together(session.connection(), (history, {"incident": 7}), (incident, {"incident": 7}),
                                 (incident, {"incident": 8}))
        after = incident.rows(session.connection(), incident=7)  # the connection is usable as before
    assert together == alone
    assert [len(rows) for rows in together] == [2, 1, 0] and after == alone[1]


def test_a_failing_statement_among_several_raises_and_the_transaction_rolls_back(store: Store) -> None:
    broken = Prepared(select(INCIDENTS.c.id).where(INCIDENTS.c.id == bindparam("incident") / 0), "Broken")
    fine = Prepared(select(INCIDENTS.c.id).where(INCIDENTS.c.id == bindparam("incident")), "Fine")
    if store.engine.dialect.name == "sqlite":  # SQLite divides by zero into NULL: no error to raise
        pytest.skip("SQLite has no division-by-zero error")
    with pytest.raises(Exception, match="division by zero"), store.transaction() as session:
        read_together(session.connection(), (fine, {"incident": 1}), (broken, {"incident": 1}))
    with store.transaction() as session:
        assert fine.rows(session.connection(), incident=1) == []
