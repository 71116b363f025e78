"""Stage 22 (captivity accounts), Ukrainian and Russian (docs/languages.md): a stay told "з жовтня ... до обміну" /
"с октября ... до обмена" with no day of its own ends on the day the report tells the release on. Every text here
is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import uk_ru_contract

PUBLISHED = dt.date(2025, 3, 20)


def _held(text: str) -> dict:
    incidents = uk_ru_contract(text, PUBLISHED)["incidents"]
    held = [i for i in incidents if "torture_ill_treatment" in i["violations"]]
    assert len(held) == 1, incidents
    return held[0]


STAYS_TO_THE_EXCHANGE = [
    "Під час обміну 5 лютого додому повернулися 90 захисників.\n\n"
    "Морпіх Іван розповів, що в колонії в Камишині його та ще одинадцять побратимів били кийками — "
    "від жовтня 2023 року аж до дня обміну.",
    "Прикордонник Петро повернувся з полону під час обміну 5 лютого.\n\n"
    "«Нас тримали в ізоляторі в Таганрозі. Били щодня — мене і ще дев'ятьох. Так було з жовтня 2023 року "
    "до самого обміну».",
    "Во время обмена 5 февраля домой вернулись 90 военных.\n\n"
    "Морпех Иван рассказал, что в колонии в Камышине его и ещё одиннадцать сослуживцев избивали дубинками "
    "с октября 2023 года и до самого обмена.",
    "Пограничник Пётр вернулся из плена во время обмена 5 февраля.\n\n"
    "«Нас держали в изоляторе в Таганроге. Били каждый день — меня и ещё девятерых. Так было с октября 2023 "
    "года до обмена».",
]


@pytest.mark.parametrize("text", STAYS_TO_THE_EXCHANGE)
def test_a_stay_until_the_exchange_ends_on_the_exchange_day(text: str) -> None:
    held = _held(text)
    assert (held["date"]["start"], held["date"]["end"]) == ("2023-10-01", "2025-02-05")


def test_a_stay_until_todays_exchange_ends_today() -> None:
    text = (
        "Сьогодні в результаті обміну з полону повернулися 120 захисників.\n\n"
        "Богдан розповів, що в колонії в Камишині його та ще одинадцять побратимів били й катували "
        "електрострумом — від жовтня 2023 року аж до дня обміну."
    )
    held = _held(text)
    assert (held["date"]["start"], held["date"]["end"]) == ("2023-10-01", "2025-03-20")


@pytest.mark.parametrize(
    "text",
    [
        # "до" naming a transfer, not a release
        "Під час обміну 5 лютого додому повернулися 90 захисників.\n\n"
        "Морпіх Іван розповів, що в колонії в Камишині його та ще одинадцять побратимів били кийками — "
        "від жовтня 2023 року аж до етапу в іншу колонію.",
        # a release with no day in the report
        "Пограничник Пётр вернулся из плена.\n\n"
        "«Нас держали в изоляторе в Таганроге. Били каждый день — меня и ещё девятерых. Так было с октября 2023 "
        "года до обмена».",
    ],
)
def test_no_release_day_gives_no_span_to_it(text: str) -> None:
    date = _held(text)["date"]
    assert date is None or date["end"] != "2025-02-05" and date["end"] != "2025-03-20"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("«Нас тримали в ізоляторі в Таганрозі. Били щодня — мене і ще дев'ятьох».", 10),
        ("«Нас держали в изоляторе в Таганроге. Били каждый день — меня и ещё девятерых».", 10),
        ("«Нас тримали в колонії у Вязьмі. Катували щоранку – мене і ще трьох хлопців».", 4),
    ],
)
def test_beaten_then_a_dash_naming_the_speaker_is_ill_treatment(text: str, count: int) -> None:
    [incident] = uk_ru_contract(text, PUBLISHED)["incidents"]
    assert "torture_ill_treatment" in incident["violations"]
    assert incident["victims"]["min"] == count


def test_a_dash_after_a_beating_naming_no_one_beaten_is_no_first_person_victim() -> None:
    text = "«Нас держали в изоляторе в Таганроге. Били каждый день, меня отпустили позже»."
    [incident] = uk_ru_contract(text, PUBLISHED)["incidents"]
    assert incident["violations"] == ["unlawful_detention"]


# -- "a defender from X": the teller's home town is a link of his life, not the camp where the act was told --------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Богдан, захисник з Харківщини, розповів, що в колонії в Камишині Волгоградської області його та ще "
            "одинадцять побратимів із камери регулярно били й катували електрострумом.",
            "Kamyshin",
        ),
        ("Морський піхотинець родом з Маріуполя розповів, що в СІЗО у Вязьмі конвоїри били його щодня.", "Vyazma"),
        (
            "Пограничник из Сум рассказал, что в колонии в Камышине его и ещё девятерых избивали каждый день.",
            "Kamyshin",
        ),
        ("Морпех родом из Мариуполя рассказал, что в СИЗО в Вязьме конвоиры избивали его каждый день.", "Vyazma"),
    ],
)
def test_a_soldiers_home_town_is_not_the_camp_where_he_was_beaten(text: str, place: str) -> None:
    assert _held(text)["location"]["name"] == place


def test_a_soldiers_home_town_told_with_his_death_and_no_other_place_stays() -> None:
    [incident] = uk_ru_contract("Захисник з Харківщини загинув 3 березня.", PUBLISHED)["incidents"]
    assert incident["location"]["name"] == "Kharkivshchyna"
