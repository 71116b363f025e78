"""A settlement's adjective before a road or street word names the road, not the village: "на
Миколаївському шосе" is a highway in the city, not Mykolaivske (places.json street_suffix). Every
sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 6, 11)


def place_names(text: str, language: str) -> list[str | None]:
    return [i.facts.location.name if i.facts.location else None for i in extract(text, PUBLISHED, language).incidents]


@pytest.mark.parametrize(("text", "language"), [
    ("Уранці 5 травня дрон атакував маршрутку на вулиці Миколаївське шосе, поранено трьох людей.", "uk"),
    ("Уранці 5 травня дрон атакував маршрутку на Миколаївському шосе, поранено трьох людей.", "uk"),
    ("Утром 5 мая дрон атаковал маршрутку на Николаевском шоссе, ранены три человека.", "ru"),
])
def test_a_road_named_after_a_town_is_no_village(text, language):
    found = place_names(text, language)
    assert found and not any(name and name.startswith(("Mykolaiv", "Nikolaev")) for name in found)


def test_the_village_itself_is_still_found():
    assert place_names("Уранці 5 травня дрон атакував маршрутку в селі Миколаївське, поранено трьох людей.",
                       "uk")[:1] == ["Mykolaivske"]


@pytest.mark.parametrize("text", [
    "У вересні 2023 року в Таганрозькому слідчому ізоляторі конвоїри били полонених.",
    "Полонених місяцями тримали в Таганрозькому ізоляторі, де їх катували у вересні 2023 року.",
])
def test_a_town_adjective_in_ozkyi_before_a_detention_centre_is_the_town(text):
    assert place_names(text, "uk")[:1] == ["Taganrog"]
