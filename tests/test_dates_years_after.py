"""Anniversaries counted back from publication ('on this day last year', 'exactly a year ago', 'two years ago
today') are that day; 'a year after the tragedy' stands a year after the event told last, or, with none told,
dates the tragedy a year before publication. Vague counts and other nouns are no anniversary."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.language import load
from warcrimes.extract.lang.en.dates import find_dates

PUBLISHED = dt.date(2025, 7, 14)


def _dates(text: str) -> list[tuple[str, str, str]]:
    doc = Document(text, PUBLISHED)
    load("en")
    return [(text[m.start : m.end], m.value.start.isoformat(), m.value.end.isoformat())
            for m in find_dates(doc.tokens, PUBLISHED)]


@pytest.mark.parametrize(("text", "day"), [
    ("On this day last year, a missile hit the covered market in Okhtyrka, killing nine people.", "2024-07-14"),
    ("Exactly a year ago, a drone struck a minibus in Nikopol and killed three passengers.", "2024-07-14"),
    ("Two years ago today, Russian troops shelled the hospital in Izium, killing a nurse.", "2023-07-14"),
    ("A year after the massacre, relatives still mourn the six men Russian troops shot in Kupiansk.", "2024-07-14"),
])
def test_an_anniversary_counted_from_publication_dates_the_act(text, day):
    (incident,) = extract(text, PUBLISHED).incidents
    assert (incident.facts.date.start.isoformat(), incident.facts.date.end.isoformat()) == (day, day)


def test_a_year_after_the_tragedy_stands_a_year_after_the_day_told_before_it():
    text = ("On 3 March 2024, a missile hit a school in Sumy. "
            "A year after the tragedy, another missile hit the same street.")
    assert _dates(text)[-1][1:] == ("2025-03-03", "2025-03-03")


@pytest.mark.parametrize("text", [
    "Several years ago, a shell hit a school in Izium.",  # vague: an approximate count back, no day
    "A year after the war began, a shell hit a school in Izium.",  # no event noun after "the"
    "A year after the elections, the council met in Izium.",
])
def test_vague_or_unrelated_years_are_no_anniversary_day(text):
    assert ("2024-07-14", "2024-07-14") not in [found[1:] for found in _dates(text)]
