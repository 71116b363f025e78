"""What the map and the charts show: incidents as points, counts per month by violation and victims
per month by category, each under the incident list's filters."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from sqlalchemy import ColumnElement

from warcrimes.corroborate.incidents import verification_clause
from warcrimes.gazetteer.loader import load as load_gazetteer
from warcrimes.store import IncidentFilter, Store
from warcrimes.store.overview import PointRow, count_placed, daily_victims, daily_violations, incident_points

#: Points one map answer carries: ~60 bytes each, drawn in clusters; the map says when there are more.
MAP_LIMIT = 5000
MAP_LIMIT_MAX = 20000
#: Settlements drawn as context: cities, and towns with at least this many inhabitants.
CONTEXT_POPULATION = 20000
#: The Russian regions the offline basemap draws (web/static/geo/regions.geojson; a test holds them
#: together): their towns are context too, those of regions off the map are not.
BASEMAP_RUSSIAN_REGIONS = frozenset({"Belgorod Oblast", "Bryansk Oblast", "Kursk Oblast", "Rostov Oblast",
                                     "Voronezh Oblast"})


@dataclass(frozen=True)
class MapPoints:
    points: list[PointRow]
    total: int  # placed incidents passing the filter
    unplaced: int  # passing the filter, without a position


@dataclass(frozen=True)
class MonthlySeries:
    """Months (first days) and, per key (a violation label or a victim category), a value per month."""

    months: list[dt.date]
    values: dict[str, list[int]]


def _clauses(where: IncidentFilter) -> list[ColumnElement[bool]]:
    return [verification_clause(where.verification)] if where.verification else []


def map_points(store: Store, where: IncidentFilter, limit: int = MAP_LIMIT) -> MapPoints:
    """The newest `limit` placed incidents passing `where`, with the counts of all and unplaced ones."""
    with store.transaction() as session:
        points = incident_points(session, where, _clauses(where), limit)
        total, unplaced = count_placed(session, where, _clauses(where))
    return MapPoints(points, total, unplaced)


def _by_month(rows: list[tuple[dt.date, str | None, int]], none_key: str) -> MonthlySeries:
    """Fold day rows into every month from the first to the last (empty months count 0)."""
    if not rows:
        return MonthlySeries([], {})
    first, last = rows[0][0].replace(day=1), rows[-1][0].replace(day=1)
    months = [first]
    while months[-1] < last:
        m = months[-1]
        months.append(m.replace(year=m.year + (m.month == 12), month=m.month % 12 + 1))
    index = {m: n for n, m in enumerate(months)}
    values: dict[str, list[int]] = defaultdict(lambda: [0] * len(months))
    for day, key, count in rows:
        values[key or none_key][index[day.replace(day=1)]] += count
    return MonthlySeries(months, dict(sorted(values.items(), key=lambda kv: -sum(kv[1]))))


def incidents_per_month(store: Store, where: IncidentFilter) -> MonthlySeries:
    """Dated incidents passing `where` per month of their start, by main violation (most first)."""
    with store.transaction() as session:
        rows = daily_violations(session, where, _clauses(where))
    return _by_month(rows, "unclassified")


def victims_per_month(store: Store, where: IncidentFilter) -> MonthlySeries:
    """Victims of dated incidents passing `where` per month, by category (store/overview.py says how counted)."""
    with store.transaction() as session:
        rows = daily_victims(session, where, _clauses(where))
    return _by_month(rows, "unknown")


@cache
def context_places() -> tuple[tuple[str, float, float, int | None], ...]:
    """Cities and large towns from the gazetteer, drawn under the incidents for orientation:
    (name, lat, lon, population), largest first."""
    chosen = [p for p in load_gazetteer() if p.kind == "settlement" and p.lat is not None and p.lon is not None
              and (p.country == "UA" or p.admin1 in BASEMAP_RUSSIAN_REGIONS)
              and (p.settlement_type == "city" or (p.population or 0) >= CONTEXT_POPULATION)]
    chosen.sort(key=lambda p: -(p.population or 0))
    return tuple((p.name, round(p.lat or 0, 4), round(p.lon or 0, 4), p.population) for p in chosen)
