"""Figures share what heads them by sentences, not characters: the counts told in the few sentences after
a tally take its measure, and an "as of" heading dates the lines below it in its paragraph."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 3, 12)


@pytest.mark.parametrize("text", [
    "Ukraine brought home 95 people from Russian captivity on Monday, the coordination headquarters said. "
    "60 are servicemen, 35 are civilians.",
    "Ukraine brought home 95 people from Russian captivity on Monday. The exchange was mediated by the United "
    "Arab Emirates. The buses reached Chernihiv region at night. 60 are servicemen, 35 are civilians.",
])
def test_counts_after_a_tally_take_its_measure(text):
    found = {s["value"]: s["measure"] for s in extract(text, PUBLISHED).to_contract()["statistics"]}
    assert found == {95: "released", 60: "released", 35: "released"}


def test_an_as_of_heading_dates_the_lines_below_it():
    text = (
        "Figures of the regional police as of 30 November:\n"
        "in the region, 1,240 civilians have been killed since February 2022;\n"
        "3,105 civilians have been wounded;\n"
        "112 children have been killed."
    )
    found = extract(text, PUBLISHED).to_contract()["statistics"]
    assert {s["value"]: s["as_of"] for s in found} == {1240: "2024-11-30", 3105: "2024-11-30", 112: "2024-11-30"}
