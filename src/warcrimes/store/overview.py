"""Reads for the map and the charts: a few columns of many incidents, never whole rows.

A map of 100,000 incidents cannot load 100,000 incidents with their accounts; it needs an id, a
position, a label and a date each. The charts need counts per day, grouped in the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Integer, Select, cast, func, select
from sqlalchemy.orm import Session

from warcrimes.store.reads import IncidentFilter, filtered_incidents
from warcrimes.store.schema import IncidentRow


@dataclass(frozen=True)
class PointRow:
    """One incident on the map."""

    id: int
    lat: float
    lon: float
    violation: str | None
    date_start: dt.date | None
    place: str | None
    status: str


def _placed(where: IncidentFilter, clauses: Sequence[ColumnElement[bool]]) -> Select[IncidentRow]:
    return filtered_incidents(where, *clauses).where(IncidentRow.lat.is_not(None), IncidentRow.lon.is_not(None))


def incident_points(session: Session, where: IncidentFilter, clauses: Sequence[ColumnElement[bool]],
                    limit: int) -> tuple[list[PointRow], int]:
    """The newest `limit` placed incidents passing the filter, and how many pass it in all."""
    query = _placed(where, clauses)
    total = int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)
    columns = (IncidentRow.id, IncidentRow.lat, IncidentRow.lon, IncidentRow.main_violation,
               IncidentRow.date_start, IncidentRow.location_name, IncidentRow.status)
    rows = session.execute(query.with_only_columns(*columns)
                           .order_by(IncidentRow.date_start.desc().nulls_last(), IncidentRow.id).limit(limit))
    return [PointRow(i, float(lat or 0), float(lon or 0), label, day, place, status)
            for i, lat, lon, label, day, place, status in rows], total


def count_unplaced(session: Session, where: IncidentFilter, clauses: Sequence[ColumnElement[bool]]) -> int:
    """Incidents passing the filter that have no position (the map says how many it cannot show)."""
    query = filtered_incidents(where, *clauses).where((IncidentRow.lat.is_(None)) | (IncidentRow.lon.is_(None)))
    return int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)


def daily_violations(session: Session, where: IncidentFilter,
                     clauses: Sequence[ColumnElement[bool]]) -> list[tuple[dt.date, str | None, int]]:
    """(start day, main violation, incidents) of the dated incidents passing the filter."""
    inner = filtered_incidents(where, *clauses).where(IncidentRow.date_start.is_not(None)).subquery()
    query = (select(inner.c.date_start, inner.c.main_violation, func.count())
             .group_by(inner.c.date_start, inner.c.main_violation).order_by(inner.c.date_start))
    return [(day, label, int(n)) for day, label, n in session.execute(query)]


def daily_victims(session: Session, where: IncidentFilter,
                  clauses: Sequence[ColumnElement[bool]]) -> list[tuple[dt.date, str | None, int]]:
    """(start day, victim category, victims) of the dated incidents passing the filter: the best
    estimate corroboration made, else the lowest count stated; an incident with neither adds none."""
    best = IncidentRow.facts["corroboration"]["counts"]["best"].as_float()
    low = IncidentRow.facts["victims"]["min"].as_float()
    category = IncidentRow.facts["victims"]["category"].as_string()
    inner = (filtered_incidents(where, *clauses).where(IncidentRow.date_start.is_not(None))
             .with_only_columns(IncidentRow.date_start.label("day"), category.label("category"),
                                func.coalesce(best, low, 0).label("victims"))).subquery()
    query = (select(inner.c.day, inner.c.category, cast(func.sum(inner.c.victims), Integer))
             .group_by(inner.c.day, inner.c.category).order_by(inner.c.day))
    return [(day, cat, int(n or 0)) for day, cat, n in session.execute(query)]
