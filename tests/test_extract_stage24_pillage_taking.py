"""Stage 24 (pilV), en/uk/ru: a verb of taking (seize, steal, grab, drive away; угнати, угнать) with a good of the
`loot_noun` class (uk/ru now with trucks and money) as its object is pillage against civilians; taking the wounded,
seizing the initiative or a bridgehead, the police seizing weapons and evacuating equipment are not. Every text is
written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import en_contract_incidents, uk_ru_contract

PUBLISHED = dt.date(2022, 6, 10)

TAKEN = [
    "Russian soldiers seized three tractors and a combine from a farmer in Mala Tokmachka on 3 May 2022.",
    "Troops drove away the livestock of the farm in Pryluky on 12 March 2022.",
    "On 5 April 2022 the soldiers grabbed money and jewellery from residents of Ivanivka.",
    "On 5 April 2022 the occupiers stole cars and cattle from residents of Ivanivka.",
    "Окупанти вивезли з села Іванівка вантажівки та гроші місцевих жителів 5 квітня 2022 року.",
    "5 квітня 2022 року в Іванівці російські солдати угнали худобу та вантажівку фермерського господарства.",
    "5 квітня 2022 року в Іванівці російські військові забрали техніку та зерно у фермерів.",
    "Оккупанты угнали из села Ивановка автомобили местных жителей 5 апреля 2022 года.",
    "5 апреля 2022 года в Ивановке российские солдаты угнали скот и грузовик фермерского хозяйства.",
    "Российские военные похитили зерно с элеватора в Мелитополе 12 марта 2022 года.",
]

NOT_TAKEN = [
    "On 3 May 2022 Russian forces seized the initiative near Izium.",
    "Soldiers took the wounded to hospital in Izium on 3 May 2022.",
    "On 3 May 2022 the police seized weapons from the suspect in Kharkiv.",
    "Russian troops seized a bridgehead near the village of Kozacha Lopan on 3 May 2022.",
    "Workers evacuated equipment from the plant in Zaporizhzhia on 3 May 2022.",
    "3 травня 2022 року військові забрали поранених до лікарні в Ізюмі.",
    "3 травня 2022 року поліція вилучила зброю у підозрюваного в Харкові.",
    "3 травня 2022 року підприємство евакуювало обладнання із Запоріжжя.",
    "3 мая 2022 года военные забрали раненых в больницу в Изюме.",
    "3 мая 2022 года полиция изъяла оружие у подозреваемого в Харькове.",
    "3 мая 2022 года предприятие эвакуировало оборудование из Запорожья.",
]


def _incidents(text: str) -> list[dict]:
    if any("а" <= ch <= "я" or ch in "іїєґ" for ch in text.lower()):
        return uk_ru_contract(text, PUBLISHED)["incidents"]
    return en_contract_incidents(text, PUBLISHED)


@pytest.mark.parametrize("text", TAKEN)
def test_goods_taken_by_a_verb_of_taking_are_pillage_of_civilians(text: str) -> None:
    [incident] = _incidents(text)
    assert incident["violations"] == ["pillage_destruction"]
    assert incident["victims"] == {"category": "civilian", "min": None, "max": None}


@pytest.mark.parametrize("text", NOT_TAKEN)
def test_people_positions_weapons_or_evacuated_equipment_are_no_pillage(text: str) -> None:
    assert all("pillage_destruction" not in i["violations"] for i in _incidents(text))
