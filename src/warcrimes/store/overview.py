"""Reads for the map and the charts: a few columns of many incidents, never whole rows.

A map of 100,000 incidents cannot load 100,000 incidents with their accounts; it needs an id, a
position, a label and a date each. The charts need counts per day, grouped in the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Integer, Select, and_, case, cast, func, select
from sqlalchemy.orm import Session

from warcrimes.store.reads import IncidentFilter, filtered_incidents
from warcrimes.store.schema import IncidentRow

#: Made by migration 0005 per backend (the models cannot say NULLS LAST for one and not the other).
NEWEST_FIRST_INDEX = "ix_incidents_newest"


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
                    limit: int) -> list[PointRow]:
    """The newest `limit` placed incidents passing the filter (ix_incidents_newest serves the order)."""
    query = _placed(where, clauses)
    columns = (IncidentRow.id, IncidentRow.lat, IncidentRow.lon, IncidentRow.main_violation,
               IncidentRow.date_start, IncidentRow.location_name, IncidentRow.status)
    # through the connection: plain rows, without the ORM's per-row bookkeeping (a third of the time)
    rows = session.connection().execute(query.with_only_columns(*columns)
                           .order_by(IncidentRow.date_start.desc().nulls_last(), IncidentRow.id).limit(limit))
    return [PointRow(i, float(lat or 0), float(lon or 0), label, day, place, status)
            for i, lat, lon, label, day, place, status in rows]


def count_placed(session: Session, where: IncidentFilter, clauses: Sequence[ColumnElement[bool]]) -> tuple[int, int]:
    """(placed, unplaced) incidents passing the filter, in one pass over them."""
    placed = case((and_(IncidentRow.lat.is_not(None), IncidentRow.lon.is_not(None)), 1), else_=0)
    inner = filtered_incidents(where, *clauses).with_only_columns(placed.label("placed")).subquery()
    total, with_position = session.execute(select(func.count(), func.sum(inner.c.placed))).one()
    return int(with_position or 0), int(total or 0) - int(with_position or 0)


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
