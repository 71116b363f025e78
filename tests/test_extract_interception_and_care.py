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
