"""Stage 22 (victims' category), Ukrainian and Russian: a plain count ("всех двенадцать человек") in an account whose
sentences between its first and last act name prisoners of war is of prisoners of war; pillage, human shields and
sexual violence told with no group word are against civilians; the narrator's staff counted in a partitive where an
aid warehouse is struck are humanitarian workers. Texts written for this file; look-alikes must not fire."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import uk_ru_contract

PUBLISHED = dt.date(2025, 4, 14)  # a Monday


def _one(text: str) -> dict:
    [incident] = uk_ru_contract(text, PUBLISHED)["incidents"]
    return incident


AMONG_CAPTIVES = [
    "Избиения в колонии. Двое освобождённых военнопленных рассказали, что их и ещё десятерых пленных в апреле 2024 "
    "года привезли в колонию в Рязанской области. Там охранники избивали всех двенадцать человек.",
    "Пытки в СИЗО. Двое вернувшихся из плена военнослужащих рассказали, что в мае 2024 года их вместе с другими "
    "пленными держали в СИЗО в Курске. Охранники каждый день избивали всех восемь человек в камере.",
    "Двоє звільнених військовополонених розповіли, що в квітні 2024 року їх і ще десятьох полонених привезли до "
    "колонії в Рязанській області. Там охоронці кілька годин били дубинками всіх дванадцять людей.",
]


@pytest.mark.parametrize("text", AMONG_CAPTIVES)
def test_a_plain_count_beaten_among_prisoners_of_war_is_of_prisoners_of_war(text: str) -> None:
    incident = _one(text)
    assert incident["violations"][0] == "torture_ill_treatment"
    assert incident["victims"]["category"] == "pow"


@pytest.mark.parametrize(
    "text",
    [
        "Двоє звільнених цивільних розповіли, що в квітні 2024 року їх і ще десятьох жителів привезли до колонії в "
        "Рязанській області. Там охоронці кілька годин били дубинками всіх дванадцять людей.",
        "Двое освобождённых гражданских рассказали, что их и ещё десятерых жителей в апреле 2024 года привезли в "
        "колонию в Рязанской области. Там охранники избивали всех двенадцать человек.",
    ],
)
def test_a_plain_count_beaten_among_civilians_stays_civilian(text: str) -> None:
    assert _one(text)["victims"]["category"] == "civilian"


NO_GROUP_WORD = [
    (
        "У травні 2022 року окупанти вивезли з фермерського господарства в Снігурівці 30 тонн зерна.",
        "pillage_destruction",
    ),
    ("В мае 2022 года оккупанты вывезли из фермерского хозяйства в Снигиревке 30 тонн зерна.", "pillage_destruction"),
    ("У жовтні 2022 року російський військовий зґвалтував її в її будинку в Херсоні.", "sexual_violence"),
    ("В октябре 2022 года российский военный изнасиловал её в её доме в Херсоне.", "sexual_violence"),
    ("Окупанти забороняють виїжджати з села Василівка, фактично використовуючи їх як живий щит.", "human_shields"),
    ("Оккупанты запрещают выезжать из села Васильевка, фактически используя их как живой щит.", "human_shields"),
]


@pytest.mark.parametrize(("text", "label"), NO_GROUP_WORD)
def test_pillage_shields_and_rape_told_with_no_group_word_are_against_civilians(text: str, label: str) -> None:
    incident = _one(text)
    assert incident["violations"][0] == label
    assert incident["victims"]["category"] == "civilian"


@pytest.mark.parametrize(
    "text",
    [
        "У неділю російський дрон влучив у гуманітарний склад у Херсоні, поранено двох із наших працівників складу.",
        "В воскресенье российский дрон попал в гуманитарный склад в Херсоне, ранены двое из наших сотрудников склада.",
    ],
)
def test_our_staff_hurt_at_an_aid_warehouse_are_humanitarian_workers(text: str) -> None:
    assert _one(text)["victims"]["category"] == "humanitarian_worker"
