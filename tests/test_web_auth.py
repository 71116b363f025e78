"""Login, roles and CSRF on the server: every registered route is walked, none is open by accident."""

from __future__ import annotations

import re

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from warcrimes.services.users import add_user
from warcrimes.store import Store
from warcrimes.web import create_app
from warcrimes.web.auth import permission_of, served_routes
from web_login import PASSWORD, csrf_of, log_in

#: Routes anyone may reach; a route is added here only on purpose.
PUBLIC = {"/", "/login", "/healthz"}
JSON = {"Accept": "application/json"}


def _routes(app) -> list[tuple[APIRoute, str, str]]:  # type: ignore[no-untyped-def]
    """Every (route, method, concrete path) the app serves, path parameters filled with 1."""
    out = []
    for route in served_routes(app.routes):
        path = re.sub(r"\{[^}]+\}", "1", route.path)
        out.extend((route, method, path) for method in sorted(route.methods - {"HEAD"}))
    return out


@pytest.fixture
def app(store: Store):  # type: ignore[no-untyped-def]
    return create_app(store)


def test_only_the_declared_routes_are_public(app) -> None:  # type: ignore[no-untyped-def]
    public = {route.path for route in served_routes(app.routes) if permission_of(route.endpoint) is None}
    assert public == PUBLIC


def test_every_route_but_the_public_ones_needs_a_login(app) -> None:  # type: ignore[no-untyped-def]
    client = TestClient(app, follow_redirects=False)
    walked = 0
    for route, method, path in _routes(app):
        if route.path in PUBLIC:
            continue
        as_json = client.request(method, path, headers=JSON)
        assert as_json.status_code == 401, f"{method} {route.path} answered {as_json.status_code} without a login"
        assert as_json.json()["error"]["status"] == 401
        as_page = client.request(method, path, headers={"Accept": "text/html"})
        if path.endswith(".json") or path.startswith("/custody/"):  # JSON whatever the Accept header
            assert as_page.status_code == 401
        else:
            assert as_page.status_code == 303, f"{method} {route.path} page answered {as_page.status_code}"
            assert as_page.headers["location"].startswith("/login")
        walked += 1
    assert walked >= 10


def test_a_page_sends_the_browser_to_login_and_back(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    client = TestClient(app, follow_redirects=False)
    response = client.get("/incidents?status=proposed")
    assert response.headers["location"] == "/login?next=%2Fincidents%3Fstatus%3Dproposed"
    add_user(store, "olena", PASSWORD, "analyst", actor="admin")
    form = client.get(response.headers["location"])
    assert 'name="next" value="/incidents?status=proposed"' in form.text
    done = client.post("/login", data={"username": "olena", "password": PASSWORD, "csrf_token": csrf_of(form.text),
                                       "next": "/incidents?status=proposed"})
    assert done.status_code == 303 and done.headers["location"] == "/incidents?status=proposed"
    assert client.get("/incidents?status=proposed").status_code == 200


@pytest.mark.parametrize("target", ["//evil.example/x", "https://evil.example/", "/\\evil.example", ""])
def test_login_never_sends_the_browser_to_another_site(app, store: Store, target: str) -> None:  # type: ignore[no-untyped-def]
    client = TestClient(app, follow_redirects=False)
    add_user(store, "olena", PASSWORD, "analyst", actor="admin")
    form = client.get("/login")
    done = client.post("/login", data={"username": "olena", "password": PASSWORD, "csrf_token": csrf_of(form.text),
                                       "next": target})
    assert done.headers["location"] == "/incidents"


def test_login_without_the_forms_csrf_token_is_refused(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    client = TestClient(app, follow_redirects=False)
    add_user(store, "olena", PASSWORD, "analyst", actor="admin")
    client.get("/login")
    refused = client.post("/login", data={"username": "olena", "password": PASSWORD})
    assert refused.status_code == 403
    assert client.get("/incidents.json").status_code == 401


def test_the_session_cookie_is_httponly_samesite_and_rotated_at_login(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    client = TestClient(app, follow_redirects=False)
    add_user(store, "olena", PASSWORD, "analyst", actor="admin")
    form = client.get("/login")
    cookie = form.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Secure" not in cookie
    before = client.cookies["warcrimes_session"]
    done = client.post("/login", data={"username": "olena", "password": PASSWORD, "csrf_token": csrf_of(form.text)})
    assert client.cookies["warcrimes_session"] != before
    assert "HttpOnly" in done.headers["set-cookie"]


def test_behind_tls_the_cookie_is_secure_and_host_bound(store: Store) -> None:
    client = TestClient(create_app(store, secure_cookies=True), base_url="https://testserver",
                        follow_redirects=False)
    cookie = client.get("/login").headers["set-cookie"]
    assert cookie.startswith("__Host-warcrimes=") and "Secure" in cookie and "Path=/" in cookie


def test_a_wrong_password_says_nothing_about_the_user_and_logs_no_password(app, store: Store,  # type: ignore[no-untyped-def]
                                                                           caplog: pytest.LogCaptureFixture) -> None:
    client = TestClient(app, follow_redirects=False)
    add_user(store, "olena", PASSWORD, "analyst", actor="admin")
    pages = []
    for name in ("olena", "nobody-here"):
        form = client.get("/login")
        answer = client.post("/login", data={"username": name, "password": "my-secret-guess-123",
                                             "csrf_token": csrf_of(form.text)})
        assert answer.status_code == 401
        pages.append(answer.text.replace(name, "NAME"))
    assert re.sub(r'value="[^"]{30,}"', "", pages[0]) == re.sub(r'value="[^"]{30,}"', "", pages[1])
    assert "my-secret-guess-123" not in caplog.text and "nobody-here" not in caplog.text
    assert "my-secret-guess-123" not in pages[0]


def test_after_repeated_failures_the_login_waits_with_retry_after(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    client = TestClient(app, follow_redirects=False)
    form = client.get("/login")
    for _ in range(5):
        client.post("/login", data={"username": "olena", "password": "wrong wrong wrong",
                                    "csrf_token": csrf_of(form.text)})
    answer = client.post("/login", data={"username": "olena", "password": "wrong wrong wrong",
                                         "csrf_token": csrf_of(form.text)})
    assert answer.status_code == 429 and int(answer.headers["retry-after"]) > 0


def test_a_viewer_reads_but_may_not_review_or_see_personal_data(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    client = TestClient(app, follow_redirects=False)
    token = log_in(client, store, "vira", "viewer")
    assert client.get("/incidents.json").status_code == 200
    for route, method, path in _routes(app):
        needed = permission_of(route.endpoint)
        if needed in (None, "read"):
            continue
        answer = client.request(method, path, headers={**JSON, "X-CSRF-Token": token})
        assert answer.status_code == 403, f"{method} {route.path} ({needed}) answered {answer.status_code}"


def test_a_change_without_the_csrf_token_is_refused_even_when_logged_in(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    client = TestClient(app, follow_redirects=False)
    log_in(client, store)
    answer = client.post("/logout")
    assert answer.status_code == 403
    assert client.get("/incidents.json").status_code == 200, "still logged in: the forged logout did nothing"


def test_logout_ends_the_session(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    client = TestClient(app, follow_redirects=False)
    token = log_in(client, store)
    old = client.cookies["warcrimes_session"]
    assert client.post("/logout", data={"csrf_token": token}).status_code == 303
    client.cookies.set("warcrimes_session", old)
    assert client.get("/incidents.json").status_code == 401


def test_the_page_names_who_is_logged_in_with_a_logout_form(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    client = TestClient(app, follow_redirects=False)
    token = log_in(client, store, "olena", "analyst")
    page = client.get("/incidents").text
    assert 'action="/logout"' in page and f'value="{token}"' in page and "olena" in page


def test_an_admin_adds_a_user_who_then_logs_in_and_the_log_names_the_admin(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    admin = TestClient(app, follow_redirects=False)
    token = log_in(admin, store, "lead", "admin")
    added = admin.post("/users", data={"csrf_token": token, "username": "Taras", "role": "analyst",
                                       "password": "taras's long passphrase"})
    assert added.status_code == 303
    assert [u["username"] for u in admin.get("/users.json").json()["users"]] == ["lead", "taras"]
    other = TestClient(app, follow_redirects=False)
    form = other.get("/login")
    assert other.post("/login", data={"username": "taras", "password": "taras's long passphrase",
                                      "csrf_token": csrf_of(form.text)}).status_code == 303
    assert admin.post("/users/taras/disable", data={"csrf_token": token}).status_code == 303
    assert other.get("/incidents.json").status_code == 401, "disabling ends the user's sessions"
    from warcrimes.services.unit import custody_log

    with store.transaction() as session:
        entries = custody_log(store).entries_about(session, ["user:taras"])
    assert [(e.action, e.actor) for e in entries] == [("user.add", "lead"), ("user.disable", "lead")]


def test_an_analyst_cannot_manage_users(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    client = TestClient(app, follow_redirects=False)
    token = log_in(client, store, "olena", "analyst")
    assert client.get("/users").status_code == 403
    assert client.post("/users", data={"csrf_token": token, "username": "x1", "role": "admin",
                                       "password": "a long enough password"}).status_code == 403
