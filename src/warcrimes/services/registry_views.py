"""Opening a person's record, and the ICRC tracing export: reads that are themselves recorded.

Every view of a person's personal fields leaves a row (registry_person_views: who, when, through
what) and a `registry.person.viewed` custody entry, in the same transaction as the read, so no one
reads a record without it being known. Only a `registry` user reaches these (web/auth.py, and the
command line runs as the installation's operator, who holds the keys).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from warcrimes.domain.hashing import content_hash
from warcrimes.errors import BadInputError
from warcrimes.registry import stored
from warcrimes.registry.history import CurrentStatus, chronology, current_status
from warcrimes.registry.records import DetentionPlace, Person, PersonName, StatusEntry
from warcrimes.registry.tracing import tracing_csv
from warcrimes.services.registry import registry_keys
from warcrimes.services.unit import unit_of_work
from warcrimes.store import Store
from warcrimes.store.schema import IncidentPersonLinkRow, MatchCandidateRow, PersonRow, PersonViewRow

VIA = ("web", "cli", "export")
MAX_TRACED = 500


@dataclass(frozen=True)
class PersonView:
    """Who looked at the record, when, through what."""

    viewer: str
    via: str
    at: dt.datetime


@dataclass(frozen=True)
class CandidateLine:
    """A proposed match of this person with another: id, the other person, score, reasons (verdicts)."""

    candidate_id: int
    other: str
    score: float
    reasons: tuple[dict[str, str], ...]
    state: str


@dataclass(frozen=True)
class PersonRecord:
    """A person's page: fields, history in chronological order, the derived status, places, proposals."""

    person: Person
    merged_into: str | None
    history: tuple[StatusEntry, ...]
    status: CurrentStatus
    places: dict[str, DetentionPlace]
    candidates: tuple[CandidateLine, ...]
    incident_links: tuple[tuple[int, int, float, str], ...]  # link id, incident id, score, state
    views: tuple[PersonView, ...]

    def to_json(self) -> dict[str, object]:
        """Every field, for a `registry` user only (the route and the command check it)."""
        return person_json(self)


def _candidates(session: Session, row: PersonRow) -> tuple[CandidateLine, ...]:
    found = session.scalars(select(MatchCandidateRow).where(
        or_(MatchCandidateRow.left_id == row.id, MatchCandidateRow.right_id == row.id))
        .order_by(MatchCandidateRow.score.desc()))
    lines = []
    for c in found:
        other = session.get(PersonRow, c.right_id if c.left_id == row.id else c.left_id)
        assert other is not None
        lines.append(CandidateLine(c.id, other.public_id, c.score, tuple(c.reasons), c.state))
    return tuple(lines)


def _record_view(session: Session, row: PersonRow, viewer: str, via: str) -> None:
    session.add(PersonViewRow(person_id=row.id, viewer=viewer, via=via))


def view_person(store: Store, person_id: str, *, actor: str, via: str = "web") -> PersonRecord:
    """The record of one person, decrypted, with the view recorded (row + custody entry)."""
    if via not in VIA:
        raise BadInputError(f"a view is made through one of {', '.join(VIA)}")
    keys = registry_keys(store)
    with unit_of_work(store, actor) as work:
        session = work.session
        row = stored.person_row(session, person_id)
        person = stored.open_row(keys, row)
        history = stored.history_with_notes(session, keys, row)
        links = tuple(session.execute(select(IncidentPersonLinkRow.id, IncidentPersonLinkRow.incident_id,
                                             IncidentPersonLinkRow.score, IncidentPersonLinkRow.state)
                                      .where(IncidentPersonLinkRow.person_id == row.id)).all())
        views = tuple(PersonView(v.viewer, v.via, v.viewed_at) for v in session.scalars(
            select(PersonViewRow).where(PersonViewRow.person_id == row.id).order_by(PersonViewRow.id.desc())
            .limit(50)))
        _record_view(session, row, work.actor, via)
        work.record("registry.person.viewed", f"person:{row.public_id}", {"person": row.public_id, "via": via})
        return PersonRecord(person, row.merged_into, tuple(chronology(history)), current_status(history),
                            stored.detention_places(session), _candidates(session, row), links, views)


def tracing_export(store: Store, person_ids: Sequence[str], *, actor: str) -> bytes:
    """The ICRC tracing-request CSV for the persons chosen; each is recorded as viewed by export."""
    chosen = list(dict.fromkeys(p.strip() for p in person_ids if p.strip()))
    if not chosen:
        raise BadInputError("name at least one person to trace (their ids, from `warcrimes persons search`)")
    if len(chosen) > MAX_TRACED:
        raise BadInputError(f"at most {MAX_TRACED} persons in one tracing export; split the selection")
    keys = registry_keys(store)
    with unit_of_work(store, actor) as work:
        session = work.session
        selected = []
        for public_id in chosen:
            row = stored.person_row(session, public_id)
            selected.append((stored.open_row(keys, row), stored.history_with_notes(session, keys, row)))
            _record_view(session, row, work.actor, "export")
        out = tracing_csv(selected, stored.detention_places(session))
        work.record("registry.export.tracing", "registry:tracing",
                    {"persons": chosen, "export": content_hash(out)})
        return out


def _name_json(name: PersonName | None) -> dict[str, str] | None:
    return None if name is None else {"family": name.family, "given": name.given, "patronymic": name.patronymic}


def entry_json(entry: StatusEntry, places: dict[str, DetentionPlace]) -> dict[str, object]:
    place = places.get(entry.place_id or "")
    return {"sequence": entry.sequence, "kind": entry.kind, "date": entry.date.iso(),
            "place": {"id": place.place_id, "name": place.name, "kind": place.kind} if place else None,
            "confirmed_by": entry.confirmation.by if entry.confirmation else None,
            "confirmed_how": entry.confirmation.how if entry.confirmation else None,
            "exchange": entry.exchange_id, "incident": entry.incident_id,
            "source": {"kind": entry.source.kind, "reference": entry.source.reference}, "note": entry.note}


def person_json(record: PersonRecord) -> dict[str, object]:
    person, status = record.person, record.status
    military = person.military
    return {
        "id": person.person_id, "merged_into": record.merged_into, "category": person.category,
        "name_uk": _name_json(person.name_uk), "name_latin": _name_json(person.name_latin),
        "names_ru": [_name_json(n) for n in person.names_ru],
        "other_spellings": [_name_json(n) for n in person.other_spellings],
        "sex": person.sex, "birth_date": person.birth_date.iso() if person.birth_date else None,
        "birth_place": person.birth_place,
        "military": {"rank": military.rank, "service_number": military.service_number, "unit": military.unit,
                     "armed_force": military.armed_force} if military else None,
        "next_of_kin": [{"name": c.name, "relationship": c.relationship, "phone": c.phone, "email": c.email,
                         "consents_to_share": c.consents_to_share} for c in person.next_of_kin],
        "status": {"kind": status.kind, "group": status.group, "since": status.since.iso() if status.since else None,
                   "place": status.place_id, "needs_review": status.needs_review,
                   "conflicts": [c.reason for c in status.conflicts]},
        "history": [entry_json(e, record.places) for e in record.history],
        "candidates": [{"candidate": c.candidate_id, "other": c.other, "score": c.score, "state": c.state,
                        "reasons": list(c.reasons)} for c in record.candidates],
        "incident_links": [{"link": link, "incident": incident, "score": score, "state": state}
                           for link, incident, score, state in record.incident_links],
        "views": [{"viewer": v.viewer, "via": v.via, "at": v.at.isoformat()} for v in record.views],
    }
