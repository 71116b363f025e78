"""Stage 22, Ukrainian and Russian (docs/languages.md, "Stage 22 (one event retold)"): a headline split by place
whose tolls are told again below, a title summing up the case, a sentence wrapped after a preposition, the injured
moved to a hospital in another town, a sentence naming part of the victims. Look-alikes stay apart. Every sentence is
our own."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import uk_ru_contract

PUBLISHED = dt.date(2025, 9, 17)  # a Wednesday


def _incidents(text: str) -> list[dict]:
    return uk_ru_contract(text, PUBLISHED)["incidents"]


def _by_place(text: str) -> dict[str, dict]:
    return {(i["location"] or {}).get("name") or "": i for i in _incidents(text)}


# -- a headline split by place: each place's toll told again below is that place's ----------------------------------

HEADLINE_OF_TWO_PLACES = [
    "Херсонщина: у Бериславі загинули двоє людей, у Тягинці поранено жінку\n\n"
    "Уночі 16 вересня російські військові обстріляли Берислав з артилерії. Снаряд влучив у подвір'я приватного "
    "будинку.\n\n"
    "Загинули двоє: власник будинку та його сусід.\n\n"
    "Крім того, вдень 16 вересня дрон скинув вибухівку на Тягинку. Поранено 45-річну жінку.",
    "Херсонская область: в Бериславе погиб мужчина, в Тягинке ранена женщина\n\n"
    "В ночь на 16 сентября российские военные обстреляли Берислав из артиллерии. Снаряд попал во двор частного "
    "дома.\n\n"
    "Погиб 60-летний хозяин дома.\n\n"
    "Кроме того, днём 16 сентября дрон сбросил взрывчатку на Тягинку. Ранена 45-летняя женщина.",
    "Херсонщина: загинув чоловік у Бериславі, поранено жінку в Тягинці\n\n"
    "Вночі 16 вересня ворог обстріляв Берислав. Уламки снаряда влучили в подвір'я.\n\n"
    "Загинув 60-річний чоловік, який працював у дворі.\n\n"
    "Також 16 вересня вдень дрон атакував Тягинку. Поранено 45-річну жінку.",
]


@pytest.mark.parametrize("text", HEADLINE_OF_TWO_PLACES)
def test_a_headline_split_by_place_gives_each_place_its_own_toll(text):
    found = _by_place(text)
    assert sorted(found) == ["Beryslav", "Tiahynka"]
    assert found["Tiahynka"]["date"]["start"] == "2025-09-16"
    assert found["Beryslav"]["victims"]["min"] == (2 if "двоє" in text else 1)
    assert found["Tiahynka"]["victims"]["min"] == 1


def test_a_headline_place_the_body_never_tells_stays_an_incident():
    text = (
        "Херсонщина: у Бериславі загинув чоловік\n\n"
        "У Херсоні 16 вересня дрон атакував зупинку громадського транспорту, поранено двох жінок."
    )
    assert sorted(_by_place(text)) == ["Beryslav", "Kherson"]


# -- a title summing up one case --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Російський дрон атакував рейсовий автобус під Ізюмом\n\n"
    "У вівторок увечері безпілотник ударив по рейсовому автобусу на в'їзді в Ізюм. Загинула пасажирка, ще "
    "четверо людей поранені.",
    "Дрон ВСУ атаковал рейсовый автобус под Рыльском\n\n"
    "Во вторник вечером беспилотник ударил по рейсовому автобусу на въезде в Рыльск. Погибла пассажирка, ещё "
    "четверо человек ранены.",
])
def test_a_title_and_its_story_are_one_incident(text):
    [incident] = _incidents(text)
    assert incident["date"]["start"] == "2025-09-16" and incident["victims"]["min"] == 1


# -- a sentence wrapped onto the next line after a preposition is no heading ----------------------------------------


@pytest.mark.parametrize("text", [
    "Во вторник вечером беспилотник ударил по рейсовому автобусу на въезде в\n"
    "Рыльск. Погибла пассажирка, ещё четверо человек ранены, сообщил губернатор.",
    "У вівторок увечері російський безпілотник атакував рейсовий автобус на в'їзді в\n"
    "Ізюм. Загинула пасажирка, ще четверо людей поранені, повідомив губернатор.",
    "Во вторник вечером украинский дрон атаковал автомобиль в\n"
    "Рыльске. Погиб водитель, сообщили в администрации.",
])
def test_a_line_wrapped_after_a_preposition_goes_on_with_its_act(text):
    [incident] = _incidents(text)
    assert incident["victims"]["min"] == 1 and incident["date"] is not None


def test_a_place_heading_after_a_finished_line_still_opens_an_item():
    text = (
        "Наслідки обстрілів за добу на Харківщині.\n"
        "Ізюм. Дрон влучив у будинок, поранено жінку.\n"
        "Куп'янськ. Артилерія обстріляла вулицю, загинули двоє чоловіків."
    )
    assert sorted(_by_place(text)) == ["Izium", "Kupiansk"]


# -- the injured moved to a hospital in another town --------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Во вторник дрон ударил по автобусу в Рыльске. Погибла пассажирка, ещё четверо ранены. Пострадавших доставили "
    "в районную больницу, двоих позднее перевезли в Курск.",
    "Во вторник дрон атаковал автомобиль в Рыльске, ранены двое мужчин. Обоих перевезли в Курск.",
    "У вівторок дрон ударив по автобусу в Ізюмі. Загинула пасажирка, ще четверо поранені. Постраждалих "
    "доставили до міської лікарні, двох згодом перевезли до Харкова.",
])
def test_the_injured_moved_to_a_hospital_elsewhere_add_no_incident(text):
    [incident] = _incidents(text)
    assert incident["location"]["name"] in ("Rylsk", "Izium")


# -- a sentence naming part of the victims told before --------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "16 вересня керована авіабомба влучила в ринок у Костянтинівці: загинули четверо людей, ще одинадцять "
    "поранені. 15 вересня артилерія обстріляла Білопілля, загинули двоє чоловіків.\n\n"
    "У Костянтинівці бомба впала біля автостанції. Серед поранених — двоє дітей.",
    "16 сентября управляемая авиабомба попала в рынок в Константиновке: погибли четыре человека, ещё одиннадцать "
    "ранены. 15 сентября артиллерия обстреляла Белополье, погибли двое мужчин.\n\n"
    "В Константиновке бомба упала у автостанции. Среди пострадавших двое детей.",
    "16 сентября управляемая авиабомба попала в рынок в Константиновке: погибли четыре человека, ещё одиннадцать "
    "ранены. 15 сентября артиллерия обстреляла Белополье, погибли двое мужчин.\n\n"
    "В Константиновке бомба упала у автостанции. Среди погибших двое продавцов рынка.",
])
def test_a_sentence_naming_part_of_the_victims_joins_their_act(text):
    found = _by_place(text)
    assert sorted(found) == ["Bilopillia", "Kostiantynivka"]
    assert found["Kostiantynivka"]["victims"]["min"] == 4


def test_victims_at_another_place_with_no_part_marker_stay_apart():
    text = (
        "16 вересня керована авіабомба влучила в ринок у Костянтинівці: загинули четверо людей.\n\n"
        "У Куп'янську в неділю дрон поранив двох дівчат."
    )
    assert sorted(_by_place(text)) == ["Kostiantynivka", "Kupiansk"]
