"""An analyst's corrections, laid over the summary the accounts give.

An edited field keeps the analyst's value when accounts join or leave later: the summary is
recomputed from every account (summary.combine) and the edits are laid over it again, so a
correction is never silently undone. The accounts themselves are never changed: they stay what
each report said. Edits live in the incident's facts JSON under "edits", as contract values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from warcrimes.domain.facts import DateInterval, IncidentFacts, Location, Perpetrator, Victims

#: The fields an analyst may set, in the order the edit form shows them.
EDITABLE = ("violations", "date", "location", "victims", "perpetrator", "reported_by", "evidence")


def field_value(facts: IncidentFacts, field: str) -> Any:
    """One field of `facts` as contract JSON (what an edit stores and history shows)."""
    return facts.to_contract()[field]


def apply_edits(facts: IncidentFacts, edits: Mapping[str, Any] | None) -> IncidentFacts:
    """`facts` with each edited field replaced by the analyst's value."""
    if not edits:
        return facts
    changes: dict[str, Any] = {}
    for field, value in edits.items():
        if field == "violations":
            changes[field] = tuple(value or ())
        elif field == "date":
            changes[field] = DateInterval.from_contract(value)
        elif field == "location":
            changes[field] = Location.from_contract(value)
        elif field == "victims":
            changes[field] = Victims(value.get("category") or "unknown", value.get("min"), value.get("max"))
        elif field == "perpetrator":
            changes[field] = Perpetrator(value.get("party") or "unknown", value.get("unit"))
        elif field in ("reported_by", "evidence"):
            changes[field] = tuple(value or ())
    return replace(facts, **changes)
