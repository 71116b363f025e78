"""A court step told without the act's place or day ('were sentenced to 12 years for rape') is a court
sentence role: it yields no incident. A sham trial by an occupation court stays a violation."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.pipeline import default_steps, run

PUBLISHED = dt.date(2024, 10, 1)


def roles(text: str) -> list[str]:
    doc = Document(text, PUBLISHED)
    run(doc, default_steps())
    return [m.value.role for m in doc.of_kind("role")]


@pytest.mark.parametrize("text", [
    "Two Russian servicemen were sentenced in absentia to 11 years for the rape of a woman.",
    "Prosecutors have sent 14 indictments to court against 20 suspects of torturing prisoners.",
    "Four soldiers were notified of suspicion of ill-treating civilians during the occupation.",
])
def test_a_court_step_without_scene_or_day_is_a_court_role(text):
    assert roles(text) == ["court"]
    assert extract(text, PUBLISHED).incidents == ()


def test_the_act_a_court_step_names_with_its_place_and_day_is_still_an_event():
    text = "A Russian soldier was sentenced to life for shooting a civilian in Kherson on March 3, 2022."
    assert roles(text) == ["event"]


def test_a_sentence_passed_by_an_occupation_court_is_the_violation():
    text = "A court of the so-called DPR sentenced three Ukrainian marines to 20 years in prison."
    assert roles(text) == ["event"]


@pytest.mark.parametrize("text", [
    "Prosecutors have launched a war crime investigation into footage showing soldiers shooting residents.",
    "Police opened a criminal case into the killing of civilians by occupying forces.",
    "The security service initiated a pre-trial investigation into the torture of detainees.",
])
def test_opening_an_investigation_without_scene_or_day_is_a_court_role(text):
    assert roles(text) == ["court"]


def test_opening_fire_is_no_investigation():
    assert roles("Russian soldiers opened fire on a car in Kupiansk on May 3, killing two civilians.") == ["event"]


@pytest.mark.parametrize("text", [
    "Investigators have identified four Russian soldiers involved in the killings of civilians in Bucha, "
    "and one of them has been detained.",
    "Police named two suspects in the abduction of a mayor in Kherson.",
    "The prosecutors said three servicemen responsible for the torture of villagers in Izium had been identified.",
])
def test_people_counted_as_suspects_make_an_investigation_step_even_with_the_scene_named(text):
    assert roles(text) == ["court"]
    assert extract(text, PUBLISHED).incidents == ()


def test_suspects_named_with_the_day_of_the_act_still_tell_the_act():
    text = "Investigators identified two soldiers involved in the killing of a man in Bucha on March 5, 2022."
    assert roles(text) == ["event"]


def test_soldiers_killed_in_a_named_place_are_no_suspects():
    text = "Russian shelling killed four Ukrainian soldiers and two civilians in Bucha."
    assert roles(text) == ["event"]
