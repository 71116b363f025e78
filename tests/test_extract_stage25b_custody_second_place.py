"""Stage 25b (a second place of custody told with the first, or after a word of sequence): a civilian's custody at a
place of detention naming no settlement ("the basement of the town's police"), then a move to a place of detention in
a named one, is two incidents; a move on to a settlement the report already told as a place of custody ("He was then
moved to Y as well") is the next place's incident. Look-alikes (a seizure then a prison elsewhere, a move to a town
never told as custody, two captives, a life's move) are not split. Every text here is written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.language import load
from warcrimes.extract.engine.pipeline import default_steps, run

PUBLISHED = dt.date(2025, 9, 20)


def _incidents(text: str) -> list[dict]:
    return extract(text, PUBLISHED, language="en").to_contract()["incidents"]


def _places(incidents: list[dict]) -> list[str | None]:
    return [(i["location"] or {}).get("name") for i in incidents]


UNNAMED_FIRST = [
    "Russian troops detained a school teacher in Kakhovka on 4 May 2023. She was held for two months in the cellar of "
    "the town's administration building, where she was beaten, and was then transferred to a pre-trial detention "
    "centre in Simferopol, where she stayed until her release.",
    "Occupation police detained a farmer in Vasylivka in March 2023, the ombudsman said. He spent six weeks in a cell "
    "of the local police station and later was taken to a prison in Melitopol.",
    "A pensioner from Oleshky was detained by Russian soldiers on 2 June 2023. For three weeks she was kept in the "
    "basement of the village council; afterwards she was moved to the detention centre in Kherson.",
]


@pytest.mark.parametrize("text", UNNAMED_FIRST)
def test_a_first_place_naming_no_town_then_a_prison_elsewhere_is_two_incidents(text: str) -> None:
    incidents = _incidents(text)
    places = _places(incidents)
    assert len(incidents) == 2, incidents
    assert places[0] in ("Kakhovka", "Vasylivka", "Oleshky")
    assert places[1] in ("Simferopol", "Melitopol", "Kherson")
    assert incidents[1]["violations"][0] == "unlawful_detention"
    assert incidents[1]["victims"]["category"] == "civilian"


MOVED_ON = [
    "A driver from Enerhodar said he was held for a month in the pre-trial detention centre in Simferopol, where "
    "guards beat him. His neighbour was detained at a checkpoint near Enerhodar on 5 April 2024 and held in a garage "
    "in Enerhodar for two weeks. He was then moved to Simferopol as well.",
    "Guards at the colony in Kursk beat a mechanic from Vovchansk for months, his wife said. Another man from "
    "Vovchansk was detained by soldiers on 8 May 2024 and held in a cellar in Vovchansk. Later he was "
    "taken to Kursk too.",
    "A nurse described months in the detention facility in Taganrog, where she was beaten. A second woman was "
    "detained in Berdiansk on 1 March 2024 and held for ten days in the basement of the police station in Berdiansk. "
    "After that she was transferred to Taganrog.",
]


@pytest.mark.parametrize("text", MOVED_ON)
def test_a_move_on_to_a_town_told_as_a_place_of_custody_is_its_own_incident(text: str) -> None:
    incidents = _incidents(text)
    places = _places(incidents)
    later = places[-1]
    assert later in ("Simferopol", "Kursk", "Taganrog"), places
    assert places.count(later) == 2, places  # the first captive's stay and the second captive's: not joined
    assert incidents[-1]["violations"][0] == "unlawful_detention"
    assert "deportation_transfer" not in incidents[-2]["violations"]  # the move is not the earlier place's act


LOOK_ALIKES = [
    # a seizure at home, then a prison elsewhere: one captivity at the place of custody (stage 24)
    (
        "Soldiers detained a fisherman at his home on 3 March 2023 and then took him to a prison in Melitopol, "
        "where he was beaten.",
        1,
    ),
    # a move to a town the report never told as a place of custody: the custody told before goes on
    (
        "A farmer was detained in Vasylivka on 4 April 2023 and held in a basement in Vasylivka for a month, where he "
        "was beaten. He was then moved to Tokmak.",
        1,
    ),
    # two captives: the brother named between the places
    (
        "Russian forces detained a man in Oleshky on 2 May 2023. He was kept in the basement of the school, and his "
        "brother was then taken to the detention centre in Kherson.",
        None,
    ),
]


def _custody_lists(text: str) -> list[str]:
    """The sentences read as a captive's places of custody."""
    load("en")
    doc = Document(text, PUBLISHED, "en")
    run(doc, default_steps())
    return [text[m.start : m.end] for m in doc.of_kind("role") if m.rule.endswith("custody_stops")]


@pytest.mark.parametrize(("text", "count"), LOOK_ALIKES)
def test_look_alikes_are_not_split_into_places_of_custody(text: str, count: int | None) -> None:
    assert not _custody_lists(text)
    if count is not None:
        assert len(_incidents(text)) == count


def test_a_life_moved_on_after_release_is_no_place_of_custody() -> None:
    text = (
        "A teacher spent a year in the pre-trial detention centre in Simferopol, where she was beaten. She was "
        "released in an exchange on 4 June 2024 and then moved to Kyiv with her family."
    )
    assert "Kyiv" not in _places(_incidents(text))
