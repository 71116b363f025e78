"""Places: gazetteer matches, oblast context for homonyms, regions, districts and non-places."""

from __future__ import annotations

import pytest

from extract_fixtures import FakeGazetteer, FakePlace, document
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


class _BorderGazetteer(FakeGazetteer):
    """The test gazetteer plus Russian border towns and a Ukrainian namesake of one of them."""

    extra = [
        FakePlace(201, "Shebekino", "settlement", "Belgorod Oblast", country="RU", population=40000),
        FakePlace(202, "Sudzha", "settlement", "Kursk Oblast", country="RU", population=6000),
        FakePlace(203, "Kursk", "settlement", "Kursk Oblast", country="RU", population=440000),
        FakePlace(204, "Krynky", "settlement", "Kherson Oblast", population=1000),
        FakePlace(205, "Nikolske", "settlement", "Kirovohrad Oblast", population=900),
        FakePlace(206, "Nikolske", "settlement", "Kursk Oblast", country="RU", population=300),
        FakePlace(207, "Krasnoye", "settlement", "Kursk Oblast", country="RU", population=500),
    ]

    def surface_forms(self):
        return super().surface_forms() + [(p.name.lower(), p.id) for p in self.extra]

    def by_id(self, place_id):
        return super().by_id(place_id) or next((p for p in self.extra if p.id == place_id), None)


def border_places(text: str, kind: str = "place"):
    return [m.value for m in find_places(document(text), _BorderGazetteer()) if m.kind == kind]


def test_russian_border_town_keeps_its_country_and_oblast():
    [place] = border_places("Shelling hit the Russian border town of Shebekino on Sunday.")
    assert (place.name, place.admin1, place.country) == ("Shebekino", "Belgorod Oblast", "RU")


def test_russian_region_is_a_region_of_russia():
    [region] = border_places("A drone hit a car in the Kursk region.", kind="region")
    assert (region.admin1, region.country) == ("Kursk Oblast", "RU")


def test_ukrainian_namesake_wins_without_a_russian_region():
    [place] = border_places("Russian troops shelled Nikolske in Kirovohrad Oblast.")
    assert place.country == "UA"


def test_russian_namesake_wins_in_a_report_on_a_russian_region():
    [place] = border_places("A drone hit a shop in Nikolske in the Kursk region.")
    assert place.country == "RU"


def test_town_of_captivity_in_russia_is_a_place_without_its_country_named():
    places = border_places("He was beaten every day in a detention facility in Taganrog.")
    assert [(p.name, p.admin1, p.country) for p in places] == [("Taganrog", "Rostov Oblast", "RU")]


def test_place_of_capture_is_background_when_the_place_of_captivity_follows():
    text = "He was captured near Krynky in November. Guards beat him in a detention facility in Taganrog."
    roles = {p.name: p.role for p in border_places(text)}
    assert roles == {"Krynky": "reference", "Taganrog": "event"}


def test_place_of_captivity_counts_within_the_next_two_sentences_however_long():
    between = "His family heard nothing from him for many months and wrote to every office they could find. "
    near = f"He was captured near Krynky in November. {between}Guards beat him in a detention facility in Taganrog."
    far = near.replace(between, between * 3)
    assert {p.name: p.role for p in border_places(near)}["Krynky"] == "reference"
    assert {p.name: p.role for p in border_places(far)}["Krynky"] == "event"


def test_place_of_capture_alone_stays_the_scene():
    [place] = border_places("Two soldiers captured near Krynky were shot on the spot.")
    assert place.role == "event"


def test_kyiv_regime_is_a_government_not_a_scene():
    [place] = border_places("Officials accused the Kyiv regime of shelling the market.")
    assert place.role == "reference"


def test_country_before_deportation_destination_is_not_the_scene():
    places = border_places("The boy was deported to Taganrog from Kherson.")
    assert {p.name: p.role for p in places}["Taganrog"] == "reference"


def test_city_in_an_abbreviated_administration_is_no_scene():
    [place] = places_in("Head of the Kherson RMA Oleksandr Prokudin said a man was killed.")
    assert place.role == "org"


def test_border_village_missing_from_the_gazetteer_is_still_in_russia():
    [place] = border_places("A drone hit a house in the Russian border village of Tyotkino.")
    assert (place.name, place.country) == ("Tyotkino", "RU")


def test_border_town_in_the_gazetteer_is_named_once():
    assert len(border_places("Shelling hit the Russian border town of Shebekino.")) == 1


def test_place_of_capture_is_background_when_captivity_is_told_in_a_russian_region():
    text = "He was captured near Krynky and beaten for months in a colony in the Kursk region."
    assert [p.role for p in border_places(text)] == ["reference"]


def test_village_missing_from_the_gazetteer_in_a_report_on_a_russian_region_is_there():
    text = "Shelling hit the Kursk region overnight. A woman was wounded in the village of Gornal."
    [place] = border_places(text)
    assert (place.name, place.admin1, place.country) == ("Gornal", "Kursk Oblast", "RU")


def test_weekday_before_russias_is_no_place_in_russia():
    places = border_places("In a statement on Sunday, Russia's Defence Ministry accused Kyiv.")
    assert [(p.name, p.role) for p in places] == [("Kyiv", "reference")]


def test_kyiv_that_did_not_comment_is_the_government():
    [place] = border_places("Kyiv did not comment on the allegation.")
    assert place.role == "reference"


def test_a_town_someone_tried_to_leave_for_is_not_the_scene(monkeypatch):
    import datetime as dt

    from warcrimes.extract import extract
    from warcrimes.extract.steps import places

    monkeypatch.setattr(places, "_gazetteer", lambda: FakeGazetteer())
    text = "On Feb. 20, Russian soldiers shot dead a 60-year-old man in Fedorivka who tried to leave for Kherson."
    [incident] = extract(text, dt.date(2024, 3, 1)).to_contract()["incidents"]
    assert incident["location"]["name"] == "Fedorivka"


@pytest.mark.parametrize(("text", "expected"), [
    ("Shelling hit the Kursk region overnight. A woman was wounded in the village of Krasnoye Pole.",
     "Krasnoye Pole"),
    ("A drone hit a car in the settlement of Krasnoye Selo in the Kursk region.", "Krasnoye Selo"),
    ("In the Kursk region, troops shot two men in the village of Krasnaya Dubrava.", "Krasnaya Dubrava"),
])
def test_a_longer_name_than_the_gazetteer_knows_in_a_report_on_a_russian_region_is_kept_whole(text, expected):
    assert [p.name for p in border_places(text)] == [expected]


@pytest.mark.parametrize("text", [
    "A woman was wounded in the village of Krasnoye in the Kursk region.",
    "In the village of Krasnoye Russian troops shelled a shop, the Kursk region governor said.",
    "In the village of Krasnoye Sudzha residents heard explosions, the Kursk region governor said.",
])
def test_a_known_village_followed_by_a_side_or_a_place_keeps_its_own_name(text):
    assert [p.name for p in border_places(text)][0] == "Krasnoye"


@pytest.mark.parametrize(
    "text",
    [
        "Spokesman Hryhoriy Fedorivka said the strike was deliberate.",  # the list spells it Hryhorii
        "The statement was signed by Tymofii Fedorivka, the council's secretary.",  # listed as Tymofiy
        "According to Nazariy Fedorivka, nobody was hurt.",
    ],
)
def test_surname_after_either_spelling_of_a_given_name_is_not_a_place(text):
    assert places_in(text) == []


def test_a_village_after_a_word_that_only_ends_like_a_given_name_is_still_a_place():
    [place] = places_in("Shells fell on the outskirts of Fedorivka on Monday.")
    assert place.name == "Fedorivka"
