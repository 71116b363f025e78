"""Stage 22 (victim counts, uk/ru): a count that is the subject of a verb of telling (class `telling_verb`) whose
told clause does the act to the tellers themselves (their pronoun "їх", "их" by the act) counts the victims, also
past a relative clause that picks them out ("Четверо повернених, яких утримували в Таганрозі, повідомили, що ...").
Every sentence is our own; three wordings per language and look-alikes that must not fire."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import first_victims
from warcrimes.domain.facts import Victims

PUBLISHED = dt.date(2025, 6, 18)


def victims(text: str) -> Victims:
    return first_victims(text, PUBLISHED)


@pytest.mark.parametrize(("text", "count"), [
    ("Додому повернулися дев'яносто військових. Слідчі їх вислухали. Вісімнадцять із них розповіли, що у квітні 2025 "
     "року в колонії в Брянську їх катували струмом.", 18),
    ("Троє звільнених, які утримувалися в СІЗО в Курську, розповіли, що з березня по травень 2025 року конвоїри били "
     "їх щодня.", 3),
    ("Четверо повернених оборонців, яких утримували в Таганрозі, повідомили, що у травні 2025 року конвоїри щодня "
     "били їх.", 4),
    ("Домой вернулись девяносто военных. Омбудсмен встретилась с ними. Не менее 25 из них сообщили, что в апреле 2025 "
     "года в СИЗО в Курске их избивали охранники.", 25),
    ("Трое освобождённых, которые содержались в колонии в Брянске, рассказали, что в апреле 2025 года их пытали "
     "током.", 3),
    ("Домой вернулись девяносто военных. Я лично встретилась с ребятами. Двенадцать из них рассказали, что в мае 2025 "
     "года в подвале в Судже их избивали.", 12),
])
def test_a_count_telling_of_its_own_harm_counts_the_victims(text, count):
    assert victims(text).min == count


@pytest.mark.parametrize(("text", "count"), [
    ("Троє з них розповіли, що у квітні 2025 року в колонії в Брянську охоронці били двадцять полонених.", 20),
    # a count inside the clause, after the act, is not the subject of the telling
    ("Охоронці в колонії в Брянську у квітні 2025 року били двадцять полонених, які згодом розповіли про це.", 20),
    ("Трое из них рассказали, что в апреле 2025 года в колонии в Брянске охранники избивали двадцать пленных.", 20),
])
def test_tellers_of_another_group_s_harm_are_not_counted(text, count):
    assert victims(text).min == count


# --- a count joined to a person and held in a prison: the holding is done to them, not a tally of the held ---


@pytest.mark.parametrize(("text", "count"), [
    ("Звільнений під час обміну 5 лютого Олег Марчук розповів, що він та ще тридцять полонених у травні 2025 року "
     "утримувалися в колонії в Курську, де їх щодня били.", 31),
    ("Повернутий з полону Андрій Коваль розповів, що у квітні 2025 року він та ще дванадцять полонених перебували у "
     "в'язниці в Брянську, де їх били.", 13),
    ("Після обміну морпіх розповів, що у березні 2025 року він та ще сім оборонців утримувалися в СІЗО в Таганрозі і "
     "їх катували.", 8),
    ("Освобождённый в ходе обмена 5 февраля Олег Марчук рассказал, что он и ещё тридцать пленных в мае 2025 года "
     "содержались в колонии в Курске, где их ежедневно избивали.", 31),
    ("Вернувшийся из плена Андрей Коваль рассказал, что в апреле 2025 года он и ещё двенадцать пленных находились в "
     "тюрьме в Брянске, где их избивали.", 13),
    ("После обмена морпех рассказал, что в марте 2025 года он и ещё семь военных содержались в СИЗО в Таганроге и "
     "их пытали.", 8),
])
def test_a_teller_held_with_others_counts_himself_and_the_others(text, count):
    assert victims(text).min == count
