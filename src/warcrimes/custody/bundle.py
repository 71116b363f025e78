"""Bundles: an incident's originals with everything a third party needs to check them offline.

A bundle is a zip holding manifest.json, the reports and evidence originals under their hashes,
the custody entries that concern them with RFC 9162 inclusion proofs, the latest signed
checkpoint and the log's public key. docs/verification.md describes the format for other verifiers.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from warcrimes.custody.evidence import vault_of
from warcrimes.custody.log import CustodyLog, utc_stamp
from warcrimes.custody.schema import EvidenceIncidentRow, EvidenceRow
from warcrimes.custody.vault import CHUNK, digest_of
from warcrimes.errors import ConfigError
from warcrimes.store.store import Store

FORMAT = "warcrimes-bundle/1"
MANIFEST = "manifest.json"
CHECKPOINT = "checkpoint.txt"
VKEY = "log.vkey"
PUBLIC_PEM = "log-public-key.pem"


@dataclass(frozen=True)
class BundleSummary:
    path: Path
    reports: int
    evidence: int
    entries: int
    checkpoint_size: int


def _log(store: Store) -> CustodyLog:
    if not isinstance(store.custody, CustodyLog):
        raise ConfigError("this store has no custody log; open it with warcrimes.store.open_store()")
    return store.custody


def make_bundle(store: Store, incident_id: int, out: Path, *, actor: str = "system") -> BundleSummary:
    """Write the bundle of one incident to `out` (atomically), logging the export first."""
    log = _log(store)
    incident = store.get_incident(incident_id)
    report_ids = sorted({a.report_id for a in incident.accounts})
    reports = [store.get_report(i) for i in report_ids]
    vault = vault_of(store)
    with store.transaction() as session:
        evidence = list(session.scalars(
            select(EvidenceRow).join(EvidenceIncidentRow, EvidenceIncidentRow.evidence_id == EvidenceRow.id)
            .where(EvidenceIncidentRow.incident_id == incident_id).order_by(EvidenceRow.id)))
        hashes = [r.content_hash for r in reports] + [e.content_hash for e in evidence]
        store.record(session, "export", f"incident:{incident_id}",
                     {"incident_id": incident_id, "objects": hashes, "bundle": out.name}, actor)
        point = log.checkpoint(session)
        entries = log.entries_about(session, [*hashes, f"incident:{incident_id}"])
        proofs = {e.index: log.prove_inclusion(session, e.index, point.size) for e in entries}
    objects: list[dict[str, Any]] = [
        {"kind": "report", "id": r.id, "content_hash": r.content_hash, "size": r.size,
         "media_type": r.media_type, "filename": r.filename, "path": f"reports/{digest_of(r.content_hash)}"}
        for r in reports]
    objects += [
        {"kind": "evidence", "id": e.id, "content_hash": e.content_hash, "size": e.size,
         "media_type": e.media_type, "filename": e.filename, "path": f"evidence/{digest_of(e.content_hash)}"}
        for e in evidence]
    manifest = {
        "format": FORMAT,
        "created_at": utc_stamp(),
        "incident": {"id": incident.id, "status": incident.status, "facts": incident.facts.to_contract()},
        "log": {"checkpoint": CHECKPOINT, "verifier_key": VKEY, "size": point.size,
                "root": base64.b64encode(point.root).decode()},
        "objects": objects,
        "entries": [{"entry": e.to_dict(), "canonical": e.canonical().decode("utf-8"),
                     "leaf_hash": e.leaf_hash().hex(),
                     "inclusion_proof": [h.hex() for h in proofs[e.index]]} for e in entries],
    }
    from warcrimes.custody import keys

    temp = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
            bundle.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False, default=_date))
            bundle.writestr(CHECKPOINT, point.signed_note)
            bundle.writestr(VKEY, log.vkey().text() + "\n")
            bundle.writestr(PUBLIC_PEM, keys.public_pem(keys.public_key(store.settings.home)))
            for report in reports:
                bundle.writestr(f"reports/{digest_of(report.content_hash)}", store.report_original(report.id))
            for item in evidence:
                member = f"evidence/{digest_of(item.content_hash)}"
                with vault.open(item.content_hash) as source, \
                        bundle.open(member, "w", force_zip64=True) as sink:
                    while chunk := source.read(CHUNK):
                        sink.write(chunk)
        with open(temp, "rb") as written:
            os.fsync(written.fileno())
        os.replace(temp, out)
    finally:
        temp.unlink(missing_ok=True)
    return BundleSummary(out, len(reports), len(evidence), len(entries), point.size)


def _date(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")
