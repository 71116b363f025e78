"""One Russian town that GeoNames lists twice (the town and its district adjective, or "Gorod X") is one
place in the gazetteer, keeping the town's own name; neighbours that only look alike stay apart."""

from __future__ import annotations

import pytest

from warcrimes.gazetteer import Gazetteer, load
from warcrimes.gazetteer.duplicates import merge_duplicates, same_place
from warcrimes.gazetteer.places import Place


def town(place_id: int, name: str, lat: float, lon: float, population: int | None = None,
         aliases: tuple[str, ...] = (), admin1: str = "Kursk Oblast") -> Place:
    return Place(place_id, name, "settlement", admin1, None, None, "RU", lat, lon, "settlement", population, None,
                 aliases)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load()


def test_the_adjective_record_listing_the_town_merges_into_the_town() -> None:
    plain = town(1, "Rzhava", 51.70, 36.00, aliases=("Ржава",))
    adjective = town(2, "Rzhavsky", 51.65, 36.01, 12000, ("Ржава", "Ржавский"))
    places, pairs = merge_duplicates([adjective, plain])
    assert pairs == [(1, 2)]
    (kept,) = places
    assert (kept.id, kept.name, kept.population, kept.lat) == (1, "Rzhava", 12000, 51.70)
    assert {"Rzhavsky", "Ржавский", "Ржава"} <= set(kept.aliases)


def test_gorod_before_the_name_is_the_same_town() -> None:
    assert same_place(town(1, "Sosnovka", 50.0, 36.0, 9000), town(2, "Gorod Sosnovka", 50.01, 36.01, 8000))


def test_a_town_listed_twice_under_one_name_keeps_the_populous_record() -> None:
    places, pairs = merge_duplicates([town(5, "Lipovo", 52.0, 35.0), town(6, "Lipovo", 52.02, 35.0, 4100)])
    assert pairs == [(6, 5)] and [p.population for p in places] == [4100]


def test_an_adjective_that_does_not_list_the_town_is_a_neighbour_not_the_town() -> None:
    # a stanitsa named after the town beside it, with its own spellings only
    assert not same_place(town(1, "Anapa", 44.89, 37.32, 53600), town(2, "Anapskaya", 44.89, 37.37, 13965))


def test_records_far_apart_or_in_two_regions_stay_apart() -> None:
    assert not same_place(town(1, "Lipovo", 52.0, 35.0), town(2, "Lipovo", 52.3, 35.0))
    assert not same_place(town(1, "Lipovo", 52.0, 35.0), town(2, "Lipovo", 52.0, 35.01, admin1="Oryol Oblast"))


def test_ukrainian_places_are_left_alone() -> None:
    one = Place(10, "Nova", "settlement", "Sumy Oblast", None, None, "UA", 50.0, 34.0, "settlement", None, None, ())
    other = Place(11, "Nova", "settlement", "Sumy Oblast", None, None, "UA", 50.0, 34.01, "settlement", 900, None, ())
    assert merge_duplicates([one, other])[1] == []


@pytest.mark.parametrize("spelling", ["Lgov", "Льгов", "L'gov", "Lgovsky"])
def test_lgov_is_one_town_with_its_population(gazetteer: Gazetteer, spelling: str) -> None:
    found = gazetteer.resolve(spelling, country="RU")
    assert found is not None and found.name == "Lgov" and found.admin1 == "Kursk Oblast"
    assert (found.population or 0) > 20000
    assert [p.name for p in gazetteer.candidates(spelling) if p.country == "RU"] == ["Lgov"]


def test_shebekino_is_one_record(gazetteer: Gazetteer) -> None:
    assert [p.name for p in gazetteer.candidates("Шебекино") if p.country == "RU"] == ["Shebekino"]
    assert gazetteer.resolve("Gorod Shebekino", country="RU").name == "Shebekino"


@pytest.mark.parametrize("spelling", ["Тёткино", "Теткино", "Tyotkino", "Tetkino", "ТЁТКИНО"])
def test_yo_and_e_fold_alike_in_cyrillic_and_latin(gazetteer: Gazetteer, spelling: str) -> None:
    found = gazetteer.resolve(spelling, country="RU")
    assert found is not None and found.name == "Tyotkino"


@pytest.mark.parametrize(("text", "language"), [
    ("A Ukrainian drone struck a car in Lgov, Kursk Oblast, on Monday, killing the driver.", "en"),
    ("Two people were wounded when shells hit a market in Lgov on Tuesday.", "en"),
    ("В понедельник беспилотник атаковал автомобиль во Льгове Курской области, погиб водитель.", "ru"),
    ("Дрон ударил по Льгову Курской области, ранены двое мирных жителей.", "ru"),
    ("У Льгові Курської області дрон атакував автомобіль, загинув водій.", "uk"),
])
def test_a_report_on_lgov_places_the_town_not_its_district_adjective(text: str, language: str) -> None:
    import datetime as dt

    from warcrimes.extract import extract

    (incident,) = extract(text, dt.date(2025, 3, 5), language).incidents
    assert (incident.facts.location.name, incident.facts.location.admin1) == ("Lgov", "Kursk Oblast")


@pytest.mark.parametrize(("text", "language", "name"), [
    ("Shelling of Tyotkino in Kursk Oblast killed two civilians on Monday.", "en", "Tyotkino"),
    ("Shelling of Tetkino in Kursk Oblast killed two civilians on Monday.", "en", "Tetkino"),
    ("В понедельник обстрел Тёткино Курской области убил двух мирных жителей.", "ru", "Tyotkino"),
    ("Во вторник при обстреле Теткино Курской области погибли двое.", "ru", "Tetkino"),
])
def test_tyotkino_with_yo_or_e_is_one_village(text: str, language: str, name: str) -> None:
    """One village whichever way it is written; its name spelled as the text spells it (places.json `yo_as_e`)."""
    import datetime as dt

    from warcrimes.extract import extract

    (incident,) = extract(text, dt.date(2025, 3, 5), language).incidents
    assert (incident.facts.location.name, incident.facts.location.admin1) == (name, "Kursk Oblast")
