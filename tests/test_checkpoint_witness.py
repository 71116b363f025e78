"""Checkpoints cannot be deleted unseen: each is witnessed outside the database, every command that
writes leaves one behind it, and a lost key is not silently replaced (issue 13)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from custody_fixtures import new_report, one_incident
from warcrimes.config import Settings
from warcrimes.custody import keys
from warcrimes.custody.log import MissingKeyError
from warcrimes.custody.verify import verifier_key_of, verify_store
from warcrimes.custody.witness import read, witness_path
from warcrimes.services.custody import make_checkpoint, public_key
from warcrimes.services.reports import add_report
from warcrimes.services.unit import custody_log
from warcrimes.store import Store, open_store
from warcrimes.store.schema import CheckpointRow

WARCRIMES = Path(sys.executable).with_name("warcrimes")


def test_every_checkpoint_is_appended_to_the_witness_file(store: Store) -> None:
    add_report(store, new_report(), one_incident(), actor="analyst.k")
    first = make_checkpoint(store)
    add_report(store, new_report("Another statement about a shelling in Kupiansk.\n"), None, actor="analyst.k")
    second = make_checkpoint(store)
    found = read(store.settings.home)
    assert [(r.checkpoint_id, r.size, r.signed_note) for r in found.records] == [
        (first.id, first.size, first.signed_note), (second.id, second.size, second.signed_note)]
    assert witness_path(store.settings.home).stat().st_mode & 0o777 == 0o600


def test_a_checkpoint_rolled_back_is_not_witnessed(store: Store) -> None:
    add_report(store, new_report(), one_incident(), actor="analyst.k")
    with pytest.raises(RuntimeError), store.transaction() as session:
        custody_log(store).checkpoint(session)
        raise RuntimeError("the unit failed after signing")
    assert read(store.settings.home).records == []


def test_a_witness_line_cut_short_by_a_crash_is_a_note(store: Store) -> None:
    add_report(store, new_report(), one_incident(), actor="analyst.k")
    make_checkpoint(store)
    with open(witness_path(store.settings.home), "ab") as witness:
        witness.write(b'{"checkpoint":2,"si')
    result = verify_store(store, verifier_key_of(store))
    assert result.ok, result.problems
    assert any("its last line is incomplete" in note for note in result.notes)


def test_a_missing_key_is_not_replaced_while_checkpoints_it_signed_exist(store: Store) -> None:
    add_report(store, new_report(), one_incident(), actor="analyst.k")
    make_checkpoint(store)
    old_key = public_key(store)
    keys.key_path(store.settings.home).unlink()
    with pytest.raises(MissingKeyError, match="--new-key"):
        make_checkpoint(store)
    with pytest.raises(MissingKeyError):
        public_key(store)
    assert not keys.key_path(store.settings.home).exists()
    point = make_checkpoint(store, new_key=True)
    assert public_key(store) != old_key
    result = verify_store(store, verifier_key_of(store))
    assert "checkpoint 1: the checkpoint carries no signature by the log's key" in "\n".join(result.problems)
    from warcrimes.custody.trusted import parse_keys

    both = verify_store(store, parse_keys(f"{old_key}\n{public_key(store)}\n"))
    assert both.ok, both.problems
    assert point.id == 2


def test_a_missing_key_is_refused_even_when_only_the_witness_remembers_checkpoints(store: Store) -> None:
    add_report(store, new_report(), one_incident(), actor="analyst.k")
    make_checkpoint(store)
    with store.engine.begin() as conn:
        conn.execute(delete(CheckpointRow))
    keys.key_path(store.settings.home).unlink()
    with pytest.raises(MissingKeyError, match="1 checkpoint"):
        make_checkpoint(store)


def test_a_fresh_store_makes_its_key_on_first_checkpoint(store: Store) -> None:
    assert make_checkpoint(store).size == 0
    assert keys.key_path(store.settings.home).exists()


# --- the automatic checkpoint, through the real command line ----------------------------------

@pytest.fixture
def cli_home(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WARCRIMES_")}
    return {**env, "WARCRIMES_HOME": str(tmp_path / "home"), "WARCRIMES_ACTOR": "analyst.k"}


def warcrimes(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(WARCRIMES), *args], env=env, capture_output=True, text=True, timeout=300)


def checkpoints(env: dict[str, str]) -> list[tuple[int, int]]:
    store = open_store(Settings(home=Path(env["WARCRIMES_HOME"]),
                                database_url=f"sqlite:///{Path(env['WARCRIMES_HOME']) / 'warcrimes.sqlite3'}"))
    try:
        with store.transaction() as session:
            size = custody_log(store).size(session)
            return [(size, n) for n in session.execute(select(func.count()).select_from(CheckpointRow)).scalars()]
    finally:
        store.engine.dispose()


def test_a_command_that_writes_leaves_a_witnessed_checkpoint_covering_the_log(cli_home: dict[str, str],
                                                                             tmp_path: Path) -> None:
    statement = tmp_path / "statement.txt"
    statement.write_text("Police said a missile hit a shop in Kupiansk on 3 May 2024, killing two people.\n",
                         encoding="utf-8")
    done = warcrimes(cli_home, "ingest", str(statement), "--published", "2024-05-04")
    assert done.returncode == 0, done.stderr
    lines = witness_path(Path(cli_home["WARCRIMES_HOME"])).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    [(size, count)] = checkpoints(cli_home)
    assert count == 1 and json.loads(lines[0])["size"] == size > 0
    assert warcrimes(cli_home, "verify").returncode == 0
    assert warcrimes(cli_home, "ingest", str(statement), "--published", "2024-05-04").returncode == 0
    assert checkpoints(cli_home)[0][1] == 1  # nothing new stored: nothing to sign, no checkpoint added


def test_log_checkpoint_without_the_key_is_refused_with_one_line(cli_home: dict[str, str], tmp_path: Path) -> None:
    statement = tmp_path / "statement.txt"
    statement.write_text("Police said a missile hit a shop in Kupiansk on 3 May 2024.\n", encoding="utf-8")
    assert warcrimes(cli_home, "ingest", str(statement), "--published", "2024-05-04").returncode == 0
    keys.key_path(Path(cli_home["WARCRIMES_HOME"])).unlink()
    refused = warcrimes(cli_home, "log", "checkpoint")
    assert refused.returncode == 4 and "Traceback" not in refused.stderr
    assert "signing key" in refused.stderr and "--new-key" in refused.stderr
    made = warcrimes(cli_home, "log", "checkpoint", "--new-key")
    assert made.returncode == 0, made.stderr
