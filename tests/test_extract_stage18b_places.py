"""Stage 18b (issue 8): words that are settlements in the gazetteer but name a person, a body or a court's seat
are no scene: a first name before a person's verb or age, a name right after a noun that bodies' names follow,
and the city of the court that tried the case (packaged gazetteer: Luka, Svitanok, Tavriia are villages)."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 6, 18)


def places(text: str) -> list[str | None]:
    return [i.facts.location.name if i.facts.location else None for i in extract(text, PUBLISHED).incidents]


@pytest.mark.parametrize(("text", "scene"), [
    ("Luka, 67, told us that soldiers had beaten two men in Polohy on 3 June 2024.", "Polohy"),
    ("Soldiers beat two men on 3 June 2024, Luka told us.", None),
    ("Soldiers beat two men on 3 June 2024, Luka recalled.", None),
    ("Luka said soldiers beat two men on 3 June 2024.", None),
])
def test_a_first_name_before_a_persons_verb_or_age_is_no_village(text, scene):
    assert places(text) == [scene]


@pytest.mark.parametrize("text", [
    "Soldiers beat two men in Luka on 3 June 2024, residents said.",
    "Soldiers beat two men on 3 June 2024 near Luka, 20 km from the town.",
])
def test_the_village_after_a_place_preposition_stays_the_scene(text):
    assert places(text) == ["Luka"]


@pytest.mark.parametrize(("text", "scene"), [
    ("According to the charity Svitanok Rescue, soldiers took 31 children to Crimea on 19 October 2022.", None),
    ("Soldiers took 31 children from Polohy to Crimea on 19 October 2022, the volunteer group Tavriia Child "
     "Search said.", "Polohy"),
    ('The portal "Svitanok" recorded that soldiers took 31 children to Crimea on 19 October 2022.', None),
])
def test_a_name_after_group_charity_or_portal_names_the_body(text, scene):
    assert places(text) == [scene]


def test_a_village_where_a_group_home_stood_stays_the_scene():
    text = "Soldiers took 31 children from a group home in Svitanok to Crimea on 19 October 2022."
    assert places(text) == ["Svitanok"]


@pytest.mark.parametrize("text", [
    "The Desna District Court of Chernihiv found that the sergeant beat two detained men on 12 March 2022.",
    "A court in Sumy found that the sergeant beat two detained men on 12 March 2022.",
    "The Court of Appeal in Kherson upheld the verdict: the soldier shot two civilians on 12 March 2022.",
])
def test_the_courts_city_is_no_scene(text):
    assert places(text) == [None]


def test_the_scene_a_court_names_stays():
    text = "A court in Kyiv sentenced a Russian soldier for shooting two civilians in Bakhmut on 12 March 2022."
    assert places(text) == ["Bakhmut"]


@pytest.mark.parametrize("text", [
    "Soldiers forced Myroslava and nine other residents to walk ahead of their tanks in Polohy on 3 June 2024.",
    "In Polohy on 3 June 2024, soldiers beat Klavdiia and her neighbour.",
    "Ustyna saw soldiers shoot two men in Polohy on 3 June 2024.",
])
def test_given_names_added_to_the_table_are_people(text):
    assert places(text) == ["Polohy"]


@pytest.mark.parametrize(("text", "scene"), [
    ("Two correspondents of a Kyiv channel were wounded by shelling in Kherson on 3 May 2025.", "Kherson"),
    ("A Kherson charity said a drone hit a warehouse in Orikhiv on 3 May 2025, injuring two people.", "Orikhiv"),
    ("Shelling wounded two reporters of an Odesa newspaper on 3 May 2025, police said.", None),
])
def test_a_body_based_in_a_city_places_nothing_there(text, scene):
    assert places(text) == [scene]


@pytest.mark.parametrize("text", [
    "A drone hit a Kherson hospital on 3 May 2025, injuring two nurses.",
    "A drone hit a Kherson bus on 3 May 2025, injuring two people.",
])
def test_a_thing_of_the_city_struck_stays_there(text):
    assert places(text) == ["Kherson"]
