"""One event told twice in a report (headline and lead, a second agency's account, a later detail) is one
incident; a list of acts with different places, days or victims stays separate."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.domain.facts import DateInterval, IncidentFacts, Location, Perpetrator, Victims
from warcrimes.domain.records import ExtractedIncident
from warcrimes.extract import extract
from warcrimes.extract.steps.coreference import join_accounts

BAKHMUT = Location("Bakhmut", "Donetsk Oblast", "UA")
AVDIIVKA = Location("Avdiivka", "Donetsk Oblast", "UA")
DONETSK_OBLAST = Location(None, "Donetsk Oblast", "UA", precision="admin1")
MAY_3 = DateInterval(dt.date(2024, 5, 3), dt.date(2024, 5, 3))
MAY_9 = DateInterval(dt.date(2024, 5, 9), dt.date(2024, 5, 9))
MAY = DateInterval(dt.date(2024, 5, 1), dt.date(2024, 5, 31))


def account(location=None, date=None, victims=None, party="RU", source=(), span=(0, 10),
            act="killing_hors_de_combat") -> ExtractedIncident:
    return ExtractedIncident(IncidentFacts(
        violations=(act,), date=date, location=location, victims=victims or Victims(),
        perpetrator=Perpetrator(party), reported_by=tuple(source), span=span,
    ))


@pytest.mark.parametrize(("first", "later"), [
    # a headline naming the place, then the lead with the day and the count
    (account(BAKHMUT), account(BAKHMUT, MAY_3, Victims("pow", 3, 3), source=["ombudsman"], span=(50, 90))),
    # a second agency's account of the same killing, by region only, in the same month
    (account(BAKHMUT, MAY_3, Victims("pow", 3, 3)), account(DONETSK_OBLAST, MAY, Victims("pow", 3, 3),
                                                            source=["General Staff"], span=(200, 260))),
    # a later detail naming no place, the same victims
    (account(BAKHMUT, MAY_3, Victims("pow", 3, 3)), account(None, None, Victims("pow", 3, 3), party="unknown",
                                                            span=(400, 420))),
])
def test_accounts_that_nothing_tells_apart_are_one_incident(first, later):
    [joined] = join_accounts([first, later])
    assert joined.facts.location == BAKHMUT
    assert joined.facts.date == MAY_3
    assert joined.facts.victims.min == 3
    assert joined.facts.span == (0, later.facts.span[1])
    assert set(joined.facts.reported_by) == set(first.facts.reported_by + later.facts.reported_by)


@pytest.mark.parametrize("later", [
    account(AVDIIVKA, MAY_3, Victims("pow", 3, 3)),  # another town
    account(BAKHMUT, MAY_9, Victims("pow", 3, 3)),  # another day
    account(BAKHMUT, MAY_3, Victims("pow", 5, 5)),  # other victims
    account(BAKHMUT, MAY_3, Victims("pow", 3, 3), party="UA"),  # the other side
    account(BAKHMUT, MAY_3, Victims("pow", 3, 3), act="torture_ill_treatment"),  # another act
])
def test_acts_that_differ_in_place_day_victims_side_or_act_stay_separate(later):
    assert len(join_accounts([account(BAKHMUT, MAY_3, Victims("pow", 3, 3)), later])) == 2


def test_a_list_of_strikes_on_different_days_in_one_city_stays_a_list():
    text = ("Russian drones hit Kherson again. On May 3, a drone killed two men at a bus stop in Kherson. "
            "On May 9, a drone attack in Kherson killed four people. "
            "On May 12, a drone struck a car in Kherson, killing one woman.")
    assert len(extract(text, dt.date(2024, 5, 20)).incidents) == 3
