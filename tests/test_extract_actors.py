"""Actors: perpetrators kept apart from the bodies that report; people cited with their titles."""

from __future__ import annotations

import datetime as dt

from extract_fixtures import document
from warcrimes.extract.steps.actors import find_actors
from warcrimes.extract.steps.cues import find_cues


def actors_of(text: str):
    return find_actors(document(text, dt.date(2024, 3, 1)))


def test_titled_person_is_a_source_with_title():
    [source] = [
        m.value
        for m in actors_of("Ukraine's Ombudsman Dmytro Lubinets reported the killings.")
        if m.kind == "source" and m.value.kind == "person"
    ]
    assert source.name == "Dmytro Lubinets"
    assert source.title and "Ombudsman" in source.title


def test_surname_alone_points_back_to_the_full_name():
    text = 'Governor Oleh Syniehubov said two people died. "It was deliberate," Syniehubov wrote.'
    names = [m.value.name for m in actors_of(text) if m.kind == "source"]
    assert names.count("Oleh Syniehubov") == 2


def test_institution_quoted_is_a_source():
    text = "According to the Prosecutor General's Office, the soldiers were shot at close range."
    assert "Prosecutor General's Office" in {m.value.name for m in actors_of(text) if m.kind == "source"}


def test_reporting_brigade_is_a_source_not_an_agent():
    text = "Ukraine's 47th Separate Mechanized Brigade reported that Russian troops shot three captives."
    mentions = actors_of(text)
    assert any(m.kind == "source" and "47th Separate Mechanized Brigade" in m.value.name for m in mentions)
    agents = [m.value for m in mentions if m.kind == "party" and m.rule == "party:agent"]
    assert agents == ["RU"]


def test_named_mercenary_group_is_a_unit_of_russia():
    units = [m.value for m in actors_of("Fighters of the Wagner Group executed the men.") if m.kind == "unit"]
    assert units and units[0].party == "RU"


def test_victims_named_by_nationality_are_not_agents():
    text = "Ukrainian soldiers executed Russian prisoners, the UN said."
    roles = {m.value: m.rule for m in actors_of(text) if m.kind == "party"}
    assert roles["UA"] == "party:agent" and roles["RU"] != "party:agent"


def test_cue_lexicon_keeps_the_longest_phrase():
    doc = document("They shot wounded soldiers after a false promise.", dt.date(2024, 3, 1))
    kinds = {(m.kind, m.value) for m in find_cues(doc)}
    assert ("victim", "wounded_combatant") in kinds and ("victim", "combatant") not in kinds
    assert ("violation", "perfidy") in kinds


def test_separate_brigade_is_ukraines_and_motor_rifle_brigade_russias():
    text = "A serviceman of the 30th Separate Mechanized Brigade was shot by the 64th Motor Rifle Brigade."
    sides = {m.value.name: m.value.party for m in actors_of(text) if m.kind == "unit"}
    assert sides == {"30th Separate Mechanized Brigade": "UA", "64th Motor Rifle Brigade": "RU"}


def test_both_sides_named_before_a_deed_are_both_agents():
    text = "Russia and Ukraine have tortured prisoners of war, the UN said."
    roles = {m.value: m.rule for m in actors_of(text) if m.kind == "party"}
    assert roles == {"RU": "party:agent", "UA": "party:agent"}


def test_armed_group_named_after_said_is_not_a_source():
    text = "One man said members of the Wagner Group beat him."
    assert not [m for m in actors_of(text) if m.kind == "source" and m.value.kind == "unit"]


def test_forces_that_used_a_weapon_are_the_agent():
    text = "Ukrainian forces used cluster munitions in the town, Human Rights Watch said."
    roles = {m.value: m.rule for m in actors_of(text) if m.kind == "party"}
    assert roles["UA"] == "party:agent"


def test_spokesperson_with_a_western_given_name_is_a_person():
    text = "Ravina Shamdasani, a spokesperson for the office, said the killings must be investigated."
    assert "Ravina Shamdasani" in {m.value.name for m in actors_of(text) if m.kind == "source"}
