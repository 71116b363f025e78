"""Places: gazetteer matches, oblast context for homonyms, regions, districts and non-places."""

from __future__ import annotations

import pytest

from extract_fixtures import FakeGazetteer, document
from warcrimes.extract.steps.places import canonical_oblast, find_places


def places_in(text: str, kind: str = "place"):
    return [m.value for m in find_places(document(text), FakeGazetteer()) if m.kind == kind]


def test_homonym_resolves_by_the_oblast_named_after_it():
    [place] = places_in("Two soldiers were shot near Stepove, Pokrovsk district, Donetsk Oblast.")
    assert (place.name, place.admin1) == ("Stepove", "Donetsk Oblast")


def test_homonym_resolves_by_region_spelled_as_region():
    [place] = places_in("Shelling hit the village of Stepove in the Zaporizhzhia region on Monday.")
    assert place.admin1 == "Zaporizhzhia Oblast"


def test_homonym_without_context_takes_the_largest():
    [place] = places_in("A drone struck a house in Stepove.")
    assert place.admin1 == "Mykolaiv Oblast"


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("Donetsk Oblast", "Donetsk Oblast"),
        ("Donetska oblast", "Donetsk Oblast"),
        ("the Kherson region", "Kherson Oblast"),
        ("Kharkivska", "Kharkiv Oblast"),
        ("Paris", None),
    ],
)
def test_oblast_spellings_fold_to_one_name(phrase, expected):
    assert canonical_oblast(phrase) == expected


def test_oblast_only_mention_is_a_region_not_a_settlement():
    text = "In Kherson Oblast, seven people were injured."
    assert places_in(text) == []
    assert [r.admin1 for r in places_in(text, "region")] == ["Kherson Oblast"]


def test_lowercase_word_is_not_a_place():
    assert places_in("They walked to the sumy river bank.") == []


def test_surname_after_a_given_name_is_not_a_place():
    assert places_in("Governor Ivan Fedorivka said the strike was deliberate.") == []


def test_direction_from_the_capital_is_a_reference_not_the_scene():
    [place] = places_in("The village lies 30 miles west of Kyiv.")
    assert place.role == "reference"


def test_institution_named_after_a_city_is_not_the_scene():
    [place] = places_in("The Kherson City Council said two people were wounded.")
    assert place.role == "org"


def test_district_gives_admin2_and_oblast():
    [district] = places_in("The attack hit a village in Pokrovsk district.", "district")
    assert district.admin2 == "Pokrovsk Raion" and district.admin1 == "Donetsk Oblast"


def test_no_gazetteer_still_finds_oblasts():
    regions = [m.value.admin1 for m in find_places(document("Strikes on Sumy Oblast."), None)]
    assert regions == ["Sumy Oblast"]
