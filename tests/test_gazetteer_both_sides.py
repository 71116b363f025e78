"""The gazetteer on both sides of the border: Russian and Ukrainian spellings, Russian places, country check."""

from __future__ import annotations

import pytest

from warcrimes.gazetteer import Gazetteer, load
from warcrimes.gazetteer.assemble import english_russian_name
from warcrimes.gazetteer.variants import russian_cyrillic


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load()


@pytest.mark.parametrize(("spelling", "name", "admin1"), [
    ("Харьков", "Kharkiv", "Kharkiv Oblast"),
    ("Харків", "Kharkiv", "Kharkiv Oblast"),
    ("Николаев", "Mykolaiv", "Mykolaiv Oblast"),
    ("Запорожье", "Zaporizhzhia", "Zaporizhzhia Oblast"),
    ("Днепр", "Dnipro", "Dnipropetrovsk Oblast"),
    ("Кривой Рог", "Kryvyi Rih", "Dnipropetrovsk Oblast"),
    ("Артёмовск", "Bakhmut", "Donetsk Oblast"),
    ("Работино", "Robotyne", "Zaporizhzhia Oblast"),
    ("Хмельницкий", "Khmelnytskyi", "Khmelnytskyi Oblast"),
    ("Симферополь", "Simferopol", "Crimea"),
])
def test_a_ukrainian_place_is_found_by_its_russian_or_ukrainian_name(gazetteer: Gazetteer, spelling: str,
                                                                       name: str, admin1: str) -> None:
    place = gazetteer.resolve(spelling)
    assert place is not None
    assert (place.name, place.admin1, place.country) == (name, admin1, "UA")


@pytest.mark.parametrize(("spelling", "name", "admin1"), [
    ("Shebekino", "Shebekino", "Belgorod Oblast"),
    ("Шебекино", "Shebekino", "Belgorod Oblast"),
    ("Суджа", "Sudzha", "Kursk Oblast"),
    ("Tyotkino", "Tyotkino", "Kursk Oblast"),
    ("Тёткино", "Tyotkino", "Kursk Oblast"),
    ("Taganrog", "Taganrog", "Rostov Oblast"),
    ("Udarnyy", "Udarny", "Republic of Mordovia"),
])
def test_a_russian_place_has_its_english_name_and_region(gazetteer: Gazetteer, spelling: str, name: str,
                                                         admin1: str) -> None:
    place = gazetteer.resolve(spelling)
    assert place is not None
    assert (place.name, place.admin1, place.country) == (name, admin1, "RU")


@pytest.mark.parametrize(("spelling", "name", "country"), [
    ("Белгородская область", "Belgorod Oblast", "RU"),
    ("Харьковская область", "Kharkiv Oblast", "UA"),
    ("Республика Мордовия", "Republic of Mordovia", "RU"),
])
def test_regions_answer_to_their_russian_names(gazetteer: Gazetteer, spelling: str, name: str, country: str) -> None:
    region = gazetteer.oblast(spelling)
    assert region is not None
    assert (region.name, region.country) == (name, country)


def test_a_russian_village_named_like_ukrainian_ones_is_not_placed_in_ukraine(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("Берёзовка").country == "UA"  # type: ignore[union-attr]  # no context: Ukraine
    russian = gazetteer.resolve("Берёзовка", country="RU")
    assert russian is not None and russian.country == "RU"
    named_region = gazetteer.resolve("Березовка", admin1="Белгородская область")
    assert named_region is not None and named_region.country == "RU"


def test_a_country_filter_with_no_place_there_gives_none(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("Kharkiv", country="RU") is None


def test_moscow_is_a_region_only_so_news_about_the_government_names_no_scene(gazetteer: Gazetteer) -> None:
    assert all(p.kind != "settlement" for p in gazetteer.candidates("Moscow"))


@pytest.mark.parametrize(("geonames", "english"), [
    ("Udarnyy", "Udarny"), ("Kamensk-Shakhtinskiy", "Kamensk-Shakhtinsky"), ("Tëtkino", "Tyotkino"),
    ("Tver’", "Tver"), ("Staryy Oskol", "Stary Oskol"), ("Belaya Kalitva", "Belaya Kalitva"),
])
def test_russian_names_are_written_as_english_media_write_them(geonames: str, english: str) -> None:
    assert english_russian_name(geonames) == english


@pytest.mark.parametrize(("ukrainian", "russian"), [
    ("Хмельницький", "Хмельницкий"), ("Тернопіль", "Тернополь"), ("Тростянець", "Тростянец"),
    ("Ірпінь", "Ирпень"), ("Краснопілля", "Краснополье"), ("Харків", "Харьков"), ("Борова", "Боровая"),
])
def test_russian_forms_of_ukrainian_names_follow_the_correspondences(ukrainian: str, russian: str) -> None:
    assert russian in russian_cyrillic(ukrainian)
