"""What importing a list would do: create persons, add entries to persons it names exactly, or ask.

Rows that describe one person (the same names in matching form and the same birth date) are
grouped. A group is an *update* of an existing person only when exactly one person has the same
identity key (all three names in matching form and the full birth date, docs/registry.md); a
group that merely resembles persons is *review*: created as a person of its own with its match
candidates, which an analyst merges or rejects (nothing merges by itself); else it is *created*.
The plan is pure: a dry run prints it, an import applies it all or nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from warcrimes.gazetteer.fold import fold
from warcrimes.registry.blocking import MatchProfile, cached_form, profile
from warcrimes.registry.listrows import ListRow, ParsedList, Problem
from warcrimes.registry.matching import THRESHOLD, MatchCandidate, MatchIndex
from warcrimes.registry.records import Confirmation, Person, StatusEntry, StatusSource

Action = Literal["create", "update", "review"]
UNKNOWN_PLACE = "unknown"


def identity_key(person: Person) -> str | None:
    """family|given|patronymic in matching form + full birth date, or None when any part is missing."""
    name = person.name_uk or person.name_latin or (person.names_ru[0] if person.names_ru else None)
    birth = person.birth_date
    if name is None or birth is None or birth.precision != "day" or not (name.family and name.given
                                                                           and name.patronymic):
        return None
    return "|".join((cached_form(name.family), cached_form(name.given), cached_form(name.patronymic), birth.iso()))


def place_key(name: str) -> str:
    """How a place name from a list is looked up among the registry's places (folded)."""
    return fold(name) or UNKNOWN_PLACE


@dataclass(frozen=True, repr=False)
class PlannedPerson:
    """One person a list describes, what the import would do with them, and the entries it adds."""

    rows: tuple[int, ...]
    action: Action
    person: Person
    person_id: str | None = None  # update: the existing person
    entries: tuple[StatusEntry, ...] = ()
    candidates: tuple[MatchCandidate, ...] = field(default=())
    match: MatchProfile | None = None  # the person's profile, computed once for the plan, sealed when applied

    def __repr__(self) -> str:
        return f"PlannedPerson(rows={self.rows}, action={self.action!r}, person_id={self.person_id!r})"


@dataclass(frozen=True)
class ImportPlan:
    """The dry run's answer; `can_apply` only when the list has no errors."""

    list_name: str
    list_hash: str
    format: str
    encoding: str
    persons: tuple[PlannedPerson, ...]
    new_places: tuple[str, ...]  # place keys the import would create as places of unknown kind
    problems: tuple[Problem, ...]

    @property
    def can_apply(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)

    def counts(self) -> dict[str, int]:
        tally = {"rows": sum(len(p.rows) for p in self.persons), "create": 0, "update": 0, "review": 0,
                 "entries": sum(len(p.entries) for p in self.persons), "new_places": len(self.new_places),
                 "errors": sum(1 for p in self.problems if p.severity == "error"),
                 "warnings": sum(1 for p in self.problems if p.severity == "warning")}
        for planned in self.persons:
            tally[planned.action] += 1
        return tally

    def describe(self) -> list[str]:
        """Lines for a dry run: rows, actions, scores and reasons; no personal value."""
        encoding = f", {self.encoding}" if self.encoding else ""
        lines = [f"{self.list_name} ({self.format}{encoding}): " +
                 ", ".join(f"{k} {v}" for k, v in self.counts().items())]
        lines += [p.render() for p in self.problems]
        for planned in self.persons:
            rows = ", ".join(str(r) for r in planned.rows)
            what = {"create": "create a person", "update": f"add to person {planned.person_id}",
                    "review": "create a person an analyst compares with"}[planned.action]
            line = f"row {rows}: {what} ({planned.person.category}), {len(planned.entries)} status entries"
            for candidate in planned.candidates:
                reasons = "; ".join(f"{r.field} {r.verdict}" for r in candidate.reasons)
                line += f"\n    person {candidate.right} score {candidate.score:.2f}: {reasons}"
            lines.append(line)
        return lines


def _entries(rows: list[ListRow], list_hash: str, places: Mapping[str, str]) -> tuple[StatusEntry, ...]:
    entries = []
    for row in rows:
        if row.status is None or row.status_date is None:
            continue
        place = None
        if row.status in ("held", "transferred") or row.status_place:
            key = place_key(row.status_place)
            place = places.get(key, key)
        confirmation = Confirmation("list_source", "list") if row.status == "captivity_confirmed" else None
        entries.append(StatusEntry(row.status, row.status_date, StatusSource("list", f"{list_hash}:row-{row.row}"),
                                   place_id=place, confirmation=confirmation, note=row.source_note))
    return tuple(entries)


def plan_import(parsed: ParsedList, list_hash: str, index: MatchIndex, find_identity: Callable[[str], str | None],
                places: Mapping[str, str], threshold: float = THRESHOLD,
                profiles: Mapping[int, MatchProfile] | None = None) -> ImportPlan:
    """Plan the import of a checked list against the registry (its match index, identities and places).

    `find_identity` answers an identity key with the one person holding it (the store asks its blind
    index); `places` maps place keys to the registry's place ids; `profiles` are the rows' profiles by
    row number when the caller made them already.
    """
    profiles = profiles or {}
    groups: dict[str, list[ListRow]] = {}
    for row in parsed.rows:
        key = identity_key(row.person) or f"row:{row.row}"
        groups.setdefault(key, []).append(row)
    planned: list[PlannedPerson] = []
    new_places: set[str] = set()
    for key, rows in groups.items():
        person = rows[0].person
        entries = _entries(rows, list_hash, places)
        new_places |= {e.place_id for e in entries if e.place_id and e.place_id not in places.values()}
        numbers = tuple(r.row for r in rows)
        existing = find_identity(key) if not key.startswith("row:") else None
        if existing is not None:
            planned.append(PlannedPerson(numbers, "update", person, existing, entries))
            continue
        found = profiles.get(numbers[0]) or profile(f"row:{numbers[0]}", person)
        candidates = tuple(index.candidates(found, threshold))
        action: Action = "review" if candidates else "create"
        planned.append(PlannedPerson(numbers, action, person, None, entries, candidates, found))
    return ImportPlan(parsed.table_name, list_hash, parsed.format, parsed.encoding, tuple(planned),
                      tuple(sorted(new_places)), parsed.problems)
