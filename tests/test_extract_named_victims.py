"""A victim named by name ('journalist Iryna Koval') is one victim of that kind, and never a source of the
report about her; a journalist who died in captivity was a civilian held, not a prisoner of war."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 4, 29)


def incidents(text: str) -> list[dict]:
    return extract(text, PUBLISHED).to_contract()["incidents"]


@pytest.mark.parametrize("text", [
    "Ukrainian journalist Iryna Koval, who died in Russian captivity, was tortured, according to a report "
    "published on Tuesday.",
    "Russian jailers tortured journalist Iryna Koval in a prison in Taganrog, her colleagues said.",
    "Journalist Iryna Koval was tortured in Russian custody in Taganrog, the Prosecutor General's Office said.",
])
def test_a_journalist_named_by_name_is_one_journalist_and_no_source(text):
    [incident] = incidents(text)
    assert incident["victims"]["min"] == 1
    assert incident["victims"]["category"] == "journalist"
    assert not any("Koval" in name for name in incident["reported_by"])


def test_journalists_named_as_a_group_are_not_counted_as_one():
    [incident] = incidents("Russian jailers tortured Ukrainian journalists in a prison in Taganrog in 2023.")
    assert incident["victims"]["min"] is None


def test_a_journalist_who_speaks_is_still_a_source():
    text = "Russian troops shelled Kherson on May 3, killing two people, journalist Olena Marchenko said."
    [incident] = incidents(text)
    assert "Olena Marchenko" in incident["reported_by"]


@pytest.mark.parametrize("text", [
    "On April 3, a Russian drone killed a seventy-three-year-old pensioner in Nikopol.",
    "Russian shelling killed an eighty-one-year-old woman in Kherson on April 3.",
    "On April 3, troops shot dead a well-known elderly man in Kozatske.",
])
def test_the_article_of_one_victim_is_found_across_long_hyphenated_words(text):
    [incident] = incidents(text)
    assert (incident["victims"]["min"], incident["victims"]["max"]) == (1, 1)
