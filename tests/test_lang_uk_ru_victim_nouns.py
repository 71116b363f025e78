"""Ukrainian and Russian victim nouns of stage 12: surgeons, midwives and orderlies are medical personnel and one
of them counts one; an age under 18 ("16-річний", "16-летний") makes a civilian noun a child."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2024, 3, 15)


def only_victims(text: str) -> dict:
    [incident] = extract(text, PUBLISHED).to_contract()["incidents"]
    return incident["victims"]


@pytest.mark.parametrize("text", [
    "У Херсоні внаслідок російського обстрілу 12 березня загинула хірург лікарні.",
    "Внаслідок удару по лікарні в Херсоні 12 березня загинула акушерка пологового відділення.",
    "В Херсоне в результате обстрела 12 марта погибла акушерка роддома.",
    "В Никополе 12 марта от удара российского дрона погиб санитар больницы.",
])
def test_one_surgeon_midwife_or_orderly_killed_is_one_of_the_medical_personnel(text):
    victims = only_victims(text)
    assert (victims["category"], victims["min"]) == ("medical_personnel", 1)


@pytest.mark.parametrize("text", [
    "У Херсоні внаслідок обстрілу 12 березня загинув 16-річний мешканець міста.",
    "В Херсоне в результате обстрела 12 марта погиб 16-летний житель города.",
    "У Нікополі 12 березня внаслідок удару дрона поранено 15-річного пасажира автобуса.",
])
def test_a_civilian_younger_than_18_is_a_child(text):
    assert only_victims(text)["category"] == "child"


@pytest.mark.parametrize("text", [
    "У Херсоні внаслідок обстрілу 12 березня загинув 66-річний мешканець міста.",
    "В Херсоне в результате обстрела 12 марта погиб 46-летний житель города.",
])
def test_an_adult_stays_a_civilian(text):
    assert only_victims(text)["category"] == "civilian"


@pytest.mark.parametrize("text", [
    "У січні місія зафіксувала 1012 жертв серед мирних жителів. Близько 88 відсотків жертв спричинила вибухова "
    "зброя з широким радіусом ураження.",
    "У січні було зафіксовано 1012 жертв серед мирних жителів, і близько 88 відсотків жертв припадає на "
    "прифронтові громади.",
])
def test_a_share_of_the_victims_in_the_genitive_is_a_figure_of_measure_other(text):
    result = extract(text, PUBLISHED)
    shares = {(s.facts.measure, s.facts.value) for s in result.statistics if s.facts.unit == "percent"}
    assert shares == {("other", 88)}


@pytest.mark.parametrize("text", [
    "У січні місія зафіксувала 1012 жертв серед цивільного населення України.",
    "Російський дрон 12 березня атакував у Херсоні маршрутку та пошкодив кілька цивільного транспорту.",
])
def test_a_civilian_adjective_before_a_people_or_a_thing_is_no_one_person(text):
    result = extract(text, PUBLISHED)
    assert not any(s.facts.value == 1 for s in result.statistics)
    assert not any(i.facts.victims.min == 1 for i in result.incidents)


def test_one_civilian_killed_still_counts_one():
    assert only_victims("У Херсоні 12 березня внаслідок обстрілу загинув цивільний, повідомила ОВА.")["min"] == 1


@pytest.mark.parametrize("text", [
    "Відтоді як Лиман звільнили, поліція загалом вилучила 34 тіла в місті.",
    "С момента освобождения Лимана полиция в общей сложности извлекла 34 тела в городе.",
])
def test_the_dead_recovered_so_far_are_a_running_total(text):
    result = extract(text, PUBLISHED)
    assert ("killed", 34) in {(s.facts.measure, s.facts.value) for s in result.statistics}
    assert not result.incidents


@pytest.mark.parametrize("text", [
    "Російські обстріли цього місяця вбили 14 мирних жителів області.",
    "Российские обстрелы в этом месяце убили 14 мирных жителей области.",
])
def test_a_months_toll_of_many_strikes_is_a_figure(text):
    result = extract(text, PUBLISHED)
    assert ("killed", 14) in {(s.facts.measure, s.facts.value) for s in result.statistics}
    assert not result.incidents


@pytest.mark.parametrize(("text", "count"), [
    ("Рятувальники 12 березня вилучили з-під завалів будинку в Дніпрі 12 тіл.", 12),
    ("Поліція 3 березня виявила в Лимані тіла п'ятьох цивільних.", 5),
])
def test_bodies_of_one_strike_or_one_finding_stay_the_events(text, count):
    assert only_victims(text)["min"] == count
