"""Where two incidents disagree, so a merge is asked about before it joins two events into one.

Pure. Fields are compared only where both incidents state them: a missing place or date is not a
disagreement, only a gap. A place disagrees when the settlements differ (spellings and aliases
folded) more than `NEAR_KM` apart, or the regions differ; dates when the intervals do not overlap;
victims when both name a definite category and they differ, or the counts cannot both be right;
violations when the two share no label.
"""

from __future__ import annotations

from dataclasses import dataclass

from warcrimes.corroborate.places import canonical
from warcrimes.domain.facts import IncidentFacts, Location, Victims
from warcrimes.gazetteer.geo import distance_km

#: Two names this close are one place told two ways (a village and its hromada centre).
NEAR_KM = 10.0
_VAGUE = frozenset({"unknown", "mixed"})


@dataclass(frozen=True)
class Conflict:
    """One field the two incidents disagree on, each side as the incident page writes it."""

    field: str  # location | date | victims | violations
    kept: str
    absorbed: str
    why: str

    def to_dict(self) -> dict[str, str]:
        return {"field": self.field, "kept": self.kept, "absorbed": self.absorbed, "why": self.why}


def _place(loc: Location) -> str:
    return ", ".join(p for p in (loc.name, loc.admin1) if p) or loc.country or "no place"


def _location(a: Location | None, b: Location | None) -> str | None:
    if a is None or b is None:
        return None
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return "they are in different regions"
    if not (a.name and b.name) or canonical(a.name) == canonical(b.name):
        return None
    if None not in (a.lat, a.lon, b.lat, b.lon):
        km = distance_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
        return None if km <= NEAR_KM else f"the places are {km:.0f} km apart"
    return "they name different places"


def _counts_agree(a: Victims, b: Victims) -> bool:
    """Two stated ranges can both be right when they overlap ('at least 3' and '5' can)."""
    if a.min is None or b.min is None:
        return True
    a_high = a.max if a.max is not None else float("inf")
    b_high = b.max if b.max is not None else float("inf")
    return a.min <= b_high and b.min <= a_high


def _count(v: Victims) -> str:
    if v.min is None:
        return f"{v.category} (number not stated)"
    if v.max is None:
        return f"at least {v.min} {v.category}"
    return f"{v.min} {v.category}" if v.min == v.max else f"{v.min}-{v.max} {v.category}"


def merge_conflicts(kept: IncidentFacts, absorbed: IncidentFacts) -> list[Conflict]:
    """Every field on which `absorbed` disagrees with `kept` (empty when a merge is plain)."""
    found: list[Conflict] = []
    if (why := _location(kept.location, absorbed.location)) and kept.location and absorbed.location:
        found.append(Conflict("location", _place(kept.location), _place(absorbed.location), why))
    if kept.date and absorbed.date and (kept.date.end < absorbed.date.start or absorbed.date.end < kept.date.start):
        found.append(Conflict("date", _interval(kept), _interval(absorbed), "the dates do not overlap"))
    a, b = kept.victims, absorbed.victims
    if a.category not in _VAGUE and b.category not in _VAGUE and a.category != b.category:
        found.append(Conflict("victims", _count(a), _count(b), "the victims are of different categories"))
    elif not _counts_agree(a, b):
        found.append(Conflict("victims", _count(a), _count(b), "the numbers of victims cannot both be right"))
    if kept.violations and absorbed.violations and not set(kept.violations) & set(absorbed.violations):
        found.append(Conflict("violations", ", ".join(kept.violations), ", ".join(absorbed.violations),
                              "they allege no violation in common"))
    return found


def _interval(facts: IncidentFacts) -> str:
    assert facts.date is not None
    start, end = facts.date.start.isoformat(), facts.date.end.isoformat()
    return start if start == end else f"{start} to {end}"
