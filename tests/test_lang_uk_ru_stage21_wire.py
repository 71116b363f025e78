"""Stage 21 (uk, ru): the wire-story rules of tests/test_extract_stage21_wire.py where Ukrainian and Russian reports
use the same mechanism: attacks counted with nobody hurt, a figure corrected in the text, a strike on a military
target, the day of an earlier event in a comparison clause. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import uk_ru_contract

PUBLISHED = dt.date(2025, 5, 14)


def _incidents(text: str) -> list[dict]:
    return uk_ru_contract(text, PUBLISHED)["incidents"]


ATTACK_TALLY = [
    "У вівторок дрон влучив у будинок у Херсоні, поранивши жінку. Нікополь протягом дня обстріляли 14 разів, "
    "постраждалих немає.",
    "У понеділок ракета влучила в магазин у Харкові, загинули двоє людей. Куп'янськ за добу зазнав 23 обстрілів, "
    "без постраждалих.",
    "Во вторник беспилотник попал в дом в Белгороде, ранена женщина. Шебекино за сутки обстреляли 14 раз, "
    "пострадавших нет.",
    "В понедельник снаряд попал в магазин в Курске, погибли двое. Рыльск за сутки подвергся 9 обстрелам, "
    "пострадавших нет.",
]


@pytest.mark.parametrize("text", ATTACK_TALLY)
def test_attacks_counted_with_nobody_hurt_are_no_incident(text: str) -> None:
    incidents = _incidents(text)
    assert len(incidents) == 1
    assert incidents[0]["location"]["name"] in ("Kherson", "Kharkiv", "Belgorod", "Kursk")


def test_attacks_counted_that_damaged_a_house_stay_an_incident() -> None:
    text = "Нікополь протягом дня обстріляли 14 разів, пошкоджено приватний будинок, постраждалих немає."
    incidents = _incidents(text)
    assert len(incidents) == 1
    assert incidents[0]["location"]["name"] == "Nikopol"


REFUTED = [
    ("Розслідування встановило, що в підвалі в Селидовому загинули п'ятеро людей, а не семеро.", 5),
    ("За нашими даними, у Куп'янську загинули не дванадцятеро, а восьмеро цивільних.", 8),
    ("Расследование установило, что в подвале в Белгороде погибли пятеро человек, а не семеро.", 5),
    ("По нашим данным, в Курске погибли не двенадцать, а восемь мирных жителей.", 8),
]


@pytest.mark.parametrize(("text", "count"), REFUTED)
def test_the_corrected_figure_is_the_count(text: str, count: int) -> None:
    [incident] = _incidents(text)
    assert incident["victims"]["min"] == count


def test_a_claim_corrected_later_in_the_text_loses_its_figure() -> None:
    text = (
        "У березні телеграм-канал повідомив, що в Ізюмі окупанти розстріляли дев'ятьох цивільних. "
        "Наше розслідування встановило, що в Ізюмі загинули шестеро людей, а не дев'ятеро."
    )
    incidents = _incidents(text)
    assert incidents and all(i["victims"]["min"] != 9 for i in incidents)


SINCE_WHEN = [
    "Це найсмертоносніша атака на місто з 19 лютого, коли дрон влучив у готель у Кривому Розі, вбивши чотирьох людей.",
    "Это самая смертоносная атака на город с 19 февраля, когда беспилотник попал в гостиницу в Белгороде, "
    "убив четырех человек.",
]


@pytest.mark.parametrize("text", SINCE_WHEN)
def test_since_a_day_when_an_act_dates_that_act(text: str) -> None:
    [incident] = _incidents(text)
    assert incident["date"] == {"start": "2025-02-19", "end": "2025-02-19"}


def test_since_a_day_without_a_clause_is_a_running_toll() -> None:
    incidents = _incidents("З 19 лютого в Херсонській області загинули 40 цивільних.")
    assert not incidents or incidents[0]["date"] != {"start": "2025-02-19", "end": "2025-02-19"}


@pytest.mark.parametrize(("text", "name"), [
    ("У неділю дрон атакував автомобіль поблизу Тьоткіно Курської області, загинув водій.", "Tyotkino"),
    ("В воскресенье беспилотник атаковал автомобиль у Тёткино Курской области, погиб водитель.", "Tyotkino"),
    ("В воскресенье беспилотник атаковал автомобиль у Теткино Курской области, погиб водитель.", "Tetkino"),
    ("У неділю дрон атакував автомобіль поблизу Теткіно Курської області, загинув водій.", "Tetkino"),
])
def test_a_russian_village_is_spelled_with_yo_only_where_the_text_writes_it(text: str, name: str) -> None:
    [incident] = _incidents(text)
    assert incident["location"]["name"] == name
