"""Content hashes carry their algorithm: "SHA-256:<hex>" (as bellingcat's auto-archiver does)."""

from __future__ import annotations

import hashlib

ALGORITHM = "SHA-256"


def content_hash(original: bytes) -> str:
    """The content address of some bytes."""
    return f"{ALGORITHM}:{hashlib.sha256(original).hexdigest()}"


def hex_digest(address: str) -> str:
    """The hex part of a content address, refusing other algorithms."""
    algorithm, _, digest = address.partition(":")
    if algorithm != ALGORITHM or len(digest) != 64:
        raise ValueError(f"not a {ALGORITHM} content address: {address!r}")
    return digest
