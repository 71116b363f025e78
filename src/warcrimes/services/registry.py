"""Changes to the captives registry: persons, status entries, places, exchanges. One unit of work each.

Each change is rows + a custody entry in one transaction. The entry records what changed as ids,
kinds, dates and the SHA-256 of the sealed token before and after, never a personal value: a bare
hash of a name and a birth date could be reversed by trying the plausible ones, a token's hash
cannot (its nonce is random). docs/registry.md lists the actions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from warcrimes.errors import BadInputError, NotFoundError
from warcrimes.registry import stored
from warcrimes.registry.history import check_entry
from warcrimes.registry.keyring import field_keys
from warcrimes.registry.plan import place_key
from warcrimes.registry.protect import FieldKeys, encrypt_field, key_id_of
from warcrimes.registry.records import Confirmation, PartialDate, Person, StatusEntry, StatusSource
from warcrimes.registry.sealed import blind_terms, index_terms, seal_person
from warcrimes.registry.vocabulary import vocabulary
from warcrimes.services.unit import UnitOfWork, unit_of_work
from warcrimes.store import Store
from warcrimes.store.schema import (
    DetentionPlaceRow,
    ExchangeRow,
    IncidentRow,
    PersonRow,
    PersonTermRow,
    StatusEntryRow,
    utcnow,
)


def registry_keys(store: Store) -> FieldKeys:
    """The field keys beside the custody signing key (made on first use)."""
    return field_keys(store.settings.home)


def new_public_id(prefix: str) -> str:
    return f"{prefix}-{secrets.token_hex(8)}"


def token_hash(token: str | None) -> str | None:
    """SHA-256 of a sealed token: what the custody log records of a personal change."""
    return None if token is None else "sha256:" + hashlib.sha256(token.encode("ascii")).hexdigest()


def write_terms(session: Session, keys: FieldKeys, row: PersonRow, person: Person) -> int:
    """Replace a person's blind-index terms with those of `person`; returns how many."""
    session.execute(delete(PersonTermRow).where(PersonTermRow.person_id == row.id))
    terms = sorted(blind_terms(keys, index_terms(person)))
    session.add_all(PersonTermRow(term=t, person_id=row.id) for t in terms)
    return len(terms)


Pending = list[tuple[str, str, dict[str, Any]]]


def _log(work: UnitOfWork, pending: Pending | None, action: str, subject: str, details: dict[str, Any]) -> None:
    """A custody entry now, or kept in `pending` for one batch append (an import's thousands)."""
    if pending is None:
        work.record(action, subject, details)
    else:
        pending.append((action, subject, details))


def insert_person(work: UnitOfWork, keys: FieldKeys, person: Person, pending: Pending | None = None) -> PersonRow:
    """A new person's row and terms, and its `registry.person.created` entry (inside a unit of work)."""
    public_id = new_public_id("p")
    person = replace(person, person_id=public_id)
    token = seal_person(keys, person)
    row = PersonRow(public_id=public_id, category=person.category, sealed=token, key_id=key_id_of(token))
    work.session.add(row)
    work.session.flush()
    count = write_terms(work.session, keys, row, person)
    _log(work, pending, "registry.person.created", f"person:{public_id}",
         {"person": public_id, "category": person.category, "sealed": token_hash(token), "terms": count})
    return row


def reseal(work: UnitOfWork, keys: FieldKeys, row: PersonRow, person: Person, why: str) -> None:
    """Store a person's changed fields: new token, new terms, `registry.person.updated` with both hashes."""
    before = row.sealed
    token = seal_person(keys, replace(person, person_id=row.public_id))
    row.sealed, row.key_id, row.category, row.updated_at = token, key_id_of(token), person.category, utcnow()
    count = write_terms(work.session, keys, row, person)
    work.record("registry.person.updated", f"person:{row.public_id}",
                {"person": row.public_id, "why": why, "category": person.category, "before": token_hash(before),
                 "after": token_hash(token), "terms": count})


def add_person(store: Store, person: Person, *, actor: str) -> str:
    """Add a person (fields sealed, terms indexed); returns the new public id."""
    if not person.spellings():
        raise BadInputError("a person needs a name in at least one spelling")
    if person.category not in vocabulary().terms("categories"):
        raise BadInputError(f"category {person.category[:20]!r} is not one of "
                            f"{', '.join(vocabulary().terms('categories'))}")
    keys = registry_keys(store)
    with unit_of_work(store, actor) as work:
        return insert_person(work, keys, person).public_id


def _place_row(session: Session, reference: str) -> DetentionPlaceRow:
    """A place by its public id or its name (folded); a name not yet known is made, of unknown kind."""
    row = session.scalars(select(DetentionPlaceRow).where(DetentionPlaceRow.public_id == reference)).first()
    if row is None:
        key = place_key(reference)
        row = session.scalars(select(DetentionPlaceRow).where(DetentionPlaceRow.place_key == key)).first()
    if row is None:
        raise NotFoundError(f"no place of detention {reference[:60]!r}; add it with `warcrimes persons place add`")
    return row


def ensure_place(work: UnitOfWork, name: str, kind: str = "unknown", settlement: str = "", region: str = "",
                 country: str = "") -> DetentionPlaceRow:
    """The place of this name, made (with a `registry.place.created` entry) when the registry lacks it."""
    key = place_key(name)
    row = work.session.scalars(select(DetentionPlaceRow).where(DetentionPlaceRow.place_key == key)).first()
    if row is not None:
        return row
    if kind not in vocabulary().terms("place_kinds"):
        raise BadInputError(f"place kind {kind[:30]!r} is not one of {', '.join(vocabulary().terms('place_kinds'))}")
    row = DetentionPlaceRow(public_id=new_public_id("pl"), place_key=key, name=" ".join(name.split())[:300] or key,
                            kind=kind, settlement=settlement, region=region, country=country)
    work.session.add(row)
    work.session.flush()
    work.record("registry.place.created", f"place:{row.public_id}",
                {"place": row.public_id, "name": row.name, "kind": kind, "country": country})
    return row


def add_place(store: Store, name: str, kind: str, *, settlement: str = "", region: str = "", country: str = "",
              actor: str) -> str:
    """A place of detention (a colony, a detention centre); returns its public id."""
    if not name.strip():
        raise BadInputError("a place of detention needs a name")
    with unit_of_work(store, actor) as work:
        return ensure_place(work, name, kind, settlement, region, country).public_id


@dataclass(frozen=True)
class NewStatus:
    """A status entry as a command or a form gives it: place by id or name, exchange by id."""

    kind: str
    date: PartialDate
    source_kind: str
    source_ref: str
    place: str = ""
    confirmed_by: str = ""
    confirmed_how: str = ""
    exchange: str = ""
    incident_id: int | None = None
    note: str = ""


def insert_status(work: UnitOfWork, keys: FieldKeys, person: PersonRow, new: NewStatus,
                  place: DetentionPlaceRow | None = None, exchange: ExchangeRow | None = None,
                  pending: Pending | None = None) -> StatusEntryRow:
    """Check and add one entry (inside a unit of work) with its `registry.status.added` entry."""
    session = work.session
    if place is None and new.place:
        place = _place_row(session, new.place)
    if exchange is None and new.exchange:
        exchange = session.scalars(select(ExchangeRow).where(ExchangeRow.public_id == new.exchange)).first()
        if exchange is None:
            raise NotFoundError(f"no exchange {new.exchange[:30]!r}; list them with `warcrimes persons exchanges`")
    if new.incident_id is not None and session.get(IncidentRow, new.incident_id) is None:
        raise NotFoundError(f"no incident {new.incident_id}")
    confirmation = Confirmation(new.confirmed_by, new.confirmed_how) if new.confirmed_by else None
    check_entry(StatusEntry(new.kind, new.date, StatusSource(new.source_kind, new.source_ref),  # type: ignore[arg-type]
                            place_id=place.public_id if place else None, confirmation=confirmation,
                            exchange_id=exchange.public_id if exchange else None, incident_id=new.incident_id))
    if len(new.source_ref) > 200:
        raise BadInputError("a source reference is at most 200 characters (a report id, a hash, a list row)")
    note = encrypt_field(keys, new.note, stored.note_context(person.public_id)) if new.note.strip() else None
    row = StatusEntryRow(person_id=person.id, kind=new.kind, date=new.date.iso(), date_first=new.date.first_day,
                         date_last=new.date.last_day, place_id=place.id if place else None,
                         exchange_id=exchange.id if exchange else None, incident_id=new.incident_id,
                         confirmed_by=new.confirmed_by or None, confirmed_how=new.confirmed_how or None,
                         source_kind=new.source_kind, source_ref=new.source_ref, note=note,
                         recorded_by=work.actor)
    session.add(row)
    session.flush()
    _log(work, pending, "registry.status.added", f"person:{person.public_id}",
         {"person": person.public_id, "entry": row.id, "kind": new.kind, "date": row.date,
          "place": place.public_id if place else None, "exchange": exchange.public_id if exchange else None,
          "incident": new.incident_id, "source_kind": new.source_kind, "note": token_hash(note)})
    return row


def add_status(store: Store, person_id: str, new: NewStatus, *, actor: str) -> int:
    """Add a dated, sourced entry to a person's history; returns its sequence number."""
    keys = registry_keys(store)
    with unit_of_work(store, actor) as work:
        row = stored.person_row(work.session, person_id)
        if row.merged_into:
            raise BadInputError(f"person {row.public_id} was merged into {row.merged_into}; add it there")
        return insert_status(work, keys, row, new).id


@dataclass(frozen=True)
class NewExchange:
    """An exchange as given: date, kind, the persons released, each side's stated figures."""

    date: dt.date
    kind: str = "prisoners"
    mediator: str = ""
    persons: tuple[str, ...] = ()
    stated: tuple[dict[str, object], ...] = ()  # {"side", "counts", "source_kind", "source_ref"}
    source_ref: str = ""


def _check_stated(stated: Sequence[dict[str, object]]) -> list[dict[str, object]]:
    vocab = vocabulary()
    out: list[dict[str, object]] = []
    for item in stated:
        side, counts = item.get("side"), item.get("counts")
        if side not in vocab.terms("exchange_sides"):
            raise BadInputError(f"side {str(side)[:20]!r} is not one of {', '.join(vocab.terms('exchange_sides'))}")
        if not isinstance(counts, dict) or not all(k in vocab.terms("exchange_categories") and isinstance(v, int)
                                                   and v >= 0 for k, v in counts.items()):
            raise BadInputError("stated counts are whole numbers by category: "
                                f"{', '.join(vocab.terms('exchange_categories'))}")
        out.append({"side": side, "counts": counts, "source_kind": str(item.get("source_kind") or "report"),
                    "source_ref": str(item.get("source_ref") or "")[:200]})
    return out


def record_exchange(store: Store, new: NewExchange, *, actor: str) -> str:
    """An exchange event; each person named gets a `released` entry dated that day. Returns its id."""
    if new.kind not in vocabulary().terms("exchange_kinds"):
        raise BadInputError(f"exchange kind {new.kind[:20]!r} is not one of "
                            f"{', '.join(vocabulary().terms('exchange_kinds'))}")
    stated = _check_stated(new.stated)
    keys = registry_keys(store)
    with unit_of_work(store, actor) as work:
        row = ExchangeRow(public_id=new_public_id("x"), date=new.date, kind=new.kind, mediator=new.mediator[:200],
                          stated=stated)
        work.session.add(row)
        work.session.flush()
        work.record("registry.exchange.recorded", f"exchange:{row.public_id}",
                    {"exchange": row.public_id, "date": new.date.isoformat(), "kind": new.kind,
                     "stated": stated, "persons": len(new.persons)})
        status = "body_repatriated" if new.kind == "bodies" else "released"
        for public_id in dict.fromkeys(new.persons):
            person = stored.person_row(work.session, public_id)
            insert_status(work, keys, person, NewStatus(status, PartialDate.of(new.date), "report",
                                                        new.source_ref or f"exchange:{row.public_id}"),
                          exchange=row)
        return row.public_id
