"""The fictional held-out sets are contract-valid gold: a malformed file would skew their unseen figures.

One check for every set written after tests/test_heldout.py's (which also scores its set): each report has
its meta and gold files, every gold file passes the contract, no gold incident ends after publication, and
every meta file dates the report as its name does and says it is fictional.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from warcrimes.domain.contract import contract_problems

CORPUS = Path(__file__).parent / "corpus"
#: Each set and how many reports it was written with (a lost file shows as a smaller count).
SETS = {
    "heldout_en2": 6,
    "heldout_en3": 7,
    "heldout_en4": 8,
    "heldout_en5": 7,
    "heldout_en6": 8,
    "heldout_en7": 6,
    "heldout_en8": 7,
    "heldout_en9": 6,
    "heldout_en10": 7,
    "heldout_en11": 7,
    "heldout_en12": 7,
    "heldout_en13": 8,
    "heldout_en14": 8,
    "heldout_en15": 8,
    "heldout_en16": 8,
    "heldout_en17": 8,
    "heldout_en18": 8,
    "heldout_en19": 8,
    "heldout_en20": 8,
    "heldout_en21": 8,
    "heldout_en22": 8,
    "heldout_en23": 8,
    "heldout_en24": 8,
    "heldout_en25": 8,
    "heldout_en26": 8,
    "heldout_en27": 8,
    "heldout_uk_ru11": 6,
    "heldout_uk_ru12": 5,
    "heldout_uk_ru13": 6,
    "heldout_uk_ru14": 4,
    "heldout_uk_ru15": 5,
    "heldout_uk_ru16": 4,
    "heldout_uk_ru17": 6,
    "heldout_uk_ru18": 6,
    "heldout_uk_ru19": 6,
    "heldout_uk_ru20": 6,
    "heldout_uk_ru21": 6,
    "heldout_uk_ru22": 6,
    "heldout_uk_ru23": 6,
    "heldout_uk_ru24": 6,
    "heldout_uk_ru25": 6,
    "heldout_uk_ru26": 6,
    "heldout_uk_ru27": 6,
    "heldout_uk_ru28": 6,
    "heldout_uk_ru29": 6,
}
CASES = [(folder, p.name[: -len(".txt")]) for folder in SETS for p in sorted((CORPUS / folder).glob("*.txt"))]
DAY_IN_NAME = re.compile(r"_(\d{4}-\d{2}-\d{2})_")


def _json(folder: str, name: str, kind: str) -> dict:
    return json.loads((CORPUS / folder / f"{name}.{kind}.json").read_text(encoding="utf-8"))


def _language(folder: str, name: str) -> str:
    """The mixed-language sets name each report's language first ('uk_...', 'ru_...'); the others are English."""
    return name.split("_")[0] if folder.startswith("heldout_uk_ru") else "en"


@pytest.mark.parametrize("folder", sorted(SETS))
def test_each_set_has_its_reports_each_with_meta_and_gold(folder: str) -> None:
    names = [name for f, name in CASES if f == folder]
    assert len(names) == SETS[folder]
    for name in names:
        assert (CORPUS / folder / f"{name}.meta.json").exists() and (CORPUS / folder / f"{name}.gold.json").exists()


@pytest.mark.parametrize(("folder", "name"), CASES)
def test_every_gold_file_is_valid_against_the_contract(folder: str, name: str) -> None:
    assert contract_problems(_json(folder, name, "gold")) == []


@pytest.mark.parametrize(("folder", "name"), CASES)
def test_no_gold_incident_ends_after_the_report_was_published(folder: str, name: str) -> None:
    published = dt.date.fromisoformat(_json(folder, name, "meta")["published"])
    ends = [i["date"]["end"] for i in _json(folder, name, "gold")["incidents"] if i["date"]]
    assert all(dt.date.fromisoformat(end) <= published for end in ends)


@pytest.mark.parametrize(("folder", "name"), CASES)
def test_every_meta_file_dates_the_report_and_says_it_is_fictional(folder: str, name: str) -> None:
    meta = _json(folder, name, "meta")
    day = DAY_IN_NAME.search(name)
    assert day is not None and day.group(1) == dt.date.fromisoformat(meta["published"]).isoformat()
    assert meta["language"] == _language(folder, name)
    assert "fictional" in meta["note"]
