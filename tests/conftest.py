"""Shared fixtures: a store on SQLite and, where WARCRIMES_TEST_DATABASE_URL is set, on PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from warcrimes.config import Settings
from warcrimes.store import Store, open_store

#: Starlette's TestClient sends `Host: testserver`; the suite allows that name as an operator allows their
#: proxy's public name. tests/test_web_guards.py unsets it to see every other name refused.
os.environ.setdefault("WARCRIMES_ALLOWED_HOSTS", "testserver")

PG_URL = os.environ.get("WARCRIMES_TEST_DATABASE_URL")
PG_SKIP = "WARCRIMES_TEST_DATABASE_URL is unset: PostgreSQL storage tests skipped (.ci/run sets it)"

BACKENDS = ["sqlite", pytest.param("postgresql", marks=[
    pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason=PG_SKIP)])]


def pytest_report_header(config: pytest.Config) -> str:
    return f"storage backends: sqlite{', postgresql (' + PG_URL + ')' if PG_URL else ' only; ' + PG_SKIP}"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings pointing WARCRIMES_HOME at a fresh folder."""
    return Settings(home=tmp_path / "home", database_url=f"sqlite:///{tmp_path / 'home' / 'db.sqlite3'}")


@pytest.fixture
def pg_schema_url() -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a fresh schema, dropped afterwards (tests stay isolated)."""
    assert PG_URL
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, settings: Settings) -> Iterator[Store]:
    """A migrated, empty store on each backend."""
    if request.param == "sqlite":
        settings.home.mkdir(parents=True, exist_ok=True)
        opened = open_store(settings)
    else:
        url = request.getfixturevalue("pg_schema_url")
        opened = open_store(Settings(home=settings.home, database_url=url), url=url)
    try:
        yield opened
    finally:
        opened.engine.dispose()


@pytest.fixture(autouse=True)
def quick_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2id at its lowest cost: real hashes and checks, ~1 ms instead of ~0.35 s each.

    tests/test_accounts.py checks the production parameters themselves."""
    from argon2 import PasswordHasher

    from warcrimes.services import passwords

    monkeypatch.setattr(passwords, "HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    monkeypatch.setattr(passwords, "_DUMMY", [])


@pytest.fixture
def fake_gazetteer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The extractor's places read from extract_fixtures.FakeGazetteer (a handful of settlements), not
    the packaged gazetteer: a test file opts in with `pytestmark = pytest.mark.usefixtures("fake_gazetteer")`."""
    from extract_fixtures import FakeGazetteer
    from warcrimes.extract.steps import places

    monkeypatch.setattr(places, "_gazetteer", lambda: FakeGazetteer())
