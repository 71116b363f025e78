"""The date in a report's dateline ("KYIV, March 10 (Reuters) -") is the report's, not the event's: a line's
head of at most six tokens before the date."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract


@pytest.mark.parametrize(("text", "language"), [
    ("KYIV, March 10 (Reuters) - Russian troops shot two civilians in Bucha, officials said.", "en"),
    ("(Kharkiv, March 10, 2025) - Russian troops shot two civilians in Bucha, officials said.", "en"),
    ("Белгород, 10 марта. Украинский беспилотник атаковал автомобиль, погибли двое мирных жителей.", "ru"),
])
def test_a_datelines_date_does_not_date_the_event(text, language):
    [incident] = extract(text, dt.date(2025, 3, 12), language).to_contract()["incidents"]
    assert incident["date"] is None


def test_a_date_further_into_the_line_dates_the_event():
    text = "Russian troops shot two civilians in the village of Motyzhyn near Bucha, March 5, officials said."
    [incident] = extract(text, dt.date(2025, 3, 12)).to_contract()["incidents"]
    assert incident["date"] == {"start": "2025-03-05", "end": "2025-03-05"}
