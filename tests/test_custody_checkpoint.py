"""C2SP signed-note checkpoints and the Ed25519 key behind them."""

from __future__ import annotations

import base64
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from warcrimes.custody import checkpoint as notes
from warcrimes.custody import keys

ROOT = bytes(range(32))


def signed(home: Path, size: int = 12) -> tuple[str, notes.VerifierKey]:
    private = keys.signing_key(home)
    vkey = notes.verifier_key(private.public_key())
    return notes.sign(notes.Checkpoint(vkey.name, size, ROOT), private), vkey


def test_key_is_made_on_first_use_with_mode_0600(tmp_path: Path) -> None:
    keys.signing_key(tmp_path)
    assert stat.S_IMODE(keys.key_path(tmp_path).stat().st_mode) == 0o600
    assert stat.S_IMODE(keys.key_path(tmp_path).parent.stat().st_mode) == 0o700


def test_key_is_the_same_on_second_use(tmp_path: Path) -> None:
    first = keys.raw_public(keys.public_key(tmp_path))
    assert keys.raw_public(keys.public_key(tmp_path)) == first


def test_key_readable_by_others_is_refused(tmp_path: Path) -> None:
    keys.signing_key(tmp_path)
    keys.key_path(tmp_path).chmod(0o644)
    with pytest.raises(keys.KeyPermissionError, match="chmod 600"):
        keys.signing_key(tmp_path)


def test_checkpoint_note_has_the_c2sp_layout(tmp_path: Path) -> None:
    note, vkey = signed(tmp_path)
    body, signature = note.split("\n\n")
    assert body.split("\n") == [vkey.name, "12", base64.b64encode(ROOT).decode()]
    assert signature.startswith(f"\u2014 {vkey.name} ") and signature.endswith("\n")
    raw = base64.b64decode(signature.split(" ")[-1])
    assert raw[:4] == vkey.key_id and len(raw) == 68


def test_signed_checkpoint_opens_with_its_key(tmp_path: Path) -> None:
    note, vkey = signed(tmp_path)
    assert notes.open_note(note, vkey) == notes.Checkpoint(vkey.name, 12, ROOT)


def test_altered_size_breaks_the_signature(tmp_path: Path) -> None:
    note, vkey = signed(tmp_path)
    with pytest.raises(notes.CheckpointError, match="does not verify"):
        notes.open_note(note.replace("\n12\n", "\n11\n", 1), vkey)


def test_signature_replaced_by_another_key_is_named(tmp_path: Path) -> None:
    note, vkey = signed(tmp_path)
    forger = Ed25519PrivateKey.generate()
    forged = notes.sign(notes.Checkpoint(vkey.name, 12, ROOT), forger)
    with pytest.raises(notes.CheckpointError, match="no signature by the log's key"):
        notes.open_note(forged, vkey)
    body = note.split("\n\n")[0] + "\n"
    spliced = note.split("\u2014")[0] + f"\u2014 {vkey.name} " + base64.b64encode(
        vkey.key_id + forger.sign(body.encode())).decode() + "\n"
    with pytest.raises(notes.CheckpointError, match="does not verify"):
        notes.open_note(spliced, vkey)


def test_vkey_text_round_trips_and_rejects_a_wrong_key_id(tmp_path: Path) -> None:
    _, vkey = signed(tmp_path)
    assert notes.parse_vkey(vkey.text()) == vkey
    name, _, key = vkey.text().split("+", 2)
    with pytest.raises(notes.CheckpointError, match="key id"):
        notes.parse_vkey(f"{name}+00000000+{key}")


def test_witness_signatures_by_other_keys_are_ignored(tmp_path: Path) -> None:
    note, vkey = signed(tmp_path)
    witness = Ed25519PrivateKey.generate()
    extra = notes.sign(notes.Checkpoint(vkey.name, 12, ROOT), witness).split("\n\n")[1]
    with_witness = note.replace(f"\u2014 {vkey.name}", extra.replace(vkey.name, "witness.example") +
                                f"\u2014 {vkey.name}")
    assert notes.open_note(with_witness, vkey).size == 12
