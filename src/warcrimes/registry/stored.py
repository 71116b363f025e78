"""The registry's rows read back as records, inside a session the caller opened (services or queries).

Shared by the services that change the registry and the queries that show it, as corroborate/
is: it never commits and never appends custody entries. Decrypting needs the keys (keyring.py);
a row's token is bound to its public id, so a token moved to another row does not open.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from warcrimes.errors import NotFoundError
from warcrimes.registry.blocking import MatchProfile, lookup_keys
from warcrimes.registry.matching import MatchIndex
from warcrimes.registry.protect import FieldKeys, blind_index, decrypt_field
from warcrimes.registry.records import (
    Confirmation,
    DetentionPlace,
    Exchange,
    PartialDate,
    Person,
    StatedFigures,
    StatusEntry,
    StatusSource,
)
from warcrimes.registry.sealed import blind_terms, open_person, open_profile
from warcrimes.store.schema import DetentionPlaceRow, ExchangeRow, PersonRow, PersonTermRow, StatusEntryRow


def note_context(person_public_id: str) -> str:
    """The associated data of a status entry's note: bound to its person."""
    return f"person-note:{person_public_id}"


def person_row(session: Session, public_id: str) -> PersonRow:
    """The person with this public id (merged ones too), or NotFoundError naming the id only."""
    row = session.scalars(select(PersonRow).where(PersonRow.public_id == public_id.strip())).first()
    if row is None:
        raise NotFoundError(f"no person {public_id.strip()[:30]!r} in the registry; "
                            "find one with `warcrimes persons search NAME`")
    return row


class SealedPerson(NamedTuple):
    """The columns of a person row that opening it needs, read without the ORM's per-row work."""

    id: int
    public_id: str
    category: str
    sealed: str


SEALED_COLUMNS = (PersonRow.id, PersonRow.public_id, PersonRow.category, PersonRow.sealed)


def open_row(keys: FieldKeys, row: PersonRow | SealedPerson) -> Person:
    return open_person(keys, row.sealed, row.public_id, row.category)


def open_row_profile(keys: FieldKeys, row: PersonRow | SealedPerson) -> MatchProfile:
    """The row's match profile (sealed with it): what matching and search compare, no Person built."""
    return open_profile(keys, row.sealed, row.public_id, row.category)


def sealed_persons(session: Session, ids: Iterable[int]) -> list[SealedPerson]:
    """The (unmerged) persons with these row ids, 500 to a query, in id order."""
    chosen = sorted(set(ids))
    found: list[SealedPerson] = []
    for start in range(0, len(chosen), 500):
        found += [SealedPerson(*row) for row in session.execute(
            select(*SEALED_COLUMNS).where(PersonRow.id.in_(chosen[start:start + 500]), PersonRow.merged_into.is_(None))
            .order_by(PersonRow.id)).all()]
    return found


def place_ids(session: Session) -> dict[int, str]:
    return dict(session.execute(select(DetentionPlaceRow.id, DetentionPlaceRow.public_id)).all())


def exchange_ids(session: Session) -> dict[int, str]:
    return dict(session.execute(select(ExchangeRow.id, ExchangeRow.public_id)).all())


def entry_of(row: StatusEntryRow | Row[Any], places: dict[int, str], exchanges: dict[int, str],
             keys: FieldKeys | None = None, person_public_id: str = "") -> StatusEntry:
    """A status entry back; its note is decrypted only when keys are given (else left out)."""
    confirmation = Confirmation(row.confirmed_by, row.confirmed_how or "") if row.confirmed_by else None
    note = decrypt_field(keys, row.note, note_context(person_public_id)) if keys and row.note else ""
    return StatusEntry(row.kind, PartialDate.parse_iso(row.date), StatusSource(row.source_kind, row.source_ref),  # type: ignore[arg-type]
                       sequence=row.id, place_id=places.get(row.place_id) if row.place_id else None,
                       confirmation=confirmation,
                       exchange_id=exchanges.get(row.exchange_id) if row.exchange_id else None,
                       incident_id=row.incident_id, note=note)


def histories(session: Session, person_ids: Sequence[int] | None = None) -> dict[int, list[StatusEntry]]:
    """Status entries (notes left out) per person id, for every person or those given."""
    places, exchanges = place_ids(session), exchange_ids(session)
    query = select(StatusEntryRow.__table__).order_by(StatusEntryRow.id)  # rows, not ORM objects: faster
    if person_ids is not None:
        query = query.where(StatusEntryRow.person_id.in_(person_ids))
    found: dict[int, list[StatusEntry]] = defaultdict(list)
    for row in session.execute(query):
        found[row.person_id].append(entry_of(row, places, exchanges))
    return found


def history_with_notes(session: Session, keys: FieldKeys, row: PersonRow) -> list[StatusEntry]:
    places, exchanges = place_ids(session), exchange_ids(session)
    entries = session.scalars(select(StatusEntryRow).where(StatusEntryRow.person_id == row.id)
                              .order_by(StatusEntryRow.id))
    return [entry_of(e, places, exchanges, keys, row.public_id) for e in entries]


def persons_by_terms(session: Session, keys: FieldKeys, terms: frozenset[str]) -> list[SealedPerson]:
    """The persons (not merged away) holding any of these matching terms, found by their blind index."""
    if not terms:
        return []
    hashed = sorted(blind_terms(keys, terms))
    ids = select(PersonTermRow.person_id).where(PersonTermRow.term.in_(hashed)).distinct()
    return [SealedPerson(*row) for row in session.execute(
        select(*SEALED_COLUMNS).where(PersonRow.id.in_(ids), PersonRow.merged_into.is_(None))
        .order_by(PersonRow.id)).all()]


def identity_owners(session: Session, keys: FieldKeys, identities: Iterable[str]) -> dict[str, str]:
    """For each identity key held by exactly one (unmerged) person, that person's public id; one query
    per 500 keys instead of one per list row."""
    by_term = {blind_index(keys, f"I:{key}"): key for key in identities}
    terms = sorted(by_term)
    holders: dict[str, list[str]] = defaultdict(list)
    for start in range(0, len(terms), 500):
        for term, public_id in session.execute(
                select(PersonTermRow.term, PersonRow.public_id).join(PersonRow, PersonRow.id == PersonTermRow.person_id)
                .where(PersonTermRow.term.in_(terms[start:start + 500]), PersonRow.merged_into.is_(None))).all():
            holders[by_term[term]].append(public_id)
    return {key: found[0] for key, found in holders.items() if len(found) == 1}


def active_persons(session: Session) -> Iterable[SealedPerson]:
    for row in session.execute(select(*SEALED_COLUMNS).where(PersonRow.merged_into.is_(None)).order_by(PersonRow.id),
                               execution_options={"yield_per": 2000}):
        yield SealedPerson(*row)


def match_index(session: Session, keys: FieldKeys) -> MatchIndex:
    """Every person's profile opened once and filed under its blocking keys (matching the whole registry)."""
    return MatchIndex(open_row_profile(keys, row) for row in active_persons(session))


def block_index(session: Session, keys: FieldKeys, rows: Iterable[MatchProfile]) -> MatchIndex:
    """Only the persons sharing a blocking key with some row, found through the blind index and
    decrypted: the candidates `MatchIndex.candidates` would find among all of them, at a fraction of
    the decryption when a list is short beside the registry."""
    terms = sorted(blind_terms(keys, frozenset(k for row in rows for k in lookup_keys(row))))
    ids: set[int] = set()
    for start in range(0, len(terms), 500):
        ids.update(session.scalars(select(PersonTermRow.person_id)
                                   .where(PersonTermRow.term.in_(terms[start:start + 500]))))
    return MatchIndex(open_row_profile(keys, row) for row in sealed_persons(session, ids))


def detention_places(session: Session) -> dict[str, DetentionPlace]:
    return {row.public_id: DetentionPlace(row.public_id, row.name, row.kind, row.settlement, row.region,
                                          row.country, row.latitude, row.longitude)
            for row in session.scalars(select(DetentionPlaceRow))}


def exchange_of(row: ExchangeRow, released: tuple[str, ...], counts: dict[str, int]) -> Exchange:
    stated = tuple(StatedFigures(s["side"], dict(s["counts"]), StatusSource(s["source_kind"], s["source_ref"]))
                   for s in row.stated)
    return Exchange(row.public_id, row.date, row.kind, counts, released, stated, row.mediator)
