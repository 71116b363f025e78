"""People held somewhere by a side ("удерживают в подвале троих жителей", "утримують у школі 20 жителів"): an
unlawful detention, whatever words stand between the verb of holding and the people held; holding positions or
prisoners counted as a national total are no such act."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2024, 10, 19)


@pytest.mark.parametrize(("text", "language", "count"), [
    ("Украинские военные с сентября удерживают в подвале в Судже троих мирных жителей.", "ru", 3),
    ("С августа военные ВСУ удерживают в здании школы в Судже 12 пожилых жителей.", "ru", 12),
    ("З березня окупанти утримують у приміщенні школи в Вільхівці 20 місцевих жителів.", "uk", 20),
    ("Окупанти вже місяць утримують у Вільхівці двох жителів.", "uk", 2),
])
def test_people_held_by_a_side_are_an_unlawful_detention(text, language, count):
    incidents = extract(text, PUBLISHED, language=language).incidents
    assert [(i.facts.violations[0], i.facts.victims.min) for i in incidents] == [("unlawful_detention", count)]


@pytest.mark.parametrize(("text", "language"), [
    ("Украинские военные удерживают позиции у Суджи.", "ru"),
    ("Сили оборони утримують позиції біля Вільхівки.", "uk"),
])
def test_holding_positions_is_no_detention(text, language):
    assert extract(text, PUBLISHED, language=language).incidents == ()
