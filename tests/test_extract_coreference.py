"""One event told twice in a report (headline and lead, a second agency's account, a later detail) is one
incident; a list of acts with different places, days or victims stays separate."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

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
    account(BAKHMUT, MAY_3, Victims("pow", 2, 2)),  # fewer victims: a part, or another killing
    account(BAKHMUT, MAY_3, Victims("pow", 3, 3), party="UA"),  # the other side
    account(BAKHMUT, MAY_3, Victims("pow", 3, 3), act="torture_ill_treatment"),  # another act
])
def test_acts_that_differ_in_place_day_victims_side_or_act_stay_separate(later):
    assert len(join_accounts([account(BAKHMUT, MAY_3, Victims("pow", 3, 3)), later])) == 2


def test_a_later_account_with_more_victims_is_the_toll_as_it_grew():
    first = account(BAKHMUT, MAY_3, Victims("pow", 3, 3), source=["ombudsman"])
    later = account(None, MAY_3, Victims("pow", 5, 5), source=["General Staff"], span=(300, 340))
    [joined] = join_accounts([first, later])
    assert joined.facts.victims.min == 3  # the first account keeps its values
    assert set(joined.facts.reported_by) == {"ombudsman", "General Staff"}


def test_an_account_told_before_the_other_event_happened_is_another_event():
    told_earlier = replace(account(None, None, Victims("pow", 3, 3), span=(300, 340)).facts,
                           reported_on=dt.date(2024, 4, 28))
    assert len(join_accounts([account(BAKHMUT, MAY_3, Victims("pow", 3, 3)), ExtractedIncident(told_earlier)])) == 2


@pytest.mark.parametrize("text", [
    "A Russian drone struck a minibus in Kherson on May 3, killing two passengers. By the evening the regional "
    "administration said four people had died in the attack on Kherson.",
    "Two civilians died when a Russian missile hit a market in Kherson on May 3, the governor said. The death toll "
    "from the strike on Kherson later rose to five, the emergency service reported.",
    "Russian shelling of Kherson killed one woman on Friday, May 3. Police later said three residents of Kherson "
    "had been killed by the Russian shelling that day.",
])
def test_a_toll_told_again_higher_is_one_strike(text):
    assert len(extract(text, dt.date(2024, 5, 6)).incidents) == 1


def test_a_list_of_strikes_on_different_days_in_one_city_stays_a_list():
    text = ("Russian drones hit Kherson again. On May 3, a drone killed two men at a bus stop in Kherson. "
            "On May 9, a drone attack in Kherson killed four people. "
            "On May 12, a drone struck a car in Kherson, killing one woman.")
    assert len(extract(text, dt.date(2024, 5, 20)).incidents) == 3


@pytest.mark.parametrize("text", [
    "Russian soldiers shot two women in Kherson on May 3. In a separate incident, two women were killed by "
    "Russian troops.",
    "Troops killed two civilians in Kherson on May 3, police said. Separately, two civilians were murdered by "
    "Russian soldiers, the police added.",
    "Two men were shot dead by Russian soldiers in Kherson on May 3. In another case, Russian troops executed two "
    "men.",
])
def test_an_event_told_as_separate_stays_separate_though_its_count_repeats(text):
    assert len(extract(text, dt.date(2024, 5, 20)).incidents) == 2


def test_the_same_killing_told_again_without_a_marker_is_one_incident():
    text = ("Russian soldiers shot two women in Kherson on May 3. The two women were killed by Russian troops, "
            "the police said.")
    assert len(extract(text, dt.date(2024, 5, 20)).incidents) == 1


@pytest.mark.parametrize("text", [
    "Russian troops shot two women in Kherson on May 3, police said. The prosecutors said on Tuesday that "
    "Russian soldiers killed four captured Ukrainian servicemen near Kherson.",
    "Two elderly civilians were killed by Russian soldiers in Vovchansk, the governor said on May 3. The military "
    "said Russian troops executed three Ukrainian prisoners of war near Vovchansk.",
    "In Avdiivka, Russian shelling killed three residents on May 3. Russian forces also shot dead five surrendering "
    "Ukrainian soldiers outside Avdiivka, the General Staff said.",
])
def test_soldiers_killed_near_a_town_after_its_civilians_are_another_incident(text):
    found = extract(text, dt.date(2024, 5, 20)).to_contract()["incidents"]
    assert len(found) == 2
    assert {i["victims"]["category"] for i in found} == {"civilian", "pow"}


def test_the_town_told_again_with_its_civilian_toll_stays_one_incident():
    text = ("Russian troops shot two women in Kherson on May 3, police said. The prosecutors said Russian soldiers "
            "killed the two women in Kherson in front of their house.")
    assert len(extract(text, dt.date(2024, 5, 20)).incidents) == 1
