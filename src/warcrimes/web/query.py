"""The list page's query string as typed, for links to other pages; queries/filters.py parses it."""

from __future__ import annotations

from dataclasses import dataclass

from warcrimes.queries.filters import DEFAULT_PAGE_SIZE, incident_filter
from warcrimes.store import IncidentFilter

#: Where a page of the list starts and how it is ordered: not a filter, so other views drop them.
PAGING = ("sort", "limit", "offset", "after", "before")


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
    #: the list's order (blank: newest first) and the page key it starts after or ends before
    sort: str = ""
    after: str = ""
    before: str = ""

    def to_filter(self) -> IncidentFilter:
        """Validate each field; a bad one raises BadInputError naming it and what to use."""
        return incident_filter(self.violation, self.oblast, self.since, self.status, self.verification,
                               limit=self.limit, offset=self.offset, sort=self.sort, after=self.after,
                               before=self.before)

    def unpaged(self) -> IncidentFilter:
        """The same filters without a page bound (the map, the charts, a CSV of the whole list)."""
        return incident_filter(self.violation, self.oblast, self.since, self.status, self.verification)

    def filter_params(self) -> dict[str, str]:
        """Only the filters (no paging, no order), for links from one view of the list to another."""
        return {k: v for k, v in self.as_params().items() if k not in PAGING}

    def as_params(self, **changes: object) -> dict[str, str]:
        """The non-blank filters as query parameters, for links to the next page or to JSON."""
        merged = {"violation": self.violation, "oblast": self.oblast, "since": self.since,
                  "status": self.status, "verification": self.verification, "sort": self.sort,
                  "limit": self.limit, "offset": self.offset, "after": self.after, "before": self.before, **changes}
        defaults = {"limit": DEFAULT_PAGE_SIZE, "offset": 0, "sort": "newest"}
        return {k: str(v) for k, v in merged.items() if str(v).strip() and defaults.get(k) != v}
