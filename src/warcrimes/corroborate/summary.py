"""An incident's summary from all its accounts: the best place and date, the likeliest labels.

Pure: the summary of all the accounts whenever one joins or leaves, so it never depends on the order
reports arrived in (`Combined` adds the accounts that joined to the ones it had, with the same result).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable

from warcrimes.corroborate.counts import Counts
from warcrimes.corroborate.places import canonical
from warcrimes.corroborate.sources import AccountView
from warcrimes.domain.facts import DateInterval, IncidentFacts, Location, Perpetrator, Victims

_VAGUE = frozenset({"unknown", "mixed"})


def combine(accounts: list[AccountView], counts: Counts) -> IncidentFacts:
    """The incident as its accounts together tell it; victims min/max are the best and high counts."""
    combined = Combined()
    combined.add(accounts)
    return combined.facts(counts)


class _Group:
    """What `_location` reads of one group of places (one settlement's, spellings folded; or every place)."""

    def __init__(self) -> None:
        self.count = 0
        self.spellings: Counter[str] = Counter()
        self.admin1: str | None = None
        self.admin2: str | None = None
        self.precision: str | None = None
        self.located: Location | None = None  # the first with coordinates
        self.pinned: Location | None = None  # the first with coordinates and no homonyms
        self.homonyms = 0

    def add(self, place: Location) -> None:
        self.count += 1
        if place.name:
            self.spellings[place.name] += 1
        self.admin1 = self.admin1 or place.admin1 or None
        self.admin2 = self.admin2 or place.admin2 or None
        self.precision = self.precision or place.precision or None
        if place.lat is not None and place.lon is not None:
            self.located = self.located or place
            if not place.homonyms:
                self.pinned = self.pinned or place
        self.homonyms = max(self.homonyms, place.homonyms)


class Combined:
    """`combine` kept open: the accounts added after the ones before give the summary all of them together give
    (each part is a count, a first or an extreme, kept as the accounts come). An incident's summary is made
    again at each join, over every account it holds: its accounts are read once, not once a join."""

    def __init__(self) -> None:
        self.count = 0
        self.weight: Counter[str] = Counter()
        self.order: dict[str, int] = {}
        self.start: dt.date | None = None
        self.end: dt.date | None = None
        self.dates: Counter[DateInterval] = Counter()
        self.reported_on: dt.date | None = None
        self.places = _Group()
        self.told: Counter[str] = Counter()
        self.named: dict[str, _Group] = {}
        self.country: str | None = None
        self.categories: Counter[str] = Counter()
        self.mixed = False
        self.killed: int | None = None
        self.injured: int | None = None
        self.parties: Counter[str] = Counter()
        self.units: Counter[str] = Counter()
        self.reported_by: dict[str, str] = {}
        self.evidence: dict[str, str] = {}

    def add(self, accounts: list[AccountView]) -> None:
        for account in accounts:
            self._add(account.facts)

    def _add(self, f: IncidentFacts) -> None:
        self.count += 1
        for rank, label in enumerate(f.violations):
            self.weight[label] += 2 if rank == 0 else 1
            self.order.setdefault(label, len(self.order))
        if f.date:
            self.start = f.date.start if self.start is None else max(self.start, f.date.start)
            self.end = f.date.end if self.end is None else min(self.end, f.date.end)
            self.dates[f.date] += 1
        if f.reported_on:
            self.reported_on = f.reported_on if self.reported_on is None else min(self.reported_on, f.reported_on)
        place = f.location
        if place:
            self.places.add(place)
            self.country = self.country or place.country or None
            if place.name:
                name = canonical(place.name)
                self.told[name] += 1
                self.named.setdefault(name, _Group()).add(place)
        victims = f.victims
        if victims.category not in _VAGUE:
            self.categories[victims.category] += 1
        self.mixed = self.mixed or victims.category == "mixed"
        self.killed = _most((self.killed, victims.killed))
        self.injured = _most((self.injured, victims.injured))
        if f.perpetrator.party != "unknown":
            self.parties[f.perpetrator.party] += 1
        if f.perpetrator.unit:
            self.units[f.perpetrator.unit] += 1
        for name in f.reported_by:
            self.reported_by.setdefault(name.casefold().strip(), name)
        for kind in f.evidence:
            self.evidence.setdefault(kind.casefold().strip(), kind)

    def facts(self, counts: Counts) -> IncidentFacts:
        if not self.count:
            return IncidentFacts()
        category = self.categories.most_common(1)[0][0] if self.categories else \
            "mixed" if self.mixed else "unknown"
        return IncidentFacts(
            violations=tuple(sorted(self.weight, key=lambda label: (-self.weight[label], self.order[label]))),
            date=self._date(),
            reported_on=self.reported_on,
            location=self._location(),
            victims=Victims(category, counts.best, counts.high, self.killed, self.injured),
            perpetrator=Perpetrator(self.parties.most_common(1)[0][0] if self.parties else "unknown",
                                    self.units.most_common(1)[0][0] if self.units else None),
            reported_by=tuple(self.reported_by.values()),
            evidence=tuple(self.evidence.values()),
        )

    def _date(self) -> DateInterval | None:
        """Where every account's interval overlaps, that overlap; otherwise the most precise, most told."""
        if self.start is None or self.end is None:
            return None
        if self.start <= self.end:
            return DateInterval(self.start, self.end)
        told = self.dates
        return min(told, key=lambda d: ((d.end - d.start).days, -told[d], d.start))

    def _location(self) -> Location | None:
        """The most told settlement (spellings folded), with coordinates and region from any account."""
        if not self.places.count:
            return None
        if self.told:
            top = max(self.told, key=lambda name: self.told[name])
            group = self.named[top]
            spelled: str | None = group.spellings.most_common(1)[0][0]
        else:
            group, spelled = self.places, None
        pinned = group.pinned or group.located
        return Location(
            name=spelled,
            admin1=group.admin1 or self.places.admin1,
            country=self.country,
            lat=pinned.lat if pinned else None,
            lon=pinned.lon if pinned else None,
            admin2=group.admin2,
            precision=pinned.precision if pinned else group.precision,
            homonyms=pinned.homonyms if pinned else group.homonyms,
        )


def _most(values: Iterable[int | None]) -> int | None:
    """The highest of the stated figures (a toll rises as the wounded die), None when none states one."""
    return max((v for v in values if v is not None), default=None)
