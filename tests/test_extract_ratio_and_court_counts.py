"""Stage 15 statistics: a share said as a ratio ("nine in ten", "one in five") is a percentage of about that
size, and a count of cases at a court step ("17 reached court", "five were sent to trial") is no figure of the
contract's measures (neither cases opened nor killed)."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")


def figures(text: str) -> set[tuple[str, float, str, str]]:
    result = extract(text, dt.date(2025, 3, 2))
    return {(s.facts.measure, s.facts.value, s.facts.unit, s.facts.qualifier) for s in result.statistics}


@pytest.mark.parametrize(("text", "figure"), [
    ("Nine in ten of the prisoners freed last year said they had been tortured in custody.",
     ("tortured", 90, "percent", "about")),
    ("According to the survey, one in five returned civilians were tortured during detention.",
     ("tortured", 20, "percent", "about")),
    ("Three in four of the released civilians said they had been tortured, the ombudsman said.",
     ("tortured", 75, "percent", "about")),
])
def test_a_share_said_as_a_ratio_is_a_percentage_about_that_size(text, figure):
    assert figure in figures(text)


@pytest.mark.parametrize("text", [
    "Shelling killed three in four days in the village, officials said.",
    "Drones wounded two in five attacks on the town last week.",
    "The brigade lost nine in 2023, its commander said.",
])
def test_a_count_over_a_span_or_of_attacks_stays_a_count(text):
    assert not any(unit == "percent" for _, _, unit, _ in figures(text))


@pytest.mark.parametrize("text", [
    "Prosecutors opened 94 criminal cases over the killings; 17 of them have reached court.",
    "Of the 120 war crimes cases registered in the region, 31 were sent to court this year.",
    "Investigators have registered 400 criminal proceedings, and 12 have ended in convictions.",
    "Of the 58 criminal cases opened, nine went to trial.",
])
def test_cases_at_a_court_step_are_no_figure(text):
    found = figures(text)
    assert len(found) == 1 and next(iter(found))[0] == "cases_opened"


def test_cases_opened_alone_stay_a_figure():
    text = "Prosecutors have opened 94 criminal cases over the killings."
    assert ("cases_opened", 94, "cases", "exact") in figures(text)


@pytest.mark.parametrize(("text", "figure"), [
    ("During the first three months of the year, 230 people were wounded in the Sumy region.", ("wounded", 230)),
    ("Over the past three months, 230 people were wounded in the Sumy region.", ("wounded", 230)),
    ("In the second quarter, 64 civilians were killed in the Kherson region, the governor said.", ("killed", 64)),
    ("Throughout the previous two weeks, 41 civilians were killed in Donetsk Oblast, the police said.", ("killed", 41)),
])
def test_a_regions_toll_over_the_first_or_last_months_is_a_figure_not_an_incident(text, figure):
    result = extract(text, dt.date(2025, 6, 18))
    assert not result.incidents
    assert figure in {(s.facts.measure, s.facts.value) for s in result.statistics}


def test_a_towns_toll_told_over_months_stays_its_incident():
    result = extract("Over the past three months, Russian shelling of Izium wounded 40 people.", dt.date(2025, 6, 18))
    assert [i.facts.victims.min for i in result.incidents] == [40]


@pytest.mark.parametrize(("text", "figure"), [
    ("The case is one of 94 criminal cases opened over killings of civilians in the region.", ("cases_opened", 94)),
    ("The case is one of 1,240 criminal cases opened over killings of civilians in the region.",
     ("cases_opened", 1240)),
    ("It was one of the 37 summary executions of prisoners the mission documented since August.", ("killed", 37)),
])
def test_one_of_a_tally_of_cases_is_the_tally(text, figure):
    found = {(f[0], f[1]) for f in figures(text)}
    assert figure in found and not any(value == 1 for _, value in found)


def test_one_of_the_people_counted_is_one_victim():
    result = extract("One of the six captured soldiers was shot dead near Izium on Monday.", dt.date(2025, 6, 18))
    assert [i.facts.victims.min for i in result.incidents] == [1]
