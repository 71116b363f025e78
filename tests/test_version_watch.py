"""The data version kept in memory by a server process on PostgreSQL (store/versioning.py DataVersion):
told of every change by PostgreSQL, never older than the process's own changes nor than the changes
of the person asking (the seen-version cookie), and read per request whenever the listener is down.
Two stores over one database stand for two worker processes; a listener made deaf (it hears but
learns nothing) shows what each guarantee rests on."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from conftest import PG_SKIP, PG_URL
from corroboration_fixtures import facts
from test_search import KHERSON, UK, _report
from warcrimes.config import Settings
from warcrimes.services.editing import edit_incident
from warcrimes.store import Store, open_store, versioning
from warcrimes.web import create_app
from web_login import log_in

pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason=PG_SKIP)]


@pytest.fixture
def two(pg_schema_url: str, settings: Settings) -> Iterator[tuple[Store, Store, int]]:
    """Two stores over one PostgreSQL schema (two server processes), and an incident in it."""
    here = open_store(Settings(home=settings.home, database_url=pg_schema_url), url=pg_schema_url)
    there = open_store(Settings(home=settings.home, database_url=pg_schema_url), url=pg_schema_url)
    incident = _report(here, UK, "uk", facts(dt.date(2024, 5, 1), KHERSON, 2, 2, "обласна військова адміністрація",
                                             "attack_on_civilians"), dt.date(2024, 5, 2), "Суспільне Херсон")
    try:
        yield here, there, incident
    finally:
        for store in (here, there):
            store.data_version.unwatch()
            store.engine.dispose()


def _until(condition: Callable[[], bool], seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def _watched(store: Store) -> versioning._Listener:
    assert store.data_version.watch()
    listener = store.data_version._watch
    assert listener is not None and _until(listener.trusted)
    return listener


def _deaf(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The listener keeps answering but learns no version: only a read moves the process's version."""
    monkeypatch.setattr(_watched(store), "_learn", lambda version: None)


def _reads(store: Store, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    made: list[int] = []
    read = store.data_version._read_own

    def counted() -> int:
        made.append(read())
        return made[-1]

    monkeypatch.setattr(store.data_version, "_read_own", counted)
    return made


def _now(store: Store) -> int:
    with store.transaction() as session:
        return versioning.data_version(session)


def test_a_change_by_another_process_is_told_and_nothing_is_read_per_request(two, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    here, there, incident = two
    _watched(here)
    reads = _reads(here, monkeypatch)
    before = here.data_version()
    edit_incident(there, incident, {"victims_max": "4"}, reason="a second count", actor="taras")
    assert _until(lambda: here.data_version() == _now(there) > before)
    assert reads == []


def test_the_writing_process_and_the_person_who_wrote_see_their_change_at_once(two, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    here, there, incident = two
    page = f"/incidents/{incident}.json"
    with TestClient(create_app(here)) as writer_app, TestClient(create_app(there)) as reader_app:
        _deaf(here, monkeypatch)
        _deaf(there, monkeypatch)
        token = log_in(writer_app, here)
        reader_app.cookies.update(writer_app.cookies)  # the same person, sent to the other worker
        someone_else = TestClient(reader_app.app)
        log_in(someone_else, there, "vira", "viewer")
        assert reader_app.get(page).json()["status"] == "proposed"  # kept by the other process
        assert someone_else.get(page).json()["status"] == "proposed"

        done = writer_app.post(f"/incidents/{incident}/confirm", data={"csrf_token": token, "reason": "two"},
                               follow_redirects=False)
        assert done.status_code == 303
        seen = int(writer_app.cookies["warcrimes_seen"])
        assert seen == _now(here)
        assert writer_app.get(page).json()["status"] == "confirmed"  # the writing process read after its commit

        reader_app.cookies.update(writer_app.cookies)
        assert reader_app.get(page).json()["status"] == "confirmed"  # the version of their write, sent back
        assert there.data_version.known == seen

        edit_incident(here, incident, {"victims_max": "5"}, reason="a count", actor="olena")  # a script in-process
        assert writer_app.get(page).json()["victims"]["max"] == 5


def test_a_deaf_process_shows_what_the_cookie_is_for(two, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    here, there, incident = two
    page = f"/incidents/{incident}.json"
    with TestClient(create_app(there)) as reader:
        listener = _watched(there)
        learn = listener._learn
        _deaf(there, monkeypatch)
        log_in(reader, there, "vira", "viewer")
        assert reader.get(page).json()["status"] == "proposed"
        edit_incident(here, incident, {"victims_max": "4"}, reason="a second count", actor="taras")
        assert reader.get(page).json()["victims"]["max"] == 2  # not told, no cookie: the kept page
        monkeypatch.setattr(listener, "_learn", learn)
        assert _until(lambda: reader.get(page).json()["victims"]["max"] == 4)  # told within its check


def _terminate(backend: int | None) -> None:
    admin = create_engine(str(PG_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": backend})
    admin.dispose()


def test_a_lost_listener_has_the_version_read_per_request(two, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    here, there, incident = two
    listener = _watched(here)
    _deaf(here, monkeypatch)
    monkeypatch.setattr(versioning, "CHECK_EVERY", 60.0)  # it waits this long before connecting again
    _terminate(listener.backend)
    assert _until(lambda: not listener.trusted())
    edit_incident(there, incident, {"victims_max": "4"}, reason="a second count", actor="taras")
    assert here.data_version() == _now(there)  # read, not remembered


def test_a_lost_listener_connects_again(two) -> None:  # type: ignore[no-untyped-def]
    here, _, _ = two
    listener = _watched(here)
    backend = listener.backend
    _terminate(backend)
    assert _until(lambda: listener.trusted() and listener.backend not in (None, backend))


def test_a_change_told_of_another_schema_is_not_this_ones() -> None:
    assert versioning.told_version("t_abc 17", "t_abc") == 17
    assert versioning.told_version("t_other 99", "t_abc") is None
    assert versioning.told_version("my schema 5", "my schema") == 5
    assert versioning.told_version("t_abc x", "t_abc") is None


def test_a_notification_of_another_schema_moves_nothing(two) -> None:  # type: ignore[no-untyped-def]
    here, _, _ = two
    _watched(here)
    before = here.data_version.known
    admin = create_engine(str(PG_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text("SELECT pg_notify(:channel, :payload)"),
                           {"channel": versioning.CHANNEL, "payload": f"elsewhere {before + 1000}"})
    admin.dispose()
    time.sleep(0.3)
    assert here.data_version.known == before == here.data_version()



def test_a_version_row_set_back_is_followed_as_a_read_per_request_would(two) -> None:  # type: ignore[no-untyped-def]
    here, _, _ = two
    _watched(here)
    assert here.data_version() > 1
    with here.engine.begin() as connection:  # as a store restored under a running server would
        connection.execute(text(f"UPDATE {versioning.TABLE} SET version = 1 WHERE id = 1"))
    assert _until(lambda: here.data_version() == 1)


def test_a_store_whose_changes_are_not_told_is_read_per_request(two, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    here, _, _ = two
    with here.engine.begin() as connection:  # a database short of migration 0013
        for statement in versioning.PG_NOTIFY_DROP:
            connection.execute(text(statement))
    assert here.data_version.watch()
    listener = here.data_version._watch
    assert listener is not None
    listener.join(10)
    assert not listener.is_alive() and not listener.trusted()
    reads = _reads(here, monkeypatch)
    here.data_version()
    assert len(reads) == 1
