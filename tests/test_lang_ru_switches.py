"""Switches Ukrainian had and Russian lacked, for Russian reports told in the same style: oblast nouns in
-щина/-чина ('на Белгородчине'), a town's area and a town adjective before an institution, 'на Запорожье',
a day's round-up of an oblast and a governor's signature line. Every text is our own (STYLE.md points
11-12): three wordings per rule and a near miss."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.pipeline import default_steps, run

PUBLISHED = dt.date(2025, 6, 11)


def analysed(text: str) -> Document:
    found = Document(text, PUBLISHED, "ru")
    run(found, default_steps())
    return found


def oblasts(text: str) -> list[str | None]:
    return [m.value.admin1 for m in analysed(text).of_kind("region")]


def settlements(text: str) -> list[str | None]:
    return [m.value.name for m in analysed(text).of_kind("place")]


@pytest.mark.parametrize(("text", "oblast"), [
    ("На Белгородчине дрон атаковал автомобиль.", "Belgorod Oblast"),
    ("Жители Брянщины пострадали от удара беспилотника.", "Bryansk Oblast"),
    ("Украинские военные обстреляли Курщину.", "Kursk Oblast"),
    ("На Харьковщине обстреляли село.", "Kharkiv Oblast"),
    ("На Запорожье обстреляли село.", "Zaporizhzhia Oblast"),
])
def test_an_oblast_named_by_its_noun_is_the_oblast(text, oblast):
    assert oblasts(text) == [oblast]


def test_in_zaporizhzhia_is_the_city():
    assert settlements("В Запорожье обстреляли жилой дом.") == ["Zaporizhzhia"]
    assert oblasts("В Запорожье обстреляли жилой дом.") == []


@pytest.mark.parametrize(("text", "town"), [
    ("В Шебекинской больнице скончался раненый.", "Shebekino"),
    ("Дрон атаковал Грайворонскую школу.", "Grayvoron"),
    ("Снаряд попал в здание Купянского вокзала.", "Kupiansk"),
])
def test_a_town_adjective_before_an_institution_is_the_town(text, town):
    assert settlements(text) == [town]


def test_a_town_adjective_before_no_institution_is_no_place():
    assert settlements("Мужчина рассказал о шебекинской погоде.") == []


@pytest.mark.parametrize(("text", "town"), [
    ("На Купянщине погибла женщина.", "Kupiansk"),
    ("Жители Шебекинщины пострадали при обстреле.", "Shebekino"),
    ("Беспилотник атаковал Грайворонщину.", "Grayvoron"),
])
def test_a_towns_area_is_the_town(text, town):
    assert settlements(text) == [town]


@pytest.mark.parametrize("opening", [
    "За минувшие сутки на Белгородчине в результате атак ВСУ погиб 1 человек, ранены 5.",
    "За сутки в Белгородской области в результате обстрелов погиб 1 мирный житель, ранены 5.",
    "В течение суток на территории области погиб 1 человек, ещё 5 получили ранения.",
])
def test_a_days_round_up_counts_the_regions_killed_and_injured(opening):
    found = extract(f"{opening}\n\nВячеслав Гладков", PUBLISHED, language="ru").to_contract()
    assert {(s["measure"], s["value"]) for s in found["statistics"]} >= {("killed", 1), ("wounded", 5)}


def test_a_toll_that_opens_no_round_up_is_no_statistic():
    found = extract("Вчера в Шебекино дрон атаковал автомобиль, погиб 1 человек.", PUBLISHED, language="ru")
    assert [s for s in found.to_contract()["statistics"] if s["value"] == 1] == []


@pytest.mark.parametrize("signature", [
    "Вячеслав Гладков",
    "Вячеслав Гладков, губернатор Белгородской области",
    "Александр Хинштейн",
])
def test_a_signature_line_is_the_source_of_the_post(signature):
    text = f"В Шебекино дрон атаковал легковой автомобиль, ранен мужчина.\nЕго доставили в больницу.\n\n{signature}"
    [incident] = extract(text, PUBLISHED, language="ru").to_contract()["incidents"]
    assert signature.split(",")[0].split()[-1] in " ".join(incident["reported_by"])


def test_a_last_sentence_is_no_signature():
    text = "В Шебекино дрон атаковал легковой автомобиль, ранен мужчина.\nОн доставлен в больницу Белгорода."
    [incident] = extract(text, PUBLISHED, language="ru").to_contract()["incidents"]
    assert incident["reported_by"] == []


def counts(text: str) -> list[tuple[int | None, int | None]]:
    return [(m.value.min, m.value.max) for m in analysed(text).of_kind("count")]


@pytest.mark.parametrize(("text", "expected"), [
    ("В Шебекино пострадали 41-летний и 63-летний мужчины.", 2),
    ("Ранения получили 29-летняя и 55-летняя женщины.", 2),
    ("Травмированы 70-летний, 45-летний и 18-летний жители села.", 3),
])
def test_ages_listed_before_one_plural_noun_count_one_person_each(text, expected):
    assert counts(text) == [(expected, expected)]


def test_a_single_age_is_no_count_of_its_own():
    assert counts("В Шебекино погиб 58-летний мужчина.") == [(1, 1)]


@pytest.mark.parametrize("text", [
    "Число погибших при ударе по Белгороду выросло до 18.",
    "Количество раненых увеличилось до 18.",
    "Число жертв обстрела возросло до 18.",
])
def test_a_toll_that_rose_to_a_figure_is_that_figure(text):
    assert counts(text) == [(18, 18)]


def test_up_to_a_figure_without_a_rise_is_at_most():
    assert counts("Могли пострадать до 18 человек.") == [(None, 18)]


@pytest.mark.parametrize("text", [
    "С начала года на Белгородчине пострадали 150 мирных жителей, сообщил губернатор.",
    "Всего с начала войны в области пострадали 150 детей.",
    "С начала года от атак дронов в регионе пострадали 150 человек.",
])
def test_a_total_of_those_who_suffered_counts_killed_and_injured_together(text):
    found = extract(text, PUBLISHED, language="ru").to_contract()
    assert [(s["measure"], s["value"]) for s in found["statistics"]] == [("other", 150)]


def test_those_who_suffered_in_one_event_are_its_injured():
    found = extract("Вчера в Шебекино пострадали 3 человека.", PUBLISHED, language="ru").to_contract()
    assert found["statistics"] == [] and [i["victims"]["min"] for i in found["incidents"]] == [3]


@pytest.mark.parametrize("text", [
    "Прокуроры Херсонской областной прокуратуры установили, что военные похитили мужчину в селе Новоселовка.",
    "В Херсонской ОВА сообщили, что военные похитили мужчину в селе Новоселовка.",
    "По данным Херсонской областной полиции, в селе Новоселовка похищен мужчина.",
])
def test_an_oblast_bodys_name_chooses_among_homonym_villages(text):
    found = analysed(text)
    assert [(m.value.name, m.value.admin1) for m in found.of_kind("place")] == [("Novoselivka", "Kherson Oblast")]
    assert not found.of_kind("region")  # the body's oblast is no scene


def test_a_homonym_village_without_a_body_keeps_its_first_reading():
    found = analysed("В селе Новоселовка похищен мужчина.")
    assert [m.value.admin1 for m in found.of_kind("place")] != ["Kherson Oblast"]


@pytest.mark.parametrize("text", [
    "Ракета попала в жилой дом в Кривом Роге, погибли четыре человека.",
    "В Харькове беспилотник ударил по остановке, ранены трое.",
    "Вечером снаряд попал во двор многоэтажки в Херсоне, погибла женщина.",
])
def test_a_russian_language_report_of_a_strike_in_ukraine_naming_no_doer_accuses_russia(text):
    [incident] = extract(text, PUBLISHED, language="ru").incidents
    assert incident.facts.perpetrator.party == "RU"


def test_a_strike_on_a_russian_town_naming_no_doer_accuses_ukraine():
    text = "Беспилотник ударил по автомобилю в Шебекино, погибла женщина."
    [incident] = extract(text, PUBLISHED, language="ru").incidents
    assert incident.facts.perpetrator.party == "UA"
