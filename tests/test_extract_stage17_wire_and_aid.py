"""Stage 17 (issue 8): a wire story's dateline city in capitals and small letters is where the story was
filed, not the scene; aid workers and aid property; a strike telling no victims names no kind of victim."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")

PUBLISHED = dt.date(2025, 6, 18)


def places(text: str) -> list[str | None]:
    return [i.facts.location.name if i.facts.location else None for i in extract(text, PUBLISHED).incidents]


@pytest.mark.parametrize(("text", "scene"), [
    ("Sumy, June 2, 2025 (Nordpress/Reuters) \u2014 Russian drones hit a market in Bakhmut, wounding six people, "
     "police said.", "Bakhmut"),
    ("Pokrovsk, Ukraine, May 30 \u2013 Russian shelling killed three residents of Izium on Friday, officials said.",
     "Izium"),
    ("Kyiv, May 3 (Castellan Wire) - A Russian missile struck an apartment block in Kherson on Monday, killing "
     "four civilians, the regional governor said.", "Kherson"),
])
def test_a_dateline_city_is_where_the_story_was_filed(text, scene):
    assert places(text) == [scene]


@pytest.mark.parametrize(("text", "scene"), [
    ("Sumy, June 2 (Nordpress) \u2014 Russian drones hit a market in Sumy on Sunday, wounding six people.", "Sumy"),
    ("Kherson, the regional capital, was shelled on June 1, killing two civilians - the governor said.", "Kherson"),
    ("Orikhiv was shelled on June 1, killing two civilians, police said.", "Orikhiv"),
])
def test_a_city_the_text_places_the_event_in_stays_the_scene(text, scene):
    assert places(text) == [scene]


def victims(text: str) -> list[tuple[str, int | None]]:
    return [(i.facts.victims.category, i.facts.victims.min) for i in extract(text, PUBLISHED).incidents]


def main_labels(text: str) -> list[str]:
    return [i.facts.violations[0] for i in extract(text, PUBLISHED).incidents]


@pytest.mark.parametrize("text", [
    "A Russian drone struck a van of the charity in Kherson on Monday, injuring its driver.",
    "A drone hit a truck belonging to an aid group in Orikhiv on Friday, wounding the driver.",
    "Shelling hit a charity warehouse in Orikhiv on Friday, injuring two staff members.",
    "A drone dropped a grenade on a relief truck in Orikhiv on Friday, wounding an aid worker.",
])
def test_aid_property_struck_with_its_staff_hurt(text):
    assert main_labels(text) == ["attack_on_protected_objects"]
    assert victims(text)[0][0] == "humanitarian_worker"


@pytest.mark.parametrize("text", [
    "A drone hit a car in Kherson on Monday, injuring the driver.",
    "A missile hit a bus depot in Kherson on Monday, wounding two workers.",
])
def test_a_driver_or_worker_of_no_aid_body_stays_a_civilian(text):
    assert main_labels(text) == ["attack_on_civilians"]
    assert victims(text)[0][0] == "civilian"


@pytest.mark.parametrize("text", [
    "Russian artillery hit a humanitarian warehouse in Orikhiv on Friday.",
    "Russian forces shelled a school in Kherson on Monday.",
    "Guided bombs struck a residential area of Kherson on Monday night.",
])
def test_a_strike_telling_no_victims_names_no_kind(text):
    assert victims(text) == [("unknown", None)]


@pytest.mark.parametrize(("text", "kind"), [
    ("Russian forces shelled Kherson on Monday, wounding civilians.", "civilian"),
    ("Russian troops detained residents of Kherson on Monday.", "civilian"),
    ("Russian forces shelled a school in Kherson on Monday, injuring three pupils.", "child"),
    ("A missile struck a shopping centre in Kherson on Monday, wounding people.", "civilian"),
])
def test_a_strike_or_detention_with_its_victims_told_keeps_their_kind(text, kind):
    assert victims(text)[0][0] == kind


@pytest.mark.parametrize("text", [
    "On 12 February a drone struck our distribution point in Kherson, injuring two people waiting for food.",
    "Russian shelling hit a distribution point in Orikhiv on Friday, killing three residents queuing for bread.",
    "A guided bomb fell on a charity distribution centre in Huliaipole on Thursday, wounding five people.",
])
def test_a_distribution_point_struck_is_aid_property(text):
    assert "attack_on_protected_objects" in extract(text, PUBLISHED).incidents[0].facts.violations
