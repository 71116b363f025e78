"""A percentage of the victims told by age or kind ("45% of the victims were over 60") keeps its own
noun's measure (other): a measure word after a comma belongs to the next count, not to the share."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import FakeGazetteer
from warcrimes.extract import extract
from warcrimes.extract.steps import places


@pytest.fixture(autouse=True)
def fake_gazetteer(monkeypatch):
    monkeypatch.setattr(places, "_gazetteer", lambda: FakeGazetteer())


def shares(text: str) -> set[tuple[str, float]]:
    result = extract(text, dt.date(2024, 11, 17))
    return {(s.facts.measure, s.facts.value) for s in result.statistics if s.facts.unit == "percent"}


@pytest.mark.parametrize("text", [
    "Last month, 140 civilians were killed across Ukraine. 45% of the victims were over 60 years old, while "
    "8 children were killed and 30 were injured.",
    "In May, the mission counted 140 civilian deaths in Ukraine. 45% of the victims were women, 8 children "
    "were killed.",
    "Over the month, 140 civilians died across Ukraine; 45% of the victims were elderly, and 30 were injured "
    "by shelling.",
])
def test_a_share_of_the_victims_by_kind_is_a_figure_of_its_own(text):
    assert shares(text) == {("other", 45)}


@pytest.mark.parametrize(("text", "figure"), [
    ("Last month, 140 civilians were hurt across Ukraine. 45% of the victims were killed by drones.", ("killed", 45)),
    ("Of 300 prisoners freed this year, 90% of the POWs returned said they were tortured.", ("tortured", 90)),
])
def test_a_share_whose_own_clause_says_what_happened_keeps_that_measure(text, figure):
    assert figure in shares(text)
