"""A date told with a capture ("captured near X in April 2024") is background to the act told with another
date: the capture is looked for in the date's clause, within 8 tokens before it."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract


@pytest.mark.parametrize("text", [
    # seven tokens but 50 characters between the capture and its date: a 45-character window missed it
    "Russian troops shot two Ukrainian soldiers captured near the village of Novoselivka Persha in April 2024 "
    "on May 5 in Donetsk region, prosecutors said.",
    "Russian troops executed on May 5 in Donetsk region two Ukrainian soldiers who had been captured near "
    "Novoselivka Persha in April 2024.",
    "Russian troops shot two Ukrainian soldiers on May 5 in Donetsk region, prosecutors said.",
])
def test_the_act_is_dated_by_its_own_day_not_the_capture(text):
    [incident] = extract(text, dt.date(2025, 3, 12)).to_contract()["incidents"]
    assert incident["date"] == {"start": "2024-05-05", "end": "2024-05-05"}
