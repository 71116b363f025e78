"""Stage 18b (issue 8): a town's toll of many attacks over months ("since January", "this year alone") is a
figure even though it names the town; a toll since a recent day stays an incident."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")

PUBLISHED = dt.date(2025, 6, 18)


def figures(text: str) -> tuple[int, list[tuple[str, float]]]:
    found = extract(text, PUBLISHED)
    return len(found.incidents), [(s.facts.measure, s.facts.value) for s in found.statistics]


@pytest.mark.parametrize("text", [
    "Since January, Russian attacks on Kherson have killed 97 people and wounded 410, the governor said.",
    "Since the start of the year, Russian strikes on Kherson have killed 97 civilians and injured 410.",
    "This year alone, Russian attacks on Kherson have killed 97 residents and wounded 410.",
])
def test_a_towns_toll_over_months_is_a_figure(text):
    assert figures(text) == (0, [("killed", 97.0), ("wounded", 410.0)])


@pytest.mark.parametrize("text", [
    "Since Monday, Russian strikes on Kherson have killed five civilians.",
    "On Monday a Russian strike on a market in Kherson killed five civilians.",
    "Since January, Russian forces have shelled Kherson, and on 3 March a strike on the market killed 5 people.",
])
def test_a_recent_or_single_strike_stays_an_incident(text):
    assert figures(text)[0] == 1
