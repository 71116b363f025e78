"""Near-duplicate reports: a repost or a lightly edited copy is not independent corroboration.

MinHash over word 3-shingles estimates the Jaccard similarity of two texts; banding the
signature (LSH) finds candidates through an index instead of comparing with every report.
Our own MinHash over numpy is used rather than datasketch's because it is faster on short
reports (bench_corroboration prints both) and its signature is plain bytes for the store.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np

PERMUTATIONS = 128
BANDS = 32  # 32 bands of 4 rows: pairs above ~0.42 Jaccard meet in some band with high probability
ROWS = PERMUTATIONS // BANDS
SHINGLE_WORDS = 3
#: Estimated Jaccard at or above which two reports are one text (repost, copy with light edits).
NEAR_DUPLICATE = 0.5
_PRIME = np.uint64((1 << 61) - 1)
_MASK = np.uint64((1 << 32) - 1)
_CHUNK = 8192  # shingles per step: 128 x 8192 x 8 bytes = 8 MB at most
_rng = np.random.default_rng(20261125)  # fixed seed: signatures must be comparable across runs
_A = _rng.integers(1, 1 << 32, PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, 1 << 32, PERMUTATIONS, dtype=np.uint64)


@dataclass(frozen=True)
class Fingerprint:
    """A report's MinHash signature and how many shingles it was built from."""

    signature: np.ndarray
    shingles: int

    def to_bytes(self) -> bytes:
        return self.signature.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, raw: bytes, shingles: int = 0) -> Fingerprint:
        return cls(np.frombuffer(raw, dtype="<u4").astype(np.uint64), shingles)

    def band_keys(self) -> list[str]:
        """One key per band; two reports sharing any key are candidates."""
        raw = self.signature.astype("<u4")
        keys = []
        for band in range(BANDS):
            rows = raw[band * ROWS:(band + 1) * ROWS].tobytes()
            keys.append(f"{band:02d}:{hashlib.blake2b(rows, digest_size=8).hexdigest()}")
        return keys


def words(text: str) -> list[str]:
    """Lower-case word tokens (letters and digits), a linear scan."""
    out: list[str] = []
    current: list[str] = []
    for ch in text.casefold():
        if ch.isalnum():
            current.append(ch)
        elif current:
            out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return out


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """The set of `size`-word windows of the text (the words themselves for very short texts)."""
    tokens = words(text)
    if len(tokens) < size:
        return set(tokens)
    return {" ".join(tokens[i:i + size]) for i in range(len(tokens) - size + 1)}


def fingerprint(text: str) -> Fingerprint:
    """MinHash signature of the text's shingles: min over shingles of (a*h + b) mod p, per permutation."""
    found = shingles(text)
    if not found:
        return Fingerprint(np.full(PERMUTATIONS, _MASK, dtype=np.uint64), 0)
    hashes = np.fromiter((int.from_bytes(hashlib.blake2b(s.encode(), digest_size=4).digest(), "little")
                          for s in found), dtype=np.uint64, count=len(found))
    signature = np.full(PERMUTATIONS, _MASK, dtype=np.uint64)
    for first in range(0, len(hashes), _CHUNK):  # bounded memory for a 5 MB report
        permuted = (np.outer(_A, hashes[first:first + _CHUNK]) + _B[:, None]) % _PRIME & _MASK
        signature = np.minimum(signature, permuted.min(axis=1))
    return Fingerprint(signature, len(found))


def similarity(a: Fingerprint, b: Fingerprint) -> float:
    """Estimated Jaccard similarity: the share of permutations whose minima agree."""
    if a.shingles == 0 and b.shingles == 0:
        return 0.0
    return float(np.count_nonzero(a.signature == b.signature)) / PERMUTATIONS


def jaccard(text_a: str, text_b: str) -> float:
    """Exact Jaccard of two texts' shingle sets (for tests and measuring the estimate)."""
    a, b = shingles(text_a), shingles(text_b)
    return len(a & b) / len(a | b) if a | b else 0.0
