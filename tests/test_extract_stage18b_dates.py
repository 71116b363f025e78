"""Stage 18b (issue 8): the day someone learned, found out or was told of an act is no day of the act (CONTRACT.md:
null when the text dates only the discovery or the report)."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_fixtures import incident_days

pytestmark = pytest.mark.usefixtures("fake_gazetteer")

D = dt.date


@pytest.mark.parametrize("text", [
    "Soldiers detained a teacher in Kherson on 8 February 2025. On 2 March her family learned that she was held "
    "in a cell there, the group said.",
    "Soldiers detained a teacher in Kherson on 8 February 2025. Her family found out on 2 March that she was held "
    "in a cell there.",
    "Soldiers detained a teacher in Kherson on 8 February 2025. Her parents were told on 2 March that she was "
    "held in a cell in Kherson.",
])
def test_a_detention_keeps_its_day_not_the_day_the_family_learned_of_it(text):
    assert incident_days(text) == [(D(2025, 2, 8), D(2025, 2, 8))]


@pytest.mark.parametrize("text", [
    "On 3 January 2025 police learned that Russian troops had shot two farmers near Sumy.",
    "On 3 January 2025 the family discovered that Russian troops had shot two farmers near Sumy.",
    "On 3 January 2025 investigators found out that Russian troops had shot two farmers near Sumy.",
])
def test_the_day_news_was_learned_dates_nothing(text):
    assert incident_days(text) == [None]


def test_a_day_told_with_the_act_still_dates_it():
    text = "Russian troops shot two farmers near Sumy on 3 January 2025; police learned of it a week later."
    assert incident_days(text) == [(D(2025, 1, 3), D(2025, 1, 3))]
