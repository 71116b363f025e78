"""Stage 17 (issue 8): a toll told over the past month, year or fortnight of an oblast is a figure for the period,
never an incident; a strike's own day with "this month" as a comparison stays an incident."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")


@pytest.mark.parametrize(("text", "figure"), [
    ("Over the past month, Russian attacks killed 12 residents of Kherson Oblast and wounded 57, according to the "
     "military administration.", 12),
    ("During the last year, Russian shelling killed 230 civilians in the Sumy region, the governor said.", 230),
    ("This month, Russian strikes have wounded 64 residents of Kharkiv Oblast, officials said.", 64),
])
def test_a_toll_over_a_month_or_year_is_a_figure(text, figure):
    result = extract(text, dt.date(2025, 6, 18))
    assert not result.incidents
    assert figure in [s.facts.value for s in result.statistics]


def test_a_strike_compared_with_the_month_stays_an_incident():
    result = extract("Russian shelling killed two residents of Kherson on Monday, the worst attack this month, "
                     "the governor said.", dt.date(2025, 6, 18))
    assert [i.facts.victims.min for i in result.incidents] == [2]


def test_killed_and_injured_told_apart_keep_their_measures():
    result = extract("Two residents were killed and five injured in Kherson on Monday.", dt.date(2025, 6, 18))
    victims = result.incidents[0].facts.victims
    assert (victims.killed, victims.injured) == (2, 5)
