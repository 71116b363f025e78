"""Stage 22 (places) in Russian and Ukrainian: a village named after "село"/"селе"/"поселке" and followed by a raion
of Russia ("Белгородского района", "Бєлгородського району") is that raion's village, spelt in Russian
romanisation, not a Ukrainian namesake of the gazetteer (PLACE_TRANSLIT). Texts written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import uk_ru_only

PUBLISHED = dt.date(2025, 6, 20)


def _place(text: str) -> tuple[str | None, str | None]:
    location = uk_ru_only(text, PUBLISHED)["location"] or {}
    return location.get("name"), location.get("admin1")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "В селе Журавлевка Белгородского района дрон ВСУ атаковал автомобиль. Ранены двое мужчин.",
            ("Zhuravlevka", "Belgorod Oblast"),
        ),
        (
            "В селе Свердликово Суджанского района украинские военные удерживали девять жителей в подвале.",
            ("Sverdlikovo", "Kursk Oblast"),
        ),
        (
            "У селі Красне Бєлгородського району дрон атакував автомобіль, поранено двох чоловіків.",
            ("Krasnoye", "Belgorod Oblast"),
        ),
    ],
)
def test_a_village_of_a_named_russian_raion_is_that_raions_not_a_namesake(text, place):
    assert _place(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "В селе Журавлевка Тульчинского района российский дрон атаковал автомобиль, ранены двое мужчин.",
            ("Zhuravlivka", "Vinnytsia Oblast"),
        ),
        (
            "У селі Свердликове Кіровоградської області окупанти розстріляли двох цивільних.",
            ("Sverdlykove", "Kirovohrad Oblast"),
        ),
    ],
)
def test_a_village_of_a_ukrainian_raion_or_oblast_keeps_the_gazetteer_place(text, place):
    assert _place(text) == place
