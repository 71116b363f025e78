"""A number set off by commas after a name is the person's age, not a count ("Viktor, 67, was shot"); a victim
noun used as an adjective of a thing ("a civilian car") counts no one, so the people told after it are counted."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2024, 8, 15)


def _counts(text: str) -> list[int | None]:
    return [i.facts.victims.min for i in extract(text, PUBLISHED).incidents]


@pytest.mark.parametrize("text", [
    "Russian soldiers shot dead a farmer, Mykola, 47, in Kozacha Lopan on 2 May 2022.",
    "Hanna, 71, was killed when a Russian shell hit her house in Vovchansk on 3 May.",
    "A Russian drone struck Petro, 58, near his home in Nikopol on Monday, killing him.",
])
def test_an_age_after_a_name_is_no_count(text):
    assert all(count is None or count == 1 for count in _counts(text))


def test_a_number_after_a_place_and_a_comma_still_counts():
    assert _counts("Russian shelling hit Kherson on Monday, 5 civilians were killed.") == [5]


@pytest.mark.parametrize("text", [
    "A Ukrainian drone struck a civilian car near Tetkino on Tuesday, killing a married couple.",
    "A Russian drone hit a civilian car in Nikopol on Monday, killing an elderly couple.",
    "A Russian missile struck a civilian building in Odesa on Monday, killing two women.",
])
def test_a_civilian_thing_counts_no_one(text):
    assert _counts(text) == [2]


def test_a_civilian_killed_still_counts_one():
    assert _counts("A Russian drone killed a civilian in Nikopol on Monday.") == [1]
