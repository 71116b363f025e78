"""Logging a test client in as a real user would: GET /login for the CSRF token, POST the form."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from warcrimes.services.users import add_user
from warcrimes.store import Store

PASSWORD = "a test password, long enough"
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_of(html: str) -> str:
    found = TOKEN.search(html)
    assert found, "the page has no csrf_token field"
    return found.group(1)


def log_in(client: TestClient, store: Store, username: str = "olena", role: str = "analyst") -> str:
    """Add `username` with `role` and log the client in; returns the session's CSRF token."""
    add_user(store, username, PASSWORD, role, actor="test-admin")
    form = client.get("/login")
    assert form.status_code == 200
    done = client.post("/login", data={"username": username, "password": PASSWORD,
                                       "csrf_token": csrf_of(form.text)}, follow_redirects=False)
    assert done.status_code == 303, done.text
    return str(client.get("/session.json").json()["csrf_token"])
