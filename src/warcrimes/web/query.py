"""Turn the list page's query string into an IncidentFilter, refusing values the store cannot mean."""

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
class ListQuery:
    """The list filters as typed in the form (blank means no filter)."""

    violation: str = ""
    oblast: str = ""
    since: str = ""
    status: str = ""
    limit: int = DEFAULT_PAGE_SIZE
    offset: int = 0
    verification: str = ""

    def to_filter(self) -> IncidentFilter:
        """Validate each field; a bad one raises BadInputError naming it and what to use."""
        violation = self.violation.strip() or None
        if violation and violation not in violations():
            raise BadInputError(f"violation {violation!r} is not a label of the taxonomy; "
                                f"use one of: {', '.join(violations())}")
        status = self.status.strip() or None
        if status and status not in vocabulary().review_statuses:
            raise BadInputError(f"status {status!r} is not a review status; "
                                f"use one of: {', '.join(vocabulary().review_statuses)}")
        level = self.verification.strip() or None
        if level and level not in LEVELS:
            raise BadInputError(f"verification {level!r} is not a verification level; "
                                f"use one of: {', '.join(LEVELS)}")
        since = None
        if self.since.strip():
            try:
                since = dt.date.fromisoformat(self.since.strip())
            except ValueError:
                raise BadInputError(f"since {self.since!r} is not a date; write it as YYYY-MM-DD") from None
        if not 1 <= self.limit <= MAX_PAGE_SIZE:
            raise BadInputError(f"limit {self.limit} is out of range; use 1 to {MAX_PAGE_SIZE}")
        if self.offset < 0:
            raise BadInputError(f"offset {self.offset} is negative; use 0 or more")
        return IncidentFilter(violation=violation, oblast=self.oblast.strip() or None, since=since,
                              status=status, verification=level, limit=self.limit, offset=self.offset)

    def as_params(self, **changes: object) -> dict[str, str]:
        """The non-blank filters as query parameters, for links to the next page or to JSON."""
        merged = {"violation": self.violation, "oblast": self.oblast, "since": self.since,
                  "status": self.status, "verification": self.verification, "limit": self.limit,
                  "offset": self.offset, **changes}
        defaults = {"limit": DEFAULT_PAGE_SIZE, "offset": 0}
        return {k: str(v) for k, v in merged.items() if str(v).strip() and defaults.get(k) != v}
