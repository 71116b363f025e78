"""Stage 25b (vioY), English: soldiers named right before a verb of seizing, abusing or taking that has its object
after it are the doers of the act, never its victims, so a civilian held by them stays a civilian; soldiers named by
a participle with no object after it (held, beaten) stay the victims. Every text is written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import en_contract_incidents

PUBLISHED = dt.date(2025, 4, 14)  # a Monday


def _one(text: str) -> dict:
    [incident] = en_contract_incidents(text, PUBLISHED)
    return incident


DOERS = [
    "On 3 March in Kherson, military officers took her passport and held her for five days in a garage.",
    "On Friday in Izium, Russian soldiers detained two teachers and kept them in a cellar for a week.",
    "In Orikhiv on 2 April, servicemen then questioned the farmer and locked him in a shed for nine days.",
    "Witnesses said that in Bakhmut on Sunday troops beat him with rifle butts and held him in a basement.",
]


@pytest.mark.parametrize("text", DOERS)
def test_soldiers_before_an_act_with_its_object_are_the_doers_not_the_victims(text: str) -> None:
    incident = _one(text)
    assert incident["victims"]["category"] not in ("pow", "wounded_combatant")


HELD_SOLDIERS = [
    "On 3 March in Kherson, Ukrainian soldiers taken prisoner were beaten by guards.",
    "Captured servicemen held in a cellar in Izium on Friday were tortured with electric shocks.",
    "On 2 April in Orikhiv, three captured soldiers beaten at a checkpoint were shot dead.",
]


@pytest.mark.parametrize("text", HELD_SOLDIERS)
def test_soldiers_named_by_a_participle_with_no_object_stay_the_victims(text: str) -> None:
    incident = _one(text)
    assert incident["victims"]["category"] == "pow"


HELD_CIVILIAN = (
    "On 3 March in Kherson, Russian forces detained a teacher at her home and beat her in a basement for a week. "
)
APPEALS = [
    "The ombudsman has again sent letters demanding unhindered access to all prisoners of war and detained civilians.",
    "The commissioner calls on Russia to let independent monitors visit prisoners of war and to grant them access to "
    "every place of detention.",
    "Moscow still denies the ICRC access to most places where prisoners of war are held.",
    "Former prisoners of war continue to recount beatings during interrogations.",
    "Released prisoners of war continue to describe beatings on arrival in the camps.",
]


@pytest.mark.parametrize("appeal", APPEALS)
def test_an_appeal_for_access_or_an_ongoing_pattern_after_a_case_leaves_its_victims_and_act(appeal: str) -> None:
    incident = _one(HELD_CIVILIAN + appeal)
    assert incident["victims"]["category"] == "civilian"
    assert incident["violations"][0] == "unlawful_detention"


@pytest.mark.parametrize(
    "text",
    [
        "On 5 May in Izium, Russian soldiers denied an ambulance access to the village, and a wounded man died.",
        "Troops on 2 April denied aid workers access to Orikhiv and shelled their convoy, injuring three volunteers.",
    ],
)
def test_access_denied_at_a_place_and_day_beside_harm_is_still_an_incident(text: str) -> None:
    assert en_contract_incidents(text, PUBLISHED)


OCCUPIED_TOWN_ACCOUNTS = [
    "Residents of Kherson say the occupation went on for months. Shop workers and other residents told us that "
    "soldiers moved into empty flats. Taras, 61, refused to give up his car. He was taken from his house on 4 March "
    'and held in a cellar for nine days. "They beat me every night," he told us.',
    "Villagers and farm workers in Izium described a hard winter under occupation; servicemen settled in the school. "
    'Olha, 47, would not hand over her keys. She was taken from her flat on 4 March and held in a garage for a week. '
    '"They kicked me and threatened my son," she said.',
    "Local residents and teachers in Orikhiv watched as troops moved into the empty homes. Petro, 70, refused to sign. "
    "On 4 March he was seized in his yard and kept in a basement for nine days. "
    '"They hit me with sticks," he recalled.',
]


@pytest.mark.parametrize("text", OCCUPIED_TOWN_ACCOUNTS)
def test_a_first_person_account_after_residents_named_more_than_soldiers_is_a_civilians(text: str) -> None:
    assert _one(text)["victims"]["category"] == "civilian"


RETURNED_SOLDIERS = [
    "Two servicemen returned from captivity last week. Andrii, 29, was one of them. He was held in a colony near "
    'Kherson from 4 March. "They beat me every day," he told us.',
    "Soldiers of the brigade came home from captivity in an exchange; the servicemen spoke to residents. Ivan, 33, was "
    'one of them. He was held in a cellar in Izium from 4 March. "They beat us with sticks," he said.',
]


@pytest.mark.parametrize("text", RETURNED_SOLDIERS)
def test_a_first_person_account_of_soldiers_back_from_captivity_stays_a_prisoner_of_wars(text: str) -> None:
    assert _one(text)["victims"]["category"] == "pow"
