"""Who is a cited source? A name as a report gives it, plus the report's context -> one entity, or 'ambiguous'.

"the regional prosecutor's office" in a report about Zaporizhzhia Oblast, "Zaporizhzhia Regional
Prosecutor's Office" and "Запорізької обласної прокуратури" are one entity; "Lubinets" and
"Дмитро Лубінець" are the Ombudsman (while in office); "the hospital's director" in a report about
Vilniansk is `medical@Vilniansk`. A reference that fits several entities, or one only the missing
context could pick ("the regional prosecutor's office" with no oblast), is ambiguous, and an ambiguous
reference must never count as a new independent source (issue 15). A name the table does not know
is `unlisted`, keyed by its folded (transliterated) form so that two reports citing one person meet.
Pure: no store, no clock; the table is data (data/bodies.json).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Literal

from warcrimes.corroborate.bodies import LANGUAGES, Body, BodyTable, InstanceKind, body_table
from warcrimes.corroborate.name_keys import Key, NameForms, name_forms
from warcrimes.gazetteer import fold, transliterate

Status = Literal["resolved", "ambiguous", "unlisted"]
_NUMBER = re.compile(r"\b(\d{1,3})")


@dataclass(frozen=True)
class Context:
    """What the report says around the name: its oblast, its settlement, its publication date."""

    admin1: str | None = None  # "Zaporizhzhia Oblast", as the gazetteer names regions
    place: str | None = None  # "Vilniansk": names a local authority, hospital or the like
    published: dt.date | None = None  # a holder speaks for a body only while in office
    place_names: tuple[str, ...] = ()  # the place's other spellings ("Горлівка", "Gorlovka"), from the gazetteer


@dataclass(frozen=True)
class Resolution:
    """The entity a cited name stands for, or why it stands for none in particular."""

    name: str
    status: Status
    entity: str | None = None
    candidates: tuple[str, ...] = ()
    kind: str | None = None
    default_role: str | None = None
    side: str | None = None
    chain: str | None = None  # top of the parent chain; for an ambiguous name, the one all candidates share
    why: str = ""

    @property
    def may_count(self) -> bool:
        """False for an ambiguous reference: it never counts as a new independent source."""
        return self.status != "ambiguous"


@dataclass(frozen=True)
class _Index:
    names: dict[Key, frozenset[str]]  # full names (and holders' full names) -> body ids
    generic: dict[Key, frozenset[str]]  # context-only references -> body ids
    holders: dict[tuple[str, Key], int]  # (body id, holder's name key) -> holder index
    surnames: dict[Key, tuple[str, int]]  # a holder's surname alone, when only one holder bears it
    regions: frozenset[str]  # stems of every region name, to fall back to the national body
    ambiguous: frozenset[Key]
    qualifiers: frozenset[str]
    instances: tuple[_KindStems, ...]


@dataclass(frozen=True)
class _KindStems:
    """An instance kind with its marker words already cut to stems."""

    kind: InstanceKind
    markers: frozenset[str]
    also: frozenset[str]  # words of such names that are not the place ("centre", "emergency")
    russian: frozenset[str]


def _key(forms: NameForms, name: str) -> Key:
    return frozenset(forms.stems(name))


@cache
def _index() -> _Index:
    forms, table = name_forms(), body_table()
    names: dict[Key, set[str]] = defaultdict(set)
    generic: dict[Key, set[str]] = defaultdict(set)
    holders: dict[tuple[str, Key], int] = {}
    surnames: dict[Key, set[tuple[str, int]]] = defaultdict(set)
    for body in table.bodies.values():
        for language in LANGUAGES:
            for name in body.names[language]:
                names[_key(forms, name)].add(body.id)
            for name in body.generic[language]:
                generic[_key(forms, name)].add(body.id)
            for i, holder in enumerate(body.holders):
                for name in holder.names[language]:
                    key = _key(forms, name)
                    names[key].add(body.id)
                    holders[(body.id, key)] = i
                    surnames[frozenset(forms.stems(name)[-1:])].add((body.id, i))
    regions = {s for n in ("oblast", "область", *table.region_names) for s in forms.stems(n)}
    ambiguous = {_key(forms, n) for language in LANGUAGES for n in table.ambiguous[language]}
    qualifiers = {s for language in LANGUAGES for n in table.qualifiers[language] for s in forms.stems(n)}
    return _Index({k: frozenset(v) for k, v in names.items()}, {k: frozenset(v) for k, v in generic.items()},
                  holders, {k: next(iter(v)) for k, v in surnames.items() if len(v) == 1}, frozenset(regions),
                  frozenset(ambiguous), frozenset(qualifiers),
                  tuple(_KindStems(k, *(_stems_of(forms, words) for words in (k.markers, k.also, k.russian)))
                        for k in table.instances))


def resolve(name: str, context: Context | None = None) -> Resolution:
    """The entity `name` stands for in a report with this context (see the module docstring)."""
    context = context or Context()
    forms, table, index = name_forms(), body_table(), _index()
    stems = forms.stems(name)
    if not stems:
        return Resolution(name, "ambiguous", why="nothing in the name to resolve")
    tried = [stems] + ([bare] if (bare := forms.without_speakers(stems)) != stems and bare else [])
    unplaced = False
    for attempt in tried:
        found = _by_name(name, frozenset(attempt), context, table, index)
        if isinstance(found, Resolution):
            return found
        unplaced = unplaced or found
    for attempt in tried:
        if len(attempt) == 1 and (hit := index.surnames.get(frozenset(attempt))):
            body, holder = table.bodies[hit[0]], table.bodies[hit[0]].holders[hit[1]]
            if holder.in_office(context.published):
                return _resolved(name, body, table, f"surname of a holder of {body.canonical}")
            return _unlisted(name, "a former holder: no longer speaks for the body")
    for attempt in tried:
        national = frozenset(s for s in attempt if s not in index.regions)
        if national and len(national) < len(attempt):
            found = _by_name(name, national, Context(published=context.published), table, index)
            if isinstance(found, Resolution) and found.status == "resolved":
                return _resolved(name, table.bodies[found.entity or ""], table, "its regional unit is named")
    if any(frozenset(a) - index.qualifiers in index.ambiguous for a in tried):
        return Resolution(name, "ambiguous", why="a reference that names no one body")
    instance = _instance(name, stems, context, index.instances, forms)
    if instance is not None:
        return instance
    if unplaced:
        return Resolution(name, "ambiguous", why="no body of this kind in the report's oblast")
    if len(tried) > 1 and context.place and _names_the_place(tried[-1], context, forms):
        return _local(name, context.place, "the head of the report's place")
    return _unlisted(name, "not in the table of bodies")


def resolve_publisher(publisher: str, context: Context | None = None) -> Resolution:
    """The entity that published a report ('Telegram: Sumy Regional Military Administration' -> ua.ova.sumy)."""
    return resolve(name_forms().without_channel(publisher), context)


def _by_name(name: str, key: frozenset[str], context: Context, table: BodyTable,
             index: _Index) -> Resolution | bool:
    """A full or generic name: one entity or ambiguous; else whether a generic name went unplaced."""
    named = set(index.names.get(key, ()))
    former = {b for b in named if (b, key) in index.holders
              and not table.bodies[b].holders[index.holders[(b, key)]].in_office(context.published)}
    named -= former
    generic = index.generic.get(key, frozenset())
    placed = {b for b in generic if context.admin1 in table.bodies[b].admin1}
    candidates = named | placed
    if former and not candidates:
        return _unlisted(name, "a former holder: no longer speaks for the body")
    if not candidates:
        if generic and context.admin1 is None:
            chains = {table.chain(b) for b in generic}
            return Resolution(name, "ambiguous", candidates=tuple(sorted(generic)),
                              chain=next(iter(chains)) if len(chains) == 1 else None, why="needs the report's oblast")
        return bool(generic)  # a generic name with no body in the report's oblast: maybe a town's, see _instance
    if len(candidates) == 1 and (placed or not generic):
        body = table.bodies[next(iter(candidates))]
        return _resolved(name, body, table, "a reference placed by the report's oblast" if placed else "its name")
    pool = sorted(candidates | (generic if context.admin1 is None else set()))
    chains = {table.chain(b) for b in pool}
    return Resolution(name, "ambiguous", candidates=tuple(pool), chain=next(iter(chains)) if len(chains) == 1 else None,
                      why="fits several bodies")


def _resolved(name: str, body: Body, table: BodyTable, why: str) -> Resolution:
    return Resolution(name, "resolved", body.id, (body.id,), body.kind, body.default_role, body.side,
                      table.chain(body.id), why)


def _stems_of(forms: NameForms, names: dict[str, tuple[str, ...]]) -> frozenset[str]:
    return frozenset(s for language in LANGUAGES for n in names[language] for s in forms.stems(n))


def _instance(name: str, stems: tuple[str, ...], context: Context, kinds: tuple[_KindStems, ...],
              forms: NameForms) -> Resolution | None:
    """A town's authority, a hospital, a numbered brigade: told by marker words, named by place or number."""
    for stemmed in kinds:
        kind, markers = stemmed.kind, stemmed.markers
        if not markers & set(stems):
            continue
        if "{number}" in kind.id:
            number = _NUMBER.search(name)
            if number is None:
                return Resolution(name, "ambiguous", why=f"a {kind.kind} without its number")
            side = "ru" if stemmed.russian & set(stems) else "ua"
            entity = kind.id.format(side=side, number=number.group(1))
            return Resolution(name, "resolved", entity, (entity,), kind.kind, kind.default_role, side.upper(), entity,
                              "a numbered unit")
        rest = " ".join(s for s in forms.without_speakers(stems) if s not in markers | stemmed.also)
        # A place the name spells in Latin letters names it; a Cyrillic one is cut by stemming, so the
        # report's own place (as the gazetteer spells it) is the better key.
        place = rest if rest and rest.isascii() else context.place or rest
        if not place:
            return Resolution(name, "ambiguous", why=f"a {kind.kind} with no place to name it by")
        return _local(name, place, "the place in its name" if place == rest else "the report's place", kind)
    return None


def _names_the_place(stems: tuple[str, ...], context: Context, forms: NameForms) -> bool:
    """True when what is left of 'глава Горловки' once the title is gone is the report's place."""
    spellings = {s for n in (context.place or "", *context.place_names) for s in forms.stems(n)}
    return bool(stems) and set(stems) <= spellings


def _local(name: str, place: str, why: str, kind: InstanceKind | None = None) -> Resolution:
    pattern, kind_name = (kind.id, kind.kind) if kind else ("local@{place}", "local_authority")
    entity = pattern.format(place=fold(place))
    return Resolution(name, "resolved", entity, (entity,), kind_name, "originator", kind.side if kind else None,
                      entity, why)


def _unlisted(name: str, why: str) -> Resolution:
    latin = transliterate(name) if not name.isascii() else name
    return Resolution(name, "unlisted", entity=f"name:{fold(_clean(latin))}", why=why)


def _clean(text: str) -> str:
    return " ".join("".join(c if c.isalnum() else " " for c in text).split())
