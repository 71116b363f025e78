"""Applying an import plan in a few statements: persons, their terms, entries and candidates inserted
many rows at a time (executemany, with their ids chosen first), inside the import's one unit of work.

One ORM flush per person and entry cost 8 ms a row on this machine (a 10,000-row list: minutes);
inserting in batches keeps the same rows and the same custody entries (returned to the caller to
append in one batch) and checks every entry as services/registry.insert_status does. Each new
person's profile, computed once for the plan, is sealed with it and gives its index terms.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from warcrimes.registry.blocking import MatchProfile, profile
from warcrimes.registry.history import check_entry
from warcrimes.registry.plan import ImportPlan
from warcrimes.registry.protect import FieldKeys, encrypt_field, key_id_of
from warcrimes.registry.records import Person
from warcrimes.registry.sealed import blind_terms, index_terms, seal_person
from warcrimes.registry.stored import note_context
from warcrimes.services.registry import Pending, new_public_id, token_hash
from warcrimes.store.schema import (
    DetentionPlaceRow,
    MatchCandidateRow,
    PersonRow,
    PersonTermRow,
    StatusEntryRow,
    utcnow,
)

BATCH = 2000


@dataclass(frozen=True)
class Applied:
    created: tuple[str, ...]
    updated: tuple[str, ...]
    candidates: int


def _batches(rows: list[dict[str, Any]], size: int = BATCH) -> Iterable[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def reserve_ids(session: Session, table: Any, count: int) -> list[int]:
    """`count` new ids for `table`, given to the rows before they are inserted (no RETURNING to wait for).

    INSERT ... RETURNING with the rows' order kept cost SQLAlchemy work growing with the square of the
    batch; ids chosen first let the rows go in as one executemany. PostgreSQL hands them out from the
    table's sequence; SQLite gives max(id) + 1 by itself, and the unit of work holds the writers' lock."""
    if count <= 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        return list(session.scalars(text(f"SELECT nextval(pg_get_serial_sequence('{table.__tablename__}', 'id')) "
                                         "FROM generate_series(1, :n)"), {"n": count}))
    start = int(session.scalar(select(func.max(table.id))) or 0) + 1
    return list(range(start, start + count))


def _insert(session: Session, table: Any, rows: list[dict[str, Any]]) -> None:
    """Plain executemany on the table (the ORM's bulk insert spent more time than SQLite did)."""
    connection = session.connection()
    for batch in _batches(rows):
        connection.execute(insert(table.__table__), batch)


def _ids(session: Session, public_ids: set[str]) -> dict[str, int]:
    chosen = sorted(public_ids)
    found: dict[str, int] = {}
    for start in range(0, len(chosen), 500):
        found |= dict(session.execute(select(PersonRow.public_id, PersonRow.id)
                                      .where(PersonRow.public_id.in_(chosen[start:start + 500]))).all())
    return found


def _new_persons(session: Session, keys: FieldKeys, persons: list[tuple[Person, MatchProfile | None]],
                 pending: Pending) -> dict[str, int]:
    now = utcnow()
    rows: list[dict[str, Any]] = []
    terms: list[dict[str, Any]] = []
    for (person, found), number in zip(persons, reserve_ids(session, PersonRow, len(persons)), strict=True):
        assert person.person_id is not None
        found = found or profile("", person)
        token = seal_person(keys, person, found)
        rows.append({"id": number, "public_id": person.person_id, "category": person.category, "sealed": token,
                     "key_id": key_id_of(token), "created_at": now, "updated_at": now})
        hashed = sorted(blind_terms(keys, index_terms(person, found)))
        terms += [{"term": t, "person_id": number} for t in hashed]
        pending.append(("registry.person.created", f"person:{person.person_id}",
                        {"person": person.person_id, "category": person.category, "sealed": token_hash(token),
                         "terms": len(hashed)}))
    _insert(session, PersonRow, rows)
    _insert(session, PersonTermRow, terms)
    return {row["public_id"]: row["id"] for row in rows}


def apply_plan(session: Session, keys: FieldKeys, plan: ImportPlan, places: Mapping[str, DetentionPlaceRow],
               actor: str, pending: Pending) -> Applied:
    """Every planned person, entry and candidate of a checked plan; custody entries go to `pending`."""
    targets: list[str] = []
    new: list[tuple[Person, MatchProfile | None]] = []
    for planned in plan.persons:
        if planned.action == "update":
            assert planned.person_id is not None
            targets.append(planned.person_id)
        else:
            person = replace(planned.person, person_id=new_public_id("p"))
            new.append((person, planned.match))
            targets.append(str(person.person_id))
    ids = _new_persons(session, keys, new, pending)
    ids |= _ids(session, {t for t, p in zip(targets, plan.persons, strict=True) if p.action == "update"}
                | {c.right for p in plan.persons for c in p.candidates})
    now = utcnow()
    entries: list[dict[str, Any]] = []
    details: list[dict[str, Any]] = []
    for target, planned in zip(targets, plan.persons, strict=True):
        for entry in planned.entries:
            place = places.get(entry.place_id) if entry.place_id else None
            check_entry(replace(entry, place_id=place.public_id if place else None))
            note = encrypt_field(keys, entry.note, note_context(target)) if entry.note.strip() else None
            confirmation = entry.confirmation
            entries.append({"person_id": ids[target], "kind": entry.kind, "date": entry.date.iso(),
                            "date_first": entry.date.first_day, "date_last": entry.date.last_day,
                            "place_id": place.id if place else None, "exchange_id": None, "incident_id": None,
                            "confirmed_by": confirmation.by if confirmation else None,
                            "confirmed_how": confirmation.how if confirmation else None,
                            "source_kind": entry.source.kind, "source_ref": entry.source.reference, "note": note,
                            "recorded_at": now, "recorded_by": actor})
            details.append({"person": target, "kind": entry.kind, "date": entry.date.iso(),
                            "place": place.public_id if place else None, "exchange": None, "incident": None,
                            "source_kind": entry.source.kind, "note": token_hash(note)})
    for values, number in zip(entries, reserve_ids(session, StatusEntryRow, len(entries)), strict=True):
        values["id"] = number  # ids in recording order: an entry's id is its recording sequence
    _insert(session, StatusEntryRow, entries)
    for values, detail in zip(entries, details, strict=True):
        pending.append(("registry.status.added", f"person:{detail['person']}", {**detail, "entry": values["id"]}))
    candidates = [{"left_id": ids[target], "right_id": ids[c.right], "score": c.score, "state": "proposed",
                   "created_at": now, "reasons": [{"field": r.field, "verdict": r.verdict, "detail": r.detail}
                                                  for r in c.reasons]}
                  for target, planned in zip(targets, plan.persons, strict=True) for c in planned.candidates]
    _insert(session, MatchCandidateRow, candidates)
    created = tuple(t for t, p in zip(targets, plan.persons, strict=True) if p.action != "update")
    updated = tuple(t for t, p in zip(targets, plan.persons, strict=True) if p.action == "update")
    return Applied(created, updated, len(candidates))
