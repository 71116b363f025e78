"""Victims in full: the killed, the injured and the children each keep their own count beside the
contract's min/max (which stay the killed, else the injured)."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.domain.facts import Victims
from warcrimes.extract import extract

PUBLISHED = dt.date(2024, 12, 5)


def victims(text: str) -> dict:
    incidents = extract(text, PUBLISHED).to_contract()["incidents"]
    assert len(incidents) == 1, incidents
    return incidents[0]["victims"]


@pytest.mark.parametrize("text", [
    "A Russian missile hit a school in Kharkiv on Monday, killing 4 people, including 2 children, and injuring 11.",
    "On Monday a Russian strike on Kharkiv killed four civilians, two of them children; 11 people were wounded.",
    "Four people, two of them children, died and 11 were injured when a missile struck Kharkiv on Monday.",
])
def test_killed_injured_and_children_keep_their_own_counts(text):
    found = victims(text)
    assert (found["min"], found["killed"], found["injured"]) == (4, 4, 11)
    assert found.get("children") == 2


def test_where_nobody_died_the_injured_are_the_count_and_no_killed_key_appears():
    found = victims("A drone attack on Kherson on Monday injured 5 civilians, the regional administration said.")
    assert (found["min"], found["injured"]) == (5, 5) and "killed" not in found


def test_the_extra_counts_survive_a_round_trip_through_the_contract():
    victims_in = Victims("civilian", 4, 4, killed=4, injured=11, children=2)
    assert Victims.from_contract(victims_in.to_contract()) == victims_in
