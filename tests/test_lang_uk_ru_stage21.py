"""Stage 21, Ukrainian and Russian (docs/languages.md): the kind of a person named by an everyday noun among
captives, a police release's own voice and partner services, groups joined by a conjunction, two places hit in one
night, an outlet's reminders, a governor's report resumed, collective numbers for journalists, people held now.
Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import uk_ru_contract, uk_ru_only

PUBLISHED = dt.date(2025, 9, 17)  # a Wednesday


def _contract(text: str, published: dt.date = PUBLISHED) -> dict:
    return uk_ru_contract(text, published)


def _only(text: str, published: dt.date = PUBLISHED) -> dict:
    return uk_ru_only(text, published)


# -- a person named by an everyday noun among prisoners of war ----------------------------------------------------


@pytest.mark.parametrize("text", [
    "Повернутий з полону військовий розповів, що в ізоляторі в Таганрозі охоронці до смерті побили юнака з його камери.",
    "Звільнений з полону морський піхотинець розповів: «Нас тримали в колонії в Таганрозі. Взимку хлопця з нашої "
    "камери охоронці побили так, що він не вижив.»",
    "— Чи помирав хтось у полоні? — У березні хлопця з нашого бараку після допиту побили охоронці в Таганрозі.",
    "Вернувшийся из плена военный рассказал, что в изоляторе в Таганроге охранники до смерти избили юношу из его камеры.",
    "Освобождённый из плена морпех рассказал: «Нас держали в колонии в Таганроге. Зимой парня из нашей камеры "
    "охранники избили так, что он не выжил.»",
])
def test_a_guy_among_prisoners_of_war_is_one_of_them(text):
    incident = _only(text)
    assert incident["victims"]["category"] == "pow"
    assert incident["victims"]["min"] == 1


@pytest.mark.parametrize("text", [
    "Повернутий з полону військовий розповів, що в ізоляторі в Таганрозі охоронці побили пенсіонера з Херсона.",
    "Жителька Херсона, яку окупанти тримали в ізоляторі в Таганрозі, розповіла, що охоронці побили хлопця з її камери.",
    "Жительница Херсона, которую оккупанты держали в изоляторе в Таганроге, рассказала, что охранники избили парня "
    "из её камеры.",
    "У Херсоні внаслідок обстрілу загинув хлопець.",
    "В Херсоне в результате обстрела погиб парень.",
])
def test_a_word_of_status_a_civilian_teller_or_a_strike_keep_the_civilian(text):
    assert _only(text)["victims"]["category"] == "civilian"
