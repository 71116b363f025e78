"""What a report says about one incident or one figure: the extraction contract as types.

`IncidentFacts.to_contract()` gives exactly the object of shared/eval/CONTRACT.md; the
store keeps these facts per account, and the web and exports render them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]


@dataclass(frozen=True)
class DateInterval:
    """The interval in which an incident happened; a single day has start == end."""

    start: dt.date
    end: dt.date

    def to_contract(self) -> dict[str, str]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}

    @classmethod
    def from_contract(cls, value: dict[str, Any] | None) -> DateInterval | None:
        if not value or not (value.get("start") or value.get("end")):
            return None
        start = dt.date.fromisoformat(value.get("start") or value["end"])
        end = dt.date.fromisoformat(value.get("end") or value["start"])
        return cls(start, end)


@dataclass(frozen=True)
class Location:
    """A geocoded place; `precision` says how exact the coordinates are."""

    name: str | None = None
    admin1: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    admin2: str | None = None
    precision: str | None = None  # settlement | hromada_centre | admin1 | country
    homonyms: int = 0  # settlements of this name in the oblast when the text did not say which one

    def to_contract(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "admin1": self.admin1, "country": self.country,
                               "lat": self.lat, "lon": self.lon}
        if self.admin2:
            out["admin2"] = self.admin2
        if self.precision:
            out["precision"] = self.precision
        if self.homonyms:  # resolved to the likeliest, flagged for review: extra keys the contract allows
            out["ambiguous"] = True
            out["homonyms"] = self.homonyms
        return out

    @classmethod
    def from_contract(cls, value: dict[str, Any] | None) -> Location | None:
        if not value:
            return None
        return cls(value.get("name"), value.get("admin1"), value.get("country"), value.get("lat"),
                   value.get("lon"), value.get("admin2"), value.get("precision"), int(value.get("homonyms") or 0))


@dataclass(frozen=True)
class Victims:
    """Who was harmed and how many, as the text states it (max None means open-ended)."""

    category: str = "unknown"
    min: int | None = None
    max: int | None = None
    # Beside the contract's min/max (the killed, else the injured): each count the text gives, when it gives it.
    killed: int | None = None
    injured: int | None = None
    children: int | None = None

    def to_contract(self) -> dict[str, Any]:
        out: dict[str, Any] = {"category": self.category, "min": self.min, "max": self.max}
        for key in ("killed", "injured", "children"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        return out

    @classmethod
    def from_contract(cls, value: dict[str, Any]) -> Victims:
        def count(key: str) -> int | None:
            found = value.get(key)
            return int(found) if found is not None else None

        return cls(value.get("category") or "unknown", value.get("min"), value.get("max"),
                   count("killed"), count("injured"), count("children"))


@dataclass(frozen=True)
class Perpetrator:
    """The state whose forces are alleged (ISO alpha-2 or 'unknown') and the named unit."""

    party: str = "unknown"
    unit: str | None = None

    def to_contract(self) -> dict[str, Any]:
        return {"party": self.party, "unit": self.unit}


@dataclass(frozen=True)
class IncidentFacts:
    """One incident as one report tells it: every field of the contract."""

    violations: tuple[str, ...] = ()
    date: DateInterval | None = None
    reported_on: dt.date | None = None
    location: Location | None = None
    victims: Victims = field(default_factory=Victims)
    perpetrator: Perpetrator = field(default_factory=Perpetrator)
    reported_by: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    span: Span = (0, 0)
    # Who passed a source's word on: (source, relayed by) pairs, e.g. prosecutors citing the regional
    # office; corroboration counts the source once however many bodies relay it.
    relays: tuple[tuple[str, str], ...] = ()

    def to_contract(self) -> dict[str, Any]:
        out = self._contract()
        if self.relays:
            out["relays"] = [{"source": source, "via": via} for source, via in self.relays]
        return out

    def _contract(self) -> dict[str, Any]:
        return {
            "violations": list(self.violations),
            "date": self.date.to_contract() if self.date else None,
            "reported_on": self.reported_on.isoformat() if self.reported_on else None,
            "location": self.location.to_contract() if self.location else None,
            "victims": self.victims.to_contract(),
            "perpetrator": self.perpetrator.to_contract(),
            "reported_by": list(self.reported_by),
            "evidence": list(self.evidence),
            "span": [self.span[0], self.span[1]],
        }

    @classmethod
    def from_contract(cls, value: dict[str, Any]) -> IncidentFacts:
        victims = value.get("victims") or {}
        perp = value.get("perpetrator") or {}
        reported_on = value.get("reported_on")
        span = value.get("span") or (0, 0)
        return cls(
            violations=tuple(value.get("violations") or ()),
            date=DateInterval.from_contract(value.get("date")),
            reported_on=dt.date.fromisoformat(reported_on) if reported_on else None,
            location=Location.from_contract(value.get("location")),
            victims=Victims.from_contract(victims),
            perpetrator=Perpetrator(perp.get("party") or "unknown", perp.get("unit")),
            reported_by=tuple(value.get("reported_by") or ()),
            evidence=tuple(value.get("evidence") or ()),
            span=(int(span[0]), int(span[1])),
            relays=tuple((r["source"], r["via"]) for r in value.get("relays") or () if "source" in r and "via" in r),
        )


@dataclass(frozen=True)
class StatisticFacts:
    """An aggregate figure a report states: measure, population, value, qualifier, as-of date."""

    measure: str
    population: str
    value: float
    qualifier: str = "exact"
    unit: str = "persons"
    as_of: dt.date | None = None
    reported_by: str | None = None
    span: Span = (0, 0)
    period: dict[str, str | None] | None = None  # {"kind": cumulative|period|point, "start", "end"} when the text says

    def to_contract(self) -> dict[str, Any]:
        value: int | float = int(self.value) if float(self.value).is_integer() else self.value
        contract: dict[str, Any] = {
            "measure": self.measure, "population": self.population, "value": value,
            "qualifier": self.qualifier, "unit": self.unit,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "reported_by": self.reported_by, "span": [self.span[0], self.span[1]],
        }
        if self.period:
            contract["period"] = dict(self.period)
        return contract

    @classmethod
    def from_contract(cls, value: dict[str, Any]) -> StatisticFacts:
        as_of = value.get("as_of")
        span = value.get("span") or (0, 0)
        return cls(value["measure"], value["population"], float(value["value"]),
                   value.get("qualifier") or "exact", value.get("unit") or "persons",
                   dt.date.fromisoformat(as_of) if as_of else None, value.get("reported_by"),
                   (int(span[0]), int(span[1])), value.get("period") or None)
