"""Who may do what: each role is a set of permissions, written once as a table.

The web app checks a route's permission on the server for every request (web/auth.py); a new
area adds its permission here and gives it to the roles that need it (the captives registry
adds `registry`, for instance), and nothing else changes.

Victims' personal data is what reports and evidence hold about people: names, ages, addresses
and faces in report texts, stored originals, evidence files and their notes. A `viewer` sees the
incidents as facts (category and number of victims, place, date, law), figures, sources'
metadata, history and the custody log, never those texts and files.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from types import MappingProxyType

#: Every permission, with what it allows (the users page and docs/web.md show these sentences).
PERMISSIONS: MappingProxyType[str, str] = MappingProxyType({
    "read": "see incidents, figures, sources' metadata, history and the custody log",
    "personal_data": "read report texts, stored originals and evidence files, which name and show people",
    "review": "confirm, reject, edit, merge and split incidents, create one from a report passage",
    "upload": "add reports and evidence files",
    "users": "add users, change their role or password, disable them",
    "settings": "change the workspace's settings",
    "registry": "see and change the captives registry's persons (names, birth dates, histories); every view "
                "of a person is recorded. Without it, the registry's figures only",
})

#: The roles, each with its permissions. Order matters only for display (least to most).
ROLE_PERMISSIONS: MappingProxyType[str, frozenset[str]] = MappingProxyType({
    "viewer": frozenset({"read"}),
    "analyst": frozenset({"read", "personal_data", "review", "upload", "registry"}),
    "admin": frozenset(PERMISSIONS),
})

ROLES = tuple(ROLE_PERMISSIONS)


def permissions_of(role: str) -> frozenset[str]:
    """The permissions of `role`; none for a role this table does not know (deny by default)."""
    return ROLE_PERMISSIONS.get(role, frozenset())


def allows(role: str, permission: str) -> bool:
    return permission in permissions_of(role)


@dataclass(frozen=True)
class User:
    """A person who may log in, as pages and commands show them (never the password hash)."""

    id: int
    username: str
    role: str
    active: bool
    created_at: dt.datetime
    password_changed_at: dt.datetime

    @property
    def permissions(self) -> frozenset[str]:
        return permissions_of(self.role) if self.active else frozenset()


@dataclass(frozen=True)
class Login:
    """Who a request comes from: the logged-in user, their permissions, and the session's CSRF token."""

    username: str
    role: str
    csrf_token: str
    expires_at: dt.datetime

    @property
    def permissions(self) -> frozenset[str]:
        return permissions_of(self.role)

    def can(self, permission: str) -> bool:
        return permission in self.permissions
