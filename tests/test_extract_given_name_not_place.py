"""A word a report uses as a given name ("Nadiia Kravets", then "Nadiia learned", "Nadiia's cousin") is no
scene, though a village bears it; a place preposition before it ("in Nadiia") still makes it the village."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2024, 12, 2)


@pytest.mark.parametrize("text", [
    "Nadiia Kravets still lives in Balakliia. In August 2022 Russian soldiers shot her neighbour at a checkpoint.\n\n"
    "Nadiia learned of it from a man who stood in the same queue.",
    "Russian soldiers shot a pensioner at a checkpoint in Balakliia in August 2022, said Nadiia Kravets.\n\n"
    "Nadiia's cousin was held in the police station basement.",
    "In August 2022 Russian soldiers shot dead a retired driver in Balakliia, Nadiia Melnyk says.\n\n"
    "Nadiia walks past the spot every day.",
])
def test_a_given_name_of_the_report_is_no_scene(text):
    incidents = extract(text, PUBLISHED).incidents
    assert incidents
    assert all(i.facts.location is None or i.facts.location.name == "Balakliia" for i in incidents)


def test_the_village_after_a_place_preposition_stays_a_place():
    text = ("Nadiia Kravets, a volunteer, said a Russian drone struck a house in Nadiia, Odesa region, on 3 May,"
            " killing two civilians.")
    incidents = extract(text, PUBLISHED).incidents
    assert [i.facts.location.name for i in incidents if i.facts.location] == ["Nadiia"]
