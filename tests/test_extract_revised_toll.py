"""A toll revised later in the report ("UPDATE: the toll rose to nine", "officials later said five people died",
"the revised figure") updates the one incident: one incident, with the revised count; the superseded first figure
told again after it ("Earlier reports said at least four") does not bring it back. A second strike elsewhere stays
its own incident."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 5, 9)


def _tolls(text: str) -> list[tuple[str | None, int | None]]:
    return [(i.facts.location.name if i.facts.location else None, i.facts.victims.min)
            for i in extract(text, PUBLISHED, language="en").incidents]


@pytest.mark.parametrize("text", [
    "A Russian glide bomb hit a market in Kostiantynivka on Thursday, killing at least four people, police said.\n\n"
    "UPDATE: By evening the toll rose to nine, officials said. Earlier reports said at least four.",
    "A Russian glide bomb hit a market in Kostiantynivka on Thursday, killing at least four people, police said.\n\n"
    "Update: Officials later said nine people died in the attack. Initial reports said at least four had been killed.",
    "A Russian glide bomb hit a market in Kostiantynivka on Thursday, killing at least four people, police said.\n\n"
    "In an updated statement, police said nine people were killed.",
])
def test_a_revised_toll_updates_the_one_incident(text):
    assert _tolls(text) == [("Kostiantynivka", 9)]


def test_a_second_strike_with_its_own_toll_stays_apart():
    text = ("A Russian glide bomb hit a market in Kostiantynivka on Thursday, killing four people, police said. "
            "In a separate attack, a drone killed two people in Druzhkivka on Thursday.")
    assert _tolls(text) == [("Kostiantynivka", 4), ("Druzhkivka", 2)]
