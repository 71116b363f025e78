"""RFC 9162 (Certificate Transparency v2) Merkle tree hashing and proofs, as pure functions.

Leaves and interior nodes are domain-separated (0x00 / 0x01 prefixes, RFC 9162 section 2.1.1),
so a leaf can never be passed off as a node. Trees are addressed by perfect subtrees:
`(level, position)` is the hash of the 2**level leaves starting at position * 2**level.
Proof builders take a `NodeReader` so the same code runs over a list or over the database.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence

Hash = bytes
NodeKey = tuple[int, int]  # (level, position)
#: Returns the hashes of the named perfect subtrees (one read for all of them).
NodeReader = Callable[[Sequence[NodeKey]], dict[NodeKey, Hash]]

EMPTY_ROOT: Hash = hashlib.sha256(b"").digest()


def leaf_hash(entry: bytes) -> Hash:
    return hashlib.sha256(b"\x00" + entry).digest()


def node_hash(left: Hash, right: Hash) -> Hash:
    return hashlib.sha256(b"\x01" + left + right).digest()


def _split(n: int) -> int:
    """The largest power of two smaller than n (n >= 2): where RFC 9162 splits a tree of n leaves."""
    return 1 << ((n - 1).bit_length() - 1)


def pieces(start: int, end: int) -> list[NodeKey]:
    """The perfect subtrees, left to right and largest first, that make up leaves [start, end).

    Valid for the ranges RFC 9162 recursion produces (start aligned to a power of two >= the width).
    """
    out: list[NodeKey] = []
    while start < end:
        level = 0
        while start % (2 << level) == 0 and start + (2 << level) <= end:
            level += 1
        out.append((level, start >> level))
        start += 1 << level
    return out


def fold(hashes: Sequence[Hash]) -> Hash:
    """The root over perfect subtrees given largest first: right to left, as RFC 9162's MTH does."""
    if not hashes:
        return EMPTY_ROOT
    root = hashes[-1]
    for left in reversed(hashes[:-1]):
        root = node_hash(left, root)
    return root


def inclusion_ranges(index: int, size: int) -> list[tuple[int, int]]:
    """The leaf ranges whose hashes form PATH(index, D[size]), bottom first (RFC 9162 2.1.3.1)."""
    if not 0 <= index < size:
        raise ValueError(f"leaf {index} is not in a tree of {size}")
    ranges: list[tuple[int, int]] = []
    start, end = 0, size
    while end - start > 1:
        k = _split(end - start)
        if index - start < k:
            ranges.append((start + k, end))
            end = start + k
        else:
            ranges.append((start, start + k))
            start += k
    return list(reversed(ranges))


def consistency_ranges(old: int, new: int) -> list[tuple[int, int]]:
    """The leaf ranges whose hashes form PROOF(old, D[new]), bottom first (RFC 9162 2.1.4.1)."""
    if not 0 < old <= new:
        raise ValueError(f"no consistency proof from a tree of {old} to one of {new}")
    ranges: list[tuple[int, int]] = []
    start, end, whole = 0, new, True
    m = old
    while m != end - start:
        k = _split(end - start)
        if m <= k:
            ranges.append((start + k, end))
            end = start + k
        else:
            ranges.append((start, start + k))
            start += k
            m -= k
            whole = False
    if not whole:
        ranges.append((start, end))
    return list(reversed(ranges))


def hash_ranges(ranges: Sequence[tuple[int, int]], read: NodeReader) -> list[Hash]:
    """The hash of each range, reading every perfect subtree needed in one call."""
    split = [pieces(a, b) for a, b in ranges]
    found = read([key for keys in split for key in keys])
    return [fold([found[key] for key in keys]) for keys in split]


def root(size: int, read: NodeReader) -> Hash:
    return hash_ranges([(0, size)], read)[0] if size else EMPTY_ROOT


def list_reader(leaf_hashes: Sequence[Hash]) -> NodeReader:
    """A NodeReader over leaf hashes held in memory (tests, bundles, small logs)."""

    def subtree(level: int, position: int) -> Hash:
        if level == 0:
            return leaf_hashes[position]
        return node_hash(subtree(level - 1, 2 * position), subtree(level - 1, 2 * position + 1))

    return lambda keys: {key: subtree(*key) for key in keys}


class Frontier:
    """The right edge of a growing tree: appends leaves, yields each completed interior node.

    Holds one perfect subtree per set bit of the size, so memory is O(log n) however long the log.
    """

    def __init__(self, size: int = 0, edge: Sequence[Hash] = ()) -> None:
        self.size = size
        self._edge: list[tuple[int, Hash]] = [
            (level, h) for (level, _), h in zip(pieces(0, size), edge, strict=True)]

    def append(self, leaf: Hash) -> list[tuple[int, int, Hash]]:
        """Add one leaf; return the interior nodes (level, position, hash) it completes."""
        made: list[tuple[int, int, Hash]] = []
        level, h, position = 0, leaf, self.size
        while self._edge and self._edge[-1][0] == level:
            left = self._edge.pop()[1]
            h = node_hash(left, h)
            level += 1
            position >>= 1
            made.append((level, position, h))
        self._edge.append((level, h))
        self.size += 1
        return made

    def extend(self, leaves: Iterable[Hash]) -> list[tuple[int, int, Hash]]:
        made: list[tuple[int, int, Hash]] = []
        for leaf in leaves:
            made.extend(self.append(leaf))
        return made

    def root(self) -> Hash:
        return fold([h for _, h in self._edge])


def _all_hashes(*hashes: Hash) -> bool:
    return all(len(h) == 32 for h in hashes)


def verify_inclusion(index: int, size: int, leaf: Hash, path: Sequence[Hash], expected_root: Hash) -> bool:
    """RFC 9162 2.1.3.2: does `path` place `leaf` at `index` in the tree of `size` with this root?
    Every hash must be 32 bytes (an empty leaf and root are no proof, as transparency-dev/merkle's vectors say)."""
    if not 0 <= index < size or not _all_hashes(leaf, expected_root, *path):
        return False
    fn, sn, r = index, size - 1, leaf
    for p in path:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == expected_root


def verify_consistency(old: int, new: int, old_root: Hash, new_root: Hash, path: Sequence[Hash]) -> bool:
    """RFC 9162 2.1.4.2: is the tree of `old` leaves a prefix of the tree of `new` leaves?

    As transparency-dev/merkle's vectors require: two empty trees agree only on the empty root, and
    a proof from the empty tree or with a hash not 32 bytes long proves nothing."""
    if old == new:
        return not path and old_root == new_root and (old != 0 or old_root == EMPTY_ROOT)
    if not _all_hashes(old_root, new_root, *path):
        return False
    if not 0 < old < new or not path:
        return False
    proof = list(path)
    if old & (old - 1) == 0:  # old is a power of two: its root is the first node
        proof.insert(0, old_root)
    fn, sn = old - 1, new - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = proof[0]
    for c in proof[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == old_root and sr == new_root and sn == 0
