"""The blind sets heldout_en4 and heldout_uk_ru11 are contract-valid gold: a bad file would skew the unseen figure."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from warcrimes.domain.contract import contract_problems

CORPUS = Path(__file__).parent / "corpus"
SETS = {"heldout_en4": 8, "heldout_uk_ru11": 6}
CASES = [(folder, p.name[: -len(".txt")]) for folder in SETS for p in sorted((CORPUS / folder).glob("*.txt"))]


@pytest.mark.parametrize("folder", sorted(SETS))
def test_each_set_has_its_reports_each_with_meta_and_gold(folder: str) -> None:
    names = [name for f, name in CASES if f == folder]
    assert len(names) == SETS[folder]
    for name in names:
        assert (CORPUS / folder / f"{name}.meta.json").exists() and (CORPUS / folder / f"{name}.gold.json").exists()


@pytest.mark.parametrize(("folder", "name"), CASES)
def test_every_gold_file_is_valid_against_the_contract(folder: str, name: str) -> None:
    gold = json.loads((CORPUS / folder / f"{name}.gold.json").read_text(encoding="utf-8"))
    assert contract_problems(gold) == []


@pytest.mark.parametrize(("folder", "name"), CASES)
def test_no_gold_incident_ends_after_the_report_was_published(folder: str, name: str) -> None:
    published = json.loads((CORPUS / folder / f"{name}.meta.json").read_text(encoding="utf-8"))["published"]
    gold = json.loads((CORPUS / folder / f"{name}.gold.json").read_text(encoding="utf-8"))
    ends = [i["date"]["end"] for i in gold["incidents"] if i["date"]]
    assert all(dt.date.fromisoformat(end) <= dt.date.fromisoformat(published) for end in ends)


@pytest.mark.parametrize(("folder", "name"), CASES)
def test_every_meta_file_dates_the_report_and_says_it_is_fictional(folder: str, name: str) -> None:
    meta = json.loads((CORPUS / folder / f"{name}.meta.json").read_text(encoding="utf-8"))
    assert name.split("_")[-2] == dt.date.fromisoformat(meta["published"]).isoformat()
    assert meta["language"] == name.split("_")[0] if folder.startswith("heldout_uk_ru") else meta["language"] == "en"
    assert "fictional" in meta["note"]
