"""Conformance with outside vectors and the specs' strictness: RFC 6962/9162 proofs (transparency-dev/merkle),
C2SP signed notes (golang.org/x/mod/sumdb/note), C2SP checkpoints; malformed bundles are problems, not crashes."""

from __future__ import annotations

import base64
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from warcrimes.custody import checkpoint as notes
from warcrimes.custody import merkle
from warcrimes.custody.bundle import CHECKPOINT, FORMAT, MANIFEST, VKEY
from warcrimes.custody.bundle_check import verify_bundle

VECTORS = Path(__file__).parent / "vectors"
MERKLE = json.loads((VECTORS / "transparency-dev-merkle.json").read_text(encoding="utf-8"))
NOTE = json.loads((VECTORS / "golang-mod-note.json").read_text(encoding="utf-8"))


def _b64(items: list[str] | None) -> list[bytes]:
    return [base64.b64decode(h) for h in items or []]


def _hash(value: str | None) -> bytes:
    return base64.b64decode(value or "")


@pytest.mark.parametrize("name", sorted(MERKLE["inclusion"]))
def test_transparency_dev_inclusion_vectors(name: str) -> None:
    case: dict[str, Any] = MERKLE["inclusion"][name]
    proof = _b64(case.get("proof"))
    well_formed = all(len(h) == 32 for h in proof)
    ok = well_formed and merkle.verify_inclusion(case.get("leafIdx", 0), case.get("treeSize", 0),
                                                 _hash(case.get("leafHash")), proof, _hash(case.get("root")))
    assert ok is not case["wantErr"], case["desc"]


@pytest.mark.parametrize("name", sorted(MERKLE["consistency"]))
def test_transparency_dev_consistency_vectors(name: str) -> None:
    case: dict[str, Any] = MERKLE["consistency"][name]
    proof = _b64(case.get("proof"))
    well_formed = all(len(h) == 32 for h in proof)
    ok = well_formed and merkle.verify_consistency(case.get("size1", 0), case.get("size2", 0),
                                                   _hash(case.get("root1")), _hash(case.get("root2")), proof)
    assert ok is not case["wantErr"], case["desc"]


def _key(name: str) -> notes.VerifierKey:
    return notes.parse_vkey(NOTE["keys"][name])


@pytest.mark.parametrize("case", NOTE["valid"], ids=lambda c: c["key"])
def test_go_note_vectors_open_with_their_signer(case: dict[str, str]) -> None:
    assert notes.open_signed_note(base64.b64decode(case["note"]), _key(case["key"])) == NOTE["text"]


@pytest.mark.parametrize("number", range(len(NOTE["malformed"])))
def test_go_malformed_note_vectors_are_refused(number: int) -> None:
    with pytest.raises(notes.CheckpointError):
        notes.open_signed_note(base64.b64decode(NOTE["malformed"][number]), _key("peter"))


def test_go_note_with_an_altered_signature_does_not_verify() -> None:
    case = NOTE["invalid_signature"]
    with pytest.raises(notes.CheckpointError, match="does not verify"):
        notes.open_signed_note(base64.b64decode(case["note"]), _key(case["key"]))


# Checkpoint bodies, from the text of c2sp.org/tlog-checkpoint (our own cases, no public vectors for them).

ROOT = base64.b64encode(bytes(32)).decode()


@pytest.fixture(scope="module")
def private() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def signed(body: str, private: Ed25519PrivateKey, origin: str = "example.org/log") -> tuple[str, notes.VerifierKey]:
    vkey = notes.verifier_key(private.public_key(), origin)
    signature = base64.b64encode(vkey.key_id + private.sign(body.encode())).decode()
    return f"{body}\n{notes.EM_DASH} {vkey.name} {signature}\n", vkey


@pytest.mark.parametrize("body,problem", [
    (f"\n5\n{ROOT}\n", "origin"),
    (f" \n5\n{ROOT}\n", "origin"),
    (f"example.org/log\n\u0661\u0662\n{ROOT}\n", "ASCII"),
    (f"example.org/log\n+5\n{ROOT}\n", "ASCII"),
    (f"example.org/log\n05\n{ROOT}\n", "ASCII"),
    (f"example.org/log\n{2**64}\n{ROOT}\n", "2^64"),
    (f"example.org/log\n{'9' * 400}\n{ROOT}\n", "2^64"),
    (f"example.org/log\n5\n{ROOT}\n\nextension\n", "extension"),
    ("example.org/log\n5\nnot base64!\n", "base64"),
    (f"example.org/log\t\n5\n{ROOT}\n", "control character"),
])
def test_a_checkpoint_body_outside_the_spec_is_refused(body: str, problem: str,
                                                       private: Ed25519PrivateKey) -> None:
    note, vkey = signed(body, private)
    with pytest.raises(notes.CheckpointError, match=re.escape(problem)):
        notes.open_note(note, vkey)


def test_the_largest_tree_size_and_an_extension_line_are_read(private: Ed25519PrivateKey) -> None:
    note, vkey = signed(f"example.org/log\n{2**64 - 1}\n{ROOT}\nextension line\n", private)
    assert notes.open_note(note, vkey).size == 2**64 - 1


@pytest.mark.parametrize("line", ["\u2014 name with space AAAAAAAA", "\u2014 a+b AAAAAAAA", "\u2014 name ",
                                  "\u2014 name AAAA", "\u2014  AAAAAAAA", "-- name AAAAAAAA"])
def test_malformed_signature_lines_are_refused(line: str, private: Ed25519PrivateKey) -> None:
    note, vkey = signed(f"example.org/log\n5\n{ROOT}\n", private)
    with pytest.raises(notes.CheckpointError, match="malformed signature line|too short|base64"):
        notes.open_note(note + line + "\n", vkey)


def test_more_than_a_hundred_signatures_are_refused(private: Ed25519PrivateKey) -> None:
    note, vkey = signed(f"example.org/log\n5\n{ROOT}\n", private)
    body, _, line = note.rpartition("\n\n")
    with pytest.raises(notes.CheckpointError, match="at most 100"):
        notes.open_note(f"{body}\n\n{line * 101}", vkey)


# Bundles whose manifest is malformed: a problem naming the item, never a traceback.

def _bundle(tmp_path: Path, manifest: object, private: Ed25519PrivateKey, size: int = 1) -> Path:
    body = f"warcrimes.custody/test\n{size}\n{ROOT}\n"
    note, vkey = signed(body, private, "warcrimes.custody/test")
    path = tmp_path / "bundle.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(MANIFEST, json.dumps(manifest))
        archive.writestr(CHECKPOINT, note)
        archive.writestr(VKEY, vkey.text() + "\n")
    return path


@pytest.mark.parametrize("manifest,problem", [
    ({"format": FORMAT, "entries": [{"leaf_hash": "00"}]}, "lacks 'entry'"),
    ({"format": FORMAT, "entries": [{"entry": "text"}]}, "must be an object"),
    ({"format": FORMAT, "entries": [{"entry": {"index": 0, "subject": "s"}, "leaf_hash": "x",
                                     "inclusion_proof": ["zz"]}]}, "leaf hash"),
    ({"format": FORMAT, "objects": [{"content_hash": "SHA-256:00", "kind": "report"}]}, "lacks 'path'"),
    ({"format": FORMAT, "objects": "everything"}, "is not a list"),
    ({"format": FORMAT, "documents": [{}]}, "lacks 'path'"),
    ({"format": FORMAT, "documents": [7]}, "lacks 'path'"),
])
def test_a_malformed_bundle_manifest_is_a_problem_naming_the_item(tmp_path: Path, manifest: object, problem: str,
                                                                  private: Ed25519PrivateKey) -> None:
    result = verify_bundle(_bundle(tmp_path, manifest, private))
    assert any(problem in p for p in result.problems), result.problems


def test_a_non_hex_inclusion_proof_is_a_problem(tmp_path: Path, private: Ed25519PrivateKey) -> None:
    from warcrimes.domain.canonical import canonical_json

    entry = {"index": 0, "subject": "SHA-256:ab", "action": "ingest", "details": {}}
    leaf = merkle.leaf_hash(canonical_json(entry)).hex()
    manifest = {"format": FORMAT, "entries": [{"entry": entry, "leaf_hash": leaf, "inclusion_proof": ["not hex"]}]}
    result = verify_bundle(_bundle(tmp_path, manifest, private, size=2**64 - 1))
    assert any("64-digit hex" in p for p in result.problems), result.problems


def test_a_manifest_that_is_not_an_object_is_one_clear_error(tmp_path: Path, private: Ed25519PrivateKey) -> None:
    from warcrimes.errors import BadInputError

    with pytest.raises(BadInputError, match="not a JSON object"):
        verify_bundle(_bundle(tmp_path, ["a", "list"], private))


def test_a_root_hash_or_signature_outside_ascii_is_a_named_refusal_not_a_crash() -> None:
    from warcrimes.custody.checkpoint import CheckpointError, parse_body

    with pytest.raises(CheckpointError, match="root hash is not valid base64"):
        parse_body("example.org/log\n0\n\x80\n")
