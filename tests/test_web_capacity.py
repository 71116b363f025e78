"""What keeps the server's cost per request low under many clients (docs/web.md, "Under load"): a kept
page answered by the gate itself, with every header a built one has; as many pooled connections as
worker threads, the one used last handed out first."""

from __future__ import annotations

from fastapi.testclient import TestClient

from warcrimes.config import Settings
from warcrimes.store import Store, open_store
from warcrimes.store.database import POOL_SIZE
from warcrimes.web import create_app
from warcrimes.web.app import THREADS
from web_login import log_in


def test_a_kept_page_comes_back_whole_without_running_the_route(store: Store) -> None:
    app = create_app(store)
    client = TestClient(app)
    log_in(client, store)
    built = client.get("/incidents")
    hits = app.state.page_cache.hits
    kept = client.get("/incidents")
    assert app.state.page_cache.hits == hits + 1
    assert kept.status_code == 200 and kept.text == built.text
    for header in ("content-security-policy", "x-frame-options", "content-type"):
        assert kept.headers[header] == built.headers[header]
    assert kept.headers["cache-control"] == "no-store"


def test_a_kept_page_is_not_answered_to_a_role_without_its_permission(store: Store) -> None:
    app = create_app(store)
    reader = TestClient(app)
    log_in(reader, store)
    assert reader.get("/incidents").status_code == 200
    stranger = TestClient(app)
    assert stranger.get("/incidents", follow_redirects=False).status_code == 303  # to the login form


def test_a_file_store_keeps_a_connection_for_every_worker_thread(settings: Settings) -> None:
    store = open_store(settings)
    try:
        assert store.engine.pool.size() == POOL_SIZE == THREADS  # type: ignore[attr-defined]
    finally:
        store.engine.dispose()


def test_the_pool_hands_out_the_connection_returned_last(store: Store) -> None:
    """LIFO: a request gets the connection used last, its PostgreSQL backend's caches and prepared
    statements warm, not the one idle longest (docs/web.md "Tenth pass")."""
    first, second = store.engine.connect(), store.engine.connect()
    drivers = first.connection.dbapi_connection, second.connection.dbapi_connection
    first.close()
    second.close()
    with store.engine.connect() as connection:
        assert connection.connection.dbapi_connection is drivers[1]
    with store.engine.connect() as connection:
        assert connection.connection.dbapi_connection is drivers[1]
