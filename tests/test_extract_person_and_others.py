"""A person and a number of others are that number plus one ('him and ten other prisoners' are eleven);
a number of others with no person joined to it stays the number."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 5, 20)


def _victims(text: str) -> int | None:
    [incident] = extract(text, PUBLISHED).to_contract()["incidents"]
    return incident["victims"]["min"]


@pytest.mark.parametrize(("text", "count"), [
    ("On May 3 in Kherson, Russian soldiers beat him and ten other prisoners at the detention centre.", 11),
    ("Russian guards tortured him and four other prisoners of war in Olenivka on May 3.", 5),
    ("On May 3 a Russian drone struck a bus in Kherson, killing her and two other passengers.", 3),
    ("A Russian shell hit a yard in Nikopol on May 3; she and two more women were killed.", 3),
    ("In Kherson on May 3, he and six other civilians were wounded by Russian shelling.", 7),
])
def test_a_person_and_others_in_english_count_the_person_too(text, count):
    assert _victims(text) == count


@pytest.mark.parametrize(("text", "count"), [
    ("3 травня у Херсоні російські військові катували його та ще десятьох побратимів.", 11),
    ("3 травня у Нікополі внаслідок російського обстрілу загинула вона та ще двоє жінок.", 3),
    ("3 травня у Херсоні росіяни катували його і ще трьох полонених.", 4),
    ("3 травня у Херсоні російський дрон поранив її та чотирьох інших цивільних.", 5),
])
def test_a_person_and_others_in_ukrainian_count_the_person_too(text, count):
    assert _victims(text) == count


@pytest.mark.parametrize(("text", "count"), [
    ("3 мая в Херсоне российские военные пытали его и ещё десятерых пленных.", 11),
    ("3 мая в Никополе при обстреле погибла она и ещё двое мирных жителей.", 3),
    ("3 мая в Херсоне российские военные пытали его и четырёх других пленных.", 5),
])
def test_a_person_and_others_in_russian_count_the_person_too(text, count):
    assert _victims(text) == count


@pytest.mark.parametrize(("text", "count"), [
    ("On May 3 in Kherson, the mayor said ten others were killed by Russian shelling.", 10),
    ("Russian shelling hit Kherson on May 3; he reported that two more were wounded.", 2),
    ("3 травня у Херсоні від російського обстрілу загинув чоловік, та ще двоє поранені.", 1),
    ("3 мая в Херсоне при обстреле погиб мужчина, и ещё двое ранены.", 1),
])
def test_others_with_no_person_joined_stay_the_number(text, count):
    assert _victims(text) == count


@pytest.mark.parametrize(("text", "count"), [
    ("On May 3 Russian shelling killed a man in Kherson Oblast and two other civilians in Zaporizhzhia Oblast.", 2),
    ("Russian troops shot civilians in Bucha and Irpin and ten other people in Hostomel.", 10),
])
def test_a_place_before_and_others_is_no_person(text, count):
    killed = [s["value"] for s in extract(text, PUBLISHED).to_contract()["statistics"]]
    victims = [i["victims"]["min"] for i in extract(text, PUBLISHED).to_contract()["incidents"]]
    assert count in killed + victims
    assert count + 1 not in killed + victims


@pytest.mark.parametrize(("text", "count"), [
    ("Russian soldiers shot Ivan Petrenko and four other prisoners near Bakhmut on May 3.", 5),
    ("Russian troops tortured Mykola Shevchuk and five more detainees in Kherson on May 3, prosecutors said.", 6),
    ("A Russian shell killed Petro Bondarenko and three other civilians in Nikopol on May 3.", 4),
    ("On May 3 a Russian drone struck a car near Kherson, killing volunteer Olena Koval and two other passengers.", 3),
])
def test_a_named_person_and_others_count_the_person_too(text, count):
    assert _victims(text) == count


def test_a_body_named_before_and_others_is_no_person():
    text = ("In a statement, Amnesty International and two other groups said a Russian shell killed a man in Kherson "
            "on May 3.")
    assert _victims(text) == 1


@pytest.mark.parametrize(("text", "count"), [
    ("3 травня у Херсоні російські військові катували Івана Петренка і ще 14 цивільних.", 15),
    ("3 травня у Херсоні російські військові розстріляли Олену та ще трьох цивільних.", 4),
    ("3 травня у Херсоні російські військові катували Максима разом із ще 14 цивільними.", 15),
    ("3 травня у Херсоні російський дрон поранив Олену та чотирьох інших цивільних.", 5),
    ("3 мая в Херсоне российские военные пытали Ивана Петренко и ещё 14 мирных жителей.", 15),
    ("3 мая в Херсоне российские военные пытали Максима вместе с ещё 14 мирными жителями.", 15),
    ("3 мая в Херсоне российские военные расстреляли Олега и еще троих мирных жителей.", 4),
])
def test_a_named_person_and_others_in_ukrainian_and_russian_count_the_person_too(text, count):
    assert _victims(text) == count


@pytest.mark.parametrize(("text", "count"), [
    ("3 травня російські військові обстріляли Херсон і ще 14 цивільних отримали поранення.", 14),
    ("3 мая российские военные обстреляли Херсон и ещё 14 мирных жителей получили ранения.", 14),
])
def test_a_town_before_and_more_is_no_person_in_ukrainian_and_russian(text, count):
    assert _victims(text) == count


@pytest.mark.parametrize("text", [
    "3 травня російські військові розстріляли Максима разом із ще 14 цивільними.",
    "3 мая российские военные расстреляли Максима вместе с ещё 14 мирными жителями.",
    "3 травня російські військові катували Олену, доньку місцевого вчителя.",
])
def test_a_given_name_in_an_oblique_case_is_no_village(text):
    [incident] = extract(text, PUBLISHED).to_contract()["incidents"]
    assert incident["location"] is None


def test_a_given_name_after_a_place_preposition_stays_the_village():
    text = "3 травня російські військові обстріляли житлові будинки у Максима, загинули двоє цивільних."
    [incident] = extract(text, PUBLISHED).to_contract()["incidents"]
    assert incident["location"] is not None
