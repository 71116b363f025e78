"""A count beside a tally figure, in a sentence that names no place, date or act of its own, breaks the
tally down: a statistic, never an incident's victims."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import FakeGazetteer
from warcrimes.extract import extract
from warcrimes.extract.steps import places


@pytest.fixture(autouse=True)
def fake_gazetteer(monkeypatch):
    monkeypatch.setattr(places, "_gazetteer", lambda: FakeGazetteer())


@pytest.mark.parametrize("text", [
    "Last month, 140 civilians were killed across Ukraine. Women made up 35% of the victims; 8 children were "
    "killed and 30 were injured.",
    "Monitors counted 200 civilian deaths in Ukraine in March. 12% of those killed were older people, while "
    "8 children died and 30 were wounded.",
    "The mission recorded 90 civilians killed in Ukraine over the month. 40% of the dead were men; 8 children "
    "were killed and 30 hurt.",
])
def test_figures_beside_a_share_of_a_tally_are_statistics(text):
    result = extract(text, dt.date(2024, 4, 10))
    values = {(s.facts.measure, s.facts.value) for s in result.statistics}
    assert ("killed", 8) in values
    assert not any(i.facts.victims.min == 8 for i in result.incidents)


def test_a_count_with_its_own_town_beside_a_share_is_an_event():
    text = ("Last month, 140 civilians were killed across Ukraine. In Bakhmut, 40% of the houses burned after a "
            "strike that killed 8 people on March 3.")
    result = extract(text, dt.date(2024, 4, 10))
    assert any(i.facts.victims.min == 8 for i in result.incidents)
