"""The log's Ed25519 signing key: made on first use, kept with mode 0600, its public half exportable."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from warcrimes.errors import ConfigError

KEY_FILE = "custody-ed25519.pem"


class KeyPermissionError(ConfigError):
    """The private key file can be read by others than its owner."""


def key_path(home: Path) -> Path:
    return home / "keys" / KEY_FILE


def signing_key(home: Path) -> Ed25519PrivateKey:
    """The log's private key under WARCRIMES_HOME/keys, created (mode 0600) if there is none yet."""
    path = key_path(home)
    if not path.exists():
        _create(path)
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise KeyPermissionError(f"the custody signing key {path} has mode {mode:o}; others could read it. "
                                 f"Run `chmod 600 {path}` and check who has seen it.")
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ConfigError(f"{path} is not an Ed25519 private key; move it away and a new key is made.")
    return key


def public_key(home: Path) -> Ed25519PublicKey:
    return signing_key(home).public_key()


def raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_pem(key: Ed25519PublicKey) -> str:
    return key.public_bytes(serialization.Encoding.PEM,
                            serialization.PublicFormat.SubjectPublicKeyInfo).decode("ascii")


def _create(path: Path) -> None:
    """Write a new key whole to a temporary file, then link it into place: two processes starting at
    once cannot both make one (link never replaces), and neither can read a half-written key."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    temp = path.with_name(f".{path.name}.{os.getpid()}.part")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(pem)
            out.flush()
            os.fsync(out.fileno())
        with contextlib.suppress(FileExistsError):
            os.link(temp, path)
    finally:
        temp.unlink(missing_ok=True)
