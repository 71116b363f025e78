"""Statistics: a part of the people an organisation interviewed, picked out by how they came out of captivity, is its
sample, not a figure of releases (CONTRACT.md: counts of interviews are neither; steps/statistics.py `_sample_part`,
statistics.json `sample_opener`, measure `surveyed`); a release total broken down stays a figure. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")


def figures(text: str, language: str = "en") -> set[tuple[str, float]]:
    return {(s.facts.measure, s.facts.value) for s in extract(text, dt.date(2025, 3, 2), language).statistics}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Of the 120 people we interviewed, 34 were released in exchanges in 2023 and 2024.", "en"),
        (
            "We interviewed 120 former detainees. Of them, 34 were freed in prisoner exchanges in the past two years.",
            "en",
        ),
        ("Among the 85 survivors the mission spoke to, 34 had been released from Russian captivity.", "en"),
        ("We interviewed 120 people, 34 of whom had been released from captivity.", "en"),
        ("Of the 18 interviewees, 34 were released in 2023 and seven in 2024.", "en"),
        ("Of the respondents, 34 had been released in prisoner swaps.", "en"),
        ("З 120 опитаних 34 звільнили з полону під час обмінів.", "uk"),
        ("Из 120 опрошенных 34 были освобождены из плена в ходе обменов.", "ru"),
    ],
)
def test_a_part_of_the_interviewed_released_is_no_figure(text, language):
    assert not {f for f in figures(text, language) if f[1] == 34}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "In total, 1,358 prisoners have been released since 2022; of them, 120 were interviewed by the mission.",
            ("released", 1358),
        ),
        ("Since 2022, 3,767 Ukrainians have been released. Of them, 120 were civilians.", ("released", 120)),
        (
            "Since February 2022, 4,552 people have been returned from captivity; of them, 34 were children.",
            ("released", 34),
        ),
    ],
)
def test_near_miss_release_totals_and_findings_stay(text, figure):
    assert figure in figures(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Since February 2022, 4,552 people have been returned from captivity, among them 34 children.",
            ("released", "child", 34),
        ),
        (
            "So far 1,200 soldiers have come back from Russian captivity; of them, 34 were officers.",
            ("released", "pow", 34),
        ),
        (
            "In total, 610 civilians were freed from custody this year, including 34 children.",
            ("released", "child", 34),
        ),
    ],
)
def test_a_part_of_those_back_from_captivity_is_released_not_held(text, figure):
    """'from captivity' after a release verb says they left it (statistics.json measure released): the part picked
    out of them is released too, not held."""
    found = {
        (s.facts.measure, s.facts.population, s.facts.value)
        for s in extract(text, dt.date(2025, 3, 2), "en").statistics
    }
    assert figure in found


def test_near_miss_a_part_of_those_still_in_captivity_is_held():
    text = "Some 8,000 Ukrainians remain in Russian captivity, including 34 children."
    assert ("held_captive", 34) in figures(text)
