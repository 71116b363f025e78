"""The one parser of incident filters, for the web list and `warcrimes incidents` alike: a value
the store cannot mean is refused with a sentence naming the field and what to use."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from warcrimes.corroborate.verification import LEVELS
from warcrimes.domain.taxonomy import violations, vocabulary
from warcrimes.errors import BadInputError
from warcrimes.store import IncidentFilter
from warcrimes.store.paging import LIST_SORTS, PageKey, parse_key

DEFAULT_PAGE_SIZE = 100
#: Rendering stays well under a second at this size on the project's 2-core machine.
MAX_PAGE_SIZE = 500


@dataclass(frozen=True)
class FilterChoices:
    """What a filter form offers: violation labels, review statuses, verification levels."""

    violations: tuple[str, ...]
    statuses: tuple[str, ...]
    levels: tuple[str, ...]


def filter_choices() -> FilterChoices:
    return FilterChoices(tuple(violations()), tuple(vocabulary().review_statuses), LEVELS)


def incident_filter(violation: str | None = None, oblast: str | None = None, since: str | None = None,
                    status: str | None = None, verification: str | None = None, *,
                    limit: int | None = None, offset: int = 0, sort: str = "", after: str = "",
                    before: str = "") -> IncidentFilter:
    """Check each filter as typed (blank means none); BadInputError names a bad one and what to use.

    `limit` None means no page bound (the command line lists everything); `after` and `before` are page
    keys (store/paging.py) from the list's own links."""
    label = (violation or "").strip() or None
    if label and label not in violations():
        raise BadInputError(f"unknown violation label {label!r} (it is not a label of the taxonomy); "
                            f"use one of: {', '.join(violations())}")
    review = (status or "").strip() or None
    if review and review not in vocabulary().review_statuses:
        raise BadInputError(f"status {review!r} is not a review status; "
                            f"use one of: {', '.join(vocabulary().review_statuses)}")
    level = (verification or "").strip() or None
    if level and level not in LEVELS:
        raise BadInputError(f"unknown verification level {level!r} (it is not a verification level); "
                            f"use one of: {', '.join(LEVELS)}")
    day = None
    if (since or "").strip():
        try:
            day = dt.date.fromisoformat((since or "").strip())
        except ValueError:
            raise BadInputError(f"since {since!r} is not a date; write it as YYYY-MM-DD") from None
    if limit is not None and not 1 <= limit <= MAX_PAGE_SIZE:
        raise BadInputError(f"limit {limit} is out of range; use 1 to {MAX_PAGE_SIZE}")
    if offset < 0:
        raise BadInputError(f"offset {offset} is negative; use 0 or more")
    order = sort.strip() or LIST_SORTS[0]
    if order not in LIST_SORTS:
        raise BadInputError(f"sort {sort!r} is not an order of the list; use one of: {', '.join(LIST_SORTS)}")
    keys = {name: _page_key(name, typed) for name, typed in (("after", after), ("before", before)) if typed.strip()}
    if len(keys) == 2:
        raise BadInputError("after and before are both given; a page starts after one incident or ends before one")
    return IncidentFilter(violation=label, oblast=(oblast or "").strip() or None, since=day, status=review,
                          verification=level, limit=limit, offset=offset, sort=order, after=keys.get("after"),
                          before=keys.get("before"))


def _page_key(name: str, typed: str) -> PageKey:
    key = parse_key(typed)
    if key is None:
        raise BadInputError(f"{name} {typed!r} is not a page key; it is a day and an incident id, "
                            "as 2024-03-01.17 or undated.17 (the list's own links carry one)")
    return key
