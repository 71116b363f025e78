"""The offline basemap draws every Ukrainian region and the Russian border regions reports name, under the
gazetteer's names and ids."""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

from warcrimes.gazetteer.loader import load
from warcrimes.gazetteer.places import Place

BASEMAP = Path(__file__).resolve().parents[1] / "src" / "warcrimes" / "web" / "static" / "geo" / "regions.geojson"
RUSSIAN_REGIONS = {"Belgorod Oblast", "Bryansk Oblast", "Kursk Oblast", "Rostov Oblast", "Voronezh Oblast"}


@cache
def _features() -> list[dict[str, Any]]:
    collection = json.loads(BASEMAP.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    return collection["features"]


@cache
def _gazetteer_regions() -> dict[str, Place]:
    """The regions the map draws: all of Ukraine's, and Russia's border regions (the gazetteer knows all 83)."""
    return {place.name: place for place in load()
            if place.kind == "oblast" and (place.country == "UA" or place.name in RUSSIAN_REGIONS)}


def _rings(geometry: dict[str, Any]) -> list[list[list[float]]]:
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    return [ring for polygon in polygons for ring in polygon]


def _inside(lon: float, lat: float, rings: list[list[list[float]]]) -> bool:
    """Even-odd rule over every ring, holes included."""
    crossings = 0
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False):
            if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                crossings += 1
    return crossings % 2 == 1


def test_basemap_is_small_geojson_of_closed_polygons_around_ukraine() -> None:
    assert BASEMAP.stat().st_size < 150_000
    for feature in _features():
        assert feature["geometry"]["type"] in {"Polygon", "MultiPolygon"}
        for ring in _rings(feature["geometry"]):
            assert len(ring) >= 4 and ring[0] == ring[-1]
            assert all(21 < lon < 45 and 43 < lat < 57 for lon, lat in ring)


def test_every_gazetteer_region_has_one_polygon_under_its_name_and_id() -> None:
    by_name = {feature["properties"]["name"]: feature["properties"] for feature in _features()}
    assert len(by_name) == len(_features()), "two polygons share a name"
    for name, place in _gazetteer_regions().items():
        assert name in by_name, f"the basemap has no polygon for the gazetteer's {name}"
        assert by_name[name]["place_id"] == str(place.id)
        assert by_name[name]["country"] == place.country


def test_ukraine_is_drawn_whole_crimea_and_sevastopol_included() -> None:
    ukrainian = {f["properties"]["name"] for f in _features() if f["properties"]["country"] == "UA"}
    assert ukrainian == {name for name, place in _gazetteer_regions().items() if place.country == "UA"}
    assert {"Crimea", "Sevastopol", "Donetsk Oblast", "Luhansk Oblast", "Kherson Oblast",
            "Zaporizhzhia Oblast", "Kyiv"} <= ukrainian
    assert len(ukrainian) == 27


def test_russian_border_regions_named_in_reports_are_drawn() -> None:
    russian = {f["properties"]["name"] for f in _features() if f["properties"]["country"] == "RU"}
    assert russian == RUSSIAN_REGIONS


def test_settlements_with_their_own_coordinates_fall_inside_their_region() -> None:
    """The polygons are Natural Earth's of about 2013, simplified: right at oblast scale, coarse at the
    edges. Measured: 4,895 of 4,994 settlements (98.0%) inside their own region; the misses are
    border and coastal villages, and 25 Kyiv Oblast villages inside Natural Earth's too large Kyiv City
    (so an incident's oblast comes from the gazetteer, never from these polygons)."""
    polygons = {feature["properties"]["name"]: _rings(feature["geometry"]) for feature in _features()}
    inside: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for place in load():
        if place.kind == "settlement" and place.has_own_coordinates and place.admin1 in polygons:
            total[place.admin1] += 1
            inside[place.admin1] += _inside(place.lon, place.lat, polygons[place.admin1])  # type: ignore[arg-type]
    assert sum(total.values()) > 4000
    assert sum(inside.values()) / sum(total.values()) > 0.97
    for region, count in total.items():
        assert inside[region] / count > 0.75, f"{region}: {inside[region]} of {count} settlements inside"


def test_a_point_in_kyiv_city_is_not_in_kyiv_oblast() -> None:
    """The oblast has a hole where the city is, so a click on the city names the city."""
    kyiv_centre = (30.5238, 50.45466)
    holders = [f["properties"]["name"] for f in _features() if _inside(*kyiv_centre, _rings(f["geometry"]))]
    assert holders == ["Kyiv"]
