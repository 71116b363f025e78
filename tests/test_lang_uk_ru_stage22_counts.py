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
    ("Щонайменше 25 звільнених полонених розповіли слідчим, що у квітні 2025 року в СІЗО в Курську їх били "
     "охоронці.", 25),
    ("Додому повернулися дев'яносто військових. Вісімнадцять із них розповіли, що у квітні 2025 року в колонії в "
     "Брянську їх катували струмом.", 18),
    ("Четверо повернених оборонців, яких утримували в Таганрозі, повідомили, що у травні 2025 року конвоїри щодня "
     "били їх.", 4),
    ("Не менее 25 освобождённых пленных сообщили, что в апреле 2025 года в СИЗО в Курске их избивали охранники.", 25),
    ("Домой вернулись девяносто военных. Восемнадцать из них рассказали, что в апреле 2025 года в колонии в Брянске "
     "их пытали током.", 18),
    ("Четверо вернувшихся военных, которых держали в Таганроге, заявили, что в мае 2025 года конвоиры ежедневно "
     "избивали их.", 4),
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
