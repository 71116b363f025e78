"""A figure stands on the day its text gives ("as of 30 November"), not on the publication date; counts
of people interviewed are no figures at all (CONTRACT.md: neither incidents nor statistics)."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2024, 12, 5)


def figures(text: str) -> list[tuple[str, float, str]]:
    result = extract(text, PUBLISHED).to_contract()
    return [(s["measure"], s["value"], s["as_of"]) for s in result["statistics"]]


@pytest.mark.parametrize("text", [
    "As of 30 November, 1,234 civilians were held in Russian captivity, the ombudsman said.",
    "As at 30 November, 1,234 civilians remained in Russian captivity.",
    "Figures as of 30 November.\n1,234 civilians are held in Russian captivity.",
])
def test_a_figure_as_of_a_day_stands_on_that_day(text):
    assert figures(text) == [("held_captive", 1234, "2024-11-30")]


def test_a_figure_with_no_day_of_its_own_stands_on_the_publication_date():
    assert figures("Some 1,234 civilians are held in Russian captivity, the ombudsman said.") == [
        ("held_captive", 1234, "2024-12-05")
    ]


def test_an_as_of_day_in_another_paragraph_does_not_date_a_figure():
    text = "Figures as of 30 November.\n\n" + "Later, officials said " + "much was unclear. " * 3 + (
        "Some 1,234 civilians are held in Russian captivity."
    )
    assert figures(text) == [("held_captive", 1234, "2024-12-05")]


@pytest.mark.parametrize("text", [
    "The mission interviewed 204 released prisoners of war, the UN said.",
    "UN monitors spoke to 60 former detainees in October.",
    "Researchers surveyed 150 returned captives for the report.",
])
def test_counts_of_people_interviewed_are_no_figures(text):
    assert figures(text) == []


def test_people_released_are_a_figure_though_interviews_are_not():
    assert figures("Ukraine brought home 204 prisoners of war on Saturday.")[0][:2] == ("released", 204)
