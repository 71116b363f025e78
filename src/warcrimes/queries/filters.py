"""The one parser of incident filters, for the web list and `warcrimes incidents` alike: a value
the store cannot mean is refused with a sentence naming the field and what to use."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from warcrimes.corroborate.verification import LEVELS
from warcrimes.domain.taxonomy import violations, vocabulary
from warcrimes.errors import BadInputError
from warcrimes.store import IncidentFilter

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
                    limit: int | None = None, offset: int = 0) -> IncidentFilter:
    """Check each filter as typed (blank means none); BadInputError names a bad one and what to use.

    `limit` None means no page bound (the command line lists everything)."""
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
    return IncidentFilter(violation=label, oblast=(oblast or "").strip() or None, since=day, status=review,
                          verification=level, limit=limit, offset=offset)
