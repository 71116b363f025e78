"""Bundles: an incident's originals with everything a third party needs to check them offline.

A bundle is a zip holding manifest.json, the reports and evidence originals under their hashes,
the custody entries that concern them with RFC 9162 inclusion proofs, the latest signed
checkpoint and the log's public key; a dossier's bundle also carries the dossier itself, as a
document with its hash. docs/verification.md describes the format for other verifiers.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warcrimes.custody import keys
from warcrimes.custody.checkpoint import verifier_key
from warcrimes.custody.log import Entry, StoredCheckpoint, utc_stamp
from warcrimes.custody.vault import CHUNK, PREFIX, Vault, digest_of
from warcrimes.domain.records import EvidenceItem, Incident, Report

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


@dataclass(frozen=True)
class BundleContents:
    """What goes into the bundle of one incident or of a dossier's incidents, gathered in one unit of work
    by services/dossiers.py."""

    incidents: list[Incident]
    reports: list[tuple[Report, bytes]]  # each report with its original bytes
    evidence: list[EvidenceItem]
    point: StoredCheckpoint
    entries: list[Entry]
    proofs: dict[int, list[bytes]]  # entry index -> inclusion proof against `point`
    evidence_links: dict[int, tuple[int, ...]] = field(default_factory=dict)  # evidence id -> its incidents


@dataclass(frozen=True)
class BundleDocument:
    """A document made from the proven objects (the dossier as PDF): carried with its hash, proven by none
    of the entries (it was written after the checkpoint it cites)."""

    name: str
    media_type: str
    content: bytes

    @property
    def path(self) -> str:
        return f"documents/{self.name}"


def manifest(contents: BundleContents, documents: Sequence[BundleDocument] = ()) -> dict[str, Any]:
    """manifest.json: the incidents, the log's signed size and root, every object and proven entry, and
    the documents made from them."""
    objects: list[dict[str, Any]] = [
        {"kind": "report", "id": r.id, "content_hash": r.content_hash, "size": r.size,
         "media_type": r.media_type, "filename": r.filename, "path": f"reports/{digest_of(r.content_hash)}"}
        for r, _ in contents.reports]
    objects += [
        {"kind": "evidence", "id": e.id, "content_hash": e.content_hash, "size": e.size,
         "media_type": e.media_type, "filename": e.filename, "path": f"evidence/{digest_of(e.content_hash)}"}
        for e in contents.evidence]
    point = contents.point
    return {
        "format": FORMAT,
        "created_at": utc_stamp(),
        "incidents": [{"id": i.id, "status": i.status, "facts": i.facts.to_contract()} for i in contents.incidents],
        "log": {"checkpoint": CHECKPOINT, "verifier_key": VKEY, "size": point.size,
                "root": base64.b64encode(point.root).decode()},
        "objects": objects,
        "entries": [{"entry": e.to_dict(), "canonical": e.canonical().decode("utf-8"),
                     "leaf_hash": e.leaf_hash().hex(),
                     "inclusion_proof": [h.hex() for h in contents.proofs[e.index]]} for e in contents.entries],
        "documents": [{"name": d.name, "path": d.path, "media_type": d.media_type, "size": len(d.content),
                       "sha256": PREFIX + hashlib.sha256(d.content).hexdigest()} for d in documents],
    }


def write_bundle(out: Path, contents: BundleContents, home: Path, vault: Vault,
                 documents: Sequence[BundleDocument] = ()) -> BundleSummary:
    """Write the zip to `out` atomically (temp file, fsync, rename); the originals stream from the vault."""
    public = keys.public_key(home)
    temp = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
            bundle.writestr(MANIFEST, json.dumps(manifest(contents, documents), indent=2, ensure_ascii=False,
                                                 default=_date))
            for document in documents:
                bundle.writestr(document.path, document.content)
            bundle.writestr(CHECKPOINT, contents.point.signed_note)
            bundle.writestr(VKEY, verifier_key(public).text() + "\n")
            bundle.writestr(PUBLIC_PEM, keys.public_pem(public))
            for report, original in contents.reports:
                bundle.writestr(f"reports/{digest_of(report.content_hash)}", original)
            for item in contents.evidence:
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
    return BundleSummary(out, len(contents.reports), len(contents.evidence), len(contents.entries),
                         contents.point.size)


def _date(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")
