"""The table of bodies that originate or relay reports (data/bodies.json), loaded and checked once.

Explicit bodies are listed one by one; a family (every oblast's prosecutor's office, military
administration, police, emergency service; every Russian border region's governor) is one name
template over the regions; an instance kind (a town's authority, a hospital, a numbered brigade) is
told by marker words and named after the place or unit the report gives. Provenance: data/PROVENANCE.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import Any

from warcrimes.corroborate.shipped import read_json
from warcrimes.errors import ConfigError

BODIES_FILE = "bodies.json"
LANGUAGES = ("en", "uk", "ru")
SIDES = frozenset({"UA", "RU", "international"})
Names = dict[str, tuple[str, ...]]  # language -> names


@dataclass(frozen=True)
class Holder:
    """A person who speaks for a body while in office (an ombudsman, a committee's chair)."""

    names: Names
    start: dt.date
    end: dt.date | None
    note: str | None = None

    def in_office(self, day: dt.date | None) -> bool:
        """True on `day`, or when the day is unknown (a report without a date cannot rule it out)."""
        return day is None or (self.start <= day and (self.end is None or day <= self.end))


@dataclass(frozen=True)
class Body:
    """One entity: its id, names per language, kind, usual role, side, jurisdiction and sources."""

    id: str
    canonical: str
    kind: str
    default_role: str
    side: str
    country: str | None
    admin1: tuple[str, ...]
    parent: str | None
    names: Names
    generic: Names  # references that name it only with the report's oblast ("the regional prosecutor's office")
    holders: tuple[Holder, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class InstanceKind:
    """A kind of body identified by a place or a unit number: 'local@{place}', '{side}.brigade#{number}'."""

    id: str
    kind: str
    default_role: str
    side: str | None
    markers: Names
    also: Names
    russian: Names


@dataclass(frozen=True)
class BodyTable:
    """Every body by id, the instance kinds, the references that never identify one body, the roles."""

    bodies: dict[str, Body]
    instances: tuple[InstanceKind, ...]
    ambiguous: Names
    qualifiers: Names  # words that leave a reference as vague as before: 'Ukrainian' officials
    roles: dict[str, str]
    kinds: dict[str, str]
    region_names: tuple[str, ...]  # every region's name forms, to tell 'SBU in Kharkiv region' from the SBU

    def chain(self, body_id: str) -> str:
        """The top of the body's parent chain: a regional prosecutor's office -> the PGO."""
        seen = body_id
        while (parent := self.bodies[seen].parent) is not None:
            seen = parent
        return seen


def _names(raw: Any, where: str) -> Names:
    if not isinstance(raw, dict) or set(raw) - set(LANGUAGES):
        raise ValueError(f"{where}: names must be an object with keys among {LANGUAGES}")
    out = {}
    for language in LANGUAGES:
        found = raw.get(language, [])
        if not isinstance(found, (list, tuple)) or not all(isinstance(n, str) and n.strip() for n in found):
            raise ValueError(f"{where}: {language} names must be a list of non-empty strings")
        out[language] = tuple(found)
    return out


def _holder(raw: dict[str, Any], where: str) -> Holder:
    end = raw.get("to")
    return Holder(_names(raw["names"], where), dt.date.fromisoformat(raw["from"]),
                  dt.date.fromisoformat(end) if end else None, raw.get("note"))


def _body(raw: dict[str, Any]) -> Body:
    where = f"body {raw.get('id')!r}"
    if not raw.get("sources"):
        raise ValueError(f"{where}: every body needs at least one source")
    jurisdiction = raw["jurisdiction"]
    names = _names(raw["names"], where)
    if not names["en"]:
        raise ValueError(f"{where}: needs at least one English name")
    names["en"] = tuple(dict.fromkeys((raw["canonical"], *names["en"])))  # the canonical name is a name too
    return Body(raw["id"], raw["canonical"], raw["kind"], raw["default_role"], raw["side"], jurisdiction["country"],
                tuple(jurisdiction["admin1"]), raw.get("parent"), names, _names(raw.get("generic", {}), where),
                tuple(_holder(h, where) for h in raw.get("holders", [])), tuple(raw["sources"]))


def _expand(family: dict[str, Any], regions: list[dict[str, Any]]) -> list[Body]:
    """One body per region of the family's country: the templates filled with the region's forms."""
    where = f"family {family.get('id')!r}"
    members = []
    for region in (r for r in regions if r["country"] == family["country"]):
        fills = [{"slug": region["slug"], "en": en, "uk_adj": region["uk_adj"], "ru_adj": region["ru_adj"],
                  "uk_area": region["uk_area"]} for en in region["en"]]
        names = {language: tuple(dict.fromkeys(t.format(**f) for t in family["names"][language] for f in fills))
                 for language in LANGUAGES}
        members.append(_body({**family, "id": family["id"].format(slug=region["slug"]),
                              "canonical": family["canonical"].format(**fills[0]), "names": names,
                              "generic": family.get("generic", {}),
                              "jurisdiction": {"country": family["country"], "admin1": [region["admin1"]]}}))
    if not members:
        raise ValueError(f"{where}: no region of country {family['country']!r}")
    return members


def _instance(raw: dict[str, Any]) -> InstanceKind:
    where = f"instance {raw.get('id')!r}"
    return InstanceKind(raw["id"], raw["kind"], raw["default_role"], raw.get("side"), _names(raw["markers"], where),
                        _names(raw.get("also", {}), where), _names(raw.get("russian", {}), where))


def _check(table: BodyTable) -> None:
    """References point at something: kinds, roles, sides and parents exist; no id twice."""
    for body in table.bodies.values():
        where = f"body {body.id!r}"
        if body.kind not in table.kinds:
            raise ValueError(f"{where}: kind {body.kind!r} is not among the declared kinds")
        if body.default_role not in table.roles:
            raise ValueError(f"{where}: role {body.default_role!r} is not among the declared roles")
        if body.side not in SIDES:
            raise ValueError(f"{where}: side {body.side!r} is not one of {sorted(SIDES)}")
        if body.parent is not None and body.parent not in table.bodies:
            raise ValueError(f"{where}: parent {body.parent!r} is not in the table")
    for kind in table.instances:
        if kind.kind not in table.kinds or kind.default_role not in table.roles:
            raise ValueError(f"instance {kind.id!r}: unknown kind or role")


def parse_table(raw: dict[str, Any]) -> BodyTable:
    """The table from its JSON form, checked; a ConfigError names the entry at fault."""
    try:
        bodies: list[Body] = [b for family in raw["families"] for b in _expand(family, raw["regions"])]
        bodies += [_body(b) for b in raw["bodies"]]
        by_id: dict[str, Body] = {}
        for body in bodies:
            if body.id in by_id:
                raise ValueError(f"body id {body.id!r} appears twice")
            by_id[body.id] = body
        region_names = tuple(n for r in raw["regions"] for n in (*r["en"], r["uk_adj"], r["ru_adj"], r["uk_area"]))
        table = BodyTable(by_id, tuple(_instance(i) for i in raw["instances"]), _names(raw["ambiguous"], "ambiguous"),
                          _names(raw["qualifiers"], "qualifiers"), dict(raw["roles"]), dict(raw["kinds"]), region_names)
        _check(table)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ConfigError(f"corroborate/data/{BODIES_FILE} is not usable: {exc}") from exc
    return table


@cache
def body_table() -> BodyTable:
    """The shipped table, loaded and checked once."""
    return parse_table(read_json(BODIES_FILE))
