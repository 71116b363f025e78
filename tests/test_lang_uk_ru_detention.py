"""A detention by the occupying side is an unlawful detention, with the person and the others
counted together ("її та ще двох жінок" is three): classes detain_verb, occupier_word and
detainee_word in lang/uk and lang/ru, patterns in cues.json. A detention by police or security
service of a suspect, and "to hold up" (the same verb in both languages) stay no incident. Every
sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 6, 11)


def detentions(text: str, language: str) -> list:
    found = extract(text, PUBLISHED, language).incidents
    return [i.facts.victims for i in found if "unlawful_detention" in i.facts.violations]


@pytest.mark.parametrize(("text", "language", "count"), [
    ("12 березня окупанти в Каховці затримали її та ще двох жінок.", "uk", 3),
    ("Російські військові 7 квітня затримали у Скадовську трьох волонтерів.", "uk", 3),
    ("У Генічеську 9 травня рашисти заарештували його та ще чотирьох чоловіків.", "uk", 5),
    ("Вчительку з Олешок 2 липня схопили окупанти.", "uk", 1),
    ("В Каховке 12 марта оккупанты задержали её и ещё двух женщин.", "ru", 3),
    ("Оккупанты 7 апреля в Скадовске задержали трёх волонтёров.", "ru", 3),
    ("Российские силовики 4 мая в Бердянске арестовали его и ещё двоих активистов.", "ru", 3),
])
def test_a_detention_by_the_occupier_counts_the_person_and_the_others(text, language, count):
    found = detentions(text, language)
    assert found and found[0].min == count


@pytest.mark.parametrize(("text", "language"), [
    ("СБУ затримала коригувальника в Харкові 3 травня.", "uk"),
    ("Поліція 3 травня затримала в Києві чоловіка, який обікрав магазин.", "uk"),
    ("Окупанти затримали обмін полоненими на тиждень.", "uk"),
    ("Российские силовики задержали украинского диверсанта в Курске 3 мая.", "ru"),
    ("Оккупанты задержали отправку гуманитарного груза в Мариуполь.", "ru"),
])
def test_a_lawful_arrest_or_a_delay_is_no_detention(text, language):
    assert detentions(text, language) == []
