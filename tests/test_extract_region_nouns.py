"""An act told 'на Харківщині', 'з Донеччини', 'на Харьковщине' (a region noun in -щина naming the oblast) happened
in that oblast: neither the city the sentence before named nor the city the report is set in is its place. A
settlement named with the region noun stays the place."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 3, 5)


@pytest.mark.parametrize(("text", "language", "oblast"), [
    ("Харків під обстрілом. Мер Харкова повідомив про вибухи в місті. "
     "Вчора на Харківщині російський дрон атакував автомобіль, загинули двоє цивільних.", "uk", "Kharkiv Oblast"),
    ("Херсон. Окупанти обстріляли Херсонщину: загинула жінка, ще троє людей поранені.", "uk", "Kherson Oblast"),
    ("Сумы. Вчера на Сумщине российский дрон атаковал автомобиль, погибли двое мирных жителей.", "ru", "Sumy Oblast"),
    ("Харьков. Вчера на Харьковщине российский дрон атаковал автомобиль, погибли двое мирных жителей.", "ru",
     "Kharkiv Oblast"),
])
def test_an_act_told_in_a_region_noun_stands_in_the_oblast_not_the_city(text, language, oblast):
    (incident,) = extract(text, PUBLISHED, language).incidents
    assert incident.facts.location.name is None and incident.facts.location.admin1 == oblast


def test_a_settlement_named_with_the_region_noun_stays_the_place():
    text = "Харків. Вчора у Золочеві на Харківщині російський дрон атакував автомобіль, загинули двоє цивільних."
    (incident,) = extract(text, PUBLISHED, "uk").incidents
    assert incident.facts.location.name == "Zolochiv"
