"""Ukrainian and Russian night lists: an entry telling only damage to a civilian object at a named place ("У Ворожбі
пошкоджено приватний будинок", "в селе X повреждены ЛЭП и два автомобиля"), in a report of attacks, is an incident
of its own (CONTRACT.md: attacks hitting civilian objects); a fire's damage, or weapons destroyed, is not."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import uk_ru_contract

PUBLISHED = dt.date(2025, 8, 14)


def _incidents(text: str) -> list[dict]:
    return uk_ru_contract(text, PUBLISHED)["incidents"]


@pytest.mark.parametrize(("text", "places"), [
    ("Уночі росіяни атакували Сумщину дронами. У Ворожбі загинула жінка. У Білопіллі пошкоджено приватний будинок "
     "та лінію електропередачі, постраждалих немає.", ["Vorozhba", "Bilopillia"]),
    ("Ворог обстріляв громади Херсонщини. У Бериславі поранено двох чоловіків. Два автомобілі та господарську "
     "споруду зруйновано в Тягинці.", ["Beryslav", "Tiahynka"]),
    ("Російські дрони вдарили по Харківщині. У Куп'янську зруйновано три приватні будинки. Ніхто не постраждав.",
     ["Kupiansk"]),
    ("ВСУ ночью атаковали Брянскую область. В Климово погиб мужчина. В Суземке повреждены жилой дом и два "
     "автомобиля, пострадавших нет.", ["Klimovo", "Suzemka"]),
    ("Беспилотники ВСУ атаковали Белгородскую область. В Шебекино ранена женщина. В Грайвороне от удара "
     "повреждены крыша частного дома и линия электропередачи.", ["Shebekino", "Graivoron"]),
    ("Украинские военные обстреляли Курскую область. В Рыльске разрушены два жилых дома, никто не пострадал.",
     ["Rylsk"]),
])
def test_a_damage_only_entry_of_a_night_list_is_an_incident(text, places):
    incidents = _incidents(text)
    assert len(incidents) == len(places)
    assert all(i["violations"][0].startswith("attack_on") for i in incidents)
    assert incidents[-1]["location"]["name"].replace("y", "i").startswith(places[-1][:4].replace("y", "i"))


@pytest.mark.parametrize("text", [
    "У Херсоні через коротке замикання пошкоджено приватний будинок. Постраждалих немає.",
    "В Суземке из-за грозы повреждены линия электропередачи и крыша дома.",
    "Уночі ворог атакував Сумщину. Сили ППО знищили 20 дронів над Сумами.",
    "ВСУ атаковали Брянскую область. Силы ПВО уничтожили 12 беспилотников над Климово.",
])
def test_damage_without_a_strike_or_weapons_destroyed_tell_no_entry(text):
    assert all(i["location"]["name"] not in ("Kherson", "Suzemka", "Sumy", "Klimovo") for i in _incidents(text))


@pytest.mark.parametrize(("text", "name"), [
    ("Беспилотник ВСУ атаковал автомобиль в Суземке, ранен водитель.", "Suzemka"),
    ("ВСУ обстреляли село Тёткино, погиб мужчина.", "Tyotkino"),
    ("Дрон ЗСУ, за словами губернатора, атакував Суземку: поранено водія.", "Suzemka"),
])
def test_a_russian_place_written_with_e_is_romanized_with_e(text, name):
    [incident] = _incidents(text)
    assert incident["location"]["name"] == name


@pytest.mark.parametrize("text", [
    "Окупанти обстріляли з артилерії Тягинку, пошкоджено школу та два приватні будинки.",
    "Уночі ворожий дрон атакував Білопілля: зруйновано гараж і пошкоджено автомобіль.",
    "Росіяни скинули з дрона вибухівку на Берислав. Пошкоджено дах багатоквартирного будинку.",
    "ВСУ обстреляли из РСЗО Климово, повреждены школа и три жилых дома.",
    "Беспилотник атаковал Суземку: разрушен гараж, поврежден автомобиль.",
    "Украинские военные обстреляли Рыльск. Повреждена крыша частного дома.",
])
def test_a_damage_only_entry_has_unknown_victims_not_civilians(text):
    [incident] = _incidents(text)
    assert incident["victims"]["category"] == "unknown"
    assert incident["victims"]["min"] is None


@pytest.mark.parametrize("text", [
    "Окупанти обстріляли Тягинку, пошкоджено школу. Поранено жінку.",
    "Дрон атакував Білопілля: пошкоджено автомобіль, водій загинув.",
    "ВСУ обстреляли Климово, повреждены два дома, ранен мужчина.",
    "Беспилотник атаковал Суземку: поврежден автомобиль, погибла женщина.",
])
def test_damage_with_people_hurt_keeps_civilian_victims(text):
    [incident] = _incidents(text)
    assert incident["victims"]["category"] == "civilian"
