"""RFC 9162 hashing and proofs, against the Certificate Transparency test vectors and by round trip."""

from __future__ import annotations

import pytest

from warcrimes.custody import merkle

#: The eight leaves of the Certificate Transparency reference tests (RFC 6962 / RFC 9162 hashing).
CT_LEAVES = [b"", b"\x00", b"\x10", b"\x20\x21", b"\x30\x31", b"\x40\x41\x42\x43",
             bytes(range(0x50, 0x58)), bytes(range(0x60, 0x70))]
CT_ROOT_1 = "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"
CT_ROOT_8 = "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"


def leaves(n: int) -> list[bytes]:
    return [merkle.leaf_hash(f"entry {i}".encode()) for i in range(n)]


def test_roots_match_the_certificate_transparency_vectors() -> None:
    hashed = [merkle.leaf_hash(x) for x in CT_LEAVES]
    read = merkle.list_reader(hashed)
    assert merkle.root(1, read).hex() == CT_ROOT_1
    assert merkle.root(8, read).hex() == CT_ROOT_8


def test_empty_tree_root_is_the_hash_of_nothing() -> None:
    assert merkle.root(0, merkle.list_reader([])).hex() == \
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def test_leaf_and_node_hashes_are_domain_separated() -> None:
    a, b = merkle.leaf_hash(b"a"), merkle.leaf_hash(b"b")
    assert merkle.leaf_hash(a + b) != merkle.node_hash(a, b)


@pytest.mark.parametrize("size", [1, 2, 3, 5, 8, 13, 31, 64, 100])
def test_frontier_root_equals_recomputed_root_and_nodes(size: int) -> None:
    hashed = leaves(size)
    frontier = merkle.Frontier()
    made = frontier.extend(hashed)
    read = merkle.list_reader(hashed)
    assert frontier.root() == merkle.root(size, read)
    assert all(read([(lv, p)])[(lv, p)] == h for lv, p, h in made)


def test_frontier_resumes_from_its_stored_edge() -> None:
    hashed = leaves(23)
    read = merkle.list_reader(hashed)
    edge = merkle.pieces(0, 11)
    resumed = merkle.Frontier(11, [read(edge)[k] for k in edge])
    resumed.extend(hashed[11:])
    assert resumed.root() == merkle.root(23, read)


@pytest.mark.parametrize("size", [1, 2, 3, 7, 8, 9, 33])
def test_every_inclusion_proof_verifies_and_a_wrong_leaf_does_not(size: int) -> None:
    hashed = leaves(size)
    read = merkle.list_reader(hashed)
    top = merkle.root(size, read)
    for index in range(size):
        path = merkle.hash_ranges(merkle.inclusion_ranges(index, size), read)
        assert merkle.verify_inclusion(index, size, hashed[index], path, top)
        assert not merkle.verify_inclusion(index, size, merkle.leaf_hash(b"forged"), path, top)
        if size > 1:
            assert not merkle.verify_inclusion((index + 1) % size, size, hashed[index], path, top)


def test_inclusion_proof_length_is_logarithmic() -> None:
    assert len(merkle.inclusion_ranges(500_000, 1_000_000)) <= 20


@pytest.mark.parametrize("new", [2, 3, 7, 8, 9, 20])
def test_every_consistency_proof_verifies_and_a_rewritten_history_does_not(new: int) -> None:
    hashed = leaves(new)
    read = merkle.list_reader(hashed)
    new_root = merkle.root(new, read)
    for old in range(1, new + 1):
        old_root = merkle.root(old, read)
        path = merkle.hash_ranges(merkle.consistency_ranges(old, new), read) if old < new else []
        assert merkle.verify_consistency(old, new, old_root, new_root, path)
        if old < new:
            assert not merkle.verify_consistency(old, new, merkle.leaf_hash(b"other"), new_root, path)
