"""What matching compares: a person's name forms reduced once, and the blocks they are filed under.

Comparing a 10,000-row list with 100,000 persons pair by pair is 10^9 comparisons; blocking
compares a row only with the persons that share one of its keys:

- F: the family name's phonetic key (Шевченко, Shevchenko, Schewtschenko share one);
- T: the first four letters of the family name's matching form with the given name's group, so
  that a typo in a consonant further on (Shevhenko) still meets;
- D: the full birth date with the given name's group, so that a typo early in the family name
  (Chevchenko) still meets when the birth date is known.

A list row is also looked up under its given name's phonetic key as a family key, for lists that
put the two names in the wrong columns.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from warcrimes.registry.given_names import given_name_group, patronymic_group
from warcrimes.registry.records import PartialDate, Person
from warcrimes.registry.spelling import clean_name, match_form, phonetic_key

PREFIX = 4


@lru_cache(maxsize=200_000)
def _form(text: str) -> str:
    return match_form(text)


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
    tag = _given_tag(given, given_groups)
    blocks = {f"F:{_key(f)}" for f in family if _key(f)}
    blocks |= {f"T:{f.replace(' ', '')[:PREFIX]}:{tag}" for f in family}
    if person.birth_date is not None and person.birth_date.precision == "day":
        blocks.add(f"D:{person.birth_date.iso()}:{tag}")
    military = person.military
    service = "".join(c for c in military.service_number if c.isalnum()).upper() if military else ""
    return MatchProfile(ref, family_written, family, given_written, given, given_groups, patronymics,
                        patronymic, patronymic_groups, person.birth_date, person.sex, person.category, service,
                        frozenset(blocks))


def lookup_keys(row: MatchProfile) -> frozenset[str]:
    """The keys a list row is looked up under: its own, and its given name as a family name."""
    swapped = {f"F:{_key(g)}" for g in row.given if _key(g)}
    return row.blocks | swapped
