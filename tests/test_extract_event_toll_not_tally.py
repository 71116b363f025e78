"""A count told as the toll of one attack ('the attack', 'this strike') is that event's, even when a word
of scope stands beside it ('currently', 'so far'); without one attack named, the scope makes it a tally."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")


def figures(text: str) -> set[tuple[str, float]]:
    return {(s.facts.measure, s.facts.value) for s in extract(text, dt.date(2025, 10, 22)).statistics}


@pytest.mark.parametrize("text", [
    "A drone hit a school in Kherson on Tuesday. The governor said four people are currently known to have "
    "been injured as a result of the enemy attack.",
    "Russian missiles struck a hospital in Sumy on Tuesday. So far, four people have been wounded in this "
    "strike, officials said.",
    "A glide bomb fell on a market in Kherson on Tuesday. Four people were hurt in the blast, according to "
    "current information.",
])
def test_a_toll_of_one_named_attack_is_no_statistic(text):
    assert ("wounded", 4) not in figures(text)


def test_a_scoped_count_naming_no_single_attack_stays_a_statistic():
    text = "So far this year, 400 people have been wounded across the region, officials said."
    assert ("wounded", 400) in figures(text)
