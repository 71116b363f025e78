"""The corroboration commands as an analyst meets them: exit codes, output and the store afterwards."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from corroboration_fixtures import DAY, facts, ingest
from warcrimes.config import Settings
from warcrimes.domain.facts import StatisticFacts
from warcrimes.domain.hashing import content_hash
from warcrimes.domain.records import ExtractedStatistic, Extraction, NewReport
from warcrimes.services.reports import add_report
from warcrimes.store import Store, open_store


def cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WARCRIMES_")}
    env["WARCRIMES_HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "warcrimes", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def seeded(tmp_path: Path) -> tuple[Path, Store, int, int]:
    """A home with two incidents at Robotyne a week apart, the first told by two outlets."""
    home = tmp_path / "home"
    store = open_store(Settings(home=home, database_url=f"sqlite:///{home / 'warcrimes.sqlite3'}"))
    a = ingest(store, "Ombudsman: three POWs shot at Robotyne.", facts(), publisher="Telegram").incidents[0]
    ingest(store, "Prosecutors: three POWs killed at Robotyne.", facts(by="Prosecutor General's Office"),
           publisher="Vestnik")
    week_later = facts(day=DAY + dt.timedelta(days=7), low=1, high=1, by="47th Brigade")
    b = ingest(store, "Brigade: a wounded soldier killed.", week_later, publisher="B").incidents[0]
    for day, value in ((dt.date(2024, 1, 28), 27500), (dt.date(2024, 7, 10), 28500)):
        text = f"About {value} Ukrainians are held in Russian captivity ({day})."
        figure = StatisticFacts("held_captive", "mixed", value, "about", "persons", day, "Ombudsman")
        add_report(store, NewReport(content_hash(text.encode()), text.encode(), text, "text/plain", day,
                                   publisher="Telegram: Ombudsman"),
                         Extraction(statistics=(ExtractedStatistic(figure),)), actor="system")
    store.engine.dispose()
    return home, store, a, b


def test_incidents_json_shows_sources_counts_and_verification(tmp_path: Path) -> None:
    home, _, a, _ = seeded(tmp_path)
    done = cli(home, "incidents", "--format", "json")
    assert done.returncode == 0, done.stderr
    first = next(i for i in json.loads(done.stdout) if i["id"] == a)
    assert len(first["accounts"]) == 2 and first["independent_sources"] == 2
    assert (first["counts"]["low"], first["counts"]["best"], first["counts"]["high"]) == (3, 3, 3)
    assert first["verification"]["level"] == "corroborated"


def test_merge_then_split_then_history(tmp_path: Path) -> None:
    home, _, a, b = seeded(tmp_path)
    refused = cli(home, "incident", "merge", str(a), str(b), "--actor", "analyst-1")
    assert refused.returncode == 7 and "disagree" in refused.stderr and "--accept-conflicts" in refused.stderr
    merged = cli(home, "incident", "merge", str(a), str(b), "--actor", "analyst-1", "--accept-conflicts",
                 "--reason", "one strike told twice")
    assert merged.returncode == 0, merged.stderr
    assert f"incident {a}: 3 account(s)" in merged.stdout
    moved = json.loads(cli(home, "incidents", "--format", "json").stdout)[0]["accounts"][-1]["id"]
    split = cli(home, "incident", "split", str(a), str(moved), "--actor", "analyst-1")
    assert split.returncode == 0, split.stderr
    assert "1 account(s)" in split.stdout
    history = json.loads(cli(home, "incident", "history", str(a), "--format", "json").stdout)
    assert [h["action"] for h in history] == ["created", "joined", "merged", "split"]
    assert {h["actor"] for h in history[2:]} == {"analyst-1"}


def test_merging_an_unknown_incident_is_one_line_and_exit_3(tmp_path: Path) -> None:
    home, _, a, _ = seeded(tmp_path)
    done = cli(home, "incident", "merge", str(a), "999")
    assert done.returncode == 3 and done.stderr.strip() == (
        "error: incident 999 is not in the store; list them with `warcrimes incidents`")


def test_series_prints_the_captives_month_after_month_with_sources(tmp_path: Path) -> None:
    home, *_ = seeded(tmp_path)
    done = cli(home, "series", "--measure", "held_captive", "--format", "json")
    assert done.returncode == 0, done.stderr
    [held] = json.loads(done.stdout)
    assert [p["value"] for p in held["points"]] == [27500, 28500] and held["change"] == 1000
    assert held["points"][0]["sources"] == ["Telegram: Ombudsman"]
    table = cli(home, "series", "--measure", "held_captive")
    assert "27,500" in table.stdout and "28,500" in table.stdout


def test_suggestions_lists_nothing_when_all_links_are_sure(tmp_path: Path) -> None:
    home, *_ = seeded(tmp_path)
    done = cli(home, "suggestions")
    assert done.returncode == 0 and "0 open suggestion(s)" in done.stdout


def test_edit_sets_a_field_needs_a_reason_and_names_a_bad_key(tmp_path: Path) -> None:
    home, _, a, _ = seeded(tmp_path)
    no_reason = cli(home, "incident", "edit", str(a), "--field", "victims_min=4", "--field", "victims_max=4")
    assert no_reason.returncode == 2 and "needs a reason" in no_reason.stderr and "Traceback" not in no_reason.stderr
    bad = cli(home, "incident", "edit", str(a), "--field", "colour=red", "--reason", "x")
    assert bad.returncode == 2 and bad.stderr.startswith("error: colour: not a field")
    done = cli(home, "incident", "edit", str(a), "--field", "victims_min=4", "--field", "victims_max=4",
               "--field", "perpetrator_unit=the 36th brigade", "--reason", "the indictment", "--actor", "olena")
    assert done.returncode == 0, done.stderr
    assert "set by an analyst: victims, perpetrator" in done.stdout
    history = json.loads(cli(home, "incident", "history", str(a), "--format", "json").stdout)
    assert history[-1]["action"] == "edited" and history[-1]["actor"] == "olena"
    assert history[-1]["details"]["fields"]["victims"]["to"] == {"category": "pow", "min": 4, "max": 4}
