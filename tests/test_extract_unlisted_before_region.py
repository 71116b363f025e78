"""A Russian border village the gazetteer lacks (GeoNames' cities500 keeps only places of 500 people or more),
named between a preposition of place and its region ('в Журавлёвке Белгородской области', 'у Журавлівці
Бєлгородської області'), is the scene, in the nominative and romanized as English media romanize Russian.
A listed town before its region stays the listed town; a capitalised word with no preposition is no village."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 3, 5)


@pytest.mark.parametrize(("text", "language", "name"), [
    ("Украинский дрон атаковал автомобиль в Журавлёвке Белгородской области, погиб мирный житель.", "ru",
     "Zhuravlevka"),
    ("Под Журавлёвкой Белгородской области при атаке беспилотника погиб мирный житель.", "ru", "Zhuravlevka"),
    ("У Журавлівці Бєлгородської області дрон атакував автомобіль, загинув цивільний.", "uk", "Zhuravlovka"),
    ("Біля Журавлівки Бєлгородської області дрон атакував автомобіль, загинув цивільний.", "uk", "Zhuravlovka"),
])
def test_a_village_before_its_russian_region_is_the_scene(text, language, name):
    (incident,) = extract(text, PUBLISHED, language).incidents
    assert (incident.facts.location.name, incident.facts.location.admin1) == (name, "Belgorod Oblast")


def test_a_listed_town_before_its_region_stays_the_listed_town():
    text = "В Шебекино Белгородской области при обстреле погиб мирный житель."
    (incident,) = extract(text, PUBLISHED, "ru").incidents
    assert incident.facts.location.name == "Shebekino" and incident.facts.location.lat is not None


def test_a_governor_before_the_region_is_no_village():
    text = "Губернатор Белгородской области Вячеслав Гладков сообщил, что в Белгороде погиб мирный житель."
    (incident,) = extract(text, PUBLISHED, "ru").incidents
    assert incident.facts.location.name == "Belgorod"
