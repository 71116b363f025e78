"""The custody commands end to end: exit codes and the state they leave."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import update
from typer.testing import CliRunner

from custody_fixtures import new_report, one_incident
from warcrimes.cli import _register, app
from warcrimes.config import load_settings
from warcrimes.custody.verify import verifier_key_of, verify_store
from warcrimes.services.reports import add_report
from warcrimes.store import open_store
from warcrimes.store.schema import CustodyEntryRow

_register()
WARCRIMES = Path(sys.executable).with_name("warcrimes")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("WARCRIMES_HOME", str(home))
    monkeypatch.delenv("WARCRIMES_DATABASE_URL", raising=False)
    monkeypatch.setenv("WARCRIMES_ACTOR", "investigator.o")
    return home


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        from warcrimes.errors import WarcrimesError

        if isinstance(result.exception, WarcrimesError):
            return result.exception.exit_code, str(result.exception)
        raise result.exception
    return result.exit_code, result.output


def with_incident() -> int:
    outcome = add_report(open_store(), new_report(), one_incident(), actor="system")
    return outcome.incidents[0]


def test_evidence_add_stores_links_and_logs(home: Path, tmp_path: Path) -> None:
    incident = with_incident()
    clip = tmp_path / "strike.mp4"
    clip.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x01" * 5000)
    code, out = run("evidence", "add", str(clip), "--incident", str(incident), "--captured-by", "drone unit",
                    "--source-url", "https://example.org/v/1", "--note", "raw upload")
    assert code == 0, out
    assert "stored as evidence 1 SHA-256:" in out and f"linked to incident {incident}" in out
    code, out = run("evidence", "add", str(clip))
    assert code == 0 and "already in the vault" in out
    store = open_store()
    result = verify_store(store, verifier_key_of(store))
    assert result.ok and result.checked["evidence files"] == 1


def test_evidence_add_to_a_missing_incident_exits_3_and_stores_nothing(home: Path, tmp_path: Path) -> None:
    (tmp_path / "a.jpg").write_bytes(b"\xff\xd8\xff")
    code, message = run("evidence", "add", str(tmp_path / "a.jpg"), "--incident", "42")
    assert code == 3 and "incident 42 is not in the store" in message
    assert not (home / "vault" / "sha256").exists()


def test_checkpoint_prove_consistency_and_public_key(home: Path) -> None:
    with_incident()
    code, first = run("log", "checkpoint")
    assert code == 0 and first.splitlines()[-1].startswith("\u2014 warcrimes.custody/")
    add_report(open_store(), new_report("A second, later statement."), None, actor="system")
    assert run("log", "checkpoint")[0] == 0
    code, out = run("log", "prove", "0")
    assert code == 0
    statement = json.loads(out[out.index("{"):])
    assert statement["entry"]["action"] == "ingest" and statement["entry"]["actor"] == "system"
    code, out = run("log", "consistency", "1", "2")
    assert code == 0 and json.loads(out)["consistency_proof"]
    code, vkey = run("log", "public-key")
    assert code == 0 and vkey.strip().count("+") >= 2
    code, pem = run("log", "public-key", "--pem")
    assert "BEGIN PUBLIC KEY" in pem


def test_verify_exits_0_when_all_holds_and_5_naming_each_problem(home: Path) -> None:
    with_incident()
    run("log", "checkpoint")
    code, out = run("verify")
    assert code == 0 and "all hold" in out
    store = open_store()
    with store.engine.begin() as conn:
        conn.execute(update(CustodyEntryRow).where(CustodyEntryRow.id == 0).values(actor="mallory"))
    result = CliRunner().invoke(app, ["verify"])
    assert isinstance(result.exception, Exception) and getattr(result.exception, "exit_code", 0) == 5
    assert "problem: custody entry 0 (ingest SHA-256:" in result.output


def test_verify_with_a_published_key_file(home: Path, tmp_path: Path) -> None:
    with_incident()
    run("log", "checkpoint")
    key_file = tmp_path / "published.vkey"
    key_file.write_text(run("log", "public-key")[1])
    assert run("verify", "--public-key", str(key_file))[0] == 0


def test_bundle_and_verify_bundle(home: Path, tmp_path: Path) -> None:
    incident = with_incident()
    (tmp_path / "p.jpg").write_bytes(b"\xff\xd8\xff\xe0 photo of the crater")
    run("evidence", "add", str(tmp_path / "p.jpg"), "--incident", str(incident))
    code, out = run("bundle", str(incident), "-o", str(tmp_path / "b.zip"))
    assert code == 0 and "1 report(s), 1 evidence file(s)" in out
    code, out = run("verify-bundle", str(tmp_path / "b.zip"))
    assert code == 0 and "all hold" in out


def test_key_is_made_under_the_home_with_mode_0600(home: Path) -> None:
    run("log", "public-key")
    key = load_settings().home / "keys" / "custody-ed25519.pem"
    assert key.stat().st_mode & 0o777 == 0o600


def test_sigkill_while_adding_a_large_file_leaves_no_partial_object(home: Path, tmp_path: Path) -> None:
    """The bytes come through a pipe into the vault (as an upload's do), so the copy is reliably under
    way when it is killed; `evidence add` itself refuses a FIFO by type (tests/test_special_files.py)."""
    with_incident()
    env = {**os.environ, "WARCRIMES_HOME": str(home)}
    copy = ("import sys; from pathlib import Path; from warcrimes.custody.vault import Vault; "
            "Vault(Path(sys.argv[1])).put_stream(open(0, 'rb', buffering=0))")
    child = subprocess.Popen([sys.executable, "-c", copy, str(home / "vault")], env=env, stdin=subprocess.PIPE,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert child.stdin is not None
    with child.stdin as feed:
        feed.write(b"\x00\x00\x00\x18ftypmp42" + os.urandom(4 << 20))
        feed.flush()
        parts = home / "vault" / "tmp"
        deadline = time.monotonic() + 20
        while not any(p.stat().st_size > 0 for p in parts.glob("*.part")) if parts.exists() else True:
            assert time.monotonic() < deadline, "the add never started copying"
            time.sleep(0.05)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    objects = home / "vault" / "sha256"
    assert not objects.exists() or not any(objects.rglob("*"))
    store = open_store()
    result = verify_store(store, verifier_key_of(store))
    assert result.ok and result.checked.get("evidence files", 0) == 0
    (tmp_path / "next.jpg").write_bytes(b"\xff\xd8\xff next")
    assert run("evidence", "add", str(tmp_path / "next.jpg"))[0] == 0
    assert list((home / "vault" / "tmp").glob("*.part")) == []
