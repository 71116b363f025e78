"""A place word opening the name of a body whose name tells its mandate ("Legal Aid Office", "Women's Rights
Centre") names the body, not the scene; a facility named after its place ("Trauma Centre", "Children's
Hospital") stays the scene (stage 25b)."""

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


@pytest.mark.parametrize(("text", "body", "scene"), [
    ("The Stepne Women's Rights Centre said soldiers detained two men in Kherson.", "Stepne", "Kherson"),
    ("According to the Vilne Legal Aid Office, soldiers beat a farmer in Izium.", "Vilne", "Izium"),
    (
        "Lawyers of the Stepne Human Rights Documentation Center say a drone hit a bus in Kupiansk.",
        "Stepne",
        "Kupiansk",
    ),
    (
        "Staff at the Vilne Children\u2019s Protection Hub said troops took ten children from Oleshky.",
        "Vilne",
        "Oleshky",
    ),
])
def test_a_place_word_opening_a_body_with_a_mandate_names_the_body(text, body, scene):
    roles = place_roles(text)
    assert roles[body] == "org"
    assert roles[scene] == "event"


@pytest.mark.parametrize(("text", "scene"), [
    ("A missile hit the Izium Trauma Centre, killing two.", "Izium"),
    ("A drone struck the Kherson Children's Hospital on Monday.", "Kherson"),
    ("Deported children were held at the Anapa Children's Health Centre.", "Anapa"),
    ("Shelling damaged the Kupiansk Service Centre of the post office.", "Kupiansk"),
])
def test_a_facility_named_after_its_place_stays_the_scene(text, scene):
    assert place_roles(text)[scene] == "event"


def source_names(text: str) -> set[str]:
    doc = Document(text, PUBLISHED)
    run(doc, default_steps())
    return {m.value.name for m in doc.of_kind("source")}


@pytest.mark.parametrize(("text", "body"), [
    (
        "The Harbour Children's Rights Centre said soldiers took ten boys from the school.",
        "Harbour Children's Rights Centre",
    ),
    ("Troops beat two farmers, the Steppe Women's Legal Aid Centre reported.", "Steppe Women's Legal Aid Centre"),
    (
        "According to the Delta Veterans' Support Foundation, troops shot a prisoner.",
        "Delta Veterans' Support Foundation",
    ),
])
def test_a_body_whose_name_holds_a_possessive_is_cited_by_its_whole_name(text, body):
    assert body in source_names(text)
