"""Russian rules added for reports told from both sides: whether a date dates the event or its report,
seasons, places a victim was taken to, villages the gazetteer lacks, and an oblast-only location's
country. Every sentence is our own (STYLE.md points 11-12): three wordings per rule and a near miss."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.pipeline import default_steps, run

PUBLISHED = dt.date(2025, 6, 11)  # a Wednesday


def doc(text: str, published: dt.date = PUBLISHED) -> Document:
    found = Document(text, published, "ru")
    run(found, default_steps())
    return found


def date_roles(text: str) -> list[tuple[str, str]]:
    return [(m.value.start.isoformat(), m.value.role) for m in doc(text).of_kind("date")]


def place_roles(text: str) -> list[tuple[str | None, str]]:
    return [(m.value.name, m.value.role) for m in doc(text).of_kind("place")]


# ---- the date of the report, not of the event -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Мирный житель погиб при атаке дрона, сообщил губернатор Вячеслав Гладков в пятницу.",
    "В пятницу губернатор сообщил, что беспилотник атаковал автомобиль.",
    "6 июня стало известно, что украинские военные обстреляли село.",
    "Два человека ранены, написал в пятницу в своём канале глава района.",
])
def test_a_day_a_verb_of_reporting_governs_dates_the_report(text):
    assert [role for _, role in date_roles(text)] == ["reported"]


@pytest.mark.parametrize("text", [
    "В пятницу украинские военные обстреляли Белгород, сообщил губернатор.",
    "Губернатор сообщил, что 6 июня беспилотник атаковал автомобиль.",
    "Пленные рассказали о пытках летом 2023 года.",
])
def test_a_day_of_the_act_told_by_someone_stays_the_events(text):
    assert [role for _, role in date_roles(text)] == ["event"]


def test_a_figure_as_of_a_day_stands_on_that_day():
    assert date_roles("По состоянию на 1 мая погибли 20 человек.") == [("2025-05-01", "as_of")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Летом 2023 года надзиратели избивали пленных.", ("2023-06-01", "2023-08-31")),
    ("Зимой 2023 года их держали в подвале.", ("2022-12-01", "2023-02-28")),
    ("Осенью их перевели в другую колонию.", ("2024-09-01", "2024-11-30")),
])
def test_a_season_gives_its_months(text, expected):
    found = [(m.value.start.isoformat(), m.value.end.isoformat()) for m in doc(text).of_kind("date")]
    assert found == [expected]


# ---- places a victim was taken to are not scenes ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "Женщину доставили в городскую больницу №2 г. Белгорода.",
    "Раненого позже перевели в Курск.",
    "Пострадавших госпитализировали в областную клиническую больницу Брянска.",
])
def test_the_city_a_victim_was_taken_to_is_a_reference(text):
    assert [role for _, role in place_roles(text)] == ["reference"]


@pytest.mark.parametrize("text", [
    "Украинские военные обстреляли больницу в Курске.",
    "Дрон атаковал больницу Курска.",
])
def test_the_city_of_a_struck_hospital_is_the_scene(text):
    assert [role for _, role in place_roles(text)] == ["event"]


def test_a_hospital_victims_were_taken_to_was_not_attacked():
    text = ("Украинский дрон атаковал автомобиль в Шебекино, погиб мужчина. "
            "Его спутницу доставили в городскую больницу Белгорода.")
    violations = [v for i in extract(text, PUBLISHED, "ru").incidents for v in i.facts.violations]
    assert "attack_on_protected_objects" not in violations


# ---- villages the gazetteer lacks, and a region-only location ----------------------------------------
@pytest.mark.parametrize("text", [
    "В Белгородской области украинский беспилотник атаковал автомобиль. В селе Муром погиб мужчина.",
    "Губернатор Белгородской области сообщил, что в селе Муром при атаке дрона погиб мирный житель.",
    "В Шебекинском округе Белгородской области погиб мужчина: в селе Муром дрон атаковал машину.",
])
def test_a_village_named_after_selo_in_a_russian_region_is_not_a_far_city_of_its_name(text):
    locations = [(i.facts.location.name, i.facts.location.admin1) for i in extract(text, PUBLISHED, "ru").incidents]
    assert ("Murom", "Belgorod Oblast") in locations


def test_a_far_city_named_without_a_settlement_word_stays_itself():
    found = [(m.value.name, m.value.admin1) for m in doc("Раненых увезли из Белгородской области в Муром.")
             .of_kind("place")]
    assert ("Murom", "Vladimir Oblast") in found


@pytest.mark.parametrize("text", [
    "В Курской области украинский дрон атаковал автомобиль, погиб мужчина.",
    "Мирный житель погиб при обстреле Брянской области, сообщил губернатор.",
    "На Белгородчине при атаке беспилотника погибла женщина.",
])
def test_an_incident_placed_only_in_a_russian_region_is_in_russia(text):
    locations = [i.facts.location for i in extract(text, PUBLISHED, "ru").incidents]
    assert locations and all(loc.country == "RU" for loc in locations if loc)
