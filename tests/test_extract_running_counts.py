"""Stocks and running totals (stage 12): people still missing are counted on a day like people held, and the
dead recovered in a place so far are a running total; one event's missing people or one strike's dead stay the
event's."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2022, 10, 5)


def figures(text: str) -> set[tuple[str, float]]:
    return {(s.facts.measure, s.facts.value) for s in extract(text, PUBLISHED).statistics}


def counts(text: str) -> list[int | None]:
    return [i.facts.victims.min for i in extract(text, PUBLISHED).incidents]


@pytest.mark.parametrize("text", [
    "According to the group, 40 residents of the district are still missing.",
    "Forty villagers are still missing, the group said.",
    "The whereabouts of 40 residents detained in 2022 remain unknown.",
])
def test_people_still_missing_are_a_figure(text):
    assert ("missing", 40) in figures(text)
    assert 40 not in counts(text)


def test_people_missing_after_one_dated_act_are_its_victims():
    text = "Two residents went missing after Russian troops detained them in Vasylivka on May 3, 2022."
    assert counts(text) == [2]
    assert not figures(text)


@pytest.mark.parametrize("text", [
    "Since Lyman was liberated, police have recovered 34 bodies in the town, most of them civilians.",
    "In total, 34 bodies have been exhumed in Lyman since the town was liberated, police said.",
    "Police have so far recovered the bodies of 34 people in Lyman.",
])
def test_the_dead_recovered_in_a_place_so_far_are_a_running_total(text):
    assert ("killed", 34) in figures(text)
    assert counts(text) == []


@pytest.mark.parametrize("text", [
    "Rescuers have so far recovered 12 bodies from the rubble of the apartment block in Dnipro.",
    "Police found the bodies of 12 civilians in a basement in Lyman on October 3.",
])
def test_the_dead_of_one_strike_or_one_finding_stay_the_events(text):
    assert counts(text) == [12]
    assert not figures(text)


@pytest.mark.parametrize(("text", "value"), [
    ("A Russian missile hit an apartment block in Sumy on Thursday evening, killing at least four people. Russian "
     "strikes have killed fourteen civilians in the region this month.", 14),
    ("Russian drone attacks killed sixty-one civilians across Ukraine in February, the mission said.", 61),
    ("A Russian missile hit an apartment block in Sumy on Thursday evening, killing at least four people. In March "
     "alone, Russian shelling killed fourteen people across the Sumy region.", 14),
    ("Glide bombs killed fourteen civilians in January, mostly in frontline towns.", 14),
    ("Short-range drones killed 61 civilians and injured 304 in January, the mission said.", 61),
])
def test_a_regions_toll_of_many_attacks_over_months_is_a_figure_not_an_incidents_count(text, value):
    result = extract(text, dt.date(2025, 3, 14))
    assert ("killed", value) in {(s.facts.measure, s.facts.value) for s in result.statistics}
    assert value not in [i.facts.victims.min for i in result.incidents]


@pytest.mark.parametrize(("text", "value"), [
    ("Russian strikes killed five people in Kharkiv Oblast overnight, the governor said.", 5),
    ("In March 2022, Russian troops deported 20 children from the Kherson region.", 20),
    ("In March 2022, Russian missiles killed five people in the Kharkiv region.", 5),
    ("Russian drones killed two people in Kherson on March 3.", 2),
])
def test_attacks_of_one_night_or_one_act_over_a_month_stay_an_incident(text, value):
    result = extract(text, dt.date(2025, 3, 14))
    assert [i.facts.victims.min for i in result.incidents] == [value]


@pytest.mark.parametrize("text", [
    "The group believes that 86 civilians from the area remain in Russian custody.",
    "According to the group, 86 residents of the district are still held by Russia.",
    "At least 86 local residents are still being held in occupied territory, the group said.",
])
def test_people_still_in_custody_are_a_figure_of_people_held(text):
    assert {m for m, v in figures(text) if v == 86} == {"held_captive"}


def test_people_detained_over_attacks_are_no_toll_of_the_attacks():
    text = "In March 2022, Russian troops detained five men in the Kherson region, accusing them of attacks."
    result = extract(text, dt.date(2025, 3, 14))
    assert [i.facts.victims.min for i in result.incidents] == [5]
