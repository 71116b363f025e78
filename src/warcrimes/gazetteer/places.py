"""A place in the gazetteer, and how it is written in the shipped TSV file."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

KINDS = ("settlement", "raion", "oblast", "country")
PRECISIONS = ("settlement", "hromada_centre", "raion_centre", "admin1", "country")

# KATOTTG settlement categories, largest first: city, urban-type settlement, settlement, village.
# "city" also covers Kyiv and Sevastopol (category K).
SETTLEMENT_TYPES = ("city", "urban_settlement", "rural_settlement", "village")

COLUMNS = ("id", "name", "kind", "admin1", "admin2", "hromada", "country", "lat", "lon", "precision",
           "population", "katottg", "settlement_type", "aliases")
ALIAS_SEPARATOR = "|"


@dataclass(frozen=True, slots=True)
class Place:
    """One settlement, raion, region or country with its English display name and other spellings.

    `precision` says where the coordinates come from: the settlement itself (GeoNames), the centre
    of its hromada or raion when GeoNames does not know the village, or the region's centroid.
    """

    id: int
    name: str
    kind: str
    admin1: str | None
    admin2: str | None
    hromada: str | None
    country: str
    lat: float | None
    lon: float | None
    precision: str
    population: int | None
    katottg: str | None
    aliases: tuple[str, ...]
    settlement_type: str | None = None

    @property
    def has_own_coordinates(self) -> bool:
        """True when lat/lon are this place's own, not borrowed from a centre."""
        return self.lat is not None and self.precision == "settlement"

    def __reduce__(self) -> tuple[type[Place], tuple[Any, ...]]:
        """Pickled as its fields and rebuilt by __init__ (0.15 s against 0.23 s with the generic slots state for
        31,545 places; the cached gazetteer now keeps their fields alone: gazetteer/lookup.py)."""
        return Place, fields_of(self)


_FIELD_NAMES = tuple(f.name for f in fields(Place))


def fields_of(place: Place) -> tuple[Any, ...]:
    """A place's fields in order: `Place(*fields_of(place)) == place`."""
    return tuple(getattr(place, name) for name in _FIELD_NAMES)


def _text(value: str | None) -> str:
    return "" if value is None else value


def _number(value: float | int | None) -> str:
    return "" if value is None else str(value)


def to_row(place: Place) -> str:
    """One tab-separated line for the shipped file (names never contain tabs or newlines)."""
    fields = (str(place.id), place.name, place.kind, _text(place.admin1), _text(place.admin2),
              _text(place.hromada), place.country, _number(place.lat), _number(place.lon), place.precision,
              _number(place.population), _text(place.katottg), _text(place.settlement_type),
              ALIAS_SEPARATOR.join(place.aliases))
    return "\t".join(fields)
