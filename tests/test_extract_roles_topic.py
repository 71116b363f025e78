"""Acts named only as a topic ('the forced deportation of children remains an obstacle') yield no incident;
children taken to occupied or Russian territory are a deportation in any tense; 'took place' takes no one."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.pipeline import default_steps, run

PUBLISHED = dt.date(2025, 6, 10)


def roles(text: str) -> list[str]:
    doc = Document(text, PUBLISHED)
    run(doc, default_steps())
    return [m.value.role for m in doc.of_kind("role")]


def violations(text: str) -> list[str]:
    return [v for i in extract(text, PUBLISHED).incidents for v in i.facts.violations]


@pytest.mark.parametrize("text", [
    "The forced deportation of Ukrainian children remains the hardest question of the talks.",
    "Negotiators discussed the abduction of civilians, which Ukraine calls a red line.",
    "The systematic torture of prisoners of war was on the agenda of the meeting.",
])
def test_an_act_named_only_as_a_topic_is_a_pattern(text):
    assert roles(text) == ["pattern"]


def test_an_act_with_its_doers_and_count_is_an_event():
    assert roles("Russian forces carried out the deportation of 40 children from Kherson.") == ["event"]


@pytest.mark.parametrize("text", [
    "Russian officials took 15 children from the orphanage in Kherson to occupied Crimea on May 3.",
    "On May 3, 15 children were taken from a Kherson orphanage to temporarily occupied territory.",
    "Occupation authorities are moving 15 orphans from Kherson to Russia, the ombudsman said on May 3.",
])
def test_children_taken_to_occupied_or_russian_territory_are_deported(text):
    assert "deportation_transfer" in violations(text)


def test_talks_that_took_place_say_nothing_of_children_taken():
    text = ("On May 3, talks took place in Istanbul, bringing the issue of the many children forced to leave "
            "their homes back to the attention of Russia.")
    assert "deportation_transfer" not in violations(text)
