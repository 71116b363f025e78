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

from dataclasses import dataclass
from functools import lru_cache

from warcrimes.registry.given_names import given_name_group, patronymic_group
from warcrimes.registry.records import PartialDate, Person
from warcrimes.registry.spelling import clean_name, match_form, phonetic_key

PREFIX = 4


@lru_cache(maxsize=200_000)
def cached_form(text: str) -> str:
    """match_form, remembered: a registry repeats a few thousand name forms across 100,000 persons."""
    return match_form(text)


_form = cached_form


@lru_cache(maxsize=200_000)
def _key(text: str) -> str:
    return phonetic_key(text)


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
    family_written = frozenset(clean_name(n.family).casefold() for n in spellings if n.family.strip())
    given_written = frozenset(clean_name(n.given).casefold() for n in spellings if n.given.strip())
    family = frozenset(f for f in (_form(n) for n in family_written) if f)
    given = frozenset(f for f in (_form(n) for n in given_written) if f)
    given_groups = frozenset(g for g in (_given_group(n) for n in given_written) if g is not None)
    patronymics = frozenset(clean_name(n.patronymic).casefold() for n in spellings if n.patronymic.strip())
    patronymic = frozenset(f for f in (_form(p) for p in patronymics) if f)
    patronymic_groups = frozenset(g for g in (_father_group(p) for p in patronymics) if g is not None)
    blocks = _blocks(family, _given_tag(given, given_groups), person.birth_date, patronymic_groups)
    military = person.military
    service = "".join(c for c in military.service_number if c.isalnum()).upper() if military else ""
    return MatchProfile(ref, family_written, family, given_written, given, given_groups, patronymics,
                        patronymic, patronymic_groups, person.birth_date, person.sex, person.category, service,
                        frozenset(blocks))


def family_keys(row: MatchProfile) -> frozenset[str]:
    """The phonetic keys of the family name alone (name search without a given name)."""
    return frozenset(_key(f) for f in row.family) - {""}


def lookup_keys(row: MatchProfile) -> frozenset[str]:
    """The keys a list row is looked up under: its own, with day and month exchanged, with the names exchanged."""
    keys = set(row.blocks)
    birth = row.birth
    tag = _given_tag(row.given, row.given_groups)
    if birth is not None and birth.day is not None and birth.month is not None and birth.day <= 12:
        keys.add(f"D:{PartialDate(birth.year, birth.day, birth.month).iso()}:{tag}")
    if row.given:
        exchanged_groups = frozenset(g for g in (_given_group(f) for f in row.family_written) if g is not None)
        keys |= _blocks(row.given, _given_tag(row.family, exchanged_groups), None, frozenset())
    return frozenset(keys)
