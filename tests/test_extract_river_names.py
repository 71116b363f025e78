"""Stage 17 (issue 8): a name told as a river ("along the Dnipro", "the banks of the Siverskyi Donets", "the Oskil
river") is no settlement of the same name and places nothing; the city named plainly stays the scene.
Reads the packaged gazetteer, where Dnipro, Donets and Oskil are settlements."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract


def places(text: str) -> list[str | None]:
    return [i.facts.location.name if i.facts.location else None for i in extract(text, dt.date(2025, 6, 18)).incidents]


@pytest.mark.parametrize("text", [
    "Russian artillery shelled villages on the banks of the Siverskyi Donets on Monday, wounding three residents.",
    "Russian troops shelled villages along the Oskil river on Monday, wounding four residents.",
    "Russian guns firing from across the Dnipro wounded two farmers on Monday.",
])
def test_a_river_is_no_scene(text):
    assert places(text) == [None]


@pytest.mark.parametrize(("text", "scene"), [
    ("Russian drones hit a market in Dnipro on Monday, wounding four residents.", "Dnipro"),
    ("Russian shelling from across the Dnipro wounded two residents of Kherson on Monday.", "Kherson"),
])
def test_a_city_named_plainly_stays_the_scene(text, scene):
    assert places(text) == [scene]


def test_a_region_after_across_the_is_no_river():
    result = extract("Russian troops shelled villages across the Kharkiv region on Monday, wounding four residents.",
                     dt.date(2025, 6, 18))
    regions = [s.facts for s in result.statistics] + [i.facts.location for i in result.incidents]
    assert regions  # told as a figure of the region, as before
