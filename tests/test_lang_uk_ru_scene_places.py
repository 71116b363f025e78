"""Ukrainian and Russian scenes: a settlement named inside a town's -щина area is the incident's place; the town or
hospital a victim is taken to (доставили, госпіталізували, відвезли, евакуювали; доставили, госпитализировали,
отвезли, эвакуировали) is no second scene."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import uk_ru_contract
from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 3, 18)


def _incidents(text: str) -> list[dict]:
    return uk_ru_contract(text, PUBLISHED)["incidents"]


@pytest.mark.parametrize(("text", "name"), [
    ("Уночі росіяни атакували Бериславщину дроном: у Тягинці поранено двох чоловіків.", "Tiahynka"),
    ("На Нікопольщині ворог обстріляв Марганець з артилерії, загинув чоловік.", "Marhanets"),
    ("Окупанти вдарили по Куп'янщині: в Ківшарівці поранено жінку.", "Kivsharivka"),
])
def test_a_settlement_inside_a_town_area_is_the_place(text, name):
    [incident] = _incidents(text)
    assert incident["location"]["name"] == name


def test_a_town_area_alone_stays_the_town():
    [incident] = _incidents("Росіяни обстріляли Бериславщину, поранено жінку.")
    assert incident["location"]["name"] == "Beryslav"


@pytest.mark.parametrize(("text", "name"), [
    ("Уночі росіяни атакували дроном Тягинку, поранено двох чоловіків. Їх відвезли до лікарні в Херсоні.",
     "Tiahynka"),
    ("Уночі росіяни атакували дроном Тягинку, поранено чоловіка. Постраждалого евакуювали до Херсона.", "Tiahynka"),
    ("Уночі дрон атакував Білопілля, поранено жінку. Її госпіталізували до Сум.", "Bilopillia"),
    ("Уночі дрон атакував Білопілля, поранено жінку. Потерпілу доправили до лікарні в Сумах.", "Bilopillia"),
    ("Ночью ВСУ атаковали Климово, ранен мужчина. Его эвакуировали в Брянск.", "Klimovo"),
    ("Ночью ВСУ атаковали Климово, ранена женщина. Пострадавшую отвезли в областную больницу Брянска.", "Klimovo"),
    ("Ночью дрон ВСУ атаковал Тёткино, ранены двое мужчин. Их госпитализировали в Курск.", "Tyotkino"),
])
def test_the_town_a_victim_is_taken_to_is_no_second_scene(text, name):
    [incident] = _incidents(text)
    assert incident["location"]["name"] == name


@pytest.mark.parametrize(("text", "name"), [
    ("У Курську окупанти катували полоненого у 2023 році.", "Kursk"),
    ("Біля Брянська окупанти катували полоненого у 2023 році.", "Bryansk"),
    ("Полонених етапували до Курська у 2023 році, де їх катували.", "Kursk"),
])
def test_a_town_in_sk_in_an_oblique_case_is_the_town(text, name):
    [incident] = _incidents(text)
    assert incident["location"]["name"] == name


def test_the_oblast_adjective_before_its_word_stays_the_oblast():
    [incident] = _incidents("Уночі росіяни атакували Курську область, поранено жінку.")
    assert (incident["location"]["name"], incident["location"]["admin1"]) == (None, "Kursk Oblast")


@pytest.mark.parametrize(("text", "name"), [
    ("В селе Новоэкономическое Донецкой области российские военные расстреляли трёх пленных.", "Novoekonomichne"),
    ("Российские военные расстреляли двух пленных в селе Новоэкономическом.", "Novoekonomichne"),
    ("Оккупанты обстреляли из артиллерии село Ольговское, погибла женщина.", "Olhivske"),
    ("Российский дрон атаковал автобус у села Лозовского Харьковской области, погиб водитель.", "Lozivske"),
])
def test_a_ukrainian_village_written_in_russian_is_found_by_its_ukrainian_spelling(text, name):
    [incident] = extract(text, PUBLISHED, "ru").to_contract()["incidents"]
    assert incident["location"]["name"] == name


@pytest.mark.parametrize(("text", "name"), [
    ("ВСУ обстреляли село Михайловское Курской области, погибла женщина.", "Mikhaylovskoye"),
    ("Беспилотник ВСУ атаковал автомобиль в селе Петровское Белгородской области, ранен водитель.", "Petrovskoye"),
])
def test_a_russian_village_keeps_its_russian_place(text, name):
    [incident] = extract(text, PUBLISHED, "ru").to_contract()["incidents"]
    assert incident["location"]["name"] == name


@pytest.mark.parametrize(("text", "name"), [
    ("Дрон атакував автобус у Марганці, загинув чоловік. Двоє поранених перебувають у лікарні Нікополя.", "Marhanets"),
    ("Окупанти обстріляли Херсон, поранено трьох людей. Усі вони лікуються в лікарні в Миколаєві.", "Kherson"),
    ("Уночі росіяни вдарили по Сумах, поранено жінку. Вона перебуває в обласній лікарні в Києві.", "Sumy"),
    ("Беспилотник атаковал автомобиль в Шебекино, погиб мужчина. Двое раненых находятся в больнице Белгорода.",
     "Shebekino"),
    ("Дрон атаковал Херсон, ранены трое. Двое пострадавших находятся в областной больнице в Николаеве.", "Kherson"),
    ("ВСУ обстреляли Рыльск, ранена женщина. Она лечится в госпитале в Курске.", "Rylsk"),
])
def test_the_hospital_the_wounded_stay_in_is_no_second_scene(text, name):
    [incident] = _incidents(text)
    assert incident["location"]["name"] == name
    assert incident["violations"] == ["attack_on_civilians"]


@pytest.mark.parametrize("text", [
    "Окупанти вдарили по лікарні в Херсоні, поранено двох лікарів.",
    "Российский дрон ударил по больнице в Херсоне, ранены двое медиков.",
])
def test_a_hospital_struck_stays_a_protected_object_at_its_town(text):
    [incident] = _incidents(text)
    assert incident["location"]["name"] == "Kherson"
    assert "attack_on_protected_objects" in incident["violations"]


@pytest.mark.parametrize(("text", "name"), [
    ("Российские военные расстреляли трёх пленных под Покровском.", "Pokrovsk"),
    ("Под Покровском российские военные добили раненого бойца.", "Pokrovsk"),
    ("Російські військові розстріляли трьох полонених під Покровськом.", "Pokrovsk"),
    ("Российские военные расстреляли двух пленных под Купянском.", "Kupiansk"),
])
def test_a_ukrainian_town_in_an_oblique_case_is_not_a_russian_village_of_its_adjective(text, name):
    [incident] = _incidents(text)
    assert incident["location"]["name"] == name


def test_a_russian_village_named_with_its_region_stays_russian():
    [incident] = _incidents("ВСУ атаковали Покровское в Ростовской области, погиб мужчина.")
    assert incident["location"]["country"] == "RU"
