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
        if not isinstance(manifest, dict):
            raise BadInputError(f"{path}: {MANIFEST} is not a JSON object")
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
        proven = _check_entries(_items(manifest, "entries", ("entry",), result), point, result)
        listed = {MANIFEST, CHECKPOINT, VKEY, PUBLIC_PEM}
        for where, item in _items(manifest, "objects", ("path", "content_hash", "kind"), result):
            listed.add(item["path"])
            _guarded(where, result, _check_object, bundle, item, proven, result)
        for where, document in _items(manifest, "documents", ("path",), result):
            listed.add(document["path"])
            _guarded(where, result, _check_document, bundle, document, result)
        for name in names:
            if name not in listed:
                result.problems.append(f"{name}: in the zip but not in {MANIFEST}")
    return result


def _items(manifest: dict[str, Any], key: str, required: tuple[str, ...],
           result: Verification) -> list[tuple[str, dict[str, Any]]]:
    """The well-formed items of one manifest list, each with where it is; a malformed one is a problem
    naming it (a bundle is hostile input until it is proven), never an exception."""
    items = manifest.get(key, [])
    if not isinstance(items, list):
        result.problems.append(f"{MANIFEST}: {key!r} is not a list")
        return []
    good = []
    for number, item in enumerate(items):
        where = f"{MANIFEST}: {key}[{number}]"
        missing = [k for k in required if not isinstance(item, dict) or item.get(k) in (None, "")]
        if missing:
            result.problems.append(f"{where} is malformed: it lacks {', '.join(repr(k) for k in missing)}")
        elif not all(isinstance(item[k], dict if k == "entry" else str) for k in required):
            result.problems.append(f"{where} is malformed: {', '.join(required)} must be "
                                   f"{'an object' if 'entry' in required else 'text'}")
        else:
            good.append((where, item))
    return good


def _guarded(where: str, result: Verification, check: Any, *args: Any) -> None:
    """Run one item's check; a value of the wrong shape deep inside it is that item's problem."""
    try:
        check(*args)
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
        result.problems.append(f"{where} is malformed ({type(exc).__name__}: {str(exc)[:120]})")


def _check_entries(entries: list[tuple[str, dict[str, Any]]], point: notes.Checkpoint,
                   result: Verification) -> dict[str, list[dict[str, Any]]]:
    """Entries whose inclusion in the signed tree is proven, by subject."""
    proven: dict[str, list[dict[str, Any]]] = {}
    for where, item in entries:
        _guarded(where, result, _check_entry, item, point, result, proven)
    return proven


def _check_entry(item: dict[str, Any], point: notes.Checkpoint, result: Verification,
                 proven: dict[str, list[dict[str, Any]]]) -> None:
    """One entry: canonical text, leaf hash, inclusion proof of 32-byte hex hashes; proven ones kept."""
    entry = item["entry"]
    index = entry.get("index")
    exact = item.get("canonical")
    leaf = merkle.leaf_hash(exact.encode("utf-8") if isinstance(exact, str) else canonical_json(entry))
    result.checked["entries"] += 1
    if isinstance(exact, str) and json.loads(exact) != entry:
        result.problems.append(f"custody entry {index}: the entry shown differs from its canonical "
                               "text (the manifest was edited)")
        return
    if leaf.hex() != item.get("leaf_hash"):
        result.problems.append(f"custody entry {index}: its content does not hash to its listed leaf "
                               "hash (the entry was altered)")
        return
    hashes = item.get("inclusion_proof", [])
    if not isinstance(hashes, list) or not all(_is_hash_hex(h) for h in hashes):
        result.problems.append(f"custody entry {index}: its inclusion proof is not a list of 64-digit "
                               "hex hashes")
        return
    path = [bytes.fromhex(h) for h in hashes]
    if not isinstance(index, int) or isinstance(index, bool) or \
            not merkle.verify_inclusion(index, point.size, leaf, path, point.root):
        result.problems.append(f"custody entry {index}: its inclusion proof does not lead to the signed "
                               f"root of size {point.size}")
        return
    proven.setdefault(entry["subject"], []).append(entry)


def _is_hash_hex(text: object) -> bool:
    return isinstance(text, str) and len(text) == 64 and all(c in "0123456789abcdefABCDEF" for c in text)


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

