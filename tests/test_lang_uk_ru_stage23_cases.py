"""Stage 23 in Ukrainian and Russian: the rule of compatibility at layout units (`steps/cases.py`) reads no words, so
the same layouts tell cases apart: a summary's list item with another count of the harmed, a paragraph whose first
sentence sets another day, a freed person from another settlement brought in with no cue word. Texts written for
this file; look-alikes (a part of the victims, the same day retold) stay one incident."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import uk_ru_contract

PUBLISHED = dt.date(2025, 6, 20)


def _rows(text: str) -> list[tuple[str | None, str | None, int | None]]:
    return [
        ((i["date"] or {}).get("start"), (i["location"] or {}).get("name"), i["victims"]["min"])
        for i in uk_ru_contract(text, PUBLISHED)["incidents"]
    ]


OTHER_COUNT = [
    (  # uk: an update of another strike's toll in the next bullet
        "Ранкове зведення\n\n"
        "▪️ Херсон. Уночі дрон влучив у приватний будинок. Поранено 64-річну жінку.\n"
        "▪️ Кількість поранених унаслідок учорашнього обстрілу ринку в Херсоні зросла до шести.\n",
        [("Kherson", 1), ("Kherson", 6)],
    ),
    (  # ru: dashes, another strike's wounded at the same city
        "Утренняя сводка\n\n"
        "— Белгород. Ночью дрон атаковал автомобиль на улице Щорса. Ранен водитель.\n"
        "— В Белгороде днём управляемая бомба попала в склад, ранены четверо рабочих.\n",
        [("Belgorod", 1), ("Belgorod", 4)],
    ),
]


@pytest.mark.parametrize(("text", "cases"), OTHER_COUNT)
def test_a_list_items_other_count_of_the_harmed_is_another_case(text, cases):
    assert [(place, count) for _, place, count in _rows(text)] == cases


def test_a_part_of_the_victims_in_the_next_bullet_stays_with_its_strike():
    text = (
        "Ранкове зведення\n\n"
        "▪️ Херсон. Уночі дрон влучив у приватний будинок. Поранено двох жінок.\n"
        "▪️ Серед них 17-річна дівчина.\n"
    )
    assert [(place, count) for _, place, count in _rows(text)] == [("Kherson", 2)]


OWN_DAY = [
    (
        "Злочини в Ірпені\n\n"
        "12 березня 2022 року в Ірпені російські військові застрелили 58-річного чоловіка біля воріт його будинку.\n\n"
        "20 березня 2022 року військові повернулися на ту саму вулицю. Вони застрелили двох сусідів у дворі.\n"
    ),
    (
        "Преступления в Ирпене\n\n"
        "12 марта 2022 года в Ирпене российские военные застрелили 58-летнего мужчину у ворот его дома.\n\n"
        "20 марта 2022 года военные вернулись на ту же улицу. Они застрелили двоих соседей во дворе.\n"
    ),
]


@pytest.mark.parametrize("text", OWN_DAY)
def test_a_paragraphs_own_day_opens_another_case(text):
    assert [(day, count) for day, _, count in _rows(text)] == [("2022-03-12", 1), ("2022-03-20", 2)]


def test_the_same_day_retold_stays_one_case():
    text = (
        "Злочини в Ірпені\n\n"
        "12 березня 2022 року в Ірпені російські військові застрелили 58-річного чоловіка біля воріт його будинку.\n\n"
        "12 березня 2022 року військові залишилися на тій самій вулиці. Вони застрелили ще одного чоловіка, який біг "
        "на допомогу.\n"
    )
    assert len(_rows(text)) == 1


def test_a_freed_person_from_another_town_opens_their_case_with_no_cue_word():
    text = (
        "Звільнені цивільні розповіли про полон\n\n"
        "Вчитель із Херсона розповів, що окупанти затримали його в серпні 2022 року і били в підвалі.\n\n"
        "Медсестра, 47 років, з Мелітополя наймолодша серед звільнених. Окупанти схопили її вдома у квітні 2023 року "
        "і тримали рік.\n"
    )
    assert [place for _, place, _ in _rows(text)] == ["Kherson", "Melitopol"]
