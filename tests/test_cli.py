"""The command line as a user meets it: exit codes, one-line errors, and what ends up in the store."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

SEED_LIKE = (
    "Russian forces executed three Ukrainian prisoners of war near Robotyne in Zaporizhzhia Oblast on "
    "Feb. 18, the Prosecutor General's Office said.\n"
)


def cli(home: Path, *args: str, check: bool = False) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WARCRIMES_")}
    env["WARCRIMES_HOME"] = str(home)
    proc = subprocess.run([sys.executable, "-m", "warcrimes", *args], capture_output=True, text=True,
                          env=env, timeout=120)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def test_ingest_then_incidents_json_lists_accounts_with_their_sources(home: Path, tmp_path: Path) -> None:
    report = tmp_path / "robotyne.txt"
    report.write_text(SEED_LIKE)
    done = cli(home, "ingest", str(report), "--published", "2024-02-25", "--publisher", "Example Wire",
               "--url", "https://example.org/robotyne", check=True)
    assert "1 stored" in done.stdout
    listed = json.loads(cli(home, "incidents", "--format", "json", check=True).stdout)
    assert isinstance(listed, list)
    for incident in listed:
        assert {"id", "violations", "date", "location", "victims", "status", "accounts"} <= set(incident)
        assert incident["accounts"][0]["publisher"] == "Example Wire"
        assert incident["accounts"][0]["url"] == "https://example.org/robotyne"
        assert incident["accounts"][0]["report_id"] == 1


def test_ingesting_the_same_file_twice_says_it_is_already_stored(home: Path, tmp_path: Path) -> None:
    report = tmp_path / "a.txt"
    report.write_text(SEED_LIKE)
    cli(home, "ingest", str(report), "--published", "2024-02-25", check=True)
    again = cli(home, "ingest", str(report), "--published", "2024-02-25", check=True)
    assert "already stored" in again.stdout and "0 stored, 1 already stored" in again.stdout


def test_a_folder_with_a_bad_file_exits_non_zero_with_one_line_for_it(home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "good.txt").write_text(SEED_LIKE)
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    result = cli(home, "ingest", str(folder), "--published", "2024-02-25")
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "bad.txt" in errors[0] and "binary" in errors[0]
    assert "1 stored" in result.stdout


def test_extract_prints_the_contract_object_without_a_database(home: Path, tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text(SEED_LIKE)
    result = cli(home, "extract", str(report), "--published", "2024-02-25", "--format", "json", check=True)
    out = json.loads(result.stdout)
    assert set(out) >= {"incidents", "statistics"}
    assert not home.exists()


def test_extract_batch_prints_one_line_per_report_with_its_file_name(home: Path, tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(SEED_LIKE)
        (tmp_path / f"{name}.meta.json").write_text('{"published": "2024-02-25"}')
    result = cli(home, "extract", "--batch", str(tmp_path), "--format", "jsonl", check=True)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["file"] for line in lines] == ["a.txt", "b.txt"]


def test_extract_batch_states_its_words_rate_and_start_up_on_stderr(home: Path, tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(SEED_LIKE)
        (tmp_path / f"{name}.meta.json").write_text('{"published": "2024-02-25"}')
    result = cli(home, "extract", "--batch", str(tmp_path), "--format", "jsonl", check=True)
    words = 2 * len(SEED_LIKE.split())
    assert re.fullmatch(rf"2 reports, {words:,} words in [0-9.]+ s = [0-9,]+ words/s; start-up [0-9.]+ s \(CPU time\)",
                        result.stderr.strip())


def test_extract_without_a_date_fails_with_one_line(home: Path, tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text(SEED_LIKE)
    result = cli(home, "extract", str(report))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "publication date" in result.stderr


def test_an_unknown_violation_label_is_a_one_line_error(home: Path) -> None:
    result = cli(home, "incidents", "--violation", "genocide_light")
    assert result.returncode == 2 and "unknown violation label" in result.stderr


def test_db_upgrade_creates_the_embedded_store(home: Path) -> None:
    result = cli(home, "db", "upgrade", check=True)
    assert "database at revision" in result.stdout
    assert (home / "warcrimes.sqlite3").exists()


def test_incidents_filter_by_verification_level_and_refuse_an_unknown_level(home: Path, tmp_path: Path) -> None:
    report = tmp_path / "robotyne.txt"
    report.write_text(SEED_LIKE)
    cli(home, "ingest", str(report), "--published", "2024-02-25", check=True)
    single = json.loads(cli(home, "incidents", "--verification", "single_source", "--format", "json",
                            check=True).stdout)
    confirmed = json.loads(cli(home, "incidents", "--verification", "confirmed", "--format", "json",
                               check=True).stdout)
    assert single and all(i["verification"]["level"] == "single_source" for i in single)
    assert confirmed == []
    refused = cli(home, "incidents", "--verification", "rumoured")
    assert refused.returncode == 2 and "unknown verification level" in refused.stderr
