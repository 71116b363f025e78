"""A big Russian city named bare in a Ukrainian text ("до Ростова") is the city, not a Ukrainian village of its
name, and "до" before it makes it a destination, not the scene; a village named with its oblast keeps its
place. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 2, 24)


def only(text: str):
    (incident,) = extract(text, PUBLISHED, "uk").incidents
    return incident.facts


@pytest.mark.parametrize(("text", "oblast"), [
    ("Окупанти вивезли 15 дітей з Донеччини до Ростова 3 лютого, повідомив омбудсман.", "Donetsk Oblast"),
    ("Окупанти незаконно вивезли до Ростова 15 дітей з Донецької області 3 лютого.", "Donetsk Oblast"),
    ("Росіяни депортували з Херсонщини до Ростова сім дітей у січні.", "Kherson Oblast"),
])
def test_a_big_russian_city_named_bare_is_the_city_and_a_destination(text, oblast):
    location = only(text).location
    assert location is not None and location.country == "UA" and location.admin1 == oblast
    assert location.name != "Rostov"


def test_a_ukrainian_village_named_with_its_oblast_keeps_its_place():
    text = "У Ростові на Сумщині окупанти обстріляли будинок 3 лютого, загинув чоловік."
    location = only(text).location
    assert (location.name, location.admin1) == ("Rostov", "Sumy Oblast")
