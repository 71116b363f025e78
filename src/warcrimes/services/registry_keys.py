"""Key rotation of the registry's field keys: a new active key, then every token re-encrypted
under it in batches (one transaction and one `registry.keys.rotated` entry per batch, holding the
old and new token hashes), so an old key can be retired once nothing uses it (docs/registry.md)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from warcrimes.registry import keyring
from warcrimes.registry.protect import key_id_of, reencrypt
from warcrimes.registry.sealed import context
from warcrimes.registry.stored import note_context
from warcrimes.services.registry import token_hash
from warcrimes.services.unit import unit_of_work
from warcrimes.store import Store
from warcrimes.store.schema import PersonRow, StatusEntryRow

BATCH = 1000


@dataclass(frozen=True)
class Rotation:
    active: str
    persons: int
    notes: int


def rotate_keys(store: Store, *, actor: str, new_key: bool = True) -> Rotation:
    """Make a new active key (unless `new_key` is False: finish an interrupted rotation) and
    re-encrypt every person and note that another key sealed. Returns the counts rewritten."""
    keys = keyring.rotate(store.settings.home) if new_key else keyring.field_keys(store.settings.home)
    persons = notes = 0
    while True:
        with unit_of_work(store, actor) as work:
            rows = list(work.session.scalars(select(PersonRow).where(PersonRow.key_id != keys.active)
                                             .order_by(PersonRow.id).limit(BATCH)))
            changed: list[list[object]] = []
            for row in rows:
                before = row.sealed
                row.sealed = reencrypt(keys, before, context(row.public_id))
                row.key_id = key_id_of(row.sealed)
                changed.append([row.public_id, token_hash(before), token_hash(row.sealed)])
            if rows:
                work.record("registry.keys.rotated", "registry:persons", {"active": keys.active, "tokens": changed})
        persons += len(rows)
        if len(rows) < BATCH:
            break
    prefix = f"wcf1.{keys.active}.%"
    last = 0
    while True:
        with unit_of_work(store, actor) as work:
            found = list(work.session.execute(
                select(StatusEntryRow, PersonRow.public_id).join(PersonRow, PersonRow.id == StatusEntryRow.person_id)
                .where(StatusEntryRow.note.is_not(None), ~StatusEntryRow.note.like(prefix), StatusEntryRow.id > last)
                .order_by(StatusEntryRow.id).limit(BATCH)).all())
            rewritten: list[list[object]] = []
            for entry, public_id in found:
                assert entry.note is not None
                before = entry.note
                entry.note = reencrypt(keys, before, note_context(public_id))
                rewritten.append([entry.id, token_hash(before), token_hash(entry.note)])
                last = entry.id
            if found:
                work.record("registry.keys.rotated", "registry:notes", {"active": keys.active, "tokens": rewritten})
        notes += len(found)
        if len(found) < BATCH:
            break
    return Rotation(keys.active, persons, notes)
