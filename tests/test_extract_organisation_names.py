"""A place word opening an organisation's name ("Mykolaiv News", "the Odesa Journal", "Kherson Civic Circle", "the
Sumy Oblast Council": a run of capitalised words holding a head noun of class `organisation_head`) names an outlet
or a body, not a scene: it gives no incident its place and opens none. The town named as a place stays."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 5, 6)


def _places(text: str) -> list[tuple[str | None, str | None]]:
    return [(i.facts.location.name, i.facts.location.admin1) if i.facts.location else (None, None)
            for i in extract(text, PUBLISHED, language="en").incidents]


@pytest.mark.parametrize("text", [
    "Russian shelling killed two civilians on 4 May, Mykolaiv News reported.",
    "Russian shelling killed two civilians on 4 May, according to the Odesa Journal.",
    "Russian shelling killed two civilians on 4 May, a correspondent of Kharkiv Daily wrote.",
    "Russian shelling killed two civilians on 4 May, the Kherson Civic Circle said.",
    "Russian shelling killed two civilians on 4 May, the Sumy Oblast Council said.",
    "Russian shelling killed two civilians on 4 May, the Poltava Mothers Union said in a statement.",
])
def test_a_place_in_an_organisations_name_is_no_scene(text):
    assert all(place == (None, None) for place in _places(text))


def test_the_scene_is_the_town_named_not_the_outlets_town():
    text = ("KRYVYI RIH, 4 May (Odesa Journal) - A Russian missile hit an apartment block in Kryvyi Rih on Sunday, "
            "killing three people, the city's mayor said. The Odesa Journal correspondent saw rescuers at work.")
    assert _places(text) == [("Kryvyi Rih", "Dnipropetrovsk Oblast")]


@pytest.mark.parametrize(("text", "place"), [
    ("Russian shelling killed two civilians in Mykolaiv on 4 May, police said.", ("Mykolaiv", "Mykolaiv Oblast")),
    ("Russian shelling killed two civilians in Kharkiv on 4 May. Daily life stopped.", ("Kharkiv", "Kharkiv Oblast")),
    ("A Russian missile hit the Kharkiv TV tower on 4 May, killing two civilians.", ("Kharkiv", "Kharkiv Oblast")),
    ("Russian shelling killed two civilians in Sumy Oblast on 4 May, the governor said.", (None, "Sumy Oblast")),
])
def test_a_place_before_other_words_stays_a_scene(text, place):
    assert _places(text) == [place]
