"""What the pages show of custody: an incident's evidence, the log entries about its objects,
and one entry with its inclusion proof.

Reads only: a page view must never sign a checkpoint or write anything, so an entry newer than
the latest checkpoint is shown without a proof and with the command that makes one.
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from warcrimes.custody.log import CustodyLog, Entry
from warcrimes.custody.schema import EvidenceIncidentRow, EvidenceRow
from warcrimes.errors import NotFoundError
from warcrimes.store import Store

#: The action that brings each kind of object into custody (docs/verification.md, step 5).
INTAKE_ACTIONS = {"report": "ingest", "evidence": "evidence.add"}


@dataclass(frozen=True)
class EvidenceItem:
    """An evidence file in the vault tied to an incident, as its row records it."""

    id: int
    content_hash: str
    size: int
    media_type: str
    filename: str | None
    source_url: str | None
    captured_by: str | None
    note: str | None
    technical: dict[str, Any]
    added_at: dt.datetime


def custody_log(store: Store) -> CustodyLog | None:
    """The store's custody log, or None for a store opened without one (tests, the bare Store)."""
    return store.custody if isinstance(store.custody, CustodyLog) else None


def evidence_of(store: Store, incident_id: int) -> list[EvidenceItem]:
    """The evidence items tied to an incident, oldest first."""
    query = (select(EvidenceRow).join(EvidenceIncidentRow, EvidenceIncidentRow.evidence_id == EvidenceRow.id)
             .where(EvidenceIncidentRow.incident_id == incident_id).order_by(EvidenceRow.id))
    with store.transaction() as session:
        return [EvidenceItem(r.id, r.content_hash, r.size, r.media_type, r.filename, r.source_url,
                             r.captured_by, r.note, r.technical or {}, r.added_at)
                for r in session.scalars(query)]


def entries_about(store: Store, subjects: Iterable[str]) -> dict[str, list[Entry]]:
    """Custody entries by subject (a content hash or `incident:<id>`), in log order; one query."""
    log = custody_log(store)
    wanted = list(subjects)
    if log is None or not wanted:
        return {}
    with store.transaction() as session:
        found = log.entries_about(session, wanted)
    grouped: dict[str, list[Entry]] = {}
    for entry in found:
        grouped.setdefault(entry.subject, []).append(entry)
    return grouped


def intake(entries: list[Entry], kind: str) -> Entry | None:
    """The entry that brought an object into custody (its first of the intake action)."""
    action = INTAKE_ACTIONS[kind]
    return next((e for e in entries if e.action == action), None)


def entry_statement(store: Store, index: int) -> dict[str, Any]:
    """Entry `index` with its leaf hash and, when the latest checkpoint covers it, the RFC 9162
    inclusion proof against that checkpoint; otherwise `proof` says how to get one."""
    log = custody_log(store)
    if log is None:
        raise NotFoundError("this store keeps no custody log, so it has no entry "
                            f"{index}; open it with warcrimes.store.open_store()")
    if index < 0:
        raise NotFoundError(f"custody entry {index} cannot exist: entries are numbered from 0")
    with store.transaction() as session:
        entry = log.entry(session, index)
        point = log.latest_checkpoint(session)
        covered = point is not None and index < point.size
        proof = log.prove_inclusion(session, index, point.size) if covered and point else []
    statement: dict[str, Any] = {"entry": entry.to_dict(), "canonical": entry.canonical().decode("utf-8"),
                                 "leaf_hash": entry.leaf_hash().hex()}
    if point is None or not covered:
        statement["proof"] = {"status": "pending", "message": (
            f"no signed checkpoint covers entry {index} yet; `warcrimes log checkpoint` signs one, "
            "then this address returns the inclusion proof")}
        return statement
    statement["proof"] = {"status": "included", "algorithm": "RFC 9162 section 2.1.3 (SHA-256)",
                          "tree_size": point.size, "root": base64.b64encode(point.root).decode(),
                          "inclusion_proof": [h.hex() for h in proof], "checkpoint_id": point.id,
                          "checkpoint": point.signed_note,
                          "verifier_key": "ask the log's keeper for it (`warcrimes log public-key`) by a channel you "
                                          "trust; a key served beside the proof would prove nothing"}
    return statement
