"""Statements run on the driver's cursor (store/prepared.py) give the rows SQLAlchemy gives, on both backends."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Integer, Numeric, bindparam, cast, literal_column, select

from custody_fixtures import new_report, one_incident, seeded
from warcrimes.custody.log import ENTRIES_ABOUT_INCIDENT, Entry
from warcrimes.errors import NotFoundError
from warcrimes.queries.incidents import incident_page
from warcrimes.services import review
from warcrimes.services.reports import add_report
from warcrimes.services.unit import custody_log
from warcrimes.store import Store, reads
from warcrimes.store.load import insert_rows
from warcrimes.store.prepared import Prepared, read_together
from warcrimes.store.schema import IncidentHistoryRow, IncidentLinkRow, IncidentRow

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
    """On PostgreSQL they are one statement answering one JSON document (the same statement twice, its
    parameter with two values, included); the rows are the same as one statement at a time."""
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


def test_the_incident_pages_custody_entries_are_those_about_it_its_reports_and_evidence(
        store: Store, tmp_path: Path) -> None:
    """Found by the incident's id in the page's one round trip: the same entries `entries_about` gives
    for the hashes of its reports and evidence and its own subject, and none about another incident."""
    incident, _ = seeded(store, tmp_path)
    other = add_report(store, new_report("A drone struck a van near Kupiansk on 3 May; the driver survived.\n",
                                         publisher="District council"), one_incident(), actor="system")
    review.set_status(store, incident, "confirmed", actor="olena", note="two field photos agree")
    page = incident_page(store, incident)
    subjects = [*(r.content_hash for r in page.reports.values()), *(e.content_hash for e in page.evidence),
                f"incident:{incident}"]
    with store.transaction() as session:
        expected = custody_log(store).entries_about(session, subjects)
    grouped: dict[str, list[Entry]] = {}
    for entry in expected:
        grouped.setdefault(entry.subject, []).append(entry)
    assert page.custody == grouped
    assert all([e.index for e in v] == sorted(e.index for e in v) for v in page.custody.values())
    assert set(page.custody) == set(subjects)  # each report, evidence item and the incident has entries
    assert not {f"incident:{i}" for i in other.incidents} & set(page.custody)


def test_reads_as_a_whole_transaction_leave_the_connection_as_they_found_it(store: Store) -> None:
    """`whole=True` on PostgreSQL: the one statement runs outside a transaction; afterwards the session
    writes and commits as usual, and a failing read leaves no transaction open behind it."""
    _incident_with_history(store)
    fine = Prepared(select(INCIDENTS.c.id, INCIDENTS.c.status).where(INCIDENTS.c.id == bindparam("incident")),
                    "WholeFine")
    broken = Prepared(select(INCIDENTS.c.id).where(INCIDENTS.c.id == bindparam("incident") / 0), "WholeBroken")
    with store.transaction() as session:
        assert [tuple(r) for r in read_together(session.connection(), (fine, {"incident": 7}), whole=True)[0]] == [
            (7, "proposed")]
        session.execute(INCIDENTS.update().where(INCIDENTS.c.id == 7).values(status="rejected"))
    with store.transaction() as session:
        assert [tuple(r) for r in fine.rows(session.connection(), incident=7)] == [(7, "rejected")]
    if store.engine.dialect.name == "sqlite":
        return
    with pytest.raises(Exception, match="division by zero"), store.transaction() as session:
        read_together(session.connection(), (fine, {"incident": 7}), (broken, {"incident": 7}), whole=True)
    with store.transaction() as session:
        driver = session.connection().connection.driver_connection
        assert driver is not None and not driver.autocommit
        assert [tuple(r) for r in fine.rows(session.connection(), incident=7)] == [(7, "rejected")]


def test_the_incident_pages_reads_together_equal_each_read_alone_for_every_column_type(
        store: Store, tmp_path: Path) -> None:
    """The page's six statements as one JSON document: whole floats stay floats, dates, times, bytes
    (custody leaf hashes), JSON, SQL NULL and text with quotes, control characters and other scripts
    come back as psycopg and SQLAlchemy give them reading each statement alone."""
    incident, _ = seeded(store, tmp_path)
    with store.transaction() as session:
        session.execute(IncidentLinkRow.__table__.update().values(confidence=1.0, why=None))
        session.add(IncidentHistoryRow(incident_id=incident, action="edited", actor="olena", at=AT,
                                       details={"note": 'a "quote"\\ \x01\t\n ü ї 𝄞', "share": 0.5, "whole": 2.0}))
    page = (reads._PAGE_INCIDENT, reads._PAGE_REPORTS, reads._PAGE_ACCOUNTS, reads._HISTORY,  # noqa: SLF001
            reads._EVIDENCE_OF_INCIDENT, ENTRIES_ABOUT_INCIDENT)  # noqa: SLF001
    with store.transaction() as session:
        together = read_together(session.connection(), *((p, {"incident": incident}) for p in page), whole=True)
    with store.transaction() as session:
        alone = [p.rows(session.connection(), incident=incident) for p in page]
    assert together == alone
    _, reports, accounts, history, _, entries = together
    assert all(type(a) is type(b) for x, y in zip(together, alone, strict=True)
               for r, q in zip(x, y, strict=True) for a, b in zip(r, q, strict=True))
    assert isinstance(accounts[0].link_confidence, float) and accounts[0].link_confidence == 1.0
    assert reports[0].published == dt.date(2024, 3, 12) and isinstance(entries[0].leaf_hash, bytes)
    assert history[-1].details["note"] == 'a "quote"\\ \x01\t\n ü ї 𝄞'
    assert history[-1].at.replace(tzinfo=None) == AT.replace(tzinfo=None)  # SQLite keeps no zone
    assert [r.at.tzinfo for r in history] == [r.at.tzinfo for r in alone[3]]


def test_a_percent_sign_in_a_statement_is_kept_when_read_together(store: Store) -> None:
    """Each statement's parameters are renamed after its place in the document; a literal `%` is not one."""
    _incident_with_history(store)
    shares = Prepared(select(INCIDENTS.c.id, literal_column("'50%'").label("share"))
                      .where(INCIDENTS.c.id == bindparam("incident")), "Share")
    with store.transaction() as session:
        together = read_together(session.connection(), (shares, {"incident": 7}), (shares, {"incident": 8}))
    assert [[tuple(r) for r in rows] for rows in together] == [[(7, "50%")], []]


def test_a_column_a_json_document_cannot_carry_exactly_is_refused(store: Store) -> None:
    if store.engine.dialect.name == "sqlite":
        pytest.skip("SQLite reads no JSON document")
    exact = Prepared(select(INCIDENTS.c.id, cast(INCIDENTS.c.id, Numeric(10, 2)).label("amount"))
                     .where(INCIDENTS.c.id == bindparam("incident")), "Amount")
    with pytest.raises(TypeError, match="cannot be read as JSON"), store.transaction() as session:
        read_together(session.connection(), (exact, {"incident": 7}))


def test_a_pooled_postgresql_connection_that_died_is_replaced(store: Store) -> None:
    """The pool's ping on checkout (store/database.py): a connection whose server process ended is not
    handed out; a new one is."""
    if store.engine.dialect.name == "sqlite":
        pytest.skip("the ping is PostgreSQL's")
    with store.engine.connect() as connection:
        pid = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
    import psycopg

    url = store.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(url, autocommit=True) as other:  # outside the pool: not the connection it ends
        assert other.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone() == (True,)
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT pg_backend_pid()").scalar_one() != pid


def _end_backend_of(store: Store, pid: int) -> None:
    import psycopg

    url = store.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(url, autocommit=True) as other:  # outside the pool: not the connection it ends
        assert other.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone() == (True,)


def test_the_incident_page_read_on_a_pooled_connection_that_died_is_read_again_on_a_new_one(store: Store) -> None:
    """The page's read skips the pool's ping (`Store.read`): its own statement finds the connection dead,
    which is thrown away, and the page is read again on a new connection; no request fails."""
    if store.engine.dialect.name == "sqlite":
        pytest.skip("the ping is PostgreSQL's")
    _incident_with_history(store)
    assert incident_page(store, 7).incident is not None
    with store.engine.connect() as connection:  # the connection returned last: the one the page gets next
        pid = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
    _end_backend_of(store, pid)
    page = incident_page(store, 7)
    assert page.incident is not None and page.incident.id == 7
    assert [h.action for h in page.history] == ["edited", "confirmed"]
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT pg_backend_pid()").scalar_one() != pid
    with pytest.raises(NotFoundError):  # and an id not in the store is still a 404, on a live connection
        incident_page(store, 40_000)


def test_a_read_that_is_not_a_lost_connection_is_not_read_again(store: Store) -> None:
    """`Store.read` runs its read once more only for a connection lost: any other error is raised."""
    calls: list[int] = []

    def failing(_connection: Any) -> None:
        calls.append(1)
        raise ValueError("not a lost connection")

    with pytest.raises(ValueError, match="not a lost connection"):
        store.read(failing)
    assert calls == [1]


def test_the_incident_pages_document_is_prepared_once_per_connection_whatever_the_ids_size(store: Store) -> None:
    """Prepared at its first run (the server plans it in full for each unprepared run), and one prepared
    statement for ids of any size: psycopg sends a small int as int2 and a larger one as int4, and
    keys its prepared statements by the parameters' types (docs/web.md "Tenth pass")."""
    if store.engine.dialect.name == "sqlite":
        pytest.skip("SQLite prepares no statement itself")
    _incident_with_history(store)
    store.engine.dispose()  # a new connection, nothing prepared on it yet
    assert incident_page(store, 7).incident is not None
    with pytest.raises(NotFoundError):
        incident_page(store, 40_000)  # no such incident: the document answers no rows
    with store.engine.connect() as connection:  # the connection returned last, the one both pages used
        runs = connection.exec_driver_sql(
            "SELECT generic_plans + custom_plans FROM pg_prepared_statements "
            "WHERE starts_with(statement, 'SELECT json_build_array(')").all()
    assert runs == [(2,)]


def _five_history_rows(store: Store) -> None:
    _incident_with_history(store)
    with store.transaction() as session:
        session.add_all([IncidentHistoryRow(incident_id=7, action=action, actor=actor, at=AT + dt.timedelta(minutes=m),
                                            details={}) for action, actor, m in
                         [("edited", "mykola", 30), ("merged", "olena", 5), ("edited", "ivan", 45)]])


@pytest.mark.parametrize("order", [
    (HISTORY.c.id.desc(),),
    (HISTORY.c.actor, HISTORY.c.id.desc()),
    (HISTORY.c.at.desc().nulls_last(), HISTORY.c.action),
])
def test_rows_read_together_keep_the_order_the_statement_writes(store: Store, order: tuple[Any, ...]) -> None:
    """The order is written in the aggregate itself (`json_agg(t ORDER BY ...)`), not left to a sorted
    subquery: descending, several terms, NULLS LAST all come back as the statement alone gives them."""
    _five_history_rows(store)
    statement = select(HISTORY).where(HISTORY.c.incident_id == bindparam("incident")).order_by(*order)
    prepared = Prepared(statement, "OrderedHistory")
    with store.transaction() as session:
        alone = prepared.rows(session.connection(), incident=7)
        together = read_together(session.connection(), (prepared, {"incident": 7}), (prepared, {"incident": 8}))
    assert together == [alone, []] and len(alone) == 5


def test_a_limited_statement_read_together_keeps_its_first_rows(store: Store) -> None:
    """With a LIMIT the subquery keeps its ORDER BY (which rows) and the aggregate its own (their order)."""
    _five_history_rows(store)
    prepared = Prepared(select(HISTORY.c.id, HISTORY.c.actor, HISTORY.c.at)
                        .where(HISTORY.c.incident_id == bindparam("incident"))
                        .order_by(HISTORY.c.at.desc()).limit(2), "LatestTwo")
    with store.transaction() as session:
        alone = prepared.rows(session.connection(), incident=7)
        together = read_together(session.connection(), (prepared, {"incident": 7}))
    assert together == [alone] and [r.actor for r in alone] == ["taras", "ivan"]


def test_an_order_by_a_column_not_selected_is_refused_when_read_together(store: Store) -> None:
    if store.engine.dialect.name == "sqlite":
        pytest.skip("SQLite reads no JSON document")
    hidden = Prepared(select(HISTORY.c.actor).where(HISTORY.c.incident_id == bindparam("incident"))
                      .order_by(HISTORY.c.id), "ActorsOnly")
    with pytest.raises(TypeError, match="ORDER BY a column it does not select"), store.transaction() as session:
        read_together(session.connection(), (hidden, {"incident": 7}))


def _statements_run(store: Store, session: Any) -> list[str]:
    """The SQL text of each statement SQLite runs on the session's connection from now on."""
    run: list[str] = []
    session.connection().connection.dbapi_connection.set_trace_callback(run.append)
    return run


def test_sqlite_reads_the_incident_pages_statements_as_one_and_keeps_each_ones_order(store: Store) -> None:
    """SQLite: statements read together are one compound statement (one `execute`), their rows handed back
    to each and sorted by its ORDER BY in Python (ascending integer columns it selects, here one the scan
    does not follow); an ORDER BY of another kind, a LIMIT or one parameter with two values: read apart."""
    if store.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL reads one JSON document")
    _five_history_rows(store)
    rank = (literal_column("100", Integer) - HISTORY.c.id).label("rank")
    backwards = Prepared(select(HISTORY.c.id, HISTORY.c.actor, rank)
                         .where(HISTORY.c.incident_id == bindparam("incident")).order_by(rank), "Backwards")
    descending = Prepared(select(HISTORY.c.id).where(HISTORY.c.incident_id == bindparam("incident"))
                          .order_by(HISTORY.c.id.desc()), "Descending")
    page = (reads._PAGE_INCIDENT, reads._PAGE_REPORTS, reads._PAGE_ACCOUNTS, reads._HISTORY,  # noqa: SLF001
            reads._EVIDENCE_OF_INCIDENT, ENTRIES_ABOUT_INCIDENT, backwards)  # noqa: SLF001
    with store.transaction() as session:
        alone = [p.rows(session.connection(), incident=7) for p in page]
        run = _statements_run(store, session)
        together = read_together(session.connection(), *((p, {"incident": 7}) for p in page))
        assert together == alone and len(run) == 1 and "UNION ALL" in run[0]
        assert [r.id for r in together[-1]] == sorted((r.id for r in together[3]), reverse=True)
        run.clear()
        assert read_together(session.connection(), (descending, {"incident": 7}), (backwards, {"incident": 7})) == [
            descending.rows(session.connection(), incident=7), alone[-1]]
        assert read_together(session.connection(), (backwards, {"incident": 7}), (backwards, {"incident": 8})) == [
            alone[-1], []]
        assert len(run) == 5 and not any("UNION ALL" in sql for sql in run)
