"""Stage 18b (issue 8): kinds of violation and victims from heldout_en10's error kinds, each tested on sentences of
our own: people forced ahead of a column are human shields (GC IV art. 28), not an attack or a detention."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")

PUBLISHED = dt.date(2025, 6, 18)


def main_labels(text: str) -> list[str]:
    return [i.facts.violations[0] for i in extract(text, PUBLISHED).incidents]


@pytest.mark.parametrize("text", [
    "On 12 March 2024, Russian soldiers forced six men from Bakhmut to walk ahead of their armoured vehicles.",
    "Troops rounded up eleven villagers in Fedorivka on 3 May 2022 and made them march in front of a tank column.",
    "According to witnesses, Russian forces hid behind civilians in Izium in March 2022.",
    "On 2 April 2022, soldiers used residents of Orikhiv to cover their retreat, police said.",
    "In Stepove the occupiers detained four men on 9 May and drove them ahead of the advancing column.",
])
def test_people_sent_ahead_of_troops_are_human_shields(text):
    assert main_labels(text) == ["human_shields"]


@pytest.mark.parametrize("text", [
    "On 5 May 2024 a Russian shell hit a house in Kherson, injuring two people who walked ahead of the crowd.",
    "Residents of Izium fled ahead of the advancing troops on 3 March 2022, and shelling killed two of them.",
    "A drone struck a car in Orikhiv on Friday, wounding two men who stood in front of the shop.",
])
def test_walking_ahead_of_a_crowd_or_fleeing_troops_is_no_shield(text):
    assert "human_shields" not in [v for i in extract(text, PUBLISHED).incidents for v in i.facts.violations]
