"""The multi-outlet sets are what corr_score.py reads and what their READMEs promise (issue 15)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from warcrimes.corroborate.bodies import body_table
from warcrimes.extract.engine.language import detect_language

CORPUS = Path(__file__).parent / "corpus"
TUNING = CORPUS / "multi_outlet"
HELD_OUT = CORPUS / "multi_outlet_heldout"


def _gold(folder: Path) -> dict:
    return json.loads((folder / "GOLD.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("folder", [TUNING, HELD_OUT], ids=["tuning", "held-out"])
def test_every_report_has_its_metadata_and_appears_once_in_the_gold(folder: Path) -> None:
    gold = _gold(folder)
    named = [r for e in gold["events"] for r in e["reports"]] + [d["report"] for d in gold["distractors"]]
    assert len(named) == len(set(named))
    assert set(named) == {p.stem for p in folder.glob("*.txt")}
    for name in named:
        meta = json.loads((folder / f"{name}.meta.json").read_text(encoding="utf-8"))
        assert set(meta) == {"published", "publisher", "url"}
        dt.date.fromisoformat(meta["published"])
        assert meta["url"].split("/")[2].endswith(".example"), "addresses stay on the reserved domain"


@pytest.mark.parametrize("folder", [TUNING, HELD_OUT], ids=["tuning", "held-out"])
def test_each_originator_count_is_the_number_of_originators_named(folder: Path) -> None:
    for event in _gold(folder)["events"]:
        assert event["independent_originators"] == len(event["originators"]) >= 1, event["id"]
        assert 2 <= len(event["reports"]) <= 4, event["id"]


@pytest.mark.parametrize("folder", [TUNING, HELD_OUT], ids=["tuning", "held-out"])
def test_distractors_must_join_no_event(folder: Path) -> None:
    gold = _gold(folder)
    events = {e["id"] for e in gold["events"]}
    for distractor in gold["distractors"]:
        assert set(distractor["must_not_join"]) == events
        assert distractor["near"] in events


def test_the_tuning_set_is_as_large_as_the_issue_asks() -> None:
    gold = _gold(TUNING)
    assert len(gold["events"]) >= 8 and len(gold["distractors"]) >= 5


def test_the_held_out_set_is_small_and_separate() -> None:
    gold = _gold(HELD_OUT)
    assert 3 <= len(gold["events"]) <= 4 and len(gold["distractors"]) == 2
    assert not {p.name for p in HELD_OUT.glob("*.txt")} & {p.name for p in TUNING.glob("*.txt")}


@pytest.mark.parametrize("folder", [TUNING, HELD_OUT], ids=["tuning", "held-out"])
def test_both_sets_hold_ukrainian_and_russian_reports(folder: Path) -> None:
    languages = {detect_language(p.read_text(encoding="utf-8")) for p in folder.glob("*.txt")}
    assert {"en", "uk", "ru"} <= languages


@pytest.mark.parametrize("folder", [TUNING, HELD_OUT], ids=["tuning", "held-out"])
def test_gold_originators_are_entities_of_the_table_one_per_chain(folder: Path) -> None:
    table = body_table()
    for event in _gold(folder)["events"]:
        chains = []
        for originator in event["originators"]:
            ids = originator.split(" (")[0].split(" + ")
            for entity in ids:
                local = entity.startswith(("local@", "medical@", "name:", "ua.brigade#"))
                assert local or entity in table.bodies, entity
            chains.append(table.chain(ids[0]) if ids[0] in table.bodies else ids[0])
        assert len(chains) == len(set(chains)), event["id"]
