"""Stage 25 (mulX): a strike of its own by a second agent ("another drone", "a second missile"), told after an account
of a strike, is another event, wherever in the sentence the agent stands and whatever time shift opens it; it keeps
the account's day when it names none. A second agent hitting the target struck before (a double strike), a retelling
of the one strike, and the victims' injuries told after it stay one incident. All texts are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2026, 5, 20)


def _incidents(text: str) -> list[tuple[tuple[str, ...], str | None, int | None]]:
    extraction = extract(text, PUBLISHED, "en")
    return [
        (i.facts.violations, str(i.facts.date.start) if i.facts.date else None, i.facts.victims.min)
        for i in extraction.incidents
    ]


@pytest.mark.parametrize("text", [
    "Russian drones struck a block of flats in Mykolaiv overnight on 19 May, killing two women and wounding six. "
    "Rescuers worked through the night. About half an hour after the first blasts, another drone struck the yard of "
    "a children's hospital in the Zavodskyi district, shattering windows.",
    "On the night of 19 May a Russian missile hit a shopping centre in Mykolaiv, killing four people.\n\n"
    "Some twenty minutes later, a second missile slammed into a school on the other side of the city.",
    "Two Shahed drones hit a supermarket in Mykolaiv on 19 May, injuring nine shoppers, the governor said. "
    "Minutes later, as ambulances arrived, another Russian drone struck a kindergarten in a nearby district.",
])
def test_a_second_agent_striking_something_else_is_another_event(text):
    found = _incidents(text)
    assert len(found) == 2, found
    assert found[1][1] == found[0][1] is not None, found  # the account's day, the second strike naming none


@pytest.mark.parametrize("text", [
    # a double strike: the second drone hits the target struck before
    "On 19 May a Russian drone struck the surgical wing of the hospital in Mykolaiv, wounding a patient. Forty "
    "minutes later, as rescuers arrived, a second drone hit the same wing, killing a nurse.",
    "A missile hit a school in Mykolaiv on 19 May, injuring a guard. Shortly afterwards another missile struck the "
    "school again, wounding two firefighters.",
    # a retelling of the one strike, and its victims' injuries told after it
    "A Russian drone hit a block of flats in Mykolaiv on 19 May, killing two people. The drone struck the building "
    "at around 3 a.m., officials said. One of the wounded, a 70-year-old man, died in hospital later in the day.",
])
def test_the_same_target_struck_again_or_a_retelling_stays_one(text):
    found = _incidents(text)
    assert len(found) == 1, found


def test_another_drone_opening_a_sentence_still_opens_another_event():
    text = ("A Russian drone hit a block of flats in Mykolaiv on 19 May, killing two people. Another drone struck a "
            "school in the city an hour later.")
    found = _incidents(text)
    assert len(found) == 2, found


@pytest.mark.parametrize(("text", "first"), [
    ("Drone strike on Mykolaiv kills two; children's hospital hit\n\nRussian drones hit a block of flats in Mykolaiv "
     "on 19 May, killing two women. Half an hour later another drone struck a children's hospital in the north of the "
     "city.", ("attack_on_civilians",)),
    ("Missiles kill four in Mykolaiv, school damaged\n\nOn 19 May a Russian missile hit a shopping centre in Mykolaiv, "
     "killing four people. Minutes later, a second missile struck a school across the river.",
     ("attack_on_civilians",)),
])
def test_a_headline_object_struck_by_the_second_strike_is_its_own(text, first):
    found = _incidents(text)
    assert len(found) == 2, found
    assert found[0][0] == first, found
    assert "attack_on_protected_objects" in found[1][0], found


def test_a_headline_object_the_first_account_names_again_stays_with_it():
    text = ("Drone strike on Mykolaiv hospital kills two\n\nRussian drones hit a hospital in Mykolaiv on 19 May, "
            "killing two patients. Half an hour later another drone struck a hospital in the north of the city.")
    found = _incidents(text)
    assert len(found) == 2, found
    assert "attack_on_protected_objects" in found[0][0], found
