"""Stage 23 (srcU): an attribution's scope. A body or person named as speaking covers the acts told after it, in its
own paragraph or the next ones, until another attribution; a background act told after it (dated before the acts it
was cited for, or opened by a word of recall) cites nobody. Every report is written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import en_contract_incidents, uk_ru_contract

PUBLISHED = dt.date(2025, 5, 16)  # a Friday


def _sources(text: str) -> list[list[str]]:
    return [incident["reported_by"] for incident in en_contract_incidents(text, PUBLISHED)]


# -- the attribution carried to the acts after it ----------------------------------------------------------------

CARRIED = [
    # a rights group's statement, then its account paragraph by paragraph
    ("Russian forces shelled homes in Kharkiv region in May, killing civilians, Harbour Rights Watch said.\n\n"
     "On May 3, a rocket hit a school in Izium, killing two teachers.\n\n"
     "On May 9, a shell struck a clinic in Balakliia, wounding a nurse.",
     "Harbour Rights Watch"),
    # the police's statement, then a second act in the same paragraph
    ("A Russian drone hit a car in Nikopol on Monday, killing a man, the regional police said. "
     "On Tuesday, a shell wounded a woman at a bus stop in Marhanets.",
     "police"),
    # a governor's post quoted after a line introducing it
    ("Oleh Marchenko, head of the Sumy regional administration, wrote on Telegram on Thursday.\n\n"
     "This morning a Russian drone hit a bus in Krasnopillia, killing the driver.\n\n"
     "In Bilopillia, a shell wounded two women at the market.",
     "Sumy"),
]


@pytest.mark.parametrize(("text", "source"), CARRIED)
def test_an_attribution_covers_the_acts_told_after_it(text, source):
    found = _sources(text)
    assert len(found) >= 2
    assert all(any(source.lower() in name.lower() for name in names) for names in found)


# -- look-alikes: a background act after the attribution cites nobody ----------------------------------------------

BACKGROUND = [
    # dated months before the act the office was cited for
    ("A Russian drone hit a car in Nikopol on Monday, killing a man, the regional prosecutor's office said.\n\n"
     "In August 2024, a missile hit the hospital in Nikopol, killing four patients.",
     "August"),
    # opened by a word of recall
    ("A Russian drone hit a car in Nikopol on Monday, killing a man, the regional prosecutor's office said.\n\n"
     "Previously, a missile hit a bus in Marhanets, wounding six passengers.",
     "Previously"),
    # a period's toll named between closes the office's scope
    ("A Russian drone hit a car in Nikopol on Monday, killing a man, the regional prosecutor's office said. "
     "According to the regional administration, 40 civilians have been killed in the region since January.\n\n"
     "In August 2024, a missile hit a hospital in Marhanets, killing four patients.",
     "total"),
]


@pytest.mark.parametrize(("text", "why"), BACKGROUND)
def test_a_background_act_after_an_attribution_cites_nobody(text, why):
    found = _sources(text)
    assert len(found) == 2, why
    assert found[0] and found[1] == [], why


# -- Ukrainian and Russian: the same scope, the same recall ------------------------------------------------------

UK_RU = [
    ("Вранці російський дрон атакував автомобіль у Нікополі, загинув чоловік, повідомив голова ОВА Сергій Коваль. "
     "Увечері у Марганці снаряд поранив жінку на зупинці.",
     "Коваль", True),
    ("Утром украинский дрон атаковал автомобиль в Шебекино, погиб мужчина, сообщил губернатор Иван Петров. "
     "Вечером в Грайвороне снаряд ранил женщину на остановке.",
     "Петров", True),
    ("Утром украинский дрон атаковал автомобиль в Шебекино, погиб мужчина, сообщил губернатор Иван Петров. "
     "Ранее в Грайвороне снаряд ранил шесть пассажиров автобуса.",
     "Петров", False),
]


@pytest.mark.parametrize(("text", "source", "carried"), UK_RU)
def test_uk_ru_scope_and_recall(text, source, carried):
    found = [i["reported_by"] for i in uk_ru_contract(text, PUBLISHED)["incidents"]]
    assert len(found) == 2
    assert any(source in name for name in found[0])
    assert any(source in name for name in found[1]) is carried
