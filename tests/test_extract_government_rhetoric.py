"""A place word right before a noun of government ("Киевский режим", "київський режим", "the Kyiv regime") names
the government, not a settlement: no scene and no incident; the settlement of that name told as a place stays."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2024, 10, 21)


@pytest.mark.parametrize(("text", "language"), [
    ("Киевский режим продолжает целенаправленно бить по мирным жителям.", "ru"),
    ("Киевский режим вновь ударил по мирным жителям региона.", "ru"),
    ("Київський режим, за словами губернатора, б'є по мирних жителях.", "uk"),
    ("The Kyiv regime keeps striking civilians on purpose, the governor said.", "en"),
])
def test_a_government_named_by_its_capital_is_no_scene(text, language):
    assert all(i.facts.location is None for i in extract(text, PUBLISHED, language=language).incidents)


def test_the_act_told_beside_the_rhetoric_keeps_its_town():
    text = "Вчера киевский режим обстрелял Шебекино, ранены двое мирных жителей."
    assert [i.facts.location.name for i in extract(text, PUBLISHED, language="ru").incidents] == ["Shebekino"]


def test_the_village_named_as_a_place_stays():
    text = "Вчера ВСУ обстреляли поселок Киевский в Белгородской области, ранена женщина."
    assert [i.facts.location.name for i in extract(text, PUBLISHED, language="ru").incidents] == ["Kiyevskiy"]
