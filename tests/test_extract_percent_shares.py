"""A percentage of the victims told by age or kind ("45% of the victims were over 60") keeps its own
noun's measure (other): a measure word after a comma belongs to the next count, not to the share."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")


def shares(text: str) -> set[tuple[str, float]]:
    result = extract(text, dt.date(2024, 11, 17))
    return {(s.facts.measure, s.facts.value) for s in result.statistics if s.facts.unit == "percent"}


@pytest.mark.parametrize("text", [
    "Last month, 140 civilians were killed across Ukraine. 45% of the victims were over 60 years old, while "
    "8 children were killed and 30 were injured.",
    "In May, the mission counted 140 civilian deaths in Ukraine. 45% of the victims were women, 8 children "
    "were killed.",
    "Over the month, 140 civilians died across Ukraine; 45% of the victims were elderly, and 30 were injured "
    "by shelling.",
])
def test_a_share_of_the_victims_by_kind_is_a_figure_of_its_own(text):
    assert shares(text) == {("other", 45)}


@pytest.mark.parametrize(("text", "figure"), [
    ("Last month, 140 civilians were hurt across Ukraine. 45% of the victims were killed by drones.", ("killed", 45)),
    ("Of 300 prisoners freed this year, 90% of the POWs returned said they were tortured.", ("tortured", 90)),
])
def test_a_share_whose_own_clause_says_what_happened_keeps_that_measure(text, figure):
    assert figure in shares(text)


@pytest.mark.parametrize("text", [
    "In January, 1,012 civilians were killed or injured. Around 88 per cent of the casualties were caused by "
    "explosive weapons with a wide impact area.",
    "In January, 1,012 civilians were killed or injured. Some 88% of these casualties occurred in areas "
    "controlled by the government.",
    "The mission said 1,012 civilians were killed or injured across Ukraine in January. Around 88 per cent of "
    "them were hit by explosive weapons in populated areas.",
])
def test_a_share_of_a_tally_told_by_cause_or_place_is_a_figure_of_measure_other(text):
    assert shares(text) == {("other", 88)}


@pytest.mark.parametrize(("text", "figure"), [
    ("Ombudsman Ivan Petrenko said that over 90% of Ukrainians returned from captivity report having been "
     "tortured.", ("tortured", 90)),
    ("Of the 75 prisoners released, 90 per cent of them said they had been tortured.", ("tortured", 90)),
])
def test_a_share_with_a_measure_of_its_own_keeps_it_not_the_words_that_pick_the_people(text, figure):
    assert figure in shares(text)


@pytest.mark.parametrize("text", [
    "Russian forces control about 18 per cent of the territory of Ukraine.",
    "Turnout was 60 per cent of the electorate, officials said.",
    "Some 80% of the bodies brought back from prisons, detention centres and so on, show signs of torture.",
])
def test_a_share_of_no_tally_or_of_a_tally_whose_property_is_out_of_reach_is_no_figure(text):
    assert shares(text) == set()
