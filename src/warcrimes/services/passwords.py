"""Passwords: argon2id hashes (RFC 9106), checked in constant work whether or not the user exists.

argon2-cffi's defaults are RFC 9106's second recommended option (t=3, m=64 MiB, p=4); measured
~0.35 s a hash on the project's 2-core machine under load. At most two hashes run at once, so a
burst of logins cannot take the server's memory (64 MiB each).
"""

from __future__ import annotations

import secrets
import threading

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from warcrimes.errors import BadInputError

#: The hasher in use; its parameters travel inside each hash, so raising them later re-hashes
#: each password at its owner's next login (`needs_rehash`).
HASHER = PasswordHasher()
#: Passwords a person chooses: NIST SP 800-63B asks for at least 8; we ask 12, and bound the
#: length so a megabyte "password" cannot be used to burn CPU.
MIN_LENGTH = 12
MAX_LENGTH = 1024
_AT_ONCE = threading.BoundedSemaphore(2)
#: Verified when the user does not exist, so the answer takes as long as for a real one.
_DUMMY: list[str] = []


def check_strength(password: str, *, what: str = "the password") -> str:
    """`password` unchanged, or BadInputError saying why it cannot be used (never echoing it)."""
    if len(password) < MIN_LENGTH:
        raise BadInputError(f"{what} is {len(password)} characters long; use at least {MIN_LENGTH} "
                            "(a few unrelated words are easy to remember)")
    if len(password) > MAX_LENGTH:
        raise BadInputError(f"{what} is longer than {MAX_LENGTH} characters")
    return password


def hash_password(password: str) -> str:
    with _AT_ONCE:
        return HASHER.hash(password)


def verify(password_hash: str | None, password: str) -> bool:
    """True when `password` matches; a missing or damaged hash costs the same and is False."""
    if len(password) > MAX_LENGTH:
        return False
    with _AT_ONCE:
        if password_hash is None:
            if not _DUMMY:
                _DUMMY.append(HASHER.hash(secrets.token_urlsafe(16)))
            password_hash, password = _DUMMY[0], password + "\x00"
        try:
            return HASHER.verify(password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False


def needs_rehash(password_hash: str) -> bool:
    return HASHER.check_needs_rehash(password_hash)


def random_password() -> str:
    """A password for the first admin when none is given: 24 URL-safe characters (~143 bits)."""
    return secrets.token_urlsafe(18)
