"""Stage 24 (mltV): a Ukrainian village in -ка read from its locative in -ці after a preposition of place ("в
Миколаївці"), which the dictionary reads as a plural of residents (миколаївці, the people of Mykolaiv) or not at
all. Without the place, a second act told in its own paragraph at that village ("Того ж дня ... дрон атакував храм
в Миколаївці") had no settlement to contradict the case before and was fused into it (`MULTI`). Every text here is
written for this file; the look-alikes (the residents' plural opening a sentence, a known town's locative, the
wounded taken to a hospital in another town, one strike told between two villages) keep what they were."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import uk_ru_contract

PUBLISHED = dt.date(2025, 7, 12)


def _rows(text: str) -> list[tuple[str | None, int | None]]:
    incidents = uk_ru_contract(text, PUBLISHED)["incidents"]
    return [((i["location"] or {}).get("name"), i["victims"]["min"]) for i in incidents]


# -- the village's locative is the village ------------------------------------------------------------------------

PLACED = [
    "11 липня російський дрон скинув вибухівку на подвір'я в Миколаївці Краматорського району, поранено двох жінок.",
    "У Миколаївці на Донеччині 10 липня внаслідок обстрілу загинув 70-річний чоловік.",
    "Окупанти обстріляли школу в Шевченківці Куп'янського району: поранено вчительку.",
]


@pytest.mark.parametrize("text", PLACED)
def test_locative_of_a_village_in_ka_is_the_village(text: str) -> None:
    [(place, _)] = _rows(text)
    assert place in ("Mykolaivka", "Shevchenkivka")


# -- a second act at that village in its own paragraph: a second case -----------------------------------------------

SECOND_ACT = [
    (  # a church the same day
        "Учора, 11 липня, російська армія завдала удару по Слов'янську керованою авіабомбою. Загинули двоє "
        "чоловіків, ще четверо людей поранені.\n\n"
        "Того ж дня ворожий дрон влучив у будівлю храму в Миколаївці Краматорського району. Пошкоджено дах.",
        "Sloviansk",
    ),
    (  # a school in the evening, the place first
        "10 липня окупанти обстріляли Краматорськ з реактивних систем залпового вогню, загинула жінка.\n\n"
        "Ввечері в Миколаївці Краматорського району FPV-дрон атакував приміщення школи. Ніхто не постраждав.",
        "Kramatorsk",
    ),
    (  # a shop, the act first
        "11 липня внаслідок ракетного удару по Дружківці поранено п'ятьох людей.\n\n"
        "Також росіяни атакували дроном магазин в Миколаївці. Постраждалих немає.",
        "Druzhkivka",
    ),
]


@pytest.mark.parametrize(("text", "first"), SECOND_ACT)
def test_act_at_the_village_in_its_own_paragraph_is_another_case(text: str, first: str) -> None:
    places = [place for place, _ in _rows(text)]
    assert places[0] == first
    assert "Mykolaivka" in places[1:]


# -- look-alikes ---------------------------------------------------------------------------------------------------


def test_residents_plural_opening_a_sentence_is_no_place() -> None:
    text = (
        "10 липня росіяни обстріляли Миколаїв ракетами, поранено трьох людей.\n\n"
        "Миколаївці знову провели ніч в укриттях."
    )
    assert [place for place, _ in _rows(text)] == ["Mykolaiv"]


def test_wounded_taken_to_a_hospital_in_another_town_stay_one_case() -> None:
    text = (
        "11 липня російська армія обстріляла Краматорськ, поранено трьох людей. Поранених доправили до лікарні "
        "в Слов'янську."
    )
    assert [place for place, _ in _rows(text)] == ["Kramatorsk"]


def test_a_known_town_in_the_locative_keeps_its_name() -> None:
    text = "11 липня російський дрон атакував автобус у Костянтинівці, поранено водія."
    assert [place for place, _ in _rows(text)] == ["Kostiantynivka"]
