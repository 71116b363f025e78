"""Custody reads: one entry with its proof (never signing: a page view must not write),
consistency between checkpoints, and `warcrimes verify` of the whole store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from warcrimes.custody import bundle_check
from warcrimes.custody.log import CustodyLog, Entry
from warcrimes.custody.proofs import consistency_statement, inclusion_statement
from warcrimes.custody.verify import Verification, verifier_keys_of, verify_store
from warcrimes.errors import NotFoundError
from warcrimes.store import Store

#: The action that brings each kind of object into custody (docs/verification.md, step 5).
INTAKE_ACTIONS = {"report": "ingest", "evidence": "evidence.add"}


def intake(entries: list[Entry], kind: str) -> Entry | None:
    """The entry that brought an object into custody (its first of the intake action)."""
    action = INTAKE_ACTIONS[kind]
    return next((e for e in entries if e.action == action), None)


def entry_statement(store: Store, index: int) -> dict[str, Any]:
    """Entry `index` with its inclusion proof against the latest checkpoint when that covers it,
    otherwise `proof.status` pending with how to get one (custody/proofs.py)."""
    if index < 0:
        raise NotFoundError(f"custody entry {index} cannot exist: entries are numbered from 0")
    log = CustodyLog(store.settings.home)
    with store.transaction() as session:
        entry = log.entry(session, index)
        point = log.latest_checkpoint(session)
        covered = point is not None and index < point.size
        proof = log.prove_inclusion(session, index, point.size) if point is not None and covered else []
    return inclusion_statement(entry, point, proof)


def consistency(store: Store, old_id: int, new_id: int) -> dict[str, Any]:
    """RFC 9162 consistency proof that checkpoint `old_id`'s tree is a prefix of `new_id`'s."""
    log = CustodyLog(store.settings.home)
    with store.transaction() as session:
        old = log.get_checkpoint(session, old_id)
        new = log.get_checkpoint(session, new_id)
        proof = log.prove_consistency(session, old.size, new.size)
    return consistency_statement(old, new, proof)


def verify(store: Store, trusted_key: str | None = None) -> Verification:
    """Recompute everything the custody log vouches for (`warcrimes verify`); `trusted_key` is the
    log's verifier key (or keys, one a line) held apart from this machine, else the local key and the
    keys of the installations a register was imported from (custody/trusted.py) are used."""
    return verify_store(store, verifier_keys_of(store, trusted_key))


def verify_bundle(path: Path, trusted_key: str | None = None) -> Verification:
    """Check a bundle with no database and no network (`warcrimes verify-bundle`)."""
    return bundle_check.verify_bundle(path, trusted_key)
