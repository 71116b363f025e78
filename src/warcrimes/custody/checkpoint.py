"""Checkpoints as C2SP signed notes (c2sp.org/tlog-checkpoint, c2sp.org/signed-note).

The same text Go's checksum database, Sigstore and Trillian exchange, so their tools read ours:

    <origin>\\n<tree size>\\n<base64 root hash>\\n
    \\n
    — <key name> <base64(4-byte key id || Ed25519 signature)>\\n

key id = SHA-256(key name || 0x0A || 0x01 || public key)[:4]; the signature covers the text above
the blank line. A verifier key ("vkey") is `<name>+<hex key id>+<base64(0x01 || public key)>`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from warcrimes.custody.keys import raw_public
from warcrimes.errors import BadInputError

ED25519 = 0x01
EM_DASH = "\u2014"


class CheckpointError(BadInputError):
    """A checkpoint or verifier key that cannot be read."""


@dataclass(frozen=True)
class Checkpoint:
    origin: str
    size: int
    root: bytes

    def body(self) -> str:
        return f"{self.origin}\n{self.size}\n{base64.b64encode(self.root).decode('ascii')}\n"


@dataclass(frozen=True)
class VerifierKey:
    name: str
    key_id: bytes
    public: bytes

    def text(self) -> str:
        return f"{self.name}+{self.key_id.hex()}+{base64.b64encode(bytes([ED25519]) + self.public).decode()}"

    def ed25519(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.public)


def key_id(name: str, public: bytes) -> bytes:
    return hashlib.sha256(name.encode() + b"\n" + bytes([ED25519]) + public).digest()[:4]


def origin_for(public: bytes) -> str:
    """A log name unique to this installation's key, so two offices' checkpoints are never confused."""
    return f"warcrimes.custody/{hashlib.sha256(public).hexdigest()[:16]}"


def verifier_key(key: Ed25519PublicKey, name: str | None = None) -> VerifierKey:
    public = raw_public(key)
    name = name or origin_for(public)
    return VerifierKey(name, key_id(name, public), public)


def parse_vkey(text: str) -> VerifierKey:
    parts = text.strip().split("+", 2)  # base64 may itself hold "+"
    if len(parts) != 3:
        raise CheckpointError(f"verifier key {text.strip()!r} is not <name>+<key id>+<key>")
    name, hex_id, b64 = parts
    try:
        raw = base64.b64decode(b64, validate=True)
        kid = bytes.fromhex(hex_id)
    except (binascii.Error, ValueError) as exc:
        raise CheckpointError(f"verifier key {text.strip()!r} is not valid base64/hex: {exc}") from exc
    if len(raw) != 33 or raw[0] != ED25519:
        raise CheckpointError(f"verifier key {name!r} is not an Ed25519 key")
    if key_id(name, raw[1:]) != kid:
        raise CheckpointError(f"verifier key {name!r}: its key id does not match its name and key")
    return VerifierKey(name, kid, raw[1:])


def sign(checkpoint: Checkpoint, private: Ed25519PrivateKey) -> str:
    """The signed note: body, blank line, one signature line by the key named as the origin."""
    vkey = verifier_key(private.public_key(), checkpoint.origin)
    body = checkpoint.body()
    signature = private.sign(body.encode())
    line = base64.b64encode(vkey.key_id + signature).decode("ascii")
    return f"{body}\n{EM_DASH} {vkey.name} {line}\n"


def open_note(note: str, vkey: VerifierKey) -> Checkpoint:
    """The checkpoint in `note` if `vkey` signed it; CheckpointError naming what is wrong otherwise."""
    body, sep, signatures = note.rpartition("\n\n")
    if not sep or not note.endswith("\n"):
        raise CheckpointError("the checkpoint is not a signed note (no blank line before signatures)")
    body += "\n"
    signed = False
    for line in signatures.splitlines():
        if not line.startswith(EM_DASH + " "):
            raise CheckpointError(f"the checkpoint has a malformed signature line {line!r}")
        name, _, b64 = line[2:].rpartition(" ")
        try:
            raw = base64.b64decode(b64, validate=True)
        except binascii.Error as exc:
            raise CheckpointError(f"signature by {name!r} is not valid base64") from exc
        if name != vkey.name or raw[:4] != vkey.key_id:
            continue  # another signer (a witness): not ours to judge
        try:
            vkey.ed25519().verify(raw[4:], body.encode())
        except InvalidSignature as exc:
            raise CheckpointError(f"the signature by {name!r} does not verify: the checkpoint was altered "
                                  f"or signed by another key") from exc
        signed = True
    if not signed:
        raise CheckpointError(f"the checkpoint carries no signature by the log's key {vkey.text()}")
    return parse_body(body)


def parse_body(body: str) -> Checkpoint:
    lines = body.split("\n")
    if len(lines) < 4:
        raise CheckpointError("the checkpoint body needs an origin, a size and a root hash")
    origin, size_text, root_text = lines[0], lines[1], lines[2]
    if not size_text.isdigit() or (size_text != "0" and size_text.startswith("0")):
        raise CheckpointError(f"the checkpoint size {size_text!r} is not a decimal number")
    try:
        root = base64.b64decode(root_text, validate=True)
    except binascii.Error as exc:
        raise CheckpointError("the checkpoint root hash is not valid base64") from exc
    if len(root) != 32:
        raise CheckpointError("the checkpoint root hash is not 32 bytes")
    return Checkpoint(origin, int(size_text), root)
