"""Stage 22 (places) in English: a settlement followed by ", in the <Russian region>" is that region's village,
spelt as the text writes it, not a Ukrainian namesake of the gazetteer (PLACE_TRANSLIT). Texts written for this
file; look-alikes keep the gazetteer's place."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import en_contract_incidents

PUBLISHED = dt.date(2025, 6, 20)


def _place(text: str) -> tuple[str | None, str | None]:
    [incident] = en_contract_incidents(text, PUBLISHED)
    location = incident["location"] or {}
    return location.get("name"), location.get("admin1")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "On 22 January Ukrainian soldiers shot a wounded Russian serviceman who had surrendered near "
            "Sverdlikovo, in the Kursk region of the Russian Federation.",
            ("Sverdlikovo", "Kursk Oblast"),
        ),
        (
            "On 12 May a Ukrainian drone hit a bus near Zhuravlevka, in the Belgorod region, wounding two civilians.",
            ("Zhuravlevka", "Belgorod Oblast"),
        ),
        (
            "Ukrainian troops held nine residents of Sverdlikovo, in Kursk region, in a basement in August 2024.",
            ("Sverdlikovo", "Kursk Oblast"),
        ),
    ],
)
def test_a_russian_region_in_apposition_gives_its_village_as_written(text, place):
    assert _place(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (  # the region in apposition is the namesake's own: the gazetteer's village stays
            "On 3 May Russian troops shot two civilians in Sverdlikovo, in the Kirovohrad region.",
            ("Sverdlykove", "Kirovohrad Oblast"),
        ),
        (  # a Ukrainian city with its own oblast after it
            "On 3 May a Russian missile killed two civilians in Kharkiv, in the Kharkiv region.",
            ("Kharkiv", "Kharkiv Oblast"),
        ),
        (  # a Russian city with its own region after it stays the gazetteer's city
            "On 3 May a Ukrainian drone killed two civilians in Kursk, in the Kursk region.",
            ("Kursk", "Kursk Oblast"),
        ),
    ],
)
def test_a_region_in_apposition_that_is_the_places_own_keeps_the_gazetteer_place(text, place):
    assert _place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        'A former cellmate told "Kherson Today" that guards at the detention centre in Simferopol beat him '
        "unconscious in December 2023.",
        "A former cellmate told \u201cKherson Today\u201d that guards at the detention centre in Simferopol beat him "
        "unconscious in December 2023.",
        "Guards at the detention centre in Simferopol beat a cellmate unconscious in December 2023, he told "
        "\u201cKherson Today\u201d.",
    ],
)
def test_a_place_word_opening_a_quoted_title_is_the_outlet_not_the_scene(text):
    assert _place(text) == ("Simferopol", "Autonomous Republic of Crimea")


def test_a_place_quoted_after_a_preposition_of_place_stays_the_scene():
    text = 'On 3 May a Russian drone killed two civilians in "Kherson city", the governor said.'
    assert _place(text) == ("Kherson", "Kherson Oblast")
