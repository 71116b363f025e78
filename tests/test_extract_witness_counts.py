"""People counted as those who described, recounted or testified are witnesses (like people interviewed):
neither an incident's victims nor a statistic (CONTRACT.md: counts of interviews are neither)."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")


def victims_and_figures(text: str) -> tuple[list[int | None], list[float]]:
    result = extract(text, dt.date(2024, 6, 1))
    return [i.facts.victims.min for i in result.incidents], [s.facts.value for s in result.statistics]


@pytest.mark.parametrize("text", [
    "Nine former detainees described guards beating prisoners in Izium in May 2022.",
    "Nine witnesses testified that soldiers had tortured a farmer in Izium in March.",
])
def test_people_who_told_of_the_acts_are_no_victims(text):
    victims, figures = victims_and_figures(text)
    assert 9 not in victims
    assert 9 not in figures


@pytest.mark.parametrize("text", [
    "Nine survivors testified that soldiers had tortured them in Izium in March.",
    "Nine women recounted how the occupiers held them in a basement in Izium last spring.",
])
def test_people_who_told_of_acts_done_to_themselves_are_its_victims(text):
    # stage 22 (victim counts): the tellers are the ones the act was done to ("them"), as the tuned sets' golds read
    # "at least nine of them said guards beat them" (9) and "at least 40 of the returnees said they had been beaten"
    victims, figures = victims_and_figures(text)
    assert 9 in victims
    assert 9 not in figures


@pytest.mark.parametrize("text", [
    "Soldiers tortured nine detainees in Izium in March, witnesses described.",
    "The report describes how nine civilians were killed in Izium on March 3.",
])
def test_victims_told_of_by_a_witness_stay_victims(text):
    victims, _ = victims_and_figures(text)
    assert victims == [9]
