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
            "Вчера в Журавлевке Белгородского района дрон ВСУ атаковал автомобиль, ранены двое мужчин.",
            ("Zhuravlevka", "Belgorod Oblast"),
        ),
        (
            "Вчора в Красному Бєлгородського району дрон атакував автомобіль, поранено двох чоловіків.",
            ("Krasnoye", "Belgorod Oblast"),
        ),
        (
            "Вечером беспилотник ударил по жилому дому в Журавлевке Белгородского района, пострадала женщина.",
            ("Zhuravlevka", "Belgorod Oblast"),
        ),
    ],
)
def test_an_inflected_village_before_a_russian_raion_is_that_raions_in_the_nominative(text, place):
    assert _place(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "В селе Журавлевка Тульчинского района российский дрон атаковал автомобиль, ранены двое мужчин.",
            ("Zhuravlivka", "Vinnytsia Oblast"),
        ),
        (
            "Вчера в Журавлевке Тульчинского района российский дрон атаковал автомобиль, ранены двое мужчин.",
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


@pytest.mark.parametrize(
    "text",
    [
        "Бывший сокамерник рассказал «Тихому сигналу», что в декабре 2023 года охранники СИЗО в Симферополе избили "
        "его до потери сознания.",
        "Колишній в'язень розповів «Тихому сигналу», що в грудні 2023 року охоронці СІЗО в Сімферополі побили його до "
        "втрати свідомості.",
        "В декабре 2023 года охранники СИЗО в Симферополе избили заключённого до потери сознания, сообщил он "
        "«Тихому сигналу».",
    ],
)
def test_a_place_word_opening_a_quoted_title_is_the_outlet_not_the_scene(text):
    assert _place(text)[0] == "Simferopol"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (  # quoted speech after a colon: the city spoken of
            "Вчера губернатор заявил: «Харьков снова обстреляли», погибли двое мирных жителей.",
            "Kharkiv",
        ),
        (  # a place alone in quotes after a preposition of place
            "Вчера дрон ВСУ атаковал автомобиль в «Грайвороне», погибли двое мирных жителей.",
            "Grayvoron",
        ),
    ],
)
def test_quoted_speech_or_a_quoted_place_after_a_preposition_stays_the_scene(text, place):
    assert _place(text)[0] == place
