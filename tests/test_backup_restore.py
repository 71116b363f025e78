"""`warcrimes backup DIR` and `warcrimes restore DIR` on both backends: a restore into an empty store
verifies, keeps the key, the witness and every original; a non-empty store or an altered backup is
refused with one line (issue 13)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from typer.testing import CliRunner

from conftest import PG_SKIP, PG_URL
from custody_fixtures import seeded
from warcrimes.cli import _register, app
from warcrimes.config import Settings
from warcrimes.custody import keys
from warcrimes.custody.witness import witness_path
from warcrimes.errors import WarcrimesError
from warcrimes.services.custody import make_checkpoint
from warcrimes.store import open_store
from warcrimes.store.schema import EvidenceRow, ReportRow

_register()


def run(monkeypatch: pytest.MonkeyPatch, settings: Settings, *args: str) -> tuple[int, str]:
    monkeypatch.setenv("WARCRIMES_HOME", str(settings.home))
    monkeypatch.setenv("WARCRIMES_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("WARCRIMES_ACTOR", "keeper.a")
    result = CliRunner().invoke(app, list(args))
    if isinstance(result.exception, WarcrimesError):
        return result.exception.exit_code, str(result.exception)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


def sqlite_settings(home: Path) -> Settings:
    return Settings(home=home, database_url=f"sqlite:///{home / 'warcrimes.sqlite3'}")


@pytest.fixture
def pg_databases() -> Iterator[tuple[str, str]]:
    """Two new, empty PostgreSQL databases (a store's and the one it is restored into)."""
    if not PG_URL:
        pytest.skip(PG_SKIP)
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    names = [f"wcbk_{uuid.uuid4().hex[:10]}" for _ in range(2)]
    with admin.connect() as conn:
        for name in names:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    base = PG_URL.rsplit("/", 1)[0]
    try:
        yield f"{base}/{names[0]}", f"{base}/{names[1]}"
    finally:
        with admin.connect() as conn:
            for name in names:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def fill(settings: Settings, tmp_path: Path) -> None:
    store = open_store(settings)
    try:
        seeded(store, tmp_path)
        make_checkpoint(store)
    finally:
        store.engine.dispose()


def counts(settings: Settings) -> tuple[int, int]:
    store = open_store(settings)
    try:
        with store.transaction() as session:
            return (session.scalar(select(func.count()).select_from(ReportRow)) or 0,
                    session.scalar(select(func.count()).select_from(EvidenceRow)) or 0)
    finally:
        store.engine.dispose()


def round_trip(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, source: Settings, target: Settings) -> str:
    fill(source, tmp_path)
    code, out = run(monkeypatch, source, "backup", str(tmp_path / "backup"))
    assert code == 0, out
    assert "evidence file(s)" in out
    code, out = run(monkeypatch, target, "restore", str(tmp_path / "backup"))
    assert code == 0, out
    assert "all hold" in out
    assert counts(target) == counts(source) == (1, 1)
    assert keys.key_path(target.home).read_bytes() == keys.key_path(source.home).read_bytes()
    assert keys.key_path(target.home).stat().st_mode & 0o777 == 0o600
    assert witness_path(target.home).read_bytes() == witness_path(source.home).read_bytes()
    return out


def test_a_sqlite_store_restored_into_an_empty_home_verifies(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    round_trip(monkeypatch, tmp_path, sqlite_settings(tmp_path / "home"), sqlite_settings(tmp_path / "restored"))


@pytest.mark.postgres
def test_a_postgresql_store_restored_into_an_empty_database_verifies(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, pg_databases: tuple[str, str]) -> None:
    source, target = pg_databases
    round_trip(monkeypatch, tmp_path, Settings(home=tmp_path / "home", database_url=source),
               Settings(home=tmp_path / "restored", database_url=target))


def test_restoring_over_a_store_that_holds_data_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    source = sqlite_settings(tmp_path / "home")
    fill(source, tmp_path)
    assert run(monkeypatch, source, "backup", str(tmp_path / "backup"))[0] == 0
    code, out = run(monkeypatch, source, "restore", str(tmp_path / "backup"))
    assert code == 2 and "is not empty" in out and "nothing is overwritten" in out
    assert counts(source) == (1, 1)


def test_an_altered_backup_is_refused_before_anything_is_written(monkeypatch: pytest.MonkeyPatch,
                                                                  tmp_path: Path) -> None:
    source = sqlite_settings(tmp_path / "home")
    fill(source, tmp_path)
    assert run(monkeypatch, source, "backup", str(tmp_path / "backup"))[0] == 0
    stored = next((tmp_path / "backup" / "vault").rglob("*"))
    while stored.is_dir():
        stored = next(stored.iterdir())
    stored.chmod(0o600)
    stored.write_bytes(b"another photo")
    target = sqlite_settings(tmp_path / "restored")
    code, out = run(monkeypatch, target, "restore", str(tmp_path / "backup"))
    assert code == 2 and "no longer matches its SHA-256" in out
    assert not (tmp_path / "restored").exists()


def test_a_backup_goes_only_into_a_new_or_empty_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    source = sqlite_settings(tmp_path / "home")
    fill(source, tmp_path)
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("mine\n", encoding="utf-8")
    code, out = run(monkeypatch, source, "backup", str(tmp_path / "full"))
    assert code == 2 and "not an empty folder" in out


def test_a_folder_without_a_manifest_is_not_a_backup(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "half").mkdir()
    code, out = run(monkeypatch, sqlite_settings(tmp_path / "restored"), "restore", str(tmp_path / "half"))
    assert code == 2 and "holds no backup.json" in out
