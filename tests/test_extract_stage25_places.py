"""Stage 25 (locX) in English: where a movement set out from is not the scene when the sentence names another one;
a settlement the scene is told by (a point of direction, the entrance to it) gives the
incident its settlement where it would otherwise have only its region. Texts written for this file; look-alikes
keep the place they had."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import en_contract_incidents

PUBLISHED = dt.date(2025, 6, 20)


def _places(text: str) -> list[tuple[str | None, str | None]]:
    return [
        ((incident["location"] or {}).get("name"), (incident["location"] or {}).get("admin1"))
        for incident in en_contract_incidents(text, PUBLISHED)
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "On 3 June a family was driving out of Kupiansk when a Russian drone struck their car near the village "
            "of Petropavlivka, killing a boy.",
            ("Petropavlivka", "Kharkiv Oblast"),
        ),
        (
            "A pensioner from Nikopol was wounded by shelling in Marhanets on Sunday morning.",
            ("Marhanets", "Dnipropetrovsk Oblast"),
        ),
        (
            "Fleeing from the town of Vovchansk on 12 May, two women were shot dead by soldiers at a checkpoint "
            "in Starytsia.",
            ("Starytsia", "Kharkiv Oblast"),
        ),
    ],
)
def test_where_a_movement_set_out_from_gives_way_to_the_scene(text, place):
    assert _places(text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the only place of the sentence: the route is the only clue and stays
        (
            "On 3 June a Russian drone struck a car driving out of Kupiansk, killing a boy.",
            ("Kupiansk", "Kharkiv Oblast"),
        ),
        # a route with no scene beside it: where it set out from stays the clue
        (
            "A minibus travelling from Kherson towards Mykolaiv was struck by a drone on 3 June, wounding two women.",
            ("Kherson", "Kherson Oblast"),
        ),
        # a person's hometown where the sentence names no other place
        ("A pensioner from Nikopol was wounded by shelling on Sunday morning.", ("Nikopol", "Dnipropetrovsk Oblast")),
    ],
)
def test_a_route_or_hometown_with_no_other_scene_stays(text, place):
    assert _places(text) == [place]


def test_two_victims_hometowns_stay_two_places():
    text = (
        "Russian shelling killed two civilians on Thursday: a 55-year-old man from Orikhiv and a 70-year-old "
        "resident of Huliaipole, the governor said."
    )
    assert {name for name, _ in _places(text)} >= {"Orikhiv", "Huliaipole"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A video shows soldiers shooting three surrendered men in a field 4 km south-east of Novopavlivka in "
            "Donetsk Oblast on 25 November.",
            ("Novopavlivka", "Donetsk Oblast"),
        ),
        (
            "On Monday a drone hit a minibus at the entrance to Kakhovka in Kherson Oblast, killing the driver.",
            ("Kakhovka", "Kherson Oblast"),
        ),
        (
            "On 9 May two civilians were shot dead at a checkpoint ten kilometres west of Orikhiv, in "
            "Zaporizhzhia Oblast.",
            ("Orikhiv", "Zaporizhzhia Oblast"),
        ),
    ],
)
def test_a_settlement_the_scene_is_told_by_gives_the_settlement(text, place):
    assert _places(text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Russian soldiers held local residents in the basement of the Beryslav police department in Kherson "
            "Oblast and beat them there in March 2022.",
            ("Beryslav", "Kherson Oblast"),
        ),
        (
            "Former detainees said they were beaten in the cells of the Beryslav police station, Kherson Oblast, "
            "in April 2022.",
            ("Beryslav", "Kherson Oblast"),
        ),
        (
            "In the cellar of the Beryslav City Council in Kherson Oblast, guards tortured six men "
            "with electric shocks in May 2022.",
            ("Beryslav", "Kherson Oblast"),
        ),
    ],
)
def test_a_place_of_custody_in_a_body_named_after_its_town_gives_the_town(text, place):
    assert _places(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        # a body's town as the subject that speaks: no preposition of place before it
        "The Kherson City Council said Russian shelling killed two people in Kherson Oblast on Monday.",
        # where the wounded were treated is no scene
        "Two people wounded by shelling in Kherson Oblast on Monday were taken to hospital in Kherson.",
        # a body named after the town that only speaks, no place of custody before it
        "A spokesman of the Beryslav police department said shelling killed two people in Kherson Oblast on Monday.",
    ],
)
def test_a_speaking_body_or_a_hospital_town_leaves_the_region(text):
    assert _places(text) == [(None, "Kherson Oblast")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "On Sunday a Russian drone that had hovered over the Dnipro embankment struck a church in Antonivka, "
            "killing the priest.",
            ("Antonivka", "Kherson Oblast"),
        ),
        (
            "A shell fired across the Dnipro embankments hit a bus stop in Bilozerka on 4 May, wounding three people.",
            ("Bilozerka", "Kherson Oblast"),
        ),
        (
            "Two women walking along the Dnipro embankment in Nikopol were wounded by a drone on 2 July.",
            ("Nikopol", "Dnipropetrovsk Oblast"),
        ),
    ],
)
def test_a_river_embankment_is_no_town(text, place):
    assert _places(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "KYIV/MOSCOW, Aug 9 (Wire) - A Russian missile struck a cafe in Druzhkivka on Friday, killing six people.",
        "KYIV / MOSCOW, Aug 9 (Wire) - A Russian missile struck a cafe in Druzhkivka on Friday, killing six people.",
        "LONDON/KYIV, Aug 9 (Wire) - A Russian missile struck a cafe in Druzhkivka on Friday, killing six people.",
    ],
)
def test_a_dateline_of_two_cities_is_no_scene(text):
    assert _places(text) == [("Druzhkivka", "Donetsk Oblast")]


def test_a_city_before_a_slash_in_small_letters_stays_the_scene():
    text = "On 4 May shelling of the Kherson/Bilozerka road killed two people in Kherson, officials said."
    assert _places(text)[0] == ("Kherson", "Kherson Oblast")
