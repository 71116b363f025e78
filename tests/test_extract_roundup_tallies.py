"""In a round-up of a period, a toll told of no place and no day of its own is a figure of the period,
not an incident; an act with its own town or day in the same round-up stays an incident."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 4, 14)


@pytest.mark.parametrize("text", [
    "In March 2025, at least 164 civilians were killed and 910 injured across Ukraine, the UN monitors said. "
    "Strikes with long-range drones intensified during the month. Falling debris from intercepted missiles has "
    "killed 8 civilians and wounded 30 others, the monitors added.",
    "Over the past month, 140 civilians were killed in Ukraine, according to the monitoring mission. Glide bombs "
    "dropped on front-line towns have killed 12 civilians and injured 45, the mission noted.",
    "In March, 200 civilians died in Ukraine, UN monitors reported. Shelling by Russian forces killed another 17 "
    "civilians and wounded 52 over the month, they said.",
])
def test_a_toll_of_no_place_in_a_monthly_round_up_is_a_statistic(text):
    found = extract(text, PUBLISHED).to_contract()
    assert found["incidents"] == []
    values = {s["value"] for s in found["statistics"]}
    assert {8, 12, 17} & values


def test_a_strike_on_a_named_town_in_a_round_up_stays_an_incident():
    text = ("In March 2025, at least 164 civilians were killed and 910 injured across Ukraine, the UN monitors said. "
            "On March 7, a Russian missile struck a hotel in Kharkiv, killing 4 civilians.")
    [incident] = extract(text, PUBLISHED).to_contract()["incidents"]
    assert incident["location"]["name"] == "Kharkiv"
    assert incident["victims"]["min"] == 4


@pytest.mark.parametrize("text", [
    "Russian missiles hit several districts of Kyiv on April 12. In total, as of 10:00, 19 people were killed in "
    "Kyiv as a result of the strikes.",
    "Russian drones struck Odesa overnight. So far, as of 6 p.m., 11 residents of Odesa have died in the attacks, "
    "the city council said.",
    "Missiles fell on Dnipro on April 12. As of noon, a total of 23 people had been killed in Dnipro by the Russian "
    "strikes, officials said.",
])
def test_a_running_total_of_one_city_as_of_an_hour_is_a_statistic(text):
    found = extract(text, PUBLISHED).to_contract()
    assert {19, 11, 23} & {s["value"] for s in found["statistics"]}
    assert all(i["victims"]["min"] not in {19, 11, 23} for i in found["incidents"])


def test_a_strike_told_as_of_a_day_without_a_total_stays_an_incident():
    text = "As of April 12, a Russian missile had struck a school in Sumy, killing 3 teachers."
    [incident] = extract(text, PUBLISHED).to_contract()["incidents"]
    assert incident["victims"]["min"] == 3



@pytest.mark.parametrize("text", [
    "В субботу из плена вернулись 120 защитников, сообщил Координационный штаб. Среди них 14 незаконно "
    "осужденных военных, добавили в штабе.",
    "За месяц из плена освободили 200 военных, заявили в штабе. Среди них 9 бойцов, незаконно осужденных "
    "в России.",
])
def test_an_act_on_people_in_a_round_up_is_no_toll_and_stays_an_incident(text):
    found = extract(text, PUBLISHED).to_contract()
    assert [i for i in found["incidents"] if "unfair_trial_forced_service" in i["violations"]]


@pytest.mark.parametrize("text", [
    "Прокурори мають дані про розстріл 60 полонених з початку року, повідомив Офіс Генпрокурора. Він також "
    "розповів, що 7 травня з’явилися нові дані про страту полоненого бійця.",
    "Слідчі фіксують страти полонених з початку року, заявив Офіс Генпрокурора. 7 травня з’явилася інформація "
    "про розстріл ще одного українського полоненого.",
])
def test_a_killing_whose_news_came_on_a_day_of_its_own_stays_an_incident_in_a_round_up(text):
    found = extract(text, dt.date(2025, 6, 14)).to_contract()
    assert [i for i in found["incidents"] if i["reported_on"] == "2025-05-07"]
