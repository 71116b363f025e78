"""One Russian settlement that GeoNames lists twice becomes one place.

cities500 sometimes holds a town twice a few km apart: the town itself with no population and a second
record under its district's adjective with the population (535347 Lgov and 535334 L'govskiy, whose
aliases are Льгов and L'gov), or under "Gorod X" (town X). The most-populous rule then picked the
adjective. Records of one region within `NEAR_KM` of each other are the same place when they share
their name, when one is "Gorod" before the other's name, or when one is the other's adjective (-sky,
-skiy, -skoy, -skaya, -skoye) and the two share a spelling (L'govskiy lists Льгов and L'gov). An
adjective alone is not enough: stanitsa Anapskaya is a village beside Anapa, Pirogovsky a settlement
beside Pirogovo. The plain name is kept (its id, name and coordinates), with the larger population and
both records' spellings.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from warcrimes.gazetteer.aliases import merge_aliases
from warcrimes.gazetteer.fold import fold
from warcrimes.gazetteer.geo import distance_km
from warcrimes.gazetteer.places import Place

NEAR_KM = 10.0  # Lgov and L'govskiy are 6.5 km apart; the nearest distinct namesakes of one region are further
ADJECTIVE_ENDINGS = ("sky", "skiy", "skoy", "skaya", "skoye", "ский", "ской", "ская", "ское")
TOWN_WORDS = ("gorod ", "город ")  # "Gorod Shebekino": the town so named


def _plain(name: str) -> str:
    """The name without the town word before it: 'gorod shebekino' -> 'shebekino'."""
    for word in TOWN_WORDS:
        if name.startswith(word):
            return name[len(word) :]
    return name


def _derived_from(derived: Place, plain: Place) -> bool:
    """True when `derived` names `plain` by its adjective or by "Gorod" before it ('Lgovsky' of 'Lgov')."""
    name, base = fold(derived.name), fold(plain.name)
    if name == base:
        return False
    if _plain(name) == base:
        return True
    stem = base[:-1] if base.endswith(("o", "a", "e", "y")) else base  # Shebekino -> Shebekinsky
    return any(name in (base + ending, stem + ending) for ending in ADJECTIVE_ENDINGS)


def _spellings(place: Place) -> set[str]:
    return {fold(place.name), *(fold(a) for a in place.aliases)}


def same_place(one: Place, other: Place, near_km: float = NEAR_KM) -> bool:
    """Two settlement records of one region, a few km apart, whose names say they are one town."""
    if one.admin1 != other.admin1 or one.kind != "settlement" or other.kind != "settlement":
        return False
    if None in (one.lat, one.lon, other.lat, other.lon):
        return False
    if distance_km(one.lat, one.lon, other.lat, other.lon) > near_km:  # type: ignore[arg-type]
        return False
    if fold(one.name) == fold(other.name):
        return True
    for derived, plain in ((one, other), (other, one)):
        if _derived_from(derived, plain) and (
            _plain(fold(derived.name)) == fold(plain.name) or _spellings(plain) & _spellings(derived)
        ):
            return True  # 'Gorod Shebekino'; 'Lgovsky' whose own spellings are Льгов and L'gov
    return False


def _keeper(one: Place, other: Place) -> tuple[Place, Place]:
    """(kept, merged): the plain name over its adjective or "Gorod" form, else the populous one."""
    if _derived_from(one, other):
        return other, one
    if _derived_from(other, one):
        return one, other
    if (other.population or 0) > (one.population or 0):
        return other, one
    return one, other


def merge(kept: Place, merged: Place) -> Place:
    """`kept` with the larger population and the spellings of both (the merged record's name among them)."""
    population = max(kept.population or 0, merged.population or 0) or None
    aliases = merge_aliases(kept.name, (*kept.aliases, merged.name, *merged.aliases))
    return replace(kept, population=population, aliases=aliases)


def merge_duplicates(places: Iterable[Place]) -> tuple[list[Place], list[tuple[int, int]]]:
    """The places with each same-place pair of Russian settlements merged, and the (kept, dropped) ids."""
    places = list(places)
    by_region: dict[str | None, list[int]] = defaultdict(list)
    for index, place in enumerate(places):
        if place.country == "RU" and place.kind == "settlement":
            by_region[place.admin1].append(index)
    dropped: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for members in by_region.values():
        for position, i in enumerate(members):
            if i in dropped:
                continue
            for j in members[position + 1 :]:
                if j in dropped or i in dropped or not same_place(places[i], places[j]):
                    continue
                kept, gone = _keeper(places[i], places[j])
                keep_index, gone_index = (i, j) if kept is places[i] else (j, i)
                places[keep_index] = merge(kept, gone)
                dropped.add(gone_index)
                pairs.append((kept.id, gone.id))
    return [p for index, p in enumerate(places) if index not in dropped], pairs
