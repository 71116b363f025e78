"""Stage 22 (docs/extraction.md): mechanisms that two merges had written twice, now one each. Every text is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import en_contract_incidents, uk_ru_contract

SUMMARY_DAY = dt.date(2025, 7, 19)  # "over the past day" in a morning summary: 18-19 July


def _places_and_days(text: str, published: dt.date) -> list[tuple[str | None, dict | None]]:
    if not any("а" <= c <= "я" for c in text.lower()):
        incidents = en_contract_incidents(text, published)
    else:
        incidents = uk_ru_contract(text, published)["incidents"]
    return [(i["location"]["name"] if i["location"] else None, i["date"]) for i in incidents]


# -- an item closed only by the next item's opening is still dated by the day told above the list -----------------

PAST_DAY = {"start": "2025-07-18", "end": "2025-07-19"}


@pytest.mark.parametrize(("text", "places"), [
    ("Ранкове зведення по області\n\nЗа минулу добу ворог обстріляв 9 населених пунктів.\n\n"
     "▪️ Оріхів. Унаслідок артобстрілу загинув 60-річний чоловік. Співчуваю родині.\n"
     "▪️ Гуляйполе. Дрон атакував автомобіль газової служби. Поранено двох працівників.", ["Orikhiv", "Huliaipole"]),
    ("Утреннее сводка по области\n\nЗа прошедшие сутки враг обстрелял 9 населенных пунктов.\n\n"
     "▪️ Орехов. В результате артобстрела погиб 60-летний мужчина. Соболезную родным.\n"
     "▪️ Гуляйполе. Дрон атаковал автомобиль газовой службы. Ранены двое работников.", ["Orikhiv", "Huliaipole"]),
    ("Зведення\n\nУпродовж минулої доби росіяни атакували 7 громад району.\n\n"
     "▪️ Нікополь. Від удару дрона загинула жінка 70 років. Вічна пам'ять.\n"
     "▪️ Марганець. FPV-дрон атакував маршрутку. Поранено водія.", ["Nikopol", "Marhanets"]),
    ("Morning summary for the region\n\nOver the past day the enemy shelled 9 settlements.\n\n"
     "- Orikhiv. A 60-year-old man was killed by artillery fire. Condolences to his family.\n"
     "- Huliaipole. A drone attacked a gas service van. Two workers were injured.", ["Orikhiv", "Huliaipole"]),
])
def test_a_list_item_closed_by_the_next_items_opening_keeps_the_day_above_the_list(text, places):
    # the next item opens with a sentence telling no act ("A drone attacked a van."): the item before is still closed
    # only by the next item, so the summary's day dates it
    assert _places_and_days(text, SUMMARY_DAY) == [(place, PAST_DAY) for place in places]


def test_a_list_item_closed_by_a_not_the_first_case_sentence_takes_no_day_from_above():
    text = (
        "Ранкове зведення по області\n\nЗа минулу добу ворог обстріляв 9 населених пунктів.\n\n"
        "▪️ Оріхів. Унаслідок артобстрілу загинув 60-річний чоловік. Це не перший такий випадок у громаді.\n"
        "▪️ Гуляйполе. Дрон атакував автомобіль газової служби. Поранено двох працівників."
    )
    assert _places_and_days(text, SUMMARY_DAY) == [("Orikhiv", None), ("Huliaipole", PAST_DAY)]
