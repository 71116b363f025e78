"""The one JSON shape of a custody proof, for the web, the CLI and exports alike.

An inclusion statement is the entry, its canonical bytes and leaf hash, and under `proof`
either the RFC 9162 inclusion proof against a signed checkpoint (`status` "included") or, for
an entry no checkpoint covers yet, `status` "pending" with the command that signs one.
docs/verification.md step 4 says how to check it.
"""

from __future__ import annotations

import base64
from typing import Any

from warcrimes.custody.log import Entry, StoredCheckpoint

ALGORITHM = "RFC 9162 section 2.1.3 (SHA-256)"
VERIFIER_KEY = ("ask the log's keeper for it (`warcrimes log public-key`) by a channel you trust; a key "
                "served beside the proof would prove nothing")


def inclusion_statement(entry: Entry, point: StoredCheckpoint | None, proof: list[bytes]) -> dict[str, Any]:
    """Entry with its inclusion `proof` against `point`; pending when `point` does not cover it."""
    statement: dict[str, Any] = {"entry": entry.to_dict(), "canonical": entry.canonical().decode("utf-8"),
                                 "leaf_hash": entry.leaf_hash().hex()}
    if point is None or entry.index >= point.size:
        statement["proof"] = {"status": "pending", "message": (
            f"no signed checkpoint covers entry {entry.index} yet; `warcrimes log checkpoint` signs one, "
            "then this address returns the inclusion proof")}
        return statement
    statement["proof"] = {"status": "included", "algorithm": ALGORITHM, **checkpoint_head(point),
                          "inclusion_proof": [h.hex() for h in proof], "verifier_key": VERIFIER_KEY}
    return statement


def consistency_statement(old: StoredCheckpoint, new: StoredCheckpoint, proof: list[bytes]) -> dict[str, Any]:
    """RFC 9162 consistency proof that `old`'s tree is a prefix of `new`'s."""
    return {"old": checkpoint_head(old), "new": checkpoint_head(new),
            "consistency_proof": [h.hex() for h in proof]}


def checkpoint_head(point: StoredCheckpoint) -> dict[str, Any]:
    return {"checkpoint_id": point.id, "tree_size": point.size,
            "root": base64.b64encode(point.root).decode(), "checkpoint": point.signed_note}
