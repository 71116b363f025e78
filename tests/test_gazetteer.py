"""The gazetteer: every Ukrainian settlement, its spellings, homonyms and coordinates."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warcrimes.errors import ConfigError, NotFoundError
from warcrimes.gazetteer import Gazetteer, Place, fold, fold_with_offsets, load, transliterate
from warcrimes.gazetteer.aliases import drop_colliding_aliases
from warcrimes.gazetteer.loader import parse_places
from warcrimes.gazetteer.matching import GeoRecord, Unit, find_centre, match_geonames
from warcrimes.gazetteer.variants import russian_variants


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load()


# --- the shipped gazetteer -------------------------------------------------------------------

def test_robotyne_is_a_village_of_zaporizhzhia_oblast_with_coordinates(gazetteer: Gazetteer) -> None:
    robotyne = gazetteer.resolve("Robotyne")
    assert robotyne is not None
    assert (robotyne.name, robotyne.admin1, robotyne.country) == ("Robotyne", "Zaporizhzhia Oblast", "UA")
    assert robotyne.admin2 == "Polohy Raion"
    assert robotyne.lat == pytest.approx(47.4, abs=0.4) and robotyne.lon == pytest.approx(35.8, abs=0.4)


def test_village_unknown_to_geonames_borrows_its_hromada_centre_coordinates(gazetteer: Gazetteer) -> None:
    robotyne = gazetteer.resolve("Robotyne")
    tokmak = gazetteer.resolve("Tokmak", admin1="Zaporizhzhia Oblast")
    assert robotyne is not None and tokmak is not None
    assert robotyne.hromada == "Tokmak hromada" and robotyne.precision == "hromada_centre"
    assert (robotyne.lat, robotyne.lon) == (tokmak.lat, tokmak.lon)
    assert tokmak.precision == "settlement" and tokmak.has_own_coordinates


def test_russian_form_rabotino_resolves_to_robotyne(gazetteer: Gazetteer) -> None:
    place = gazetteer.resolve("Rabotino")
    assert place is not None and place.name == "Robotyne"


def test_bakhmut_has_its_former_name_artemivsk_as_alias(gazetteer: Gazetteer) -> None:
    bakhmut = gazetteer.resolve("Bakhmut")
    assert bakhmut is not None and "artemivsk" in {fold(alias) for alias in bakhmut.aliases}
    assert gazetteer.resolve("Artemivsk") == bakhmut == gazetteer.resolve("Artemovsk")
    assert bakhmut.admin1 == "Donetsk Oblast" and bakhmut.precision == "settlement"


def test_stepove_resolves_to_a_different_village_in_each_oblast_named(gazetteer: Gazetteer) -> None:
    in_donetsk = gazetteer.resolve("Stepove", admin1="Donetsk Oblast")
    in_zaporizhzhia = gazetteer.resolve("Stepove", admin1="Zaporizhzhia region")
    assert in_donetsk is not None and in_zaporizhzhia is not None
    assert in_donetsk.admin1 == "Donetsk Oblast" and in_zaporizhzhia.admin1 == "Zaporizhzhia Oblast"
    assert in_donetsk.id != in_zaporizhzhia.id
    assert len(gazetteer.candidates("Stepove")) > 20


def test_raion_named_nearby_narrows_homonyms_within_an_oblast(gazetteer: Gazetteer) -> None:
    place = gazetteer.resolve("Stepove", admin1="Zaporizhzhia Oblast", admin2="Polohy district")
    assert place is not None and place.admin2 == "Polohy Raion"


def test_an_oblast_that_holds_no_homonym_is_ignored(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("Kharkiv", admin1="Donetsk Oblast") == gazetteer.resolve("Kharkiv")


@pytest.mark.parametrize("name", ["Kyiv", "Kharkiv", "Odesa", "Zaporizhzhia", "Dnipro", "Bakhmut", "Avdiivka",
                                  "Vuhledar", "Mariupol", "Kramatorsk", "Sloviansk", "Kherson", "Chasiv Yar",
                                  "Kryvyi Rih", "Bucha", "Izium", "Pokrovsk"])
def test_common_english_spelling_is_the_display_name_of_the_city(gazetteer: Gazetteer, name: str) -> None:
    place = gazetteer.resolve(name)
    assert place is not None
    assert (place.name, place.kind, place.settlement_type) == (name, "settlement", "city")
    assert place.precision == "settlement" and place.population


def test_velyka_novosilka_is_a_settlement_with_its_own_coordinates(gazetteer: Gazetteer) -> None:
    place = gazetteer.resolve("Velyka Novosilka")
    assert place is not None and place.admin1 == "Donetsk Oblast"
    assert place.settlement_type == "rural_settlement" and place.has_own_coordinates


@pytest.mark.parametrize(("variant", "name"), [
    ("Artemovsk", "Bakhmut"), ("Avdeevka", "Avdiivka"), ("Avdeyevka", "Avdiivka"), ("Kharkov", "Kharkiv"),
    ("Nikolaev", "Mykolaiv"), ("Zaporozhye", "Zaporizhzhia"), ("Lugansk", "Luhansk"), ("Kiev", "Kyiv"),
    ("Severodonetsk", "Siverskodonetsk"), ("Sievierodonetsk", "Siverskodonetsk"), ("Ugledar", "Vuhledar"),
    ("Krivoy Rog", "Kryvyi Rih"), ("Odessa", "Odesa"), ("Zaporizhzhya", "Zaporizhzhia"),
    ("Бахмут", "Bakhmut"), ("Kam'yanka-Dniprovs'ka", "Kamianka-Dniprovska"), ("Chasov Yar", "Chasiv Yar")])
def test_russian_and_older_spellings_resolve_to_the_city(gazetteer: Gazetteer, variant: str,
                                                         name: str) -> None:
    place = gazetteer.resolve(variant)
    assert place is not None and place.name == name and place.settlement_type == "city"


def test_belgorod_and_its_oblast_are_in_russia(gazetteer: Gazetteer) -> None:
    belgorod = gazetteer.resolve("Belgorod")
    oblast = gazetteer.oblast("Belgorod region")
    assert belgorod is not None and oblast is not None
    assert (belgorod.country, belgorod.admin1) == ("RU", "Belgorod Oblast")
    assert (oblast.name, oblast.country, oblast.kind) == ("Belgorod Oblast", "RU", "oblast")
    assert gazetteer.oblast("Kursk Oblast") is not None and gazetteer.oblast("Bryansk region") is not None


@pytest.mark.parametrize(("spoken", "region"), [
    ("Donetsk Oblast", "Donetsk Oblast"), ("Donetsk region", "Donetsk Oblast"),
    ("Donetska oblast", "Donetsk Oblast"), ("the Donetsk region", "Donetsk Oblast"),
    ("Donetsk", "Donetsk Oblast"), ("Kherson region", "Kherson Oblast"),
    ("Zaporozhye region", "Zaporizhzhia Oblast"), ("Kyiv region", "Kyiv Oblast"), ("Kyiv", "Kyiv"),
    ("Crimea", "Crimea"), ("Autonomous Republic of Crimea", "Crimea"), ("Sevastopol", "Sevastopol"),
    ("Kharkiv Oblast", "Kharkiv Oblast"), ("Dnipropetrovsk region", "Dnipropetrovsk Oblast")])
def test_oblast_is_found_by_the_names_reports_give_it(gazetteer: Gazetteer, spoken: str, region: str) -> None:
    place = gazetteer.oblast(spoken)
    assert place is not None and place.name == region and place.kind == "oblast" and place.lat is not None


def test_a_city_is_preferred_over_the_oblast_of_the_same_name(gazetteer: Gazetteer) -> None:
    donetsk = gazetteer.resolve("Donetsk")
    assert donetsk is not None and donetsk.kind == "settlement"


def test_hromada_named_in_a_report_resolves_to_its_centre(gazetteer: Gazetteer) -> None:
    tokmak = gazetteer.resolve("Tokmak", admin1="Zaporizhzhia Oblast")
    assert tokmak is not None
    assert gazetteer.resolve("Tokmak hromada") == tokmak == gazetteer.resolve("Tokmak community")


def test_raion_is_found_as_raion_or_district(gazetteer: Gazetteer) -> None:
    raion = gazetteer.raion("Bakhmut district")
    assert raion is not None and raion.name == "Bakhmut Raion" and raion.admin1 == "Donetsk Oblast"
    assert gazetteer.raion("Bakhmutskyi raion") == raion
    assert raion.precision == "raion_centre" and raion.lat is not None


def test_every_place_below_a_country_has_coordinates(gazetteer: Gazetteer) -> None:
    missing = [p.name for p in gazetteer if p.kind != "country" and (p.lat is None or p.lon is None)]
    assert missing == []


def test_gazetteer_holds_every_ukrainian_village(gazetteer: Gazetteer) -> None:
    settlements = [p for p in gazetteer if p.kind == "settlement" and p.country == "UA"]
    assert len(settlements) > 29000
    assert sum(1 for p in settlements if p.settlement_type == "village") > 25000


def test_surface_forms_cover_multiword_names_and_aliases(gazetteer: Gazetteer) -> None:
    forms: dict[str, set[int]] = {}
    for form, place_id in gazetteer.surface_forms():
        forms.setdefault(form, set()).add(place_id)
    for name in ("chasiv yar", "velyka novosilka", "kryvyi rih", "rabotino", "artemivsk", "donetsk region"):
        assert name in forms
    robotyne = gazetteer.resolve("Robotyne")
    assert robotyne is not None and robotyne.id in forms["rabotino"]


def test_by_id_gives_back_the_place_and_refuses_an_unknown_id(gazetteer: Gazetteer) -> None:
    bakhmut = gazetteer.resolve("Bakhmut")
    assert bakhmut is not None and gazetteer.by_id(bakhmut.id) == bakhmut
    with pytest.raises(NotFoundError, match="No place has id -5"):
        gazetteer.by_id(-5)


def test_unknown_name_resolves_to_none(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("Atlantis") is None
    assert gazetteer.candidates("Atlantis") == []


def test_load_is_cached() -> None:
    assert load() is load()


# --- transliteration and folding -------------------------------------------------------------

@pytest.mark.parametrize(("ukrainian", "latin"), [
    ("Згурський", "Zghurskyi"), ("Юрій", "Yurii"), ("Їжакевич", "Yizhakevych"), ("Знам'янка", "Znamianka"),
    ("Знам’янка", "Znamianka"), ("Роботине", "Robotyne"), ("Запоріжжя", "Zaporizhzhia"),
    ("Кривий Ріг", "Kryvyi Rih"),
    ("Єнакієве", "Yenakiieve"), ("Йосипівка", "Yosypivka"), ("Стрий", "Stryi"), ("ЩУКА", "SHCHUKA")])
def test_kmu_2010_transliteration(ukrainian: str, latin: str) -> None:
    assert transliterate(ukrainian) == latin


def test_every_example_of_the_shipped_table_transliterates_as_the_resolution_says() -> None:
    path = resources.files("warcrimes.gazetteer") / "data" / "translit_kmu2010.json"
    table = json.loads(path.read_text("utf-8"))
    wrong = {uk: transliterate(uk) for uk, latin in table["examples"].items() if transliterate(uk) != latin}
    assert wrong == {}


def test_russian_variants_follow_the_usual_correspondences() -> None:
    assert "Rabotino" in russian_variants("Роботине")
    assert "Kharkov" in russian_variants("Харків")
    assert {"Avdeevka", "Avdeyevka"} <= set(russian_variants("Авдіївка"))
    assert "Stepovoye" in russian_variants("Степове")


def test_noun_and_adjective_endings_both_give_russian_forms() -> None:
    assert {"Grakovo", "Grakovoye"} <= set(russian_variants("Гракове"))
    assert "Vinnitsa" in russian_variants("Вінниця")
    assert "Gulyaypole" in russian_variants("Гуляйполе")
    assert "Kamenka-Dneprovskaya" in russian_variants("Кам'янка-Дніпровська")


def test_media_shortening_of_kmu_spellings_is_an_alias(gazetteer: Gazetteer) -> None:
    place = gazetteer.resolve("Balaklia", admin1="Kharkiv Oblast")
    assert place is not None and place.name == "Balakliia"


def test_historical_alias_that_is_another_city_name_is_dropped() -> None:
    city = Place(1, "Nikopol", "settlement", "A", None, None, "UA", 1.0, 1.0, "settlement", 100000, None,
                 ("Sloviansk", "Nikopil"), "city")
    other = Place(2, "Sloviansk", "settlement", "B", None, None, "UA", 2.0, 2.0, "settlement", 90000, None,
                  (), "city")
    kept = drop_colliding_aliases([city, other])
    assert kept[0].aliases == ("Nikopil",) and kept[1] == other


def test_former_name_shared_with_one_village_stays() -> None:
    city = Place(1, "Khrustalnyi", "settlement", "A", None, None, "UA", 1.0, 1.0, "settlement", 80000, None,
                 ("Krasnyi Luch",), "city")
    village = Place(2, "Krasnyi Luch", "settlement", "B", None, None, "UA", 2.0, 2.0, "hromada_centre", None,
                    None, (), "village")
    assert drop_colliding_aliases([city, village])[0].aliases == ("Krasnyi Luch",)


def test_fold_drops_case_accents_apostrophes_and_unifies_hyphens() -> None:
    assert fold("Kam'yanka–Dniprovs’ka") == fold("KAMYANKA DNIPROVSKA") == "kamyanka dniprovska"
    assert fold("  Chasiv   Yar ") == "chasiv yar"
    assert fold("Stépové") == "stepove"


def test_fold_with_offsets_points_back_into_the_original_text() -> None:
    text = "Near Kam'yanka–Dniprovs'ka"
    folded, offsets = fold_with_offsets(text)
    start = folded.index("kamyanka dniprovska")
    end = start + len("kamyanka dniprovska") - 1
    assert text[offsets[start]:offsets[end] + 1] == "Kam'yanka–Dniprovs'ka"


@given(st.text(alphabet=st.sampled_from("aBcé ’'-–\tÄЖжїйЁ ʼx"), max_size=40))
def test_fold_and_fold_with_offsets_agree(text: str) -> None:
    folded, offsets = fold_with_offsets(text)
    assert fold(text) == folded.strip()
    assert len(offsets) == len(folded)


# --- building blocks of the build script ----------------------------------------------------

def _unit(code: str, category: str, name: str, hromada: str = "UA14H1") -> Unit:
    return Unit(code=code, category=category, name_uk=name, oblast="UA14000", raion="UA14P1", hromada=hromada)


def test_centre_of_a_raion_is_the_city_not_the_village_with_a_longer_shared_beginning() -> None:
    members = [_unit("a", "C", "Бахмутське"), _unit("b", "M", "Бахмут"), _unit("c", "C", "Кліщіївка")]
    centre = find_centre("Бахмутський", members)
    assert centre is not None and centre.name_uk == "Бахмут"
    assert find_centre("Дністровський", [_unit("d", "C", "Кельменці")]) is None


def _record(geonameid: int, name: str, lat: float, lon: float, population: int = 600) -> GeoRecord:
    return GeoRecord(id=geonameid, name=name, lat=lat, lon=lon, country="UA", admin1="05",
                     population=population, alternates=())


def test_homonyms_are_told_apart_by_the_located_settlements_of_their_hromada() -> None:
    north = [_unit("n1", "M", "Північне", "H-north"), _unit("n2", "C", "Степове", "H-north")]
    south = [_unit("s1", "M", "Південне", "H-south"), _unit("s2", "C", "Степове", "H-south")]
    records = [_record(1, "Pivnichne", 49.0, 37.0, 20000), _record(2, "Pivdenne", 47.0, 37.0, 20000),
               _record(3, "Stepove", 47.05, 37.02)]
    result = match_geonames(north + south, records, {"05": "UA14"})
    assert result.by_code["s2"].id == 3 and "n2" not in result.by_code


def test_a_malformed_gazetteer_file_is_refused_with_a_sentence() -> None:
    with pytest.raises(ConfigError, match="make gazetteer"):
        parse_places(["not a header"], "places.tsv.gz")


def test_place_is_immutable() -> None:
    place = Place(1, "Ukraine", "country", None, None, None, "UA", None, None, "country", None, None, ())
    with pytest.raises(AttributeError):
        place.name = "Other"  # type: ignore[misc]
