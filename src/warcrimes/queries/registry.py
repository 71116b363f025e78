"""What the registry's pages and commands show: figures (for everyone who may read), and persons,
search results, candidates and exchanges (for the `registry` permission only; the route or
command checks it). One transaction each; nothing here writes, so a person's full record, whose
every view is recorded, is opened through services/registry_views.py instead.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from warcrimes.errors import BadInputError
from warcrimes.queries.statistics import series as stated_series
from warcrimes.registry import stored
from warcrimes.registry.blocking import profile
from warcrimes.registry.figures import RegistryFigures, registry_figures
from warcrimes.registry.figures import series as figures_over_time
from warcrimes.registry.history import current_status
from warcrimes.registry.keyring import field_keys
from warcrimes.registry.matching import compare_at_least
from warcrimes.registry.protect import FieldKeys
from warcrimes.registry.records import Person, PersonName, StatusEntry
from warcrimes.registry.sealed import search_terms
from warcrimes.store import Store
from warcrimes.store.prepared import Prepared
from warcrimes.store.schema import ExchangeRow, IncidentPersonLinkRow, MatchCandidateRow, PersonRow, StatusEntryRow

#: Which stated measure a registry group answers, and which population a category.
MEASURE_GROUPS = {"held_captive": "held", "released": "released", "missing": "missing"}
POPULATION_CATEGORIES = {"pow": "military", "civilian": "civilian", "mixed": None}
MAX_QUERY_CHARS = 200
SEARCH_THRESHOLD = 0.7


@dataclass(frozen=True)
class StatedComparison:
    """A figure a report states beside the registry's count of the same thing."""

    measure: str
    population: str
    as_of: dt.date
    stated: float
    qualifier: str
    sources: tuple[str, ...]
    registry: int
    difference: float  # stated minus registry

    def to_json(self) -> dict[str, object]:
        return {"measure": self.measure, "population": self.population, "as_of": self.as_of.isoformat(),
                "stated": self.stated, "qualifier": self.qualifier, "sources": list(self.sources),
                "registry": self.registry, "difference": self.difference}


@dataclass(frozen=True)
class FiguresPage:
    """Counts only: what a viewer may see."""

    persons: int
    figures: RegistryFigures
    stated: tuple[StatedComparison, ...]
    over_time: tuple[tuple[dt.date, RegistryFigures], ...]

    def to_json(self) -> dict[str, object]:
        """`held`, `released`, `missing`, `dead` at the top (persons whose derived status is in that group)."""
        return {**self.figures.to_json(), "persons": self.persons,
                "stated": [s.to_json() for s in self.stated],
                "over_time": [{"date": day.isoformat(), **f.by_group} for day, f in self.over_time]}


def _month_ends(first: dt.date, last: dt.date, months: int) -> list[dt.date]:
    """At most `months` month ends spread evenly from the first entry's month to `last` (included)."""
    ends: list[dt.date] = []
    year, month = first.year, first.month
    while True:
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        end = following - dt.timedelta(days=1)
        if end >= last:
            ends.append(last)
            break
        ends.append(end)
        year, month = following.year, following.month
    step = -(-len(ends) // months)  # ceiling: every step-th month, counted back from the last
    return sorted(ends[::-1][::step])


def figures(store: Store, *, months: int = 0, today: dt.date | None = None) -> FiguresPage:
    """Persons by derived status and category, the stated figures beside them, and (months > 0) over time."""
    with store.transaction() as session:
        categories = dict(session.execute(select(PersonRow.id, PersonRow.category)
                                          .where(PersonRow.merged_into.is_(None))).all())
        entries = stored.histories(session)
    persons = [(category, entries.get(pid, [])) for pid, category in categories.items()]
    counted = registry_figures(persons)
    compared = []
    for found in stated_series(store):
        group, category = MEASURE_GROUPS.get(found.measure), POPULATION_CATEGORIES.get(found.population, "-")
        if group is None or category == "-" or found.unit != "persons" or not found.points:
            continue
        point = found.points[-1]
        registry = counted.by_group[group] if category is None else counted.by_category[category][group]
        compared.append(StatedComparison(found.measure, found.population, point.as_of, point.value, point.qualifier,
                                         point.sources, registry, point.value - registry))
    over_time: list[tuple[dt.date, RegistryFigures]] = []
    if months > 0:
        firsts = [e.date.first_day for _, history in persons for e in history]
        if firsts:
            over_time = figures_over_time(persons, _month_ends(min(firsts), today or dt.date.today(), months))
    return FiguresPage(len(persons), counted, tuple(compared), tuple(over_time))


@dataclass(frozen=True)
class PersonLine:
    """One person in a list or search result: id, names, category, derived status; score when searched."""

    person_id: str
    name: str
    latin: str
    category: str
    status: str | None
    since: str | None
    score: float | None = None
    reasons: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        found: dict[str, object] = {"id": self.person_id, "name": self.name, "latin": self.latin,
                                    "category": self.category, "status": self.status, "since": self.since}
        if self.score is not None:
            found |= {"score": self.score, "reasons": list(self.reasons)}
        return found


def display_names(person: Person) -> tuple[str, str]:
    """The name as written (Ukrainian first) and in Latin letters."""
    spellings = person.spellings()
    first = spellings[0].full() if spellings else ""
    return first, person.name_latin.full() if person.name_latin else ""


def _line(person: Person, history: list[StatusEntry], score: float | None = None,
          reasons: tuple[str, ...] = ()) -> PersonLine:
    status = current_status(history)
    name, latin = display_names(person)
    assert person.person_id is not None
    return PersonLine(person.person_id, name, latin, person.category, status.kind,
                      status.since.iso() if status.since else None, score, reasons)


def list_persons(store: Store, *, offset: int = 0, limit: int = 50) -> tuple[int, list[PersonLine]]:
    """A page of persons (newest first) and how many there are."""
    keys = field_keys(store.settings.home)
    with store.transaction() as session:
        total = session.scalar(select(func.count()).select_from(PersonRow).where(PersonRow.merged_into.is_(None)))
        rows = list(session.scalars(select(PersonRow).where(PersonRow.merged_into.is_(None))
                                    .order_by(PersonRow.id.desc()).offset(max(offset, 0)).limit(min(limit, 200))))
        entries = stored.histories(session, [r.id for r in rows])
        return int(total or 0), [_line(stored.open_row(keys, r), entries.get(r.id, [])) for r in rows]


def _readings(text: str) -> list[Person]:
    words = text.split()
    if len(words) == 1:
        return [Person(other_spellings=(PersonName(words[0]),))]
    return [Person(other_spellings=(PersonName(words[0], words[1], " ".join(words[2:])),)),
            Person(other_spellings=(PersonName(words[1], words[0]),))]


def _ranked(keys: FieldKeys, rows: list[stored.SealedPerson], text: str,
            limit: int) -> list[tuple[str, tuple[float, tuple[str, ...]]]]:
    """The persons found by the blind index scored against each reading of the search (their sealed
    profiles only: a full record is opened for the results shown, not for every person compared)."""
    profiles = [stored.open_row_profile(keys, r) for r in rows]
    best: dict[str, tuple[float, tuple[str, ...]]] = {}
    for number, reading in enumerate(_readings(text)):
        query = profile(f"query:{number}", reading)
        for found in (compare_at_least(query, p, SEARCH_THRESHOLD) for p in profiles):
            if found is not None and found.score >= SEARCH_THRESHOLD \
                    and found.score > best.get(found.right, (0.0, ()))[0]:
                best[found.right] = (found.score, tuple(f"{r.field} {r.verdict}" for r in found.reasons))
    return sorted(best.items(), key=lambda item: (-item[1][0], item[0]))[:limit]


def search_persons(store: Store, text: str, *, limit: int = 20) -> list[PersonLine]:
    """Persons whose name matches `text` in any spelling (Latin or Cyrillic, family name first or not).

    Family and given name together are looked up by their blocks first (tens of persons to decrypt
    at 100,000); only when that ranks nobody, by the family name alone (a typo in the given name)."""
    text = " ".join(text.split())
    if not text:
        raise BadInputError("give a name to search for (a family name, or family and given name)")
    if len(text) > MAX_QUERY_CHARS:
        raise BadInputError(f"a search is at most {MAX_QUERY_CHARS} characters")
    keys = field_keys(store.settings.home)
    with store.transaction() as session:
        rows = stored.persons_by_terms(session, keys, search_terms(text, family_alone=False))
        ranked = _ranked(keys, rows, text, limit)
        if not ranked and len(text.split()) > 1:
            rows = stored.persons_by_terms(session, keys, search_terms(text))
            ranked = _ranked(keys, rows, text, limit)
        by_id = {r.public_id: r for r in rows}
        entries = stored.histories(session, [by_id[pid].id for pid, _ in ranked])
        return [_line(stored.open_row(keys, by_id[pid]), entries.get(by_id[pid].id, []), score, reasons)
                for pid, (score, reasons) in ranked]


@dataclass(frozen=True)
class CandidatePair:
    """A proposed pair for an analyst: both persons' lines, the score and the reasons."""

    candidate_id: int
    left: PersonLine
    right: PersonLine
    score: float
    reasons: tuple[dict[str, str], ...]
    state: str

    def to_json(self) -> dict[str, object]:
        return {"candidate": self.candidate_id, "score": self.score, "state": self.state,
                "left": self.left.to_json(), "right": self.right.to_json(), "reasons": list(self.reasons)}


def match_candidates(store: Store, *, state: str = "proposed", limit: int = 100) -> list[CandidatePair]:
    """Candidate pairs in a state, best score first."""
    keys = field_keys(store.settings.home)
    with store.transaction() as session:
        found = list(session.scalars(select(MatchCandidateRow).where(MatchCandidateRow.state == state)
                                     .order_by(MatchCandidateRow.score.desc(), MatchCandidateRow.id).limit(limit)))
        ids = sorted({c.left_id for c in found} | {c.right_id for c in found})
        rows = {r.id: r for r in session.scalars(select(PersonRow).where(PersonRow.id.in_(ids)))}
        entries = stored.histories(session, ids)
        lines = {pid: _line(stored.open_row(keys, r), entries.get(pid, [])) for pid, r in rows.items()}
        return [CandidatePair(c.id, lines[c.left_id], lines[c.right_id], c.score, tuple(c.reasons), c.state)
                for c in found]


@dataclass(frozen=True)
class ExchangeLine:
    """An exchange with the registry's count of persons by category beside each side's stated figures."""

    exchange_id: str
    date: dt.date
    kind: str
    mediator: str
    registered: dict[str, int]
    stated: tuple[dict[str, object], ...]
    differences: dict[str, dict[str, int]]

    def to_json(self) -> dict[str, object]:
        return {"id": self.exchange_id, "date": self.date.isoformat(), "kind": self.kind, "mediator": self.mediator,
                "registered": self.registered, "stated": list(self.stated), "differences": self.differences}


def list_exchanges(store: Store) -> list[ExchangeLine]:
    """Every exchange, newest first (counts only: no person is named)."""
    with store.transaction() as session:
        lines = []
        for row in session.scalars(select(ExchangeRow).order_by(ExchangeRow.date.desc(), ExchangeRow.id.desc())):
            categories = session.execute(select(PersonRow.category).join(
                StatusEntryRow, StatusEntryRow.person_id == PersonRow.id).where(
                StatusEntryRow.exchange_id == row.id)).scalars()
            counts = dict(Counter(categories))
            exchange = stored.exchange_of(row, (), counts)
            lines.append(ExchangeLine(row.public_id, row.date, row.kind, row.mediator, counts, tuple(row.stated),
                                      exchange.differences()))
        return lines


@dataclass(frozen=True)
class IncidentLink:
    """A registry person an incident's report may name: the proposal's id, the person's id (no name: the
    person's page, whose every opening is recorded, shows it), score, reasons (verdicts) and decision."""

    link_id: int
    person_id: str
    score: float
    reasons: tuple[str, ...]
    state: str
    decided_by: str | None

    def to_json(self) -> dict[str, object]:
        return {"link": self.link_id, "person": self.person_id, "score": self.score, "reasons": list(self.reasons),
                "state": self.state, "decided_by": self.decided_by}


def incident_links(store: Store, incident_id: int) -> list[IncidentLink]:
    """The persons proposed for one incident, open proposals first, then by score (for `registry` users)."""
    with store.transaction() as session:
        return links_of_incident(session, incident_id)


_LINK_COLUMNS = IncidentPersonLinkRow.__table__.c
#: Built once, Core over the tables: the incident page reads it on every build for `registry` users.
#: Public so the incident page can read it together with its own statements (one round trip).
LINKS_OF_INCIDENT = Prepared(select(_LINK_COLUMNS.id, _LINK_COLUMNS.score, _LINK_COLUMNS.reasons, _LINK_COLUMNS.state,
                                    _LINK_COLUMNS.decided_by, PersonRow.__table__.c.public_id)
                             .join(PersonRow.__table__, PersonRow.__table__.c.id == _LINK_COLUMNS.person_id)
                             .where(_LINK_COLUMNS.incident_id == bindparam("incident")), "IncidentPersonLinkRow")


def links_of_incident(session: Session, incident_id: int) -> list[IncidentLink]:
    """`incident_links` inside a transaction the caller opened."""
    return links_of_rows(LINKS_OF_INCIDENT.rows(session.connection(), incident=incident_id))


def links_of_rows(found: Iterable[Any]) -> list[IncidentLink]:
    """The rows of `LINKS_OF_INCIDENT` as links, open proposals first, then by score."""
    lines = [IncidentLink(link.id, link.public_id, link.score, tuple(str(r.get("reason", "")) for r in link.reasons),
                          link.state, link.decided_by) for link in found]
    return sorted(lines, key=lambda line: (line.state != "proposed", -line.score, line.link_id))
