"""Sessions known to a server process (services/sessions.py KnownSessions): a request whose session
this process has read skips reading it, yet a logout, a disabled user or a changed role, made by any
process, is honoured at the very next request. On both backends."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient

from warcrimes.services import sessions, users
from warcrimes.store import Store
from warcrimes.web import create_app
from web_login import log_in


def _counting_reads(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """The tokens the session table is read for, from now on."""
    reads: list[str | None] = []
    read = sessions.visit

    def counted(store: Store, token: str | None, now: dt.datetime | None = None) -> sessions.Visit | None:
        reads.append(token)
        return read(store, token, now)

    monkeypatch.setattr(sessions, "visit", counted)
    return reads


def test_a_known_session_is_not_read_again_until_the_data_changes(store: Store,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    client = TestClient(create_app(store))
    log_in(client, store)
    reads = _counting_reads(monkeypatch)
    for _ in range(3):
        assert client.get("/session.json").status_code == 200
    assert len(reads) <= 1
    users.add_user(store, "taras", "another password, long enough", "viewer", actor="test-admin")  # a write
    assert client.get("/session.json").status_code == 200
    assert len(reads) <= 2 and reads[-1] is not None


def test_a_logout_in_another_process_ends_the_session_here_at_once(store: Store) -> None:
    here, elsewhere = create_app(store), create_app(store)
    client = TestClient(here)
    log_in(client, store)
    assert client.get("/incidents.json").status_code == 200
    assert client.get("/incidents.json").status_code == 200  # known now
    other = TestClient(elsewhere, cookies=dict(client.cookies))
    token = other.get("/session.json").json()["csrf_token"]
    assert other.post("/logout", data={"csrf_token": token}, follow_redirects=False).status_code == 303
    assert client.get("/incidents.json").status_code == 401
    assert client.get("/session.json").status_code == 401


def test_a_logout_by_a_script_without_the_web_is_honoured_at_once(store: Store) -> None:
    client = TestClient(create_app(store))
    log_in(client, store)
    assert client.get("/session.json").status_code == 200
    sessions.logout(store, client.cookies.get("warcrimes_session"))
    assert client.get("/session.json").status_code == 401


def test_a_disabled_user_is_refused_at_the_next_request(store: Store) -> None:
    client = TestClient(create_app(store))
    log_in(client, store)
    assert client.get("/incidents").status_code == 200
    users.set_active(store, "olena", False, actor="test-admin")
    refused = client.get("/incidents", follow_redirects=False)
    assert refused.status_code == 303 and refused.headers["location"].startswith("/login")


def test_a_changed_role_ends_the_known_session_at_the_next_request(store: Store) -> None:
    client = TestClient(create_app(store))
    log_in(client, store, "olena", "admin")
    users.add_user(store, "vira", "another password, long enough", "admin", actor="test-admin")
    assert client.get("/session.json").json()["role"] == "admin"
    assert client.get("/users").status_code == 200
    users.set_role(store, "olena", "viewer", actor="test-admin")  # her sessions end with it
    assert client.get("/session.json").status_code == 401
    assert client.get("/users", follow_redirects=False).status_code == 303


def _visit(seen: dt.datetime, ends: dt.datetime) -> sessions.Visit:
    from warcrimes.domain.access import Login

    return sessions.Visit("csrf", Login("olena", "analyst", "csrf", ends), 7, seen, ends)


def test_a_known_session_is_read_again_when_it_needs_a_touch_or_has_ended() -> None:
    now = dt.datetime(2026, 1, 1, 12, tzinfo=dt.UTC)
    known = sessions.KnownSessions()
    known.get("t", 7)  # the version this process is at
    known.keep("t", _visit(now, now + dt.timedelta(hours=1)), 7)
    assert known.get("t", 7, now + dt.timedelta(seconds=30)) is not None
    assert known.get("t", 7, now + sessions.TOUCH_EVERY) is None, "last seen must be written again"
    known.keep("u", _visit(now, now + dt.timedelta(seconds=10)), 7)
    assert known.get("u", 7, now + dt.timedelta(seconds=11)) is None, "past its end"
    assert known.get("t", 8, now) is None, "another data version: everything is read again"
    assert known.get("t", 8, now) is None


def test_an_anonymous_session_is_never_kept() -> None:
    now = dt.datetime(2026, 1, 1, 12, tzinfo=dt.UTC)
    known = sessions.KnownSessions()
    known.get("t", 1)
    known.keep("t", sessions.Visit("csrf", None, 1, now, now + dt.timedelta(hours=1)), 1)
    assert known.get("t", 1, now) is None
