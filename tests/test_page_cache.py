"""Pages kept per data version (web/page_cache.py): every write raises the version, whoever makes it,
so nothing stale is served after a change; a kept page is shared by a role, never across roles, and
carries each person's own name and CSRF token. On both backends."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from corroboration_fixtures import facts
from test_search import KHARKIV, KHERSON, UK, _report
from warcrimes.services import sessions
from warcrimes.services.editing import edit_incident
from warcrimes.store import Store, versioning
from warcrimes.web import create_app
from web_login import csrf_of, log_in


@pytest.fixture
def told(store: Store) -> tuple[Store, int, int]:
    first = _report(store, UK, "uk", facts(dt.date(2024, 5, 1), KHERSON, 2, 2, "обласна військова адміністрація",
                                           "attack_on_civilians"), dt.date(2024, 5, 2), "Суспільне Херсон")
    second = _report(store, "Shelling of Kharkiv at night; a warehouse burned.", "en",
                     facts(dt.date(2024, 6, 1), KHARKIV, 1, 1, "police", "attack_on_protected_objects"),
                     dt.date(2024, 6, 2), "Kharkiv Daily")
    return store, first, second


def _version(store: Store) -> int:
    with store.transaction() as session:
        return versioning.data_version(session)


def test_every_table_of_data_raises_the_version_when_written(store: Store) -> None:
    with store.engine.connect() as connection:
        tables = versioning.versioned_tables(connection)
        assert {"incidents", "reports", "accounts", "custody_entries", "users", "evidence"} <= set(tables)
        assert not {"sessions", "login_throttle"} & set(tables)
        assert versioning.tables_with_triggers(connection) == set(tables)


def test_a_change_raises_the_version_once_and_a_session_touch_does_not(told) -> None:  # type: ignore[no-untyped-def]
    store, first, _ = told
    before = _version(store)
    edit_incident(store, first, {"victims_max": "4"}, reason="a second count", actor="olena")
    after = _version(store)
    assert after > before
    if store.engine.dialect.name == "postgresql":
        assert after == before + 1  # one transaction, many rows: raised once
    with store.transaction() as session:  # session bookkeeping is not data
        session.execute(text("DELETE FROM sessions"))
    assert _version(store) == after


@pytest.mark.parametrize("watched", [False, True], ids=["read per request", "watched"])
def test_a_page_is_kept_until_a_write_and_a_change_made_elsewhere_shows_at_once(told, watched) -> None:  # type: ignore[no-untyped-def]
    store, first, second = told
    if watched and not store.data_version.watch():  # as a served app's lifespan does (PostgreSQL only)
        pytest.skip("SQLite reads the version per request")
    listener = store.data_version._watch
    while watched and listener is not None and not listener.trusted():  # until it has connected
        time.sleep(0.01)
    try:
        _kept_until_a_write(store, first, second)
    finally:
        store.data_version.unwatch()


def _kept_until_a_write(store: Store, first: int, second: int) -> None:
    reader_app = create_app(store)
    reader = TestClient(reader_app)
    log_in(reader, store)
    writer = TestClient(create_app(store))  # another worker process: its own cache
    token = log_in(writer, store, "taras")
    pages = ["/incidents.json", "/map.json", "/search.json?q=херсон", f"/incidents/{first}.json",
             "/incidents", f"/incidents/{first}"]
    for path in pages:
        assert reader.get(path).status_code == 200
    hits = reader_app.state.page_cache.hits
    assert reader.get(f"/incidents/{first}.json").json()["status"] == "proposed"
    assert reader_app.state.page_cache.hits == hits + 1

    done = writer.post(f"/incidents/{first}/confirm", data={"csrf_token": token, "reason": "two sources"},
                       follow_redirects=False)
    assert done.status_code == 303
    assert reader.get(f"/incidents/{first}.json").json()["status"] == "confirmed"
    listed = {i["id"]: i["status"] for i in reader.get("/incidents.json").json()["incidents"]}
    assert listed == {first: "confirmed", second: "proposed"}

    edit_incident(store, second, {"place": "Херсон"}, reason="the report names Kherson", actor="olena")  # the CLI
    points = {p[0]: p[5] for p in reader.get("/map.json").json()["points"]}
    assert points[second] == "Kherson"  # the gazetteer's name for it
    assert second in [i["id"] for i in reader.get("/search.json?q=kherson").json()["incidents"]]


def test_a_kept_page_carries_each_persons_own_name_and_token_and_never_crosses_roles(told) -> None:  # type: ignore[no-untyped-def]
    store, first, _ = told
    app = create_app(store)
    olena, taras, vira = TestClient(app), TestClient(app), TestClient(app)
    log_in(olena, store, "olena")
    log_in(taras, store, "taras")
    log_in(vira, store, "vira", "viewer")
    path = f"/incidents/{first}"
    seen_by_olena, seen_by_taras = olena.get(path).text, taras.get(path).text
    assert app.state.page_cache.hits >= 1  # taras got olena's page, with his own name and token
    assert ">olena <" in seen_by_olena and ">taras <" in seen_by_taras and "olena" not in seen_by_taras
    assert csrf_of(seen_by_olena) != csrf_of(seen_by_taras)
    assert csrf_of(seen_by_taras) == taras.get("/session.json").json()["csrf_token"]
    confirmed = taras.post(f"/incidents/{first}/confirm", data={"csrf_token": csrf_of(seen_by_taras)},
                           follow_redirects=False)
    assert confirmed.status_code == 303  # the token in a kept page works

    viewed = vira.get(path).text
    assert "багатоповерхівку" in olena.get(path).text  # the analyst reads the report text
    assert "багатоповерхівку" not in viewed and ">vira <" in viewed and "olena" not in viewed
    assert csrf_of(viewed) == vira.get("/session.json").json()["csrf_token"]
    assert "багатоповерхівку" not in str(vira.get(f"{path}.json").json())


def test_a_page_not_kept_still_shows_the_person(told) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = told
    client = TestClient(create_app(store))
    log_in(client, store)
    missing = client.get("/incidents/999999")
    assert missing.status_code == 404 and "olena" in missing.text
    assert client.get("/incidents?status=maybe").status_code == 400


def test_an_ended_session_gets_no_kept_page(told) -> None:  # type: ignore[no-untyped-def]
    store, first, _ = told
    client = TestClient(create_app(store))
    log_in(client, store)
    assert client.get(f"/incidents/{first}.json").status_code == 200
    sessions.logout(store, client.cookies.get("warcrimes_session"))
    assert client.get(f"/incidents/{first}.json").status_code == 401


def test_requests_for_a_missing_page_build_it_once_and_share_it() -> None:
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor

    from fastapi import Request
    from fastapi.responses import JSONResponse

    from warcrimes.domain.access import Login
    from warcrimes.web.page_cache import PageCache

    cache, calls, go = PageCache(), [], threading.Event()
    login = Login("olena", "analyst", "a token", dt.datetime(2030, 1, 1, tzinfo=dt.UTC))

    def build() -> JSONResponse:
        calls.append(1)
        go.wait(5)
        return JSONResponse({"points": [1, 2, 3]})

    def ask() -> bytes:
        request = Request({"type": "http", "method": "GET", "path": "/map.json", "query_string": b"", "headers": [],
                           "scheme": "http", "server": ("127.0.0.1", 80), "root_path": ""})
        request.state.visit = sessions.Visit("a token", login, 7)
        request.state.login = login
        return bytes(cache.answer(request, build, as_json=True).body)

    with ThreadPoolExecutor(4) as pool:
        asked = [pool.submit(ask) for _ in range(4)]
        time.sleep(0.3)
        go.set()
        answers = {f.result() for f in asked}
    assert len(calls) == 1 and answers == {b'{"points":[1,2,3]}'}


def test_sqlite_reads_the_version_per_request_and_sets_no_seen_version_cookie(told) -> None:  # type: ignore[no-untyped-def]
    store, _, incident = told
    if store.engine.dialect.name != "sqlite":
        pytest.skip("SQLite's behaviour (PostgreSQL's: tests/test_version_watch.py)")
    with TestClient(create_app(store)) as client:
        assert not store.data_version.watched
        token = log_in(client, store)
        done = client.post(f"/incidents/{incident}/confirm", data={"csrf_token": token}, follow_redirects=False)
        assert done.status_code == 303 and "warcrimes_seen" not in client.cookies
