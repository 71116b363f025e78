"""The registry's keys on disk, beside the custody signing key: WARCRIMES_HOME/keys/registry-fields.json.

Made on first use with mode 0600 in a 0700 folder; refused if others can read it. Rotation adds a
key and makes it the active one; old keys stay until no token uses them (docs/registry.md).
Writes are atomic (temporary file, fsync, rename). This is the registry's one module that touches
files.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import stat
from functools import lru_cache
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from warcrimes.errors import ConfigError
from warcrimes.registry.protect import FieldKeys, new_keys

KEYRING_FILE = "registry-fields.json"


class KeyringError(ConfigError):
    """The registry keyring is missing a key, unreadable, or readable by others."""


def keyring_path(home: Path) -> Path:
    return home / "keys" / KEYRING_FILE


def _encode(keys: FieldKeys) -> bytes:
    doc = {"version": 1, "active": keys.active,
           "keys": {kid: base64.b64encode(k).decode("ascii") for kid, k in sorted(keys.keys.items())},
           "index_key": base64.b64encode(keys.index_key).decode("ascii")}
    return json.dumps(doc, indent=1).encode("utf-8")


def _decode(path: Path, raw: bytes) -> FieldKeys:
    try:
        doc = json.loads(raw)
        return FieldKeys(doc["active"], {kid: base64.b64decode(k) for kid, k in doc["keys"].items()},
                         base64.b64decode(doc["index_key"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise KeyringError(f"{path} is damaged ({type(exc).__name__}); restore it from the backup of the keys "
                           "folder. Without it the registry's personal fields cannot be read.") from None


def _write(path: Path, keys: FieldKeys, *, exclusive: bool) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    target = path if exclusive else path.with_name(path.name + ".tmp")
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if exclusive else os.O_TRUNC)
    fd = os.open(target, flags, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(_encode(keys))
        out.flush()
        os.fsync(out.fileno())
    if not exclusive:
        os.replace(target, path)


def field_keys(home: Path) -> FieldKeys:
    """The registry's keys, created on first use; refused if the file is readable by others."""
    path = keyring_path(home)
    if not path.exists():
        with contextlib.suppress(FileExistsError):  # another process made it first: read theirs
            _write(path, new_keys(), exclusive=True)
    status = path.stat()
    mode = stat.S_IMODE(status.st_mode)
    if mode & 0o077:
        raise KeyringError(f"the registry keyring {path} has mode {mode:o}; others could read it. "
                           f"Run `chmod 600 {path}` and check who has seen it.")
    return _read(path, status.st_ino, status.st_mtime_ns, status.st_size)


@lru_cache(maxsize=8)
def _read(path: Path, inode: int, modified_ns: int, size: int) -> FieldKeys:
    """The keyring as last read while the file stays the same one (rotation writes a new file): a web
    process searching often reads and decodes it once, and keeps its cipher objects."""
    return _decode(path, path.read_bytes())


def rotate(home: Path) -> FieldKeys:
    """Add a new key and make it the active one; returns the new keyring."""
    keys = field_keys(home)
    number = 1 + max(int(kid[1:]) for kid in keys.keys if kid[1:].isdecimal())
    new_id = f"k{number}"
    rotated = FieldKeys(new_id, {**keys.keys, new_id: AESGCM.generate_key(bit_length=256)}, keys.index_key)
    _write(keyring_path(home), rotated, exclusive=False)
    return rotated


def retire(home: Path, key_id: str) -> FieldKeys:
    """Drop an old key once no token uses it (the caller has checked with protect.key_id_of)."""
    keys = field_keys(home)
    if key_id == keys.active:
        raise KeyringError(f"key {key_id!r} is the active key; rotate first, re-encrypt, then retire it.")
    if key_id not in keys.keys:
        raise KeyringError(f"the registry keyring holds no key {key_id!r}; it holds {sorted(keys.keys)}.")
    remaining = FieldKeys(keys.active, {k: v for k, v in keys.keys.items() if k != key_id}, keys.index_key)
    _write(keyring_path(home), remaining, exclusive=False)
    return remaining
