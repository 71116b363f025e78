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


def labels_and_count(text: str) -> list[tuple[str, int | None]]:
    return [(i.facts.violations[0], i.facts.victims.min) for i in extract(text, PUBLISHED).incidents]


@pytest.mark.parametrize(("text", "count"), [
    ("Russian soldiers held 38 residents of Kherson in a school basement from 3 to 29 March 2022. Two of the "
     "detained elderly men died there, the court found.", 38),
    ("Troops kept 40 villagers locked in the basement of the school in Sumy for 27 days in March 2022. Ten of them "
     "died from cold and lack of air.", 40),
    ("The occupiers detained 25 men in Izium in April 2022 and held them in a cell. Three of the detainees died "
     "in custody.", 25),
    ("In March 2022 soldiers held 130 residents in the basement of a school in Bakhmut; ten of them died.", 130),
])
def test_deaths_among_the_held_leave_the_detention_its_detainees(text, count):
    assert labels_and_count(text) == [("unlawful_detention", count)]


@pytest.mark.parametrize(("text", "count"), [
    ("Russian soldiers held 38 residents of Kherson in a school basement in March 2022. Two of the detained men "
     "were shot.", 2),
    ("The occupiers detained 25 men in Izium in April 2022. Three of them were shot dead in the yard.", 3),
    ("Soldiers held 12 residents in a cellar in Sumy in March 2022; two of them were executed.", 2),
])
def test_a_killing_of_the_held_keeps_its_dead(text, count):
    assert labels_and_count(text) == [("killing_civilians", count)]


@pytest.mark.parametrize(("text", "kind"), [
    ("In July 2023, 14 teens were taken from a summer camp in Kherson to Crimea, prosecutors said.", ("child", 14)),
    ("Russian forces detained our correspondent in Bakhmut on 8 February 2025.", ("journalist", 1)),
    ("A Russian drone struck a car near Kherson on 3 May 2025, wounding two camera operators.", ("journalist", 2)),
    ("Two correspondents were wounded by shelling in Kherson on 3 May 2025.", ("journalist", 2)),
])
def test_teens_correspondents_and_camera_operators_are_their_kind(text, kind):
    assert victims(text) == [kind]
