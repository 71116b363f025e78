"""Three `warcrimes ingest` runs on one store at once (real processes, SQLite and PostgreSQL): all
finish without a traceback, nothing is stored twice, nothing is lost, and the store verifies (issue 13).

Before the writers' lock (custody/log.lock_writers), two runs storing one file both found it absent
and the second died on reports.content_hash, abandoning the rest of its files; two runs opening a
new store both created its tables."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from conftest import BACKENDS
from warcrimes.config import Settings
from warcrimes.custody.verify import verifier_key_of, verify_store
from warcrimes.store import open_store
from warcrimes.store.schema import AccountRow, ReportRow

WARCRIMES = Path(sys.executable).with_name("warcrimes")
PLACES = ("Kupiansk", "Izium", "Balakliia", "Vovchansk", "Chuhuiv", "Lozova", "Zolochiv", "Derhachi")
WORDINGS = (
    "Police said a missile struck a grocery shop in {place} on {day} May 2024, killing {n} civilians.",
    "{n} residents of {place} were killed when shelling hit their street on {day} May 2024, officials said.",
    "A drone attack on a bus stop in {place} on {day} May 2024 killed {n} people, the regional governor said.",
    "On {day} May 2024 an air strike destroyed a school in {place}; rescuers recovered {n} bodies.",
)


def write_reports(folder: Path) -> list[Path]:
    folder.mkdir()
    files = []
    for i, place in enumerate(PLACES):
        path = folder / f"report-{i}.txt"
        path.write_text(WORDINGS[i % len(WORDINGS)].format(place=place, day=i + 2, n=i + 2) + "\n", encoding="utf-8")
        files.append(path)
    return files


@pytest.fixture(params=BACKENDS)
def environment(request: pytest.FixtureRequest, tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WARCRIMES_")}
    env.update(WARCRIMES_HOME=str(tmp_path / "home"), WARCRIMES_ACTOR="analyst.k")
    if request.param == "postgresql":
        env["WARCRIMES_DATABASE_URL"] = request.getfixturevalue("pg_schema_url")
    return env


def settings_of(env: dict[str, str]) -> Settings:
    home = Path(env["WARCRIMES_HOME"])
    return Settings(home=home, database_url=env.get("WARCRIMES_DATABASE_URL")
                    or f"sqlite:///{(home / 'warcrimes.sqlite3').resolve()}")


def start(env: dict[str, str], folder: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([str(WARCRIMES), "ingest", str(folder), "--published", "2024-05-20"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def stored(env: dict[str, str]) -> tuple[Counter[str], dict[str, int], bool, list[str]]:
    store = open_store(settings_of(env))
    try:
        with store.transaction() as session:
            hashes = Counter(session.scalars(select(ReportRow.content_hash)))
            accounts = dict(session.execute(select(ReportRow.filename, func.count(AccountRow.id))
                                            .join(AccountRow, AccountRow.report_id == ReportRow.id, isouter=True)
                                            .group_by(ReportRow.filename)).all())
        result = verify_store(store, verifier_key_of(store))
        return hashes, accounts, result.ok, result.problems
    finally:
        store.engine.dispose()


def test_three_ingests_at_once_store_each_report_once(environment: dict[str, str], tmp_path: Path) -> None:
    files = write_reports(tmp_path / "reports")
    runs = [start(environment, tmp_path / "reports") for _ in range(3)]
    outputs = [run.communicate(timeout=600) for run in runs]
    for run, (out, err) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, err
        assert "Traceback" not in err and "IntegrityError" not in err + out
    hashes, accounts, ok, problems = stored(environment)
    assert len(hashes) == len(files) and set(hashes.values()) == {1}
    assert set(accounts) == {f.name for f in files}
    serial = {**environment, "WARCRIMES_HOME": str(tmp_path / "serial")}
    serial.pop("WARCRIMES_DATABASE_URL", None)
    assert start(serial, tmp_path / "reports").wait(timeout=600) == 0
    assert stored(serial)[1] == accounts  # the same accounts per report as one run alone
    assert ok, problems


def test_a_run_killed_midway_loses_nothing_the_others_finish(environment: dict[str, str], tmp_path: Path) -> None:
    files = write_reports(tmp_path / "reports")
    victim = start(environment, tmp_path / "reports")
    other = start(environment, tmp_path / "reports")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and victim.poll() is None:
        store = open_store(settings_of(environment))
        try:
            with store.transaction() as session:
                if (session.scalar(select(func.count()).select_from(ReportRow)) or 0) >= 2:
                    break
        finally:
            store.engine.dispose()
        time.sleep(0.2)
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=30)
    _, err = other.communicate(timeout=600)
    assert other.returncode == 0 and "Traceback" not in err
    hashes, _, ok, problems = stored(environment)
    assert len(hashes) == len(files) and set(hashes.values()) == {1}
    assert ok, problems
    again = start(environment, tmp_path / "reports")
    out, _ = again.communicate(timeout=600)
    assert again.returncode == 0 and f"0 stored, {len(files)} already stored, 0 failed" in out
