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


def victims(text: str) -> list[tuple[str, int | None]]:
    return [(i.facts.victims.category, i.facts.victims.min) for i in extract(text, PUBLISHED).incidents]


@pytest.mark.parametrize("text", [
    "On 4 June 2024 a Russian drone hit a van of the Kind Hands charity near Kherson, injuring its driver.",
    "A drone struck a truck belonging to the Open Roads Foundation in Sumy on Friday; the driver was wounded.",
    "On 4 June 2024 a Russian drone hit our clearly marked van near Orikhiv, injuring our driver.",
    "On Monday a marked minibus was hit by a drone outside Orikhiv. Its driver, a volunteer, was injured.",
])
def test_a_named_charitys_or_marked_vehicle_struck_hurts_a_humanitarian_worker(text):
    assert main_labels(text) == ["attack_on_protected_objects"]
    assert victims(text) == [("humanitarian_worker", 1)]


@pytest.mark.parametrize("text", [
    "A drone hit a van near Orikhiv on Monday, injuring its driver.",
    "A drone hit a car of a local farmer near Orikhiv on Monday, injuring him.",
    "Road markings were damaged when a drone hit a bus in Kherson on Monday, injuring its driver.",
])
def test_an_unmarked_vehicle_is_no_protected_object(text):
    assert main_labels(text) == ["attack_on_civilians"]


@pytest.mark.parametrize(("text", "count"), [
    ("A shell hit our yard in Kherson on 3 May 2024, killing my neighbour.", 1),
    ("On 3 May 2024 a drone hit our car near Orikhiv and wounded my brother.", 1),
    ("A drone struck our bus in Sumy on Friday, injuring our driver.", 1),
])
def test_one_person_named_by_our_or_my_is_counted_one(text, count):
    assert [v[1] for v in victims(text)] == [count]
