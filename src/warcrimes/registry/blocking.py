"""What matching compares: a person's name forms reduced once, and the blocks they are filed under.

Comparing a 10,000-row list with 100,000 persons pair by pair is 10^9 comparisons; blocking
compares a row only with the persons that share one of its keys. The given-name tag of a key is
the name's uk/ru group (Олександр = Александр) or, for an unlisted name, its phonetic key:

- F: the family name's phonetic key (Шевченко, Shevchenko, Schewtschenko share one) + given tag;
- T: the first four letters of the family name's matching form + given tag, so that a typo in a
  consonant further on (Shevhenko) still meets;
- D: the full birth date + given tag, so that a typo early in the family name (Chevchenko) meets;
- Y: the family name's phonetic key + birth year, so that a typo in the given name meets;
- P: given tag + the father's name (patronymic group) + birth year, so that an early typo in the
  family name meets when the birth date is only partly known or has day and month swapped.

A row is also looked up with family and given name exchanged, for lists that put them in the
wrong columns, and with day and month of its birth date exchanged. Name search with a family
name alone uses `family_keys` (MatchIndex.by_family). A typo in the given name of a row without
a birth year is the one case no block catches.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from importlib import resources
from typing import Any

from warcrimes.registry.given_names import given_name_group, patronymic_group
from warcrimes.registry.records import PartialDate, Person
from warcrimes.registry.spelling import clean_name, match_form, phonetic_key

PREFIX = 4
#: Raised when the profile's fields or keys change meaning, so that profiles sealed before are recomputed.
PROFILE_VERSION = 2


@lru_cache(maxsize=200_000)
def cached_form(text: str) -> str:
    """match_form, remembered: a registry repeats a few thousand name forms across 100,000 persons."""
    return match_form(text)


_form = cached_form


@lru_cache(maxsize=200_000)
def _key(text: str) -> str:
    return phonetic_key(text)


@lru_cache(maxsize=200_000)
def cached_clean(text: str) -> str:
    """clean_name, remembered (it was a third of an import's time)."""
    return clean_name(text)


@lru_cache(maxsize=50_000)
def _given_group(text: str) -> int | None:
    return given_name_group(text)


@lru_cache(maxsize=50_000)
def _father_group(text: str) -> int | None:
    return patronymic_group(text)


@dataclass(frozen=True, repr=False)
class MatchProfile:
    """One person (or list row) as matching sees it: every spelling reduced once."""

    ref: str  # a person id, or "row:N" for a list row
    family_written: frozenset[str]  # cleaned, case-folded spellings as written
    family: frozenset[str]  # matching forms
    given_written: frozenset[str]
    given: frozenset[str]
    given_groups: frozenset[int]
    patronymic_written: frozenset[str]
    patronymic: frozenset[str]
    patronymic_groups: frozenset[int]
    birth: PartialDate | None
    sex: str
    category: str
    service_number: str
    blocks: frozenset[str]

    def __repr__(self) -> str:
        return f"MatchProfile(ref={self.ref!r}, <names hidden>)"

    @cached_property
    def lookups(self) -> frozenset[str]:
        """`lookup_keys`, computed once (an import asks for a row's keys twice)."""
        return _lookup_keys(self)


def _given_tag(given: frozenset[str], groups: frozenset[int]) -> str:
    """The given name's part of a block key: its group if listed, else its phonetic key."""
    if groups:
        return f"g{min(groups)}"
    return "k" + min((_key(g) for g in given), default="")


def _blocks(family: frozenset[str], tag: str, birth: PartialDate | None, fathers: frozenset[int]) -> set[str]:
    keys = {_key(f) for f in family} - {""}
    blocks = {f"F:{k}:{tag}" for k in keys}
    blocks |= {f"T:{f.replace(' ', '')[:PREFIX]}:{tag}" for f in family}
    if birth is not None:
        blocks |= {f"Y:{k}:{birth.year}" for k in keys}
        blocks |= {f"P:{tag}:{father}:{birth.year}" for father in fathers}
        if birth.precision == "day":
            blocks.add(f"D:{birth.iso()}:{tag}")
    return blocks


def profile(ref: str, person: Person) -> MatchProfile:
    """Reduce a person's every spelling to matching forms and blocking keys."""
    spellings = person.spellings()
    family_written = frozenset(cached_clean(n.family).casefold() for n in spellings if n.family.strip())
    given_written = frozenset(cached_clean(n.given).casefold() for n in spellings if n.given.strip())
    family = frozenset(f for f in (_form(n) for n in family_written) if f)
    given = frozenset(f for f in (_form(n) for n in given_written) if f)
    given_groups = frozenset(g for g in (_given_group(n) for n in given_written) if g is not None)
    patronymics = frozenset(cached_clean(n.patronymic).casefold() for n in spellings if n.patronymic.strip())
    patronymic = frozenset(f for f in (_form(p) for p in patronymics) if f)
    patronymic_groups = frozenset(g for g in (_father_group(p) for p in patronymics) if g is not None)
    blocks = _blocks(family, _given_tag(given, given_groups), person.birth_date, patronymic_groups)
    military = person.military
    service = "".join(c for c in military.service_number if c.isalnum()).upper() if military else ""
    return MatchProfile(ref, family_written, family, given_written, given, given_groups, patronymics,
                        patronymic, patronymic_groups, person.birth_date, person.sex, person.category, service,
                        frozenset(blocks))


@cache
def profile_version() -> str:
    """The version a sealed profile must carry to be used as it is: the code's, and the name rules' data."""
    digest = hashlib.sha256(str(PROFILE_VERSION).encode())
    for name in ("name_keys.json", "given_names.json"):
        digest.update((resources.files("warcrimes.registry") / "data" / name).read_bytes())
    return digest.hexdigest()[:16]


def profile_fields(found: MatchProfile) -> dict[str, Any]:
    """A profile as JSON values, sealed inside the person's token (registry/sealed.py): opening it costs a
    decryption, not the name forms computed again (a fifth of the time, measured on 100,000 persons)."""
    return {"v": profile_version(), "fw": sorted(found.family_written), "f": sorted(found.family),
            "gw": sorted(found.given_written), "g": sorted(found.given), "gg": sorted(found.given_groups),
            "pw": sorted(found.patronymic_written), "p": sorted(found.patronymic),
            "pg": sorted(found.patronymic_groups),
            "b": [found.birth.year, found.birth.month, found.birth.day] if found.birth else None,
            "s": found.sex, "n": found.service_number, "k": sorted(found.blocks)}


def profile_from_fields(ref: str, category: str, fields: Any) -> MatchProfile | None:
    """The profile `profile_fields` made, or None when it is missing or was made by other name rules."""
    if not isinstance(fields, dict) or fields.get("v") != profile_version():
        return None
    birth = fields["b"]
    return MatchProfile(ref, frozenset(fields["fw"]), frozenset(fields["f"]), frozenset(fields["gw"]),
                        frozenset(fields["g"]), frozenset(fields["gg"]), frozenset(fields["pw"]),
                        frozenset(fields["p"]), frozenset(fields["pg"]),
                        PartialDate(*birth) if birth else None, fields["s"], category, fields["n"],
                        frozenset(fields["k"]))


def family_keys(row: MatchProfile) -> frozenset[str]:
    """The phonetic keys of the family name alone (name search without a given name)."""
    return frozenset(_key(f) for f in row.family) - {""}


def lookup_keys(row: MatchProfile) -> frozenset[str]:
    """The keys a list row is looked up under: its own, with day and month exchanged, with the names exchanged."""
    return row.lookups


def _lookup_keys(row: MatchProfile) -> frozenset[str]:
    keys = set(row.blocks)
    birth = row.birth
    tag = _given_tag(row.given, row.given_groups)
    if birth is not None and birth.day is not None and birth.month is not None and birth.day <= 12:
        keys.add(f"D:{PartialDate(birth.year, birth.day, birth.month).iso()}:{tag}")
    if row.given:
        exchanged_groups = frozenset(g for g in (_given_group(f) for f in row.family_written) if g is not None)
        keys |= _blocks(row.given, _given_tag(row.family, exchanged_groups), None, frozenset())
    return frozenset(keys)
