"""Stage 17 (issue 8): "shot down" hurts no one, so drones shot down are never a victim count; a city the wounded
were treated or taken to is no scene."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 6, 18)


def incidents(text: str) -> list[tuple[str | None, int | None]]:
    return [
        (i.facts.location.name if i.facts.location else None, i.facts.victims.min)
        for i in extract(text, PUBLISHED).incidents
    ]


@pytest.mark.parametrize("text", [
    "Air defence shot down 14 of the 20 drones over the Odesa region overnight, the air force said.",
    "Ukrainian forces shot down 22 drones over Mykolaiv overnight.",
    "Overnight, air defence units brought down 38 of 45 Shahed drones over Kyiv, the city administration said.",
])
def test_weapons_shot_down_hurt_no_one(text):
    result = extract(text, PUBLISHED)
    assert all(i.facts.victims.min is None and i.facts.victims.killed is None for i in result.incidents)
    assert all(s.facts.measure != "killed" for s in result.statistics)


@pytest.mark.parametrize(("text", "scene"), [
    ("Russian drones struck a house in Odesa overnight, killing three people.", "Odesa"),
    ("A drone destroyed a house in Odesa overnight, killing three people.", "Odesa"),
    ("The air force said 38 of 45 drones were shot down overnight. In Odesa, a drone hit a house, killing three "
     "people.", "Odesa"),
])
def test_a_weapon_that_struck_is_a_strike(text, scene):
    assert incidents(text) == [(scene, 3)]


@pytest.mark.parametrize("text", [
    "Russian drones struck a house in Odesa overnight, injuring two people. Both are being treated in Mykolaiv.",
    "A missile hit a shop in Odesa on Monday, wounding two people, who were taken to a hospital in Mykolaiv.",
    "Russian shelling wounded two residents of Odesa on Monday; they were hospitalised in Mykolaiv.",
])
def test_the_city_of_treatment_is_no_scene(text):
    assert incidents(text) == [("Odesa", 2)]


def test_a_hospital_struck_in_a_city_is_the_scene():
    assert incidents("Russian drones hit a hospital in Mykolaiv on Monday, injuring two nurses.") == [("Mykolaiv", 2)]


@pytest.mark.parametrize("text", [
    "A shell hit a bus stop in Odesa on Monday, wounding two people; both are in hospital in Mykolaiv.",
    "Russian artillery wounded two residents of Odesa on Monday. They remain in a hospital in Mykolaiv.",
    "A drone hit a car in Odesa on Monday and wounded two people, who are recovering in a hospital in Mykolaiv.",
])
def test_the_city_where_the_hurt_lie_in_hospital_is_no_scene(text):
    assert incidents(text) == [("Odesa", 2)]


@pytest.mark.parametrize("text", [
    "Two people were wounded when a missile hit a shop in Odesa on Monday; they were treated at the Mykolaiv "
    "regional hospital.",
    "A glide bomb struck a market in Odesa on Monday. Two wounded women were taken to the Mykolaiv city hospital.",
    "Shelling of Odesa on Monday injured two men, who are being treated in the Mykolaiv military hospital.",
])
def test_a_hospital_the_hurt_were_brought_to_is_not_what_was_struck(text):
    result = extract(text, PUBLISHED)
    assert [(i.facts.location.name, i.facts.violations) for i in result.incidents] == [
        ("Odesa", ("attack_on_civilians",))
    ]


@pytest.mark.parametrize("text", [
    "Russian drones struck the Mykolaiv city hospital on Monday, injuring two nurses.",
    "A guided bomb hit the Mykolaiv children's hospital on Monday, injuring two nurses.",
])
def test_a_hospital_named_by_its_city_and_struck_is_the_scene(text):
    result = extract(text, PUBLISHED)
    assert [(i.facts.location.name, i.facts.violations[0]) for i in result.incidents] == [
        ("Mykolaiv", "attack_on_protected_objects")
    ]
