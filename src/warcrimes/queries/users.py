"""The users, for `warcrimes user list` and the admin's users page (never their password hashes)."""

from __future__ import annotations

from warcrimes.domain.access import User
from warcrimes.store import Store, convert, reads


def list_users(store: Store) -> list[User]:
    with store.transaction() as session:
        return [convert.user(r) for r in reads.user_rows(session)]
