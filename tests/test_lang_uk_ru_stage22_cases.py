"""Stage 22 in Ukrainian and Russian: the next person's paragraph of an ombudsman's release ("Ще один звільнений —
...", "Також повернулася ...", "Еще один освобождённый — ...") opens that person's case at their place, and a
summary's heading naming the kind of settlement and its district ("Посёлок X Y-ского округа.", "Село X Y-ського
району.") opens the next item. Texts written for this file; look-alikes stay one incident."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import uk_ru_contract

PUBLISHED = dt.date(2025, 6, 20)


def _places(text: str) -> list[tuple[str, str | None]]:
    return [
        (i["violations"][0], (i["location"] or {}).get("name")) for i in uk_ru_contract(text, PUBLISHED)["incidents"]
    ]


NEXT_PERSON = [
    (  # uk: "Ще один звільнений — ..."
        "Вісімдесят людей удома\n\n"
        "Сьогодні відбувся обмін: повернулися сімдесят військових і десятеро цивільних.\n\n"
        "Один із прикордонників розповів, що з грудня до квітня його тримали в колонії в Курську. Там його били й "
        "катували електрострумом.\n\n"
        "Ще один звільнений — цивільний з Мелітополя. Окупанти затримали його у травні 2023 року на блокпосту і "
        "тримали без обвинувачення.\n"
    ),
    (  # ru: "Еще один освобожденный — ..."
        "Восемьдесят человек дома\n\n"
        "Сегодня состоялся обмен: вернулись семьдесят военных и десять гражданских.\n\n"
        "Один из пограничников рассказал, что с декабря по апрель его держали в колонии в Курске. Там его избивали и "
        "пытали током.\n\n"
        "Еще один освобожденный — гражданский из Мелитополя. Оккупанты задержали его в мае 2023 года на блокпосту и "
        "держали без обвинения.\n"
    ),
    (  # ru: "Среди них ..." after a case at another place
        "Вернулись домой\n\n"
        "Оккупанты задержали учителя в Херсоне в августе 2022 года, его избивали и пытали током в подвале.\n\n"
        "Среди освобожденных — фермер из Мелитополя. Оккупанты задержали его во дворе в апреле 2023 года и "
        "держали год.\n"
    ),
]


@pytest.mark.parametrize("text", NEXT_PERSON)
def test_the_next_persons_paragraph_opens_their_own_case(text):
    assert _places(text)[-1] == ("unlawful_detention", "Melitopol")
    assert len(_places(text)) == 2


LOOK_ALIKES = [
    (  # the same place retold
        "Двое раненых в Херсоне\n\n"
        "В понедельник российский дрон сбросил гранату на остановку в Херсоне, ранена женщина 55 лет.\n\n"
        "Еще одна жительница Херсона, 70 лет, тоже ранена. Ее доставили в больницу.\n",
        "Kherson",
    ),
    (  # a witness brought in mid-paragraph
        "Вчителя тримали в підвалі\n\n"
        "Окупанти затримали вчителя в Херсоні в серпні 2022 року і катували його в підвалі. Ще один чоловік з "
        "Олешок, сусід, бачив це. Він розповів, що вчителя били щоночі.\n",
        "Kherson",
    ),
]


@pytest.mark.parametrize(("text", "place"), LOOK_ALIKES)
def test_the_same_place_or_a_witness_mid_paragraph_stays_one_case(text, place):
    assert [p for _, p in _places(text)] == [place]


HEADINGS = [
    (
        "Вечерняя сводка.\n\nБелгород.\nУтром дрон атаковал автомобиль на улице Щорса. Погиб водитель.\n\n"
        "Посёлок Разумное Белгородского района.\nДнём дрон ударил по частному дому. Ранена женщина.\n",
        ["Belgorod", "Razumnoye"],
    ),
    (
        "Зведення за добу.\n\nХерсон.\nВранці дрон атакував автомобіль на вулиці Перекопській. Загинув водій.\n\n"
        "Село Киселівка Херсонського району.\nВдень окупанти обстріляли приватний будинок. Поранено жінку.\n",
        ["Kherson", "Kyselivka"],
    ),
    (
        "Вечерняя сводка.\n\nБелгород.\nУтром дрон атаковал автомобиль на улице Щорса. Погиб водитель.\n\n"
        "Село Разумное.\nДнём дрон ударил по частному дому. Ранена женщина.\n",
        ["Belgorod", "Razumnoye"],
    ),
]


@pytest.mark.parametrize(("text", "places"), HEADINGS)
def test_a_heading_naming_the_kind_of_settlement_opens_the_next_item(text, places):
    assert [p for _, p in _places(text)] == places


OTHER_ACT = [
    "Вирок\n\n"
    "1. 12 березня 2022 року в Гостомелі підсудний застрелив 58-річного чоловіка біля його воріт.\n\n"
    "2. 15 березня 2022 року підсудний разом з двома військовими зачинив трьох сусідів у погребі на тиждень. "
    "Чоловіків били і не давали їжі.\n",
    "Приговор\n\n"
    "1. 12 марта 2022 года в Гостомеле подсудимый застрелил 58-летнего мужчину у ворот его дома.\n\n"
    "2. 15 марта 2022 года подсудимый вместе с двумя военными удерживал троих соседей в подвале неделю. "
    "Мужчин избивали и пытали.\n",
]


@pytest.mark.parametrize("text", OTHER_ACT)
def test_a_numbered_items_act_of_another_kind_is_another_case(text):
    incidents = uk_ru_contract(text, PUBLISHED)["incidents"]
    assert [i["violations"][0] for i in incidents] == ["killing_civilians", "torture_ill_treatment"]
    assert incidents[1]["date"]["start"] == "2022-03-15"


def test_a_strike_and_its_dead_in_the_next_paragraph_stay_one_case():
    text = (
        "Ракета влучила у школу в Сумах\n\n"
        "У понеділок зранку російська ракета влучила у школу в Сумах.\n\n"
        "Загинули двоє вчителів, ще семеро учнів поранені, повідомив голова ОВА.\n"
    )
    assert len(uk_ru_contract(text, PUBLISHED)["incidents"]) == 1
