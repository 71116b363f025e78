"""A capital followed by a verb of stance or speech in any form ('Kyiv insists', 'Moscow denied', 'Kyiv
explains') stands for its government, not for the scene of an event."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.pipeline import default_steps, run

PUBLISHED = dt.date(2025, 6, 1)


def place_roles(text: str) -> dict[str, str]:
    doc = Document(text, PUBLISHED)
    run(doc, default_steps())
    return {m.value.name: m.value.role for m in doc.of_kind("place")}


@pytest.mark.parametrize("text", [
    "Kyiv insists that the abducted children must come home before any deal.",
    "The list names 300 deported children, which Kyiv explains as a first step.",
    "Moscow denied holding the children, while Kyiv demanded their return.",
])
def test_a_capital_that_insists_explains_or_demands_is_its_government(text):
    assert "event" not in place_roles(text).values()


def test_a_capital_where_a_drone_struck_is_a_scene():
    assert place_roles("In Kyiv, a drone killed two people on Monday.") == {"Kyiv": "event"}


@pytest.mark.parametrize("text", [
    "The toll is likely higher in cities such as Bakhmut (Donetsk region), Avdiivka and Pokrovsk.",
    "Shelling has emptied towns like Kherson and Izium.",
    "For example, Izium and Kherson had torture chambers.",
])
def test_places_given_as_examples_of_a_pattern_are_no_scene(text):
    assert "event" not in place_roles(text).values()


def test_a_place_after_an_unrelated_such_is_a_scene():
    assert place_roles("Such attacks hit Kherson on Monday, killing two.") == {"Kherson": "event"}


@pytest.mark.parametrize("text", [
    "Troops left mass graves in Bucha, Irpin, Izium and other towns of the north.",
    "Investigators documented torture in Kherson, Balakliia, and other liberated communities.",
    "The same pattern was seen in St. Petersburg's prisons, in Taganrog, in Kursk, and other cities.",
])
def test_places_listed_before_and_other_towns_are_rhetoric_not_scenes(text):
    roles = place_roles(text)
    first = next(iter(roles))
    assert roles[first] == "reference", roles


def test_a_place_whose_sentence_ends_before_and_other_is_a_scene():
    text = "A drone hit a bus in Kherson, killing two. Officials in Odesa and other cities condemned the strike."
    assert place_roles(text)["Kherson"] == "event"


@pytest.mark.parametrize("text", [
    "KHERSON, May 4 (Reuters) - Officials counted the damage after the storm.",
    "ODESA \u2014 Officials counted the damage after the storm.",
    "Officials counted the damage after the storm (Odesa, May 4, 2025).",
])
def test_a_dateline_place_is_no_scene(text):
    assert "event" not in place_roles(text).values()


def test_a_capitalised_place_inside_a_sentence_is_a_scene():
    assert place_roles("A drone hit a bus in Kherson, killing two.")["Kherson"] == "event"
