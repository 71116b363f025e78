"""A sentence that opens by adding to the count just told ("Another 80 were hurt") right after a tally goes
on with that tally: its counts are statistics, not the victims of one event."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")


@pytest.mark.parametrize("text", [
    "In total, as of 9:00, 25 people were killed in Kyiv by the night's missiles. Another 80 people were "
    "injured, among them 6 children.",
    "So far this year, 25 civilians have died in shelling across the oblast. A further 80 residents were "
    "wounded, 6 of them children.",
    "Since the start of the invasion, 25 residents of the region were killed, officials said. 80 more were hurt, "
    "including 6 children.",
    "In all, as of noon, 25 people died in Kherson after the shelling. 80 more were hurt, 6 of them children.",
    "As of 18:00, in total 25 people were killed in Sumy by the strikes. A further 80 were wounded, including "
    "6 children.",
])
def test_counts_added_to_a_tally_in_the_next_sentence_are_statistics(text):
    result = extract(text, dt.date(2024, 7, 9))
    values = {(s.facts.measure, s.facts.value) for s in result.statistics}
    assert ("wounded", 80) in values
    assert not any(i.facts.victims.min in (80, 6) for i in result.incidents)


def test_an_added_count_with_a_town_of_its_own_is_an_event():
    text = ("In total, as of 9:00, 25 people were killed in Kyiv by the night's missiles. Another 8 people were "
            "injured when a drone hit a house in Bakhmut on July 8.")
    result = extract(text, dt.date(2024, 7, 9))
    assert ("wounded", 8) not in {(s.facts.measure, s.facts.value) for s in result.statistics}
    assert any(i.facts.victims.min == 8 for i in result.incidents)


def test_an_added_count_after_one_strike_stays_the_strike_s_victims():
    text = ("A missile hit a school in Bakhmut on July 8, killing 3 teachers. Another 8 people were injured.")
    result = extract(text, dt.date(2024, 7, 9))
    assert result.statistics == ()


@pytest.mark.parametrize("text", [
    "In January, 183 civilians were killed across Ukraine. Of them, fourteen were children.",
    "Shelling killed 183 civilians across Ukraine in January, the mission said. Among them, 14 were children.",
    "In total, 183 civilians were killed across the country in January. Of these, fourteen were children.",
])
def test_a_part_of_the_tally_just_told_in_the_next_sentence_is_a_figure_of_that_tally(text):
    result = extract(text, dt.date(2025, 2, 10))
    figures = {(s.facts.measure, s.facts.population, s.facts.value) for s in result.statistics}
    assert ("killed", "child", 14) in figures


def test_a_part_of_one_strikes_toll_stays_the_strikes():
    text = "On February 2, a Russian strike on Kherson killed 5 civilians. Of them, two were children."
    result = extract(text, dt.date(2025, 2, 10))
    assert not result.statistics
    assert [i.facts.victims.min for i in result.incidents] == [5]
