"""Ukrainian and Russian: a clock time is no victim count, and an article of a code or a prison term in any case
form is no count (so neither a toll nor a statistic)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import uk_ru_contract

PUBLISHED = dt.date(2025, 8, 14)


def _contract(text: str) -> dict:
    """Read by the text's own rules: a one-line text is too short to identify its language reliably."""
    return uk_ru_contract(text, PUBLISHED)


@pytest.mark.parametrize(("text", "count"), [
    ("У Бериславі в 05:40 окупанти обстріляли житловий будинок, загинула жінка.", 1),
    ("Близько 23:15 росіяни скинули вибухівку з дрона на Тягинку, поранено двох чоловіків.", 2),
    ("Сьогодні о 7:05 ворог атакував Херсон дроном: травмовано трьох людей.", 3),
    ("В 08:30 ВСУ обстреляли Суземку, ранены двое мирных жителей.", 2),
    ("Около 04:15 беспилотник ударил по автомобилю в Шебекино, погибла женщина.", 1),
    ("Шебекино подверглось обстрелу ВСУ в 14:50, пострадали 4 человека.", 4),
])
def test_a_clock_time_is_no_victim_count(text, count):
    [incident] = _contract(text)["incidents"]
    assert incident["victims"]["min"] == count


@pytest.mark.parametrize("text", [
    "Прокуратура розпочала провадження за 438 статтею Кримінального кодексу України.",
    "Слідчі відкрили провадження за статтею 438 ККУ, а вирок передбачає 12 роками менше.",
    "Уголовное дело возбуждено по статье 105 УК РФ.",
    "Дело возбуждено по 356 статье УК РФ.",
    "Суд приговорил его к пожизненному лишению свободы, еще одного обвиняемого - к 20 годам.",
])
def test_an_article_or_a_term_in_any_case_is_no_figure(text):
    assert _contract(text)["statistics"] == []


def test_cases_counted_before_an_article_stay_a_figure():
    [figure] = _contract("Возбуждены 3 уголовных дела по статье 438 УК РФ.")["statistics"]
    assert (figure["value"], figure["unit"]) == (3, "cases")


@pytest.mark.parametrize("text", [
    "Уночі росіяни обстріляли Берислав, поранено жінку. За цими фактами слідчі розпочали 3 кримінальні провадження.",
    "Уночі росіяни обстріляли Берислав, поранено жінку. За фактами розпочато два кримінальні провадження.",
    "Ночью ВСУ атаковали Климово, ранен мужчина. По данным фактам возбуждены 2 уголовных дела.",
    "Ночью ВСУ атаковали Климово, ранен мужчина. По этому поводу следователи возбудили три уголовных дела.",
])
def test_proceedings_opened_over_the_events_told_are_no_figure(text):
    assert _contract(text)["statistics"] == []


@pytest.mark.parametrize("text", [
    "Загалом прокурори розслідують понад 150 тисяч кримінальних проваджень за фактами воєнних злочинів.",
    "Всего возбуждено более 5 тысяч уголовных дел по фактам преступлений ВСУ.",
])
def test_a_total_of_proceedings_stays_a_figure(text):
    [figure] = _contract(text)["statistics"]
    assert figure["measure"] == "cases_opened"


@pytest.mark.parametrize("text", [
    "Загалом з області евакуйовано понад 150 тисяч людей.",
    "З початку року з Куп'янського району виїхали 12 тисяч мешканців.",
    "Из Белгородской области эвакуировали 11 тысяч жителей.",
    "С начала войны из Купянского района выехали 20 тысяч человек.",
])
def test_people_evacuated_are_no_figure(text):
    assert _contract(text)["statistics"] == []


def test_the_missing_beside_the_evacuated_stay_a_figure():
    [figure] = _contract("Из Белгородской области эвакуировали 11 тысяч жителей, 40 человек числятся пропавшими "
                         "без вести.")["statistics"]
    assert (figure["measure"], figure["value"]) == ("missing", 40)
