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
