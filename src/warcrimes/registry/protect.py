"""Personal fields encrypted at rest (AES-256-GCM) and a blind index to find them without clear names.

A ciphertext is a token `wcf1.<key id>.<base64url(nonce | ciphertext | tag)>`: the key id lets a
registry hold tokens of several keys while it rotates (docs/registry.md, "Key rotation"). The
associated data binds each token to its key id and to a context (`person:<id>`), so a token copied
onto another person's row does not decrypt. The blind index is HMAC-SHA-256 under a separate key
over the matching keys of a name (registry.blocking), so a search in any spelling finds the rows
without a name stored in clear. Messages and reprs never hold a key, a token or a plaintext.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from warcrimes.errors import WarcrimesError

TOKEN_PREFIX = "wcf1"
KEY_BYTES = 32
NONCE_BYTES = 12
INDEX_HEX = 32  # 128 bits of the HMAC: collisions stay negligible, rows stay small


class FieldCryptoError(WarcrimesError):
    """A personal field cannot be decrypted or encrypted; the message names no value."""


@dataclass(frozen=True, repr=False)
class FieldKeys:
    """The AES keys by id, the one new tokens use, and the blind-index HMAC key."""

    active: str
    keys: Mapping[str, bytes]
    index_key: bytes

    def __post_init__(self) -> None:
        if self.active not in self.keys:
            raise FieldCryptoError(f"the active field key {self.active!r} is not among the keys")
        if any(len(k) != KEY_BYTES for k in (*self.keys.values(), self.index_key)):
            raise FieldCryptoError(f"every registry key must be {KEY_BYTES} bytes")
        if any("." in kid or not kid for kid in self.keys):
            raise FieldCryptoError("a key id must be non-empty and hold no dot")

    def __repr__(self) -> str:
        return f"FieldKeys(active={self.active!r}, key_ids={sorted(self.keys)})"

    @cached_property
    def index_mac(self) -> hmac.HMAC:
        """The blind index's HMAC with its key set, copied for each term (a tenth of the cost of a new one)."""
        return hmac.new(self.index_key, digestmod=hashlib.sha256)


def new_keys(key_id: str = "k1") -> FieldKeys:
    """Fresh random keys (the keyring file calls this on first use)."""
    return FieldKeys(key_id, {key_id: AESGCM.generate_key(bit_length=256)}, os.urandom(KEY_BYTES))


def _aad(key_id: str, context: str) -> bytes:
    return f"{TOKEN_PREFIX}|{key_id}|{context}".encode()


def encrypt_field(keys: FieldKeys, plaintext: str, context: str) -> str:
    """Encrypt one value under the active key, bound to `context` (e.g. person:<id>)."""
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(keys.keys[keys.active]).encrypt(nonce, plaintext.encode("utf-8"), _aad(keys.active, context))
    body = base64.urlsafe_b64encode(nonce + sealed).decode("ascii").rstrip("=")
    return f"{TOKEN_PREFIX}.{keys.active}.{body}"


def key_id_of(token: str) -> str:
    """The id of the key a token was made with."""
    parts = token.split(".")
    if len(parts) != 3 or parts[0] != TOKEN_PREFIX:
        raise FieldCryptoError("not a registry field token")
    return parts[1]


def decrypt_field(keys: FieldKeys, token: str, context: str) -> str:
    """Decrypt a token made for `context`; refuse a foreign, damaged or moved one."""
    key_id = key_id_of(token)
    if key_id not in keys.keys:
        raise FieldCryptoError(f"a field was encrypted with key {key_id!r}, which the keyring no longer holds; "
                               "restore that key from the backup of WARCRIMES_HOME/keys")
    body = token.split(".")[2]
    try:
        raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        plain = AESGCM(keys.keys[key_id]).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], _aad(key_id, context))
    except (InvalidTag, ValueError, binascii.Error):
        raise FieldCryptoError("a personal field failed its integrity check (damaged, or moved from another "
                               "record); restore the row from a backup") from None
    return plain.decode("utf-8")


def reencrypt(keys: FieldKeys, token: str, context: str) -> str:
    """The same value under the active key (rotation); a token already under it is returned as it is."""
    if key_id_of(token) == keys.active:
        return token
    return encrypt_field(keys, decrypt_field(keys, token, context), context)


def seal_bytes(keys: FieldKeys, content: bytes, context: str) -> bytes:
    """A whole file (an imported list) encrypted for the vault: b"wcf1.<key id>." + nonce + ciphertext."""
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(keys.keys[keys.active]).encrypt(nonce, content, _aad(keys.active, context))
    return f"{TOKEN_PREFIX}.{keys.active}.".encode("ascii") + nonce + sealed


def open_bytes(keys: FieldKeys, sealed: bytes, context: str) -> bytes:
    """The file back; refuses a foreign, damaged or moved one like `decrypt_field`."""
    head, _, rest = sealed.partition(b".")
    key_id, _, body = rest.partition(b".")
    if head != TOKEN_PREFIX.encode("ascii") or not key_id:
        raise FieldCryptoError("not a sealed registry file")
    kid = key_id.decode("ascii", "replace")
    if kid not in keys.keys:
        raise FieldCryptoError(f"a file was sealed with key {kid!r}, which the keyring no longer holds")
    try:
        return AESGCM(keys.keys[kid]).decrypt(body[:NONCE_BYTES], body[NONCE_BYTES:], _aad(kid, context))
    except (InvalidTag, ValueError):
        raise FieldCryptoError("a sealed file failed its integrity check; restore it from a backup") from None


def seal(keys: FieldKeys, fields: Mapping[str, object], context: str) -> str:
    """Encrypt a record's personal fields together as one JSON token."""
    return encrypt_field(keys, json.dumps(fields, ensure_ascii=False, sort_keys=True), context)


def unseal(keys: FieldKeys, token: str, context: str) -> dict[str, object]:
    value = json.loads(decrypt_field(keys, token, context))
    if not isinstance(value, dict):
        raise FieldCryptoError("a sealed record is not an object")
    return value


def blind_index(keys: FieldKeys, term: str) -> str:
    """HMAC-SHA-256 of a matching term under the index key (hex, 128 bits): equal terms, equal index."""
    mac = keys.index_mac.copy()
    mac.update(term.encode("utf-8"))
    return mac.hexdigest()[:INDEX_HEX]
