"""An incident's summary from all its accounts: the best place and date, the likeliest labels.

Pure: recomputed whole whenever an account joins or leaves, so the summary never depends on
the order reports arrived in.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from warcrimes.corroborate.counts import Counts
from warcrimes.corroborate.places import canonical
from warcrimes.corroborate.sources import AccountView
from warcrimes.domain.facts import DateInterval, IncidentFacts, Location, Perpetrator, Victims

_VAGUE = frozenset({"unknown", "mixed"})


def combine(accounts: list[AccountView], counts: Counts) -> IncidentFacts:
    """The incident as its accounts together tell it; victims min/max are the best and high counts."""
    facts = [a.facts for a in accounts]
    if not facts:
        return IncidentFacts()
    return IncidentFacts(
        violations=_violations(facts),
        date=_date(facts),
        reported_on=min((f.reported_on for f in facts if f.reported_on), default=None),
        location=_location(facts),
        victims=Victims(_category(facts), counts.best, counts.high, _most(f.victims.killed for f in facts),
                        _most(f.victims.injured for f in facts)),
        perpetrator=_perpetrator(facts),
        reported_by=_union(name for f in facts for name in f.reported_by),
        evidence=_union(kind for f in facts for kind in f.evidence),
    )


def _most(values: Iterable[int | None]) -> int | None:
    """The highest of the stated figures (a toll rises as the wounded die), None when none states one."""
    return max((v for v in values if v is not None), default=None)


def _union(values: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(value.casefold().strip(), value)
    return tuple(seen.values())


def _violations(facts: list[IncidentFacts]) -> tuple[str, ...]:
    """Labels by weight (a main label counts twice), first seen first among equals."""
    weight: Counter[str] = Counter()
    order: dict[str, int] = {}
    for f in facts:
        for rank, label in enumerate(f.violations):
            weight[label] += 2 if rank == 0 else 1
            order.setdefault(label, len(order))
    return tuple(sorted(weight, key=lambda label: (-weight[label], order[label])))


def _date(facts: list[IncidentFacts]) -> DateInterval | None:
    """Where every account's interval overlaps, that overlap; otherwise the most precise, most told."""
    dates = [f.date for f in facts if f.date]
    if not dates:
        return None
    start, end = max(d.start for d in dates), min(d.end for d in dates)
    if start <= end:
        return DateInterval(start, end)
    told = Counter(dates)
    return min(told, key=lambda d: ((d.end - d.start).days, -told[d], d.start))


def _location(facts: list[IncidentFacts]) -> Location | None:
    """The most told settlement (spellings folded), with coordinates and region from any account."""
    places = [f.location for f in facts if f.location]
    if not places:
        return None
    named = [p for p in places if p.name]
    if named:
        told = Counter(canonical(p.name) for p in named if p.name)
        top = max(told, key=lambda name: told[name])
        group = [p for p in named if p.name and canonical(p.name) == top]
        spelled = Counter(p.name for p in group).most_common(1)[0][0]
    else:
        group, spelled = places, None
    pinned = next((p for p in group if p.lat is not None and p.lon is not None), None)
    return Location(
        name=spelled,
        admin1=next((p.admin1 for p in group if p.admin1), None) or next((p.admin1 for p in places
                                                                           if p.admin1), None),
        country=next((p.country for p in places if p.country), None),
        lat=pinned.lat if pinned else None,
        lon=pinned.lon if pinned else None,
        admin2=next((p.admin2 for p in group if p.admin2), None),
        precision=pinned.precision if pinned else next((p.precision for p in group if p.precision), None),
    )


def _category(facts: list[IncidentFacts]) -> str:
    told = Counter(f.victims.category for f in facts if f.victims.category not in _VAGUE)
    if told:
        return told.most_common(1)[0][0]
    return "mixed" if any(f.victims.category == "mixed" for f in facts) else "unknown"


def _perpetrator(facts: list[IncidentFacts]) -> Perpetrator:
    parties = Counter(f.perpetrator.party for f in facts if f.perpetrator.party != "unknown")
    units = Counter(f.perpetrator.unit for f in facts if f.perpetrator.unit)
    return Perpetrator(parties.most_common(1)[0][0] if parties else "unknown",
                       units.most_common(1)[0][0] if units else None)
