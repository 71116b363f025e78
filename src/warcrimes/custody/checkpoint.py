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
    except ValueError as exc:  # binascii.Error, or a character outside ASCII
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


#: c2sp.org/signed-note: a verifier gives up past this many signature lines (as Go's note.Open does).
MAX_SIGNATURES = 100
#: c2sp.org/tlog-checkpoint: the tree size is a uint64.
MAX_TREE_SIZE = 2**64 - 1


def open_signed_note(note: str | bytes, vkey: VerifierKey) -> str:
    """The text of a C2SP signed note if `vkey` signed it (the text ends with its newline).

    As strict as c2sp.org/signed-note and Go's golang.org/x/mod/sumdb/note: valid UTF-8, no control
    character but newline, a blank line before one or more well-formed signature lines (a key name
    without spaces or '+', one space, base64 of at least 5 bytes), at most 100 of them; lines by
    other keys (witnesses) are passed over. CheckpointError names the first thing wrong.
    """
    if isinstance(note, bytes):
        try:
            note = note.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise CheckpointError(f"the signed note is not valid UTF-8 (byte {exc.start})") from exc
    bad = next((c for c in note if (c < "\x20" and c != "\n") or "\ud800" <= c <= "\udfff"), None)
    if bad is not None:
        raise CheckpointError(f"the signed note holds a control character {bad!r}; only newlines are allowed")
    text, sep, signatures = note.rpartition("\n\n")
    if not sep or not signatures or not signatures.endswith("\n"):
        raise CheckpointError("the checkpoint is not a signed note (text, a blank line, then signature lines "
                              "each ending in a newline)")
    text += "\n"
    lines = signatures[:-1].split("\n")
    if len(lines) > MAX_SIGNATURES:
        raise CheckpointError(f"the signed note has {len(lines)} signature lines; at most {MAX_SIGNATURES} are read")
    signed = False
    for line in lines:
        name, raw = _signature_line(line)
        if name != vkey.name or raw[:4] != vkey.key_id:
            continue  # another signer (a witness): not ours to judge
        try:
            vkey.ed25519().verify(raw[4:], text.encode())
        except InvalidSignature as exc:
            raise CheckpointError(f"the signature by {name!r} does not verify: the checkpoint was altered "
                                  f"or signed by another key") from exc
        signed = True
    if not signed:
        raise CheckpointError(f"the checkpoint carries no signature by the log's key {vkey.text()}")
    return text


def _signature_line(line: str) -> tuple[str, bytes]:
    """(key name, key id || signature) of one line `— <name> <base64>`; CheckpointError if malformed."""
    if not line.startswith(EM_DASH + " "):
        raise CheckpointError(f"the checkpoint has a malformed signature line {line[:80]!r}")
    name, space, b64 = line[2:].partition(" ")
    if not space or not name or "+" in name or any(c.isspace() for c in name) or not b64:
        raise CheckpointError(f"the checkpoint has a malformed signature line {line[:80]!r}")
    try:
        raw = base64.b64decode(b64, validate=True)
    except ValueError as exc:  # binascii.Error, or a character outside ASCII
        raise CheckpointError(f"signature by {name!r} is not valid base64") from exc
    if len(raw) < 5:
        raise CheckpointError(f"signature by {name!r} is too short to hold a key id and a signature")
    return name, raw


def open_note(note: str | bytes, vkey: VerifierKey) -> Checkpoint:
    """The checkpoint in `note` if `vkey` signed it; CheckpointError naming what is wrong otherwise."""
    return parse_body(open_signed_note(note, vkey))


def parse_body(body: str) -> Checkpoint:
    """Origin, size and root of a checkpoint body (c2sp.org/tlog-checkpoint); extension lines may follow."""
    lines = body.split("\n")
    if len(lines) < 4 or lines[-1] != "":
        raise CheckpointError("the checkpoint body needs an origin, a size and a root hash, each on its own line")
    origin, size_text, root_text = lines[0], lines[1], lines[2]
    if not origin.strip():
        raise CheckpointError("the checkpoint origin (its first line) is empty")
    if not (size_text.isascii() and size_text.isdigit()) or (size_text != "0" and size_text.startswith("0")):
        raise CheckpointError(f"the checkpoint size {size_text[:30]!r} is not a decimal number in ASCII")
    if len(size_text) > 20 or int(size_text) > MAX_TREE_SIZE:
        raise CheckpointError(f"the checkpoint size {size_text[:30]} is larger than 2^64 - 1")
    if any(not extension for extension in lines[3:-1]):
        raise CheckpointError("the checkpoint has an empty extension line")
    try:
        root = base64.b64decode(root_text, validate=True)
    except ValueError as exc:  # binascii.Error, or a character outside ASCII
        raise CheckpointError("the checkpoint root hash is not valid base64") from exc
    if len(root) != 32:
        raise CheckpointError("the checkpoint root hash is not 32 bytes")
    return Checkpoint(origin, int(size_text), root)
