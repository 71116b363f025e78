"""Turning the codifier, GeoNames and the region table into gazetteer places (build time).

Display names are the KMU 2010 transliteration of the official Ukrainian name, which is the
spelling English-language media and the UN have used since 2019 (Kyiv, Kharkiv, Zaporizhzhia,
Avdiivka, Robotyne); GeoNames' own main names are often the older romanization (Zaporizhzhya,
Avdiyivka) and are kept as aliases. Coordinates come from GeoNames; a settlement GeoNames lacks
borrows its hromada centre's (or, where GeoNames lacks the centre too, the mean position of the
hromada's located settlements), else its raion centre's, else the region's centroid, and says so
in `precision`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from warcrimes.gazetteer.aliases import drop_colliding_aliases, merge_aliases
from warcrimes.gazetteer.duplicates import merge_duplicates
from warcrimes.gazetteer.matching import GeoRecord, Unit, find_centre, match_geonames
from warcrimes.gazetteer.places import Place
from warcrimes.gazetteer.translit import transliterate
from warcrimes.gazetteer.variants import (
    older_romanization,
    russian_cyrillic,
    russian_names,
    russian_variants,
    spelling_variants,
)

__all__ = ["GeoRecord", "Unit", "assemble"]

SETTLEMENT_TYPE = {"K": "city", "M": "city", "T": "urban_settlement", "X": "rural_settlement", "C": "village"}
UKRAINE_ID, RUSSIA_ID = 1, 2
# Kyiv and Sevastopol are both a settlement and a region with one KATOTTG code; the region's id
# is moved above every code-derived id (codes give at most 17 digits).
CITY_REGION_OFFSET = 10**17
COUNTRIES = (
    Place(UKRAINE_ID, "Ukraine", "country", None, None, None, "UA", None, None, "country", None, None,
          ("Ukraina", "Україна", "Украина")),
    Place(RUSSIA_ID, "Russia", "country", None, None, None, "RU", None, None, "country", None, None,
          ("Russian Federation", "Rossiya", "Росія", "Россия")),
)


def unit_id(code: str) -> int:
    """A stable integer id from a KATOTTG code (UA14020010010059145 -> 14020010010059145)."""
    return int(code[2:])


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 5)


def _centroid(points: Sequence[tuple[float, float]]) -> tuple[float | None, float | None]:
    """Mean of the settlements' coordinates: a region centre weighted by where people live."""
    if not points:
        return None, None
    return (_round(sum(p[0] for p in points) / len(points)), _round(sum(p[1] for p in points) / len(points)))


def _region_aliases(stem_uk: str, adjective_uk: str) -> list[str]:
    stem = transliterate(stem_uk)
    forms = [f"{stem} region", f"{stem} oblast", f"{stem} province", f"{transliterate(adjective_uk)} oblast",
             f"{adjective_uk} область", f"{older_romanization(stem_uk)} Oblast"]
    for variant in russian_variants(stem_uk):
        forms += [f"{variant} Oblast", f"{variant} region"]
    return forms


def _regions(units: Iterable[Unit], config: dict[str, Any]) -> dict[str, tuple[Unit, str, list[str]]]:
    """KATOTTG prefix -> (unit, English name, aliases) for the 27 first-level units."""
    stems = {r["katottg"]: r["stem_uk"] for r in config["ukraine"]}
    overrides = config.get("name_overrides", {})
    regions = {}
    for unit in units:
        if unit.category not in ("O", "K"):
            continue
        prefix = unit.code[:4]
        if prefix in overrides:
            name = overrides[prefix]["name"]
            aliases = [*overrides[prefix]["aliases"], unit.name_uk]
        else:
            name = f"{transliterate(stems[prefix])} Oblast"
            aliases = _region_aliases(stems[prefix], unit.name_uk)
        aliases += russian_names()["regions"].get(prefix, [])
        regions[prefix] = (unit, name, aliases)
    return regions


def _named_after_centre(unit: Unit, centre: Unit | None, suffix: str) -> str:
    """'Bakhmut Raion', 'Tokmak hromada': English names a unit after its centre.

    A raion whose centre is not a city keeps its adjective (Dnistrovskyi Raion): such raions are
    named after a river or region, and the village sharing the first letters is not their centre.
    """
    named_after = centre is not None and (suffix != "Raion" or centre.category in ("K", "M"))
    base = centre.name_uk if centre is not None and named_after else unit.name_uk
    return f"{transliterate(base)} {suffix}"


def _hromada_aliases(centre_display: str, hromada: Unit) -> list[str]:
    """'Shalyhyne hromada', 'Shalyhyne community', 'Шалигинська громада': aliases of the centre.

    The gazetteer has no hromada places; the centre's coordinates stand for its hromada.
    """
    adjective = transliterate(hromada.name_uk)
    return [f"{centre_display} hromada", f"{centre_display} community", f"{adjective} hromada",
            f"{centre_display} territorial community", f"{hromada.name_uk} громада"]


def _raion_aliases(unit: Unit, centre: Unit | None) -> list[str]:
    adjective = transliterate(unit.name_uk)
    forms = [f"{adjective} raion", f"{adjective} district", f"{unit.name_uk} район"]
    if centre is not None:
        names = [transliterate(centre.name_uk), older_romanization(centre.name_uk),
                 *russian_variants(centre.name_uk)]
        for name in names:
            forms += [f"{name} Raion", f"{name} district", f"{name} Rayon"]
    return forms


@dataclass(frozen=True, slots=True)
class _Point:
    lat: float
    lon: float


@dataclass(frozen=True)
class _Hierarchy:
    """What every settlement's place is made from: centres, English names, located settlements."""

    centres: dict[str, Unit | None]
    names: dict[str, str]
    hromadas: dict[str, Unit]
    regions: dict[str, tuple[Unit, str, list[str]]]
    located: dict[str, GeoRecord]
    hromada_mean: dict[str, _Point]
    raion_mean: dict[str, _Point]

    def own(self, unit: Unit | None) -> GeoRecord | None:
        return self.located.get(unit.code) if unit is not None else None

    def centre_of(self, code: str | None) -> Unit | None:
        return self.centres.get(code or "")


def assemble(units: list[Unit], geonames: list[GeoRecord],
             config: dict[str, Any]) -> tuple[list[Place], dict[str, int]]:
    """Every place of the gazetteer, and counts that say how complete it is."""
    members: dict[str, list[Unit]] = defaultdict(list)
    for unit in units:
        if unit.is_settlement:
            for parent in (unit.hromada, unit.raion):
                if parent:
                    members[parent].append(unit)
    centres = {u.code: find_centre(u.name_uk, members[u.code]) for u in units if u.category in ("H", "P")}
    settlements = [u for u in units if u.is_settlement]
    ua_records = [g for g in geonames if g.country == "UA"]
    matched = match_geonames(settlements, ua_records,
                             {r["geonames_admin1"]: r["katottg"] for r in config["ukraine"]})
    hierarchy = _Hierarchy(
        centres=centres,
        names={u.code: _named_after_centre(u, centres[u.code], "Raion" if u.category == "P" else "hromada")
               for u in units if u.category in ("P", "H")},
        hromadas={u.code: u for u in units if u.category == "H"},
        regions=_regions(units, config), located=matched.by_code,
        hromada_mean=_located_means(settlements, matched.by_code, "hromada"),
        raion_mean=_located_means(settlements, matched.by_code, "raion"))

    places = [_settlement(unit, hierarchy) for unit in settlements]
    by_region: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for place in places:
        if place.precision == "settlement" and place.lat is not None and place.lon is not None:
            by_region[str(place.admin1)].append((place.lat, place.lon))
    centroids = {name: _centroid(by_region[name]) for _, name, _ in hierarchy.regions.values()}
    places = [p if p.lat is not None else _with_region_centre(p, centroids) for p in places]
    places += [_raion(unit, hierarchy) for unit in units if unit.category == "P"]
    places += [_region(unit, name, aliases, centroids[name])
               for unit, name, aliases in hierarchy.regions.values()]
    russian, merged = merge_duplicates(_russian_places(geonames, config["russia"]))  # Lgov and "Lgovsky": one town
    places = drop_colliding_aliases([*places, *russian, *COUNTRIES])

    ua_places = [p for p in places if p.country == "UA" and p.kind == "settlement"]
    stats = {
        "places": len(places),
        "settlements_ua": len(settlements),
        **{f"settlements_ua_{level}": sum(1 for p in ua_places if p.precision == level)
           for level in ("settlement", "hromada_centre", "raion_centre", "admin1")},
        "geonames_ua_records": len(ua_records),
        "geonames_ua_unmatched": len(matched.unmatched),
        "geonames_ua_ambiguous_homonyms": matched.ambiguous,
        "raions": sum(1 for u in units if u.category == "P"),
        "regions_ua": len(hierarchy.regions),
        "places_ru": sum(1 for p in russian if p.kind == "settlement"),
        "places_ru_merged_duplicates": len(merged),
    }
    return places, stats


def _settlement(unit: Unit, hierarchy: _Hierarchy) -> Place:
    """A codifier settlement with its own coordinates or its nearest located centre's."""
    record = hierarchy.own(unit)
    lat = lon = None
    precision = "admin1"
    for point, level in ((record, "settlement"),
                         (hierarchy.own(hierarchy.centre_of(unit.hromada)), "hromada_centre"),
                         (hierarchy.hromada_mean.get(unit.hromada or ""), "hromada_centre"),
                         (hierarchy.own(hierarchy.centre_of(unit.raion)), "raion_centre"),
                         (hierarchy.raion_mean.get(unit.raion or ""), "raion_centre")):
        if point is not None:
            lat, lon, precision = point.lat, point.lon, level
            break
    display = transliterate(unit.name_uk)
    spellings = [unit.name_uk, *spelling_variants(unit.name_uk), *russian_cyrillic(unit.name_uk)]
    if record is not None:
        spellings += [record.name, *record.alternates]
    hromada = hierarchy.hromadas.get(unit.hromada or "")
    if hromada is not None and hierarchy.centre_of(hromada.code) == unit:
        spellings += _hromada_aliases(display, hromada)
    return Place(
        id=unit_id(unit.code), name=display, kind="settlement", admin1=hierarchy.regions[unit.code[:4]][1],
        admin2=hierarchy.names.get(unit.raion or ""), hromada=hierarchy.names.get(unit.hromada or ""),
        country="UA", lat=_round(lat), lon=_round(lon), precision=precision,
        population=record.population if record and record.population else None, katottg=unit.code,
        aliases=merge_aliases(display, spellings), settlement_type=SETTLEMENT_TYPE[unit.category])


def _raion(unit: Unit, hierarchy: _Hierarchy) -> Place:
    """A raion at its centre's coordinates (or the mean of its located settlements)."""
    centre = hierarchy.centre_of(unit.code)
    seat: GeoRecord | _Point | None = hierarchy.own(centre) or hierarchy.raion_mean.get(unit.code)
    name = hierarchy.names[unit.code]
    city_centre = centre if centre is not None and centre.category in ("K", "M") else None
    return Place(
        id=unit_id(unit.code), name=name, kind="raion", admin1=hierarchy.regions[unit.code[:4]][1],
        admin2=None, hromada=None, country="UA", lat=_round(seat.lat) if seat else None,
        lon=_round(seat.lon) if seat else None, precision="raion_centre" if seat else "admin1",
        population=None, katottg=unit.code, aliases=merge_aliases(name, _raion_aliases(unit, city_centre)))


def _region(unit: Unit, name: str, aliases: list[str], centroid: tuple[float | None, float | None]) -> Place:
    """An oblast (or Crimea, or Kyiv and Sevastopol as regions) at its settlements' centroid."""
    region_id = unit_id(unit.code) + (CITY_REGION_OFFSET if unit.category == "K" else 0)
    return Place(region_id, name, "oblast", None, None, None, "UA", centroid[0], centroid[1], "admin1",
                 None, unit.code, merge_aliases(name, aliases))


def _located_means(settlements: list[Unit], located: dict[str, GeoRecord], level: str) -> dict[str, _Point]:
    """Hromada (or raion) code -> mean position of its settlements GeoNames knows.

    Stands in for the hromada centre when GeoNames lacks the centre itself: every point of a
    hromada is within a few tens of kilometres of it, nearer than the raion centre.
    """
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for unit in settlements:
        parent = unit.hromada if level == "hromada" else unit.raion
        if unit.code in located and parent:
            points[parent].append((located[unit.code].lat, located[unit.code].lon))
    means = {}
    for code, members in points.items():
        lat, lon = _centroid(members)
        if lat is not None and lon is not None:
            means[code] = _Point(lat, lon)
    return means


def _with_region_centre(place: Place, fallback: dict[str, tuple[float | None, float | None]]) -> Place:
    lat, lon = fallback.get(str(place.admin1), (None, None))
    return Place(place.id, place.name, place.kind, place.admin1, place.admin2, place.hromada, place.country,
                 lat, lon, "admin1", place.population, place.katottg, place.aliases, place.settlement_type)


def english_russian_name(geonames_name: str) -> str:
    """The spelling English-language media use for a Russian place: GeoNames' BGN romanization
    with the adjective endings -yy and -iy shortened to -y (Udarnyy -> Udarny, Kamensk-Shakhtinskiy
    -> Kamensk-Shakhtinsky), ë written yo (Tëtkino -> Tyotkino) and the soft and hard signs'
    apostrophes dropped (Tver' -> Tver), as Reuters, the BBC and the UN write them."""
    plain = geonames_name.replace("’", "").replace("ʹ", "").replace("ʺ", "").replace("'", "")
    plain = plain.replace("ë", "yo").replace("Ë", "Yo")
    words = []
    for word in plain.split(" "):
        parts = []
        for part in word.split("-"):
            if len(part) > 4 and part.endswith(("yy", "iy")):
                part = part[:-2] + "y"
            parts.append(part)
        words.append("-".join(parts))
    return " ".join(words)


def _russian_places(geonames: list[GeoRecord], config: list[dict[str, Any]]) -> list[Place]:
    """Russia's regions, and the towns and villages GeoNames has (population 500 or more) of those
    regions reports name as scenes (regions.json, "settlements")."""
    places: list[Place] = []
    for region in config:
        records = [g for g in geonames if g.country == "RU" and g.admin1 == region["geonames_admin1"]]
        for record in records if region.get("settlements", True) else ():
            display = english_russian_name(record.name)
            spellings = merge_aliases(display, (record.name, *record.alternates))
            places.append(Place(record.id, display, "settlement", region["name"], None, None, "RU",
                                _round(record.lat), _round(record.lon), "settlement",
                                record.population or None, None, spellings))
        lat, lon = _centroid([(r.lat, r.lon) for r in records])
        stem = region["stem"]
        aliases = [f"{stem} region", f"{stem} oblast", f"{stem} province", *region["aliases"]]
        places.append(Place(100 + int(region["geonames_admin1"]), region["name"], "oblast", None, None, None,
                            "RU", lat, lon, "admin1", None, None, merge_aliases(region["name"], aliases)))
    return places
