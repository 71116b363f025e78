"""Journalists beside their own verb of speech report; they are no victims. The verb is looked for in the
journalists' sentence, within two tokens of them."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract


@pytest.mark.parametrize(("text", "language"), [
    ("Journalists from the local newspaper found that Russian troops shot two civilians in Bucha on March 5.", "en"),
    ("Russian troops shot two civilians in Bucha on March 5, journalists reported.", "en"),
    ("Российские военные расстреляли двух мирных жителей в Буче 5 марта, выяснили журналисты издания.", "ru"),
])
def test_journalists_who_report_are_not_the_victims(text, language):
    [incident] = extract(text, dt.date(2025, 3, 12), language).to_contract()["incidents"]
    assert incident["victims"]["category"] == "civilian"


def test_journalists_killed_are_the_victims():
    text = "A Russian drone killed two journalists in Kherson on March 5."
    [incident] = extract(text, dt.date(2025, 3, 12)).to_contract()["incidents"]
    assert incident["victims"]["category"] == "journalist"
