"""Changes to the custody log itself: signed checkpoints, their timestamps, proofs that need a
checkpoint signed first, and bundles (whose export is an entry of its own)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from warcrimes.corroborate.incidents import load_incident
from warcrimes.custody import keys
from warcrimes.custody.bundle import BundleContents, BundleSummary, write_bundle
from warcrimes.custody.checkpoint import verifier_key
from warcrimes.custody.evidence import vault_of
from warcrimes.custody.log import StoredCheckpoint
from warcrimes.custody.proofs import inclusion_statement
from warcrimes.custody.timestamps import Sender, TimestampOutcome, TimestampQueue, tsa_url
from warcrimes.errors import ConfigError, NotFoundError
from warcrimes.services.unit import custody_log, unit_of_work
from warcrimes.store import Store, convert, reads


def make_checkpoint(store: Store) -> StoredCheckpoint:
    """Sign the log as it is now (`warcrimes log checkpoint`); with an authority configured, also
    queue an RFC 3161 timestamp of it and send whatever is queued.

    No entry and so no actor: a checkpoint states the log, signed by the log's key, not a person."""
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
    """The log's public key to publish (a note verifier key, or PEM); made on first use."""
    key = keys.public_key(store.settings.home)
    return keys.public_pem(key) if pem else verifier_key(key).text()


def export_bundle(store: Store, incident_id: int, out: Path, *, actor: str) -> BundleSummary:
    """Write the bundle of one incident to `out`: the export is logged and a checkpoint signed, and
    everything the bundle proves is read, in one unit of work; then the zip is written atomically."""
    with unit_of_work(store, actor) as work:
        session, log = work.session, work.log
        incident = load_incident(session, incident_id)
        reports = reads.report_rows(session, (a.report_id for a in incident.accounts))
        evidence = [convert.evidence(row) for row in reads.evidence_of_incident(session, incident_id)]
        hashes = [r.content_hash for r in reports] + [e.content_hash for e in evidence]
        work.record("export", f"incident:{incident_id}",
                    {"incident_id": incident_id, "objects": hashes, "bundle": out.name})
        point = log.checkpoint(session)
        entries = log.entries_about(session, [*hashes, f"incident:{incident_id}"])
        contents = BundleContents(incident, [(convert.report(r), r.original) for r in reports], evidence, point,
                                  entries, {e.index: log.prove_inclusion(session, e.index, point.size)
                                            for e in entries})
    return write_bundle(out, contents, store.settings.home, vault_of(store))
