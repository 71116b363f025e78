"""A number set off by commas right after a person ("a woman, 73,") is her age, not a count of people."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract


@pytest.mark.parametrize("text", [
    "A woman, 73, died when a Russian shell hit her house in Kherson on May 3.",
    "Russian shelling of Kherson on May 3 killed a pensioner, 81, in her garden.",
])
def test_an_age_between_commas_is_no_count(text):
    [incident] = extract(text, dt.date(2024, 6, 1)).to_contract()["incidents"]
    assert incident["victims"]["min"] == 1


def test_a_count_between_commas_after_a_count_is_a_count():
    text = "Russian shelling of Kherson on May 3 killed 5 civilians, 2 of them children."
    [incident] = extract(text, dt.date(2024, 6, 1)).to_contract()["incidents"]
    assert (incident["victims"]["min"], incident["victims"]["children"]) == (5, 2)
