"""A period told first by months ('between March and September 2022') and later by days ('from 7 March,
when the first were taken, until 8 September 2022') is the days; a range opened by 'from' reaches its
', until' day across a clause set off by commas, the first day taking the year of the last."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.language import load
from warcrimes.extract.lang.en.dates import find_dates

PUBLISHED = dt.date(2024, 9, 17)


def _dates(text: str) -> list[tuple[str, str]]:
    load("en")
    return [(m.value.start.isoformat(), m.value.end.isoformat())
            for m in find_dates(Document(text, PUBLISHED).tokens, PUBLISHED)]


@pytest.mark.parametrize("text", [
    "The camp worked from 7 March, when the first men were brought in, until 8 September 2022.",
    "They were held from 7 March, as the town fell, to 8 September 2022.",
    "The site operated from 7 March, the day after the town was seized, till 8 September 2022.",
])
def test_a_from_day_reaches_its_until_day_across_a_clause(text):
    assert _dates(text) == [("2022-03-07", "2022-09-08")]


def test_a_clause_without_an_until_day_joins_nothing():
    text = "The camp opened from 7 March, when the first men were brought in. It closed on 8 September 2022."
    assert ("2022-03-07", "2022-09-08") not in _dates(text)


@pytest.mark.parametrize(("months", "days"), [
    ("Between March and September 2022, Russian forces held at least 40 residents of Balakliia in the police "
     "station basement and tortured them.",
     "The detention site operated from 7 March, when the first residents were taken, until 8 September 2022."),
    ("From March to September 2022, Russian troops detained and beat at least 40 men in a cellar in Balakliia.",
     "The men were detained there from 7 March, as the town was occupied, until 8 September 2022."),
])
def test_days_told_after_months_give_the_incident_its_days(months, days):
    (incident,) = extract(f"{months} {days}", PUBLISHED).incidents
    assert (incident.facts.date.start, incident.facts.date.end) == (dt.date(2022, 3, 7), dt.date(2022, 9, 8))


def test_days_in_other_months_do_not_replace_the_months():
    text = ("Between March and September 2022, Russian forces held at least 40 residents of Balakliia in the "
            "police station basement and tortured them. They were held there from 12 April to 3 May 2022.")
    (incident,) = extract(text, PUBLISHED).incidents
    assert (incident.facts.date.start, incident.facts.date.end) == (dt.date(2022, 3, 1), dt.date(2022, 9, 30))
