"""Statistics: a settlement's killed or injured toll over a week or a month, told beside one of its own incidents,
is a figure and no part of that incident (steps/statistics.py `_toll_over_span`, statistics.json `toll_span`); one
attack told over the same span stays the incident's victims. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")


@pytest.mark.parametrize(("text", "language"), [
    ("On Tuesday a Russian drone hit a bus in Kherson, killing two people. Over the past week, Russian attacks on "
     "Kherson killed 14 people and injured 58.", "en"),
    ("A missile hit a clinic in Izium on 2 March, killing two. In the past month, 14 civilians were killed and 58 "
     "injured in Izium, the city council said.", "en"),
    ("On Tuesday a drone hit a bus in Kherson, killing two people. Russian strikes on Kherson killed 14 people and "
     "injured 58 last week, the city administration said.", "en"),
    ("У вівторок дрон влучив в автобус у Херсоні, загинули двоє людей. За минулий тиждень у Херсоні загинули 14 "
     "людей, ще 58 поранені.", "uk"),
    ("Во вторник дрон попал в автобус в Херсоне, погибли два человека. За прошлую неделю в Херсоне погибли 14 "
     "человек, еще 58 ранены.", "ru"),
])
def test_a_city_toll_over_a_week_or_month_is_a_figure_not_the_incidents(text, language):
    result = extract(text, dt.date(2025, 3, 5), language)
    figures = {(s.facts.measure, s.facts.value) for s in result.statistics}
    assert {("killed", 14), ("wounded", 58)} <= figures
    counts = {n for i in result.incidents for n in (i.facts.victims.min, i.facts.victims.killed,
                                                    i.facts.victims.injured)}
    assert not counts & {14, 58}
    assert any(i.facts.victims.killed == 2 for i in result.incidents)


@pytest.mark.parametrize("text", [
    "Over the past week, a Russian strike on a school in Sumy killed 3 children.",
    "Over the past week, a drone attack on a bus in Pokrovsk killed 3 passengers.",
    "Last week a Russian strike on Kherson killed 3 people.",
])
def test_near_miss_one_attack_over_a_span_stays_an_incident(text):
    result = extract(text, dt.date(2025, 3, 5), "en")
    assert not result.statistics


@pytest.mark.parametrize("text", [
    "Over the past week, Russian attacks on Kherson wounded 40 people.",
    "Over the past month, Russian shelling of Izium wounded 40 residents.",
    "In the past month, Russian strikes on Sumy wounded 40 civilians, the city council said.",
])
def test_near_miss_a_toll_told_alone_stays_the_towns_incident(text):
    result = extract(text, dt.date(2025, 3, 5))
    assert [i.facts.victims.min for i in result.incidents] == [40]
