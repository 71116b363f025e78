"""Changes to the custody log itself: signed checkpoints, their timestamps, proofs that need a
checkpoint signed first, and bundles (whose export is an entry of its own)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from warcrimes.custody import keys
from warcrimes.custody.bundle import BundleSummary, write_bundle
from warcrimes.custody.checkpoint import verifier_key
from warcrimes.custody.evidence import vault_of
from warcrimes.custody.log import StoredCheckpoint, lock_writers
from warcrimes.custody.proofs import inclusion_statement
from warcrimes.custody.timestamps import Sender, TimestampOutcome, TimestampQueue, tsa_url
from warcrimes.domain.audience import Audience
from warcrimes.errors import ConfigError, NotFoundError
from warcrimes.services.dossiers import Selection, gather
from warcrimes.services.sealing import send_timestamps
from warcrimes.services.unit import custody_log
from warcrimes.store import Store


def make_checkpoint(store: Store, *, new_key: bool = False) -> StoredCheckpoint:
    """Sign the log as it is now (`warcrimes log checkpoint`), witnessed outside the database; with an
    authority configured, its RFC 3161 timestamp is queued and whatever is queued sent. `new_key`: make
    a new signing key where the old one is missing although checkpoints it signed exist.

    No entry and so no actor: a checkpoint states the log, signed by the log's key, not a person."""
    log = custody_log(store)
    with store.transaction() as session:
        lock_writers(session)
        point = log.checkpoint(session, new_key=new_key)
    send_timestamps(store)
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


def prove_entry(store: Store, index: int, checkpoint_id: int | None = None) -> dict[str, Any]:
    """Entry `index` with its inclusion proof (custody/proofs.py) against checkpoint `checkpoint_id`,
    or the latest one that covers it, signing a new one when none does (`warcrimes log prove`)."""
    log = custody_log(store)
    with store.transaction() as session:
        entry = log.entry(session, index)
        point = log.get_checkpoint(session, checkpoint_id) if checkpoint_id else log.latest_checkpoint(session)
        if point is None or (checkpoint_id is None and point.size <= index):
            point = log.checkpoint(session)
        return inclusion_statement(entry, point, log.prove_inclusion(session, index, point.size))


def public_key(store: Store, *, pem: bool = False) -> str:
    """The log's public key to publish (a note verifier key, or PEM); made on first use, never in place
    of a lost key that signed checkpoints (custody/log.py)."""
    with store.transaction() as session:
        key = custody_log(store).signing_key(session).public_key()
    return keys.public_pem(key) if pem else verifier_key(key).text()


def export_bundle(store: Store, incident_id: int, out: Path, *, actor: str) -> BundleSummary:
    """Write the bundle of one incident to `out`: the export is logged and a checkpoint signed, and
    everything the bundle proves is read, in one unit of work (services/dossiers.py); then the zip is
    written atomically."""
    proven = gather(store, Selection(ids=(incident_id,)), audience=Audience(actor), purpose={"bundle": out.name})
    return write_bundle(out, proven.contents, store.settings.home, vault_of(store))
