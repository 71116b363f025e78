"""A count beside a tally figure, in a sentence that names no place, date or act of its own, breaks the
tally down: a statistic, never an incident's victims."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")


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


@pytest.mark.parametrize("text", [
    "Ukraine handed Russia a list of 339 abducted children it wants returned.",
    "The exchange list includes the names of 339 deported Ukrainian children.",
    "Negotiators put 339 detained civilians on the list for the next swap.",
])
def test_people_named_on_a_list_are_a_figure_not_victims(text):
    result = extract(text, dt.date(2025, 6, 10))
    assert result.incidents == ()
    assert {(s.facts.measure, s.facts.value) for s in result.statistics} == {("other", 339)}


def test_victims_of_one_shooting_listed_by_name_stay_victims():
    text = "Russian soldiers shot 3 men in Bakhmut on June 3; police published the names of the dead."
    result = extract(text, dt.date(2025, 6, 10))
    assert [i.facts.victims.min for i in result.incidents] == [3]
