"""Stage 15: a protected object named after a preposition of nearness ("a bus stop next to a school", "a car
near a hospital") places the act; it is not what was struck, so the strike is no attack on protected objects.
A protected object struck stays one."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")


def main_labels(text: str) -> list[str]:
    return [i.facts.violations[0] for i in extract(text, dt.date(2025, 6, 18)).incidents]


@pytest.mark.parametrize("text", [
    "A missile hit a bus stop next to a school in Kherson on Monday, wounding five people.",
    "A drone dropped explosives on a civilian car near a hospital in Kherson on Monday, injuring the driver.",
    "A shell landed on a minibus in front of the cathedral in Kherson on Monday, killing two passengers.",
])
def test_a_protected_landmark_is_no_target(text):
    assert main_labels(text) == ["attack_on_civilians"]


@pytest.mark.parametrize("text", [
    "A missile hit the school in Kherson on Monday, wounding five people.",
    "Russian forces shelled a hospital near Kherson on Monday, wounding five people.",
    "A drone hit an ambulance in Kherson on Monday, injuring two paramedics.",
])
def test_a_protected_object_struck_stays_the_target(text):
    assert main_labels(text) == ["attack_on_protected_objects"]


@pytest.mark.parametrize("text", [
    "A missile struck a shop in Kherson on Monday, wounding five people, who were taken to hospital.",
    "Russian shelling wounded three residents of Kherson on Monday; they are being treated in a hospital.",
    "A shell hit a bus in Kherson on Monday; two passengers later died in the regional hospital.",
    "A drone hit a minibus in Kherson on Monday, and four wounded were rushed to a city hospital.",
])
def test_a_hospital_the_hurt_were_brought_to_is_no_target(text):
    assert main_labels(text) == ["attack_on_civilians"]


@pytest.mark.parametrize("text", [
    "Russian troops shelled the regional hospital in Kherson on Monday, wounding two doctors.",
    "A drone struck the maternity hospital in Kherson, and three patients were taken to another clinic.",
    "A missile hit a bus stop next to a local school in Kherson on Monday, wounding five people.",
])
def test_a_hospital_struck_stays_the_target_and_a_landmark_a_landmark(text):
    expected = "attack_on_civilians" if "next to" in text else "attack_on_protected_objects"
    assert main_labels(text) == [expected]


@pytest.mark.parametrize("text", [
    "A drone hit a car in Kherson on Monday; the driver was admitted to the regional hospital with burns.",
    "A Russian drone struck a minibus in Kherson on Monday; three passengers were taken to hospital.",
    "A shell hit a tram in Kherson on Monday, and two women were rushed to a city hospital.",
])
def test_people_taken_to_hospital_after_a_strike_were_hurt_by_it(text):
    assert main_labels(text) == ["attack_on_civilians"]


def test_a_hospital_shelled_with_no_one_taken_there_stays_the_target():
    assert main_labels("Russian forces shelled the regional hospital in Kherson on Monday.") == [
        "attack_on_protected_objects"
    ]
