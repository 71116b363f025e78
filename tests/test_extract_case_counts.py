"""A count of recorded cases of a violation ("316 cases of sexual violence") is a tally of cases
(measure cases_opened, unit cases): neither a count of things nor the victims of one incident."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")


def figures(text: str) -> set[tuple[str, float, str]]:
    result = extract(text, dt.date(2024, 9, 27))
    return {(s.facts.measure, s.facts.value, s.facts.unit) for s in result.statistics}


@pytest.mark.parametrize("text", [
    "Since the full-scale invasion began, prosecutors have recorded 316 cases of sexual violence by the occupiers.",
    "The regional police have so far registered 316 episodes of torture of civilians.",
    "Investigators say 316 instances of rape committed by Russian soldiers have been documented since 2022.",
])
def test_recorded_cases_of_a_violation_are_a_tally_of_cases(text):
    assert ("cases_opened", 316, "cases") in figures(text)


@pytest.mark.parametrize("text", [
    "Russian forces carried out 316 attacks on the region's villages last month.",
    "The court heard 316 cases of property disputes in Kherson last year.",
])
def test_counts_of_attacks_or_unrelated_cases_are_no_tally_of_cases(text):
    assert not any(measure == "cases_opened" for measure, _, _ in figures(text))


def test_cases_of_torture_are_not_the_victims_of_one_incident():
    result = extract("Police in Izium have documented 12 cases of torture of detainees.", dt.date(2024, 9, 27))
    assert not any(i.facts.victims.min == 12 for i in result.incidents)
