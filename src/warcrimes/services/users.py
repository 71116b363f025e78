"""Users: add one, change a password or a role, disable one, and the first store's admin.

Each change is a unit of work with a custody entry (`user.add`, `user.passwd`, `user.role`,
`user.disable`, `user.enable`), so who was given access to the evidence, and by whom, is
proven like everything else. Entries name the user and the role, never a password or its hash.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from warcrimes.domain.access import ROLES, User
from warcrimes.errors import BadInputError
from warcrimes.services import passwords
from warcrimes.services.unit import UnitOfWork, unit_of_work
from warcrimes.store import Store, convert, reads, writes
from warcrimes.store.schema import UserRow, utcnow

#: Names the custody log already uses for the software's own decisions.
RESERVED_NAMES = frozenset({"linker", "system", "setup", "anonymous"})
NAME_PUNCTUATION = frozenset("._-")
FIRST_ADMIN = "admin"
#: Who the custody log names for the first admin, made when the store had no user yet.
SETUP_ACTOR = "setup"


def user_name(raw: str) -> str:
    """A user name as stored: NFKC, lower case, 2-64 letters, digits and . _ -; else BadInputError."""
    name = unicodedata.normalize("NFKC", raw).strip().casefold()
    if not 2 <= len(name) <= 64 or not all(c.isalnum() or c in NAME_PUNCTUATION for c in name) \
            or not name[0].isalnum():
        raise BadInputError(f"user name {raw[:70]!r} cannot be used; use 2 to 64 letters, digits, '.', '_' "
                            "or '-', starting with a letter or digit")
    if name in RESERVED_NAMES:
        raise BadInputError(f"user name {name!r} is reserved for the software's own entries in the custody "
                            "log; choose another")
    return name


def role_name(raw: str) -> str:
    role = raw.strip().lower()
    if role not in ROLES:
        raise BadInputError(f"role {raw[:40]!r} is not one of {', '.join(ROLES)}")
    return role


def _note(work: UnitOfWork, action: str, row: UserRow) -> None:
    work.record(f"user.{action}", f"user:{row.username}", {"username": row.username, "role": row.role,
                                                          "active": row.active})


def add_user(store: Store, username: str, password: str, role: str, *, actor: str) -> User:
    """A new user who may log in with `password` (checked for length, stored as its hash)."""
    name, role = user_name(username), role_name(role)
    hashed = passwords.hash_password(passwords.check_strength(password))
    with unit_of_work(store, actor) as work:
        if reads.user_by_name(work.session, name) is not None:
            raise BadInputError(f"user {name!r} already exists; change their password with "
                                f"`warcrimes user passwd {name}`")
        row = writes.add_user(work.session, name, hashed, role)
        _note(work, "add", row)
        return convert.user(row)


def set_password(store: Store, username: str, password: str, *, actor: str) -> User:
    """A new password; every session of the user ends (whoever knew the old one is logged out)."""
    hashed = passwords.hash_password(passwords.check_strength(password))
    with unit_of_work(store, actor) as work:
        row = reads.require_user(work.session, user_name(username))
        row.password_hash = hashed
        row.password_changed_at = utcnow()
        writes.end_sessions(work.session, user_id=row.id)
        _note(work, "passwd", row)
        return convert.user(row)


def _keep_an_admin(work: UnitOfWork, row: UserRow, was_admin: bool) -> None:
    """Refuse a change that takes away the last active admin: nobody could manage users any more."""
    work.session.flush()
    if was_admin and not any(u.active and u.role == "admin" for u in reads.user_rows(work.session)):
        raise BadInputError(f"{row.username} is the last active admin; make another user admin first")


def set_role(store: Store, username: str, role: str, *, actor: str) -> User:
    role = role_name(role)
    with unit_of_work(store, actor) as work:
        row = reads.require_user(work.session, user_name(username))
        was_admin = row.active and row.role == "admin"
        row.role = role
        _keep_an_admin(work, row, was_admin)
        writes.end_sessions(work.session, user_id=row.id)
        _note(work, "role", row)
        return convert.user(row)


def set_active(store: Store, username: str, active: bool, *, actor: str) -> User:
    """Disable a user (their sessions end at once; their name stays in the log) or enable them again."""
    with unit_of_work(store, actor) as work:
        row = reads.require_user(work.session, user_name(username))
        was_admin = row.active and row.role == "admin"
        row.active = active
        if not active:
            _keep_an_admin(work, row, was_admin)
            writes.end_sessions(work.session, user_id=row.id)
        _note(work, "enable" if active else "disable", row)
        return convert.user(row)


@dataclass(frozen=True)
class FirstAdmin:
    """The admin made for a store without users; `shown_password` is the random one, to show once."""

    username: str
    shown_password: str | None


def ensure_first_admin(store: Store, password: str | None) -> FirstAdmin | None:
    """On a store without users, add `admin` with `password` (WARCRIMES_ADMIN_PASSWORD), or with a
    random one returned to be shown once; None when the store already has users."""
    with store.transaction() as session:
        if reads.count_users(session):
            return None
    chosen = password or passwords.random_password()
    if not chosen.strip():
        raise BadInputError("WARCRIMES_ADMIN_PASSWORD is blank; set a password or unset it for a random one")
    hashed = passwords.hash_password(chosen)
    with unit_of_work(store, SETUP_ACTOR) as work:
        if reads.count_users(work.session):  # another process was quicker
            return None
        _note(work, "add", writes.add_user(work.session, FIRST_ADMIN, hashed, "admin"))
    return FirstAdmin(FIRST_ADMIN, None if password else chosen)
