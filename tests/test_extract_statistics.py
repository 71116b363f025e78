"""Aggregate figures become statistics, not incidents: exchanges, captivity, percentages, period totals."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")


def figures(text: str) -> set[tuple[str, float, str, str]]:
    result = extract(text, dt.date(2024, 3, 1))
    return {(s.facts.measure, s.facts.value, s.facts.qualifier, s.facts.unit) for s in result.statistics}


def test_prisoner_exchange_counts_are_released_and_no_incident():
    text = (
        "Ukraine brought home 100 prisoners of war and three civilians in an exchange on Tuesday, "
        "the Coordination Headquarters said. Of them, 20 are officers."
    )
    result = extract(text, dt.date(2024, 3, 1))
    assert result.incidents == ()
    found = figures(text)
    assert ("released", 100, "exact", "persons") in found
    assert ("released", 3, "exact", "persons") in found
    assert ("released", 20, "exact", "persons") in found


def test_people_in_captivity_and_percent_tortured():
    text = (
        "Ombudsman Dmytro Lubinets said that about 8,000 Ukrainian civilians remain in Russian captivity. "
        "More than 90% of returned prisoners of war reported being tortured, he added."
    )
    found = figures(text)
    assert ("held_captive", 8000, "about", "persons") in found
    assert ("tortured", 90, "at_least", "percent") in found


def test_un_period_totals_and_their_breakdown():
    text = (
        "The UN monitoring mission said that since February 24, 2022, it has verified 10,500 civilians "
        "killed and 19,800 injured, including 580 children killed."
    )
    found = figures(text)
    assert {
        ("killed", 10500, "exact", "persons"),
        ("wounded", 19800, "exact", "persons"),
        ("killed", 580, "exact", "persons"),
    } <= found
    assert extract(text, dt.date(2024, 3, 1)).incidents == ()


def test_strike_victims_are_not_statistics():
    text = "A Russian missile hit Sumy on Feb. 27, killing three civilians, Governor Volodymyr Artiukh said."
    assert figures(text) == set()


def test_settlement_by_settlement_list_keeps_the_total_as_statistics():
    text = (
        "On 28 February, the Russians killed 3 civilians in the Zaporizhzhia region: "
        "2 people in Huliaipole and 1 person in Orikhiv."
    )
    result = extract(text, dt.date(2024, 2, 29))
    assert len(result.incidents) == 2
    assert ("killed", 3, "exact", "persons") in {
        (s.facts.measure, s.facts.value, s.facts.qualifier, s.facts.unit) for s in result.statistics
    }


def test_narrative_counts_after_an_interview_count_are_not_tallies():
    text = (
        "Our researchers interviewed 14 former detainees in Pokrovsk district. Nine of them said they were "
        "beaten. Two detainees were taken away in early April and have not been seen since."
    )
    assert figures(text) == set()  # the interviewees are no figure either (CONTRACT.md, issue 13)


def test_ages_are_not_counted():
    text = "Two children aged six and 10 were returned to Ukraine on Tuesday, the ombudsman said."
    assert {value for _, value, _, _ in figures(text)} <= {2}


def test_countrywide_weekly_toll_is_a_statistic_and_its_strikes_are_incidents():
    text = (
        "At least 42 civilians were killed and 167 injured in Ukraine between 1 and 7 January, the UN "
        "monitoring mission said. On 6 January, a missile strike on Pokrovsk killed 11 civilians."
    )
    result = extract(text, dt.date(2024, 1, 10))
    assert [i.facts.victims.min for i in result.incidents] == [11]
    assert {(s.facts.measure, s.facts.value) for s in result.statistics} == {("killed", 42), ("wounded", 167)}


def test_registered_war_crimes_are_cases():
    text = "More than 130,000 war crimes have been registered since February 2022, prosecutors said."
    assert figures(text) == {("cases_opened", 130000, "at_least", "cases")}


def test_a_bare_percentage_shares_the_people_named_before_it():
    text = (
        "Monitors spoke to 40 prisoners of war freed from captivity; 85% said they had been tortured. "
        "Most of the casualties (72 per cent) were caused by shelling, the monitors said."
    )
    found = figures(text)
    assert ("tortured", 85, "exact", "percent") in found
    assert ("other", 72, "exact", "percent") in found


def test_the_wounded_among_those_freed_are_no_incident():
    text = "Ukraine brought home 60 prisoners of war on Friday. Among those freed, 9 were seriously wounded or ill."
    result = extract(text, dt.date(2024, 3, 1))
    assert result.incidents == ()
    assert ("released", 60, "exact", "persons") in figures(text)


def test_people_a_state_is_holding_are_held_captive():
    found = figures("Russia is holding about 8,000 Ukrainians, including 1,000 civilians, the Ombudsman said.")
    assert ("held_captive", 8000, "about", "persons") in found


def test_a_share_of_the_executions_is_a_tally_and_investigations_are_cases():
    text = (
        "The monitors documented the summary execution of 25 prisoners of war. Prosecutors were "
        "investigating five of these executions. A mercenary group was responsible for 11 of the executions."
    )
    found = figures(text)
    assert ("cases_opened", 5, "exact", "cases") in found
    assert ("killed", 11, "exact", "persons") in found


def test_cases_against_people_count_people_and_registered_crimes_count_cases():
    assert ("cases_opened", 500, "at_least", "persons") in figures(
        "Russia has opened criminal cases against more than 500 Ukrainian POWs, the prosecutors said."
    )
    assert ("cases_opened", 122000, "at_least", "cases") in figures(
        "Prosecutors have registered over 122,000 war crimes since February 2022."
    )


def test_a_count_after_an_opening_clause_does_not_inherit_the_last_measure():
    text = (
        "Over the past day, 15 people were injured across the region. "
        "As of the morning of Feb. 28, 2,345 people had been evacuated from the flooded areas."
    )
    assert not any(value == 2345 for _, value, _, _ in figures(text))


def test_a_toll_of_the_whole_war_is_a_statistic():
    text = "The number of children killed in the war has risen to 535, the Prosecutor General's Office said."
    result = extract(text, dt.date(2024, 3, 1))
    assert result.incidents == ()
    assert ("killed", 535, "exact", "persons") in figures(text)


def test_a_share_of_prisoners_interviewed_who_said_they_were_tortured_measures_torture():
    text = "Over 90 per cent of the released POWs interviewed said they had been tortured, the UN mission said."
    assert figures(text) == {("tortured", 90, "at_least", "percent")}


def test_a_count_of_exchanges_is_not_a_count_of_people():
    text = "Ukraine has returned 3,310 prisoners of war in 55 exchanges since the start of the full-scale invasion."
    assert figures(text) == {("released", 3310, "exact", "persons")}


def test_a_toll_after_a_sentence_spread_over_many_settlements_is_the_days_total():
    text = "Yesterday, the Russians shelled 21 settlements of the region. 2 people were killed and 11 more injured."
    result = extract(text, dt.date(2024, 3, 1))
    assert figures(text) == {("killed", 2, "exact", "persons"), ("wounded", 11, "exact", "persons")}
    assert result.incidents == ()


def test_a_toll_after_a_sentence_naming_a_town_stays_that_towns_incident():
    text = "Yesterday, the Russians shelled Huliaipole 21 times. 2 people were killed and 11 more injured."
    result = extract(text, dt.date(2024, 3, 1))
    assert figures(text) == set()
    assert [i.facts.victims.min for i in result.incidents] == [2]


def test_a_share_of_prisoners_back_from_captivity_who_reported_torture_measures_torture():
    text = "About 90% of Ukrainian POWs who returned from captivity reported being tortured."
    assert figures(text) == {("tortured", 90, "about", "percent")}


def test_a_regional_total_above_a_town_list_is_reported_by_the_posts_author_and_its_wounded_too():
    text = (
        "Ivan Fedorov, head of Zaporizhzhia Regional Military Administration:\n\n"
        "On February 28, the Russians killed 3 residents of the region: 2 in Huliaipole and 1 in Orikhiv. "
        "Another 9 people in the region were wounded.\n"
    )
    result = extract(text, dt.date(2024, 3, 1))
    assert {(s.facts.measure, s.facts.value, s.facts.reported_by) for s in result.statistics} == {
        ("killed", 3, "Ivan Fedorov"),
        ("wounded", 9, "Ivan Fedorov"),
    }
    assert [i.facts.victims.min for i in result.incidents] == [2, 1]
