"""The registry's records: a person, the dated entries of their status history, places, exchanges.

Every field that names or describes a person is left out of `repr` (and so of `str`, f-strings,
logs and tracebacks); only ids, categories and dates of events show. The store encrypts the same
fields at rest (docs/registry.md lists them).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from warcrimes.errors import BadInputError

Sex = Literal["male", "female", "unknown"]
Category = Literal["military", "civilian", "unknown"]
Precision = Literal["day", "month", "year"]

_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class RegistryInputError(BadInputError):
    """A registry value cannot be used; the message never repeats personal values."""


@dataclass(frozen=True, order=False)
class PartialDate:
    """A date known to the day, the month or only the year ("missing since March 2022")."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise RegistryInputError("a date with a day needs a month")
        if not 1 <= self.year <= 9999 or (self.month is not None and not 1 <= self.month <= 12):
            raise RegistryInputError("the date is not a real calendar date")
        if (self.day is not None and self.month is not None
                and not 1 <= self.day <= calendar.monthrange(self.year, self.month)[1]):
            raise RegistryInputError("the date is not a real calendar date")

    @property
    def precision(self) -> Precision:
        return "day" if self.day is not None else "month" if self.month is not None else "year"

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> dt.date:
        if self.day is not None:
            return self.first_day
        month = self.month or 12
        return dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    def overlaps(self, other: PartialDate) -> bool:
        """True when the two periods share a day (2022-03 overlaps 2022-03-15 and 2022)."""
        return self.first_day <= other.last_day and other.first_day <= self.last_day

    def iso(self) -> str:
        """1990, 1990-03 or 1990-03-12."""
        parts = [f"{self.year:04d}"] + [f"{p:02d}" for p in (self.month, self.day) if p is not None]
        return "-".join(parts)

    @classmethod
    def of(cls, day: dt.date) -> PartialDate:
        return cls(day.year, day.month, day.day)

    @classmethod
    def parse_iso(cls, text: str) -> PartialDate:
        """Read what `iso` writes; anything else is refused (lists go through registry.dates)."""
        match = _ISO.fullmatch(text.strip())
        if not match:
            raise RegistryInputError("a date must be written YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        return cls(year, month, day)


@dataclass(frozen=True, repr=False)
class PersonName:
    """One spelling of a name: family name, given name, patronymic (father's name, GC III art. 122)."""

    family: str
    given: str = ""
    patronymic: str = ""

    def __repr__(self) -> str:
        return "PersonName(<hidden>)"

    def full(self) -> str:
        return " ".join(p for p in (self.family, self.given, self.patronymic) if p)


@dataclass(frozen=True, repr=False)
class Contact:
    """The person to be informed (GC III art. 122, GC IV art. 138): usually the next of kin."""

    name: str
    relationship: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    consents_to_share: bool = False  # may the ICRC tell the sought person who is looking for them

    def __repr__(self) -> str:
        return "Contact(<hidden>)"


@dataclass(frozen=True, repr=False)
class MilitaryService:
    """What a prisoner of war must give (GC III art. 17) and the bureau transmits (art. 122)."""

    rank: str = ""
    service_number: str = ""
    unit: str = ""
    armed_force: str = ""  # the Power on which he depends (art. 122): Armed Forces, National Guard...

    def __repr__(self) -> str:
        return "MilitaryService(<hidden>)"


@dataclass(frozen=True, repr=False)
class Person:
    """A prisoner of war or detained civilian. The current status is derived (registry.history)."""

    person_id: str | None = None  # the store's public id; None until created
    name_uk: PersonName | None = None
    name_latin: PersonName | None = None  # as in a passport or list; else KMU 2010 of name_uk
    names_ru: tuple[PersonName, ...] = ()  # Russian spellings seen (the detaining side's lists)
    other_spellings: tuple[PersonName, ...] = ()  # other Latin or Cyrillic spellings seen
    sex: Sex = "unknown"
    birth_date: PartialDate | None = None
    birth_place: str = ""
    category: Category = "unknown"
    nationality: str = ""
    mother_maiden_name: str = ""
    last_residence: str = ""
    distinguishing_marks: str = ""
    military: MilitaryService | None = None
    next_of_kin: tuple[Contact, ...] = ()

    def __repr__(self) -> str:
        return f"Person(person_id={self.person_id!r}, category={self.category!r}, <personal fields hidden>)"

    def spellings(self) -> tuple[PersonName, ...]:
        """Every spelling of the name the registry knows, Ukrainian first."""
        names = (self.name_uk, self.name_latin, *self.names_ru, *self.other_spellings)
        return tuple(n for n in names if n is not None)


SourceKind = Literal["report", "evidence", "list", "family_appeal"]


@dataclass(frozen=True)
class StatusSource:
    """Where a status entry comes from: a report id, an evidence hash, a list hash and row, an appeal."""

    kind: SourceKind
    reference: str


@dataclass(frozen=True)
class Confirmation:
    """Who confirmed the captivity and how (vocabulary: confirmed_by, confirmed_how)."""

    by: str
    how: str


@dataclass(frozen=True)
class StatusEntry:
    """One dated, sourced step of a person's history; `sequence` is the order it was recorded in."""

    kind: str
    date: PartialDate
    source: StatusSource
    sequence: int = 0
    place_id: str | None = None  # held at / transferred to (a DetentionPlace)
    confirmation: Confirmation | None = None  # captivity_confirmed
    exchange_id: str | None = None  # released
    incident_id: int | None = None  # killed: the incident in the register
    note: str = field(default="", repr=False)  # free text may name people: encrypted, never shown in repr


@dataclass(frozen=True)
class DetentionPlace:
    """A colony, pre-trial detention centre or other place where captives are held."""

    place_id: str
    name: str
    kind: str  # vocabulary: place_kinds
    settlement: str = ""
    region: str = ""
    country: str = ""
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True)
class StatedFigures:
    """The figures one side's report gave for an exchange (they often differ from each other)."""

    side: str  # vocabulary: exchange_sides
    counts: Mapping[str, int]  # by exchange category, e.g. {"military": 90, "civilian": 5}
    source: StatusSource


@dataclass(frozen=True)
class Exchange:
    """An exchange of prisoners or a repatriation of bodies, as an event of its own."""

    exchange_id: str
    date: dt.date
    kind: str = "prisoners"  # vocabulary: exchange_kinds
    counts: Mapping[str, int] = field(default_factory=dict)  # by category, as the registry knows them
    persons_released: tuple[str, ...] = ()  # person ids
    stated: tuple[StatedFigures, ...] = ()
    mediator: str = ""

    def differences(self) -> dict[str, dict[str, int]]:
        """Per side, stated minus registered count for each category either names."""
        out: dict[str, dict[str, int]] = {}
        for figures in self.stated:
            keys = sorted(set(figures.counts) | set(self.counts))
            out[figures.side] = {k: figures.counts.get(k, 0) - self.counts.get(k, 0) for k in keys}
        return out
