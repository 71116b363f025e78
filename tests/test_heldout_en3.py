"""The third English held-out set is contract-valid gold: a malformed file would skew its unseen figure."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from warcrimes.domain.contract import contract_problems

HELDOUT_EN3 = Path(__file__).parent / "corpus" / "heldout_en3"
NAMES = sorted(p.name[: -len(".txt")] for p in HELDOUT_EN3.glob("*.txt"))


def test_the_set_has_seven_reports_each_with_meta_and_gold() -> None:
    assert len(NAMES) == 7
    for name in NAMES:
        assert (HELDOUT_EN3 / f"{name}.meta.json").exists() and (HELDOUT_EN3 / f"{name}.gold.json").exists()


@pytest.mark.parametrize("name", NAMES)
def test_every_gold_file_is_valid_against_the_contract(name: str) -> None:
    gold = json.loads((HELDOUT_EN3 / f"{name}.gold.json").read_text(encoding="utf-8"))
    assert contract_problems(gold) == []


@pytest.mark.parametrize("name", NAMES)
def test_every_meta_file_dates_the_report_and_says_it_is_fictional(name: str) -> None:
    meta = json.loads((HELDOUT_EN3 / f"{name}.meta.json").read_text(encoding="utf-8"))
    assert name.split("_")[1] == dt.date.fromisoformat(meta["published"]).isoformat()
    assert meta["language"] == "en" and "fictional" in meta["note"]
