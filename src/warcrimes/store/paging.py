"""The incident list paged by key: each page starts after (or ends before) the last incident shown,
found through the date index, never by counting past the rows before it (OFFSET).

The list's order is the start day (newest or oldest first), then the id; undated incidents come
last, by id. A page is read as two ranges, the dated and the undated incidents, each in the order
of an index (`ix_incidents_newest` or `ix_incidents_oldest`), so page 1,000 costs what page 1 costs,
and an incident added meanwhile before the key moves no row of the next page (OFFSET would show
one row twice).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, not_
from sqlalchemy.orm import Session

from warcrimes.store.schema import IncidentRow

#: The list's orders, as the URL names them (`sort=`).
LIST_SORTS = ("newest", "oldest")


@dataclass(frozen=True)
class PageKey:
    """An incident's place in the list: its start day (None: undated) and its id."""

    day: dt.date | None
    id: int


@dataclass(frozen=True)
class Page:
    """One page of rows, and whether rows come before it and after it."""

    rows: list[IncidentRow]
    has_previous: bool
    has_next: bool


def _dated_order(session: Session, newest: bool, backward: bool) -> tuple[ColumnElement[Any], ...]:
    """ORDER BY for the dated range, as the index is ordered (PostgreSQL needs the NULLS placement its
    index was made with to use it; SQLite's default placement is its index's)."""
    day, postgres = IncidentRow.date_start, session.get_bind().dialect.name == "postgresql"
    descending = newest != backward
    by_day = day.desc() if descending else day.asc()
    if postgres:  # ix_incidents_newest is DESC NULLS LAST; ix_incidents_oldest ASC (NULLS LAST)
        by_day = by_day.nulls_first() if backward else by_day.nulls_last()
    return by_day, IncidentRow.id.desc() if backward else IncidentRow.id.asc()


def _after_day(key: PageKey, newest: bool, backward: bool) -> ColumnElement[bool]:
    """Dated rows past `key` in the walking direction: the day bound serves as the index range, the
    rest drops the rows of that very day on the near side of the id."""
    assert key.day is not None
    day = IncidentRow.date_start
    later_in_walk = (day <= key.day) if newest != backward else (day >= key.day)
    same_day_near = and_(day == key.day, IncidentRow.id >= key.id if backward else IncidentRow.id <= key.id)
    return and_(later_in_walk, not_(same_day_near))


def keyset_page(session: Session, query: Select[IncidentRow], *, sort: str, limit: int,
                after: PageKey | None = None, before: PageKey | None = None) -> Page:
    """`limit` rows of `query` (incidents, filtered, unordered) in the list's `sort` order: the first
    page, the page after `after` or the page before `before`."""
    newest, backward = sort != "oldest", before is not None
    key = before if backward else after
    dated = query.where(IncidentRow.date_start.is_not(None))
    undated = query.where(IncidentRow.date_start.is_(None))
    want = limit + 1  # one more says whether the walk goes on
    parts: list[Select[IncidentRow]] = []
    undated_order = IncidentRow.id.desc() if backward else IncidentRow.id.asc()
    if key is not None and key.day is None:  # the key is undated: walk the undated ones from it
        bound = IncidentRow.id < key.id if backward else IncidentRow.id > key.id
        parts.append(undated.where(bound).order_by(undated_order))
        if backward:
            parts.append(dated.order_by(*_dated_order(session, newest, backward)))
    else:
        if key is not None:
            dated = dated.where(_after_day(key, newest, backward))
        parts.append(dated.order_by(*_dated_order(session, newest, backward)))
        if not backward:
            parts.append(undated.order_by(undated_order))
    rows: list[IncidentRow] = []
    for part in parts:
        rows += session.scalars(part.limit(want - len(rows))).all()
        if len(rows) >= want:
            break
    more = len(rows) > limit
    rows = rows[:limit]
    if backward:
        return Page(rows[::-1], has_previous=more, has_next=True)
    return Page(rows, has_previous=key is not None, has_next=more)


def key_of(row_day: dt.date | None, row_id: int) -> str:
    """A page key as the URL carries it: '2024-03-01.17', or 'undated.17'."""
    return f"{row_day.isoformat() if row_day else 'undated'}.{row_id}"


def parse_key(text: str) -> PageKey | None:
    """'2024-03-01.17' or 'undated.17' as a key; None when it is neither."""
    day, _, number = text.strip().rpartition(".")
    if not number.isascii() or not number.isdigit() or len(number) > 18:
        return None
    if day == "undated":
        return PageKey(None, int(number))
    try:
        return PageKey(dt.date.fromisoformat(day), int(number))
    except ValueError:
        return None
