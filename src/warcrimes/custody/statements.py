"""Proof statements a third party can check: JSON with the proof, the hashes and the signed checkpoints."""

from __future__ import annotations

import base64
from typing import Any

from warcrimes.custody.log import CustodyLog, StoredCheckpoint
from warcrimes.custody.timestamps import Sender, TimestampOutcome, TimestampQueue, tsa_url
from warcrimes.errors import ConfigError, NotFoundError
from warcrimes.store.store import Store


def custody_log(store: Store) -> CustodyLog:
    if not isinstance(store.custody, CustodyLog):
        raise ConfigError("this store has no custody log; open it with warcrimes.store.open_store()")
    return store.custody


def make_checkpoint(store: Store) -> StoredCheckpoint:
    """Sign the log as it is now (`warcrimes log checkpoint`); with an authority configured, also
    queue an RFC 3161 timestamp of it and send whatever is queued."""
    log = custody_log(store)
    with store.transaction() as session:
        point = log.checkpoint(session)
    url = tsa_url()
    if url:
        queue = TimestampQueue(store.settings.home)
        queue.enqueue(point.id, point.signed_note)
        queue.send(url)
    return point


def timestamp_checkpoint(store: Store, checkpoint_id: int | None = None,
                         sender: Sender | None = None) -> list[TimestampOutcome]:
    """Queue an RFC 3161 request for a checkpoint (the latest by default) and send all queued."""
    url = tsa_url()
    if not url:
        raise ConfigError("no time-stamping authority is configured; set WARCRIMES_TSA_URL to its "
                          "address (timestamps are optional: the log does not need them)")
    log = custody_log(store)
    with store.transaction() as session:
        point = (log.get_checkpoint(session, checkpoint_id) if checkpoint_id
                 else log.latest_checkpoint(session))
    if point is None:
        raise NotFoundError("the log has no checkpoint yet; `warcrimes log checkpoint` makes one")
    queue = TimestampQueue(store.settings.home)
    queue.enqueue(point.id, point.signed_note)
    return queue.send(url, sender)


def inclusion_statement(store: Store, index: int, checkpoint_id: int | None = None) -> dict[str, Any]:
    """Entry `index` with its RFC 9162 inclusion proof against a signed checkpoint.

    Without `checkpoint_id`: the latest checkpoint that covers the entry, or a new one.
    """
    log = custody_log(store)
    with store.transaction() as session:
        entry = log.entry(session, index)
        point = (log.get_checkpoint(session, checkpoint_id) if checkpoint_id
                 else log.latest_checkpoint(session))
        if point is None or (checkpoint_id is None and point.size <= index):
            point = log.checkpoint(session)
        proof = log.prove_inclusion(session, index, point.size)
    return {"entry": entry.to_dict(), "leaf_hash": entry.leaf_hash().hex(), "tree_size": point.size,
            "root": base64.b64encode(point.root).decode(), "inclusion_proof": [h.hex() for h in proof],
            "checkpoint_id": point.id, "checkpoint": point.signed_note}


def consistency_statement(store: Store, old_id: int, new_id: int) -> dict[str, Any]:
    """RFC 9162 consistency proof that checkpoint `old_id`'s tree is a prefix of `new_id`'s."""
    log = custody_log(store)
    with store.transaction() as session:
        old = log.get_checkpoint(session, old_id)
        new = log.get_checkpoint(session, new_id)
        proof = log.prove_consistency(session, old.size, new.size)
    return {"old": _head(old), "new": _head(new), "consistency_proof": [h.hex() for h in proof]}


def _head(point: StoredCheckpoint) -> dict[str, Any]:
    return {"checkpoint_id": point.id, "tree_size": point.size,
            "root": base64.b64encode(point.root).decode(), "checkpoint": point.signed_note}
