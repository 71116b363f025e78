"""`warcrimes verify-bundle`: check a bundle with no database and no network.

Independent of the store on purpose: it reads only the zip, so a court's expert can run it
anywhere, or write their own from docs/verification.md.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

from warcrimes.custody import checkpoint as notes
from warcrimes.custody import merkle
from warcrimes.custody.bundle import CHECKPOINT, FORMAT, MANIFEST, PUBLIC_PEM, VKEY
from warcrimes.custody.vault import CHUNK, PREFIX
from warcrimes.custody.verify import Verification
from warcrimes.domain.canonical import canonical_json
from warcrimes.errors import BadInputError

#: The action that first brought each kind of object into custody.
ENTERING = {"report": "ingest", "evidence": "evidence.add"}


def verify_bundle(path: Path, trusted_vkey: str | None = None) -> Verification:
    """Every check of docs/verification.md; the bundle holds when `problems` is empty."""
    result = Verification()
    try:
        bundle = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise BadInputError(f"{path} is not a readable bundle (zip): {exc}") from exc
    with bundle:
        names = Counter(bundle.namelist())
        for name, count in names.items():
            if count > 1:
                result.problems.append(f"{name}: appears {count} times in the zip (a file was slipped in)")
        try:
            manifest = json.loads(bundle.read(MANIFEST))
            note = bundle.read(CHECKPOINT).decode("utf-8")
            bundled_vkey = bundle.read(VKEY).decode("utf-8").strip()
        except (KeyError, ValueError) as exc:
            raise BadInputError(f"{path} lacks a readable {MANIFEST}, {CHECKPOINT} or {VKEY}: {exc}") from exc
        if manifest.get("format") != FORMAT:
            result.problems.append(f"{MANIFEST}: format is {manifest.get('format')!r}, expected {FORMAT!r}")
        vkey = notes.parse_vkey(trusted_vkey or bundled_vkey)
        if trusted_vkey and trusted_vkey.strip() != bundled_vkey:
            result.problems.append(f"{VKEY}: the bundle's key {bundled_vkey} is not the trusted key "
                                   f"{trusted_vkey.strip()}")
        if not trusted_vkey:
            result.notes.append(f"checked against the key inside the bundle, {vkey.text()}: "
                                "compare it with the key the log's keeper published (--public-key)")
        try:
            point = notes.open_note(note, vkey)
        except notes.CheckpointError as exc:
            result.problems.append(f"{CHECKPOINT}: {exc}")
            return result
        result.checked["checkpoints"] += 1
        proven = _check_entries(manifest.get("entries", []), point, result)
        listed = {MANIFEST, CHECKPOINT, VKEY, PUBLIC_PEM}
        for item in manifest.get("objects", []):
            listed.add(item["path"])
            _check_object(bundle, item, proven, result)
        for document in manifest.get("documents", []):
            listed.add(document["path"])
            _check_document(bundle, document, result)
        for name in names:
            if name not in listed:
                result.problems.append(f"{name}: in the zip but not in {MANIFEST}")
    return result


def _check_entries(entries: list[dict[str, Any]], point: notes.Checkpoint,
                   result: Verification) -> dict[str, list[dict[str, Any]]]:
    """Entries whose inclusion in the signed tree is proven, by subject."""
    proven: dict[str, list[dict[str, Any]]] = {}
    for item in entries:
        entry = item["entry"]
        index = entry.get("index")
        exact = item.get("canonical")
        leaf = merkle.leaf_hash(exact.encode("utf-8") if isinstance(exact, str) else canonical_json(entry))
        result.checked["entries"] += 1
        if isinstance(exact, str) and json.loads(exact) != entry:
            result.problems.append(f"custody entry {index}: the entry shown differs from its canonical "
                                   "text (the manifest was edited)")
            continue
        if leaf.hex() != item.get("leaf_hash"):
            result.problems.append(f"custody entry {index}: its content does not hash to its listed leaf "
                                   "hash (the entry was altered)")
            continue
        path = [bytes.fromhex(h) for h in item.get("inclusion_proof", [])]
        if not isinstance(index, int) or \
                not merkle.verify_inclusion(index, point.size, leaf, path, point.root):
            result.problems.append(f"custody entry {index}: its inclusion proof does not lead to the signed "
                                   f"root of size {point.size}")
            continue
        proven.setdefault(entry["subject"], []).append(entry)
    return proven


def _hashed(bundle: zipfile.ZipFile, name: str, result: Verification) -> tuple[str, int] | None:
    """SHA-256 and size of a member, read in chunks; None (a problem noted) when it is missing."""
    try:
        digest = hashlib.sha256()
        size = 0
        with bundle.open(name) as member:
            while chunk := member.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
    except KeyError:
        result.problems.append(f"{name}: listed in {MANIFEST} but missing from the zip")
        return None
    return PREFIX + digest.hexdigest(), size


def _check_document(bundle: zipfile.ZipFile, document: dict[str, Any], result: Verification) -> None:
    """A document made from the proven objects (a dossier): its hash must be the manifest's; no entry proves it."""
    name = document["path"]
    result.checked["documents"] += 1
    hashed = _hashed(bundle, name, result)
    if hashed is None:
        return
    if hashed[0] != document.get("sha256"):
        result.problems.append(f"{name}: its bytes hash to {hashed[0]}, not {document.get('sha256')}: the document "
                               "was swapped or altered")
        return
    result.notes.append(f"{name}: intact, and made from the proven files and entries; no custody entry proves "
                        "the document itself (it cites the checkpoint, so it was written after it)")


def _check_object(bundle: zipfile.ZipFile, item: dict[str, Any], proven: dict[str, list[dict[str, Any]]],
                  result: Verification) -> None:
    name, expected = item["path"], item["content_hash"]
    result.checked[f"{item['kind']} files"] += 1
    hashed = _hashed(bundle, name, result)
    if hashed is None:
        return
    actual, size = hashed
    if actual != expected:
        result.problems.append(f"{name}: its bytes hash to {actual}, not {expected}: the file was swapped "
                               "or altered")
        return
    entering = [e for e in proven.get(expected, []) if e.get("action") == ENTERING.get(item["kind"])]
    if not entering:
        result.problems.append(f"{name}: no proven custody entry records it entering the log "
                               f"({ENTERING.get(item['kind'])} of {expected})")
    elif entering[0]["details"].get("size") != size:
        result.problems.append(f"{name}: {size} bytes, but custody entry {entering[0]['index']} logged "
                               f"{entering[0]['details'].get('size')}")

