"""Sessions kept on the server: the login form's, a logged-in person's, their expiry, and logins.

The browser holds a random token; the table holds its SHA-256, the user, the CSRF token of the
synchroniser pattern, and when it ends. A session ends after `IDLE` without a request or
`ABSOLUTE` after login whatever the activity. Logging in always starts a new session (the login
form's one is dropped), so a token planted before login is worth nothing after it.

Session bookkeeping is not a change to the evidence: no custody entry, only a transaction here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import secrets
import threading
from dataclasses import dataclass, replace

from warcrimes.domain.access import Login
from warcrimes.errors import LoginRefused
from warcrimes.services import passwords
from warcrimes.services.lockout import Attempt, refusal, register_failure
from warcrimes.store import Store, reads, versioning, writes
from warcrimes.store.schema import SessionRow, utcnow

log = logging.getLogger("warcrimes.login")

IDLE = dt.timedelta(hours=2)
ABSOLUTE = dt.timedelta(hours=12)
#: A login form left open this long asks for a fresh one.
ANONYMOUS = dt.timedelta(hours=1)
#: last_seen_at is written at most this often, so reading a page is not a write each time.
TOUCH_EVERY = dt.timedelta(minutes=1)
WRONG = "wrong user name or password"


@dataclass(frozen=True)
class Started:
    """A new session: the token for the cookie (shown nowhere else) and its CSRF token."""

    token: str
    csrf_token: str
    expires_at: dt.datetime


@dataclass(frozen=True)
class Visit:
    """What a request's cookie names: its CSRF token, the person when logged in, and the store's
    data version read in the same transaction (before any page reads its data: web/page_cache.py)."""

    csrf_token: str
    login: Login | None
    data_version: int = 0
    #: When the session was last marked seen (after this request's touch) and when it ends.
    seen_at: dt.datetime | None = None
    ends_at: dt.datetime | None = None


def key_of(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def aware(moment: dt.datetime) -> dt.datetime:
    """SQLite hands datetimes back without their zone; every one stored here is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _new(user_id: int | None, now: dt.datetime) -> tuple[Started, SessionRow]:
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    ends = now + (ABSOLUTE if user_id is not None else ANONYMOUS)
    row = SessionRow(id=key_of(token), user_id=user_id, csrf_token=csrf, created_at=now, last_seen_at=now,
                     expires_at=ends)
    return Started(token, csrf, ends), row


def start(store: Store) -> Started:
    """A session for the login form: only its CSRF token, no person yet."""
    now = utcnow()
    started, row = _new(None, now)
    with store.transaction() as session:
        writes.purge_sessions(session, now, now - IDLE, now - ANONYMOUS)
        writes.add_session(session, row)
    return started


def visit(store: Store, token: str | None, now: dt.datetime | None = None) -> Visit | None:
    """The session `token` names, if it is still open (its user active); None otherwise."""
    if not token or len(token) > 256:
        return None
    now = now or utcnow()
    with store.transaction() as session:
        row = reads.session_seen(session, key_of(token))
        if row is None:
            return None
        if aware(row.expires_at) <= now or aware(row.last_seen_at) <= now - IDLE:
            writes.end_sessions(session, key=row.key)
            return None
        if row.user_id is not None and not row.active:
            writes.end_sessions(session, key=row.key)
            return None
        seen = aware(row.last_seen_at)
        if now - seen >= TOUCH_EVERY:
            writes.touch_session(session, row.key, now)
            seen = now
        login = (Login(row.username, row.role, row.csrf_token, aware(row.expires_at))
                 if row.user_id is not None and row.username and row.role else None)
        return Visit(row.csrf_token, login, versioning.data_version(session), seen, aware(row.expires_at))


class KnownSessions:
    """Logged-in sessions this process has read, per data version: a request whose session is known
    skips the session's read (a transaction and a worker thread; ~0.4-0.9 ms of CPU a request).

    A known session is used only while the data version it was read under is the store's version
    now (the caller reads that per request), it has not ended, and it needs no touch (so at most
    `TOUCH_EVERY` after its last read). Every write that could end or change it raises the version:
    a user disabled, their role or password changed (the users table's triggers), a session ended
    by logout or login (writes.end_sessions), in any process.
    """

    def __init__(self, size: int = 4096) -> None:
        self._known: dict[str, Visit] = {}
        self._version = -1
        self._size = size
        self._lock = threading.Lock()

    def get(self, token: str | None, version: int, now: dt.datetime | None = None) -> Visit | None:
        """The session `token` names as read under `version`, if it may be used without a read."""
        if not token:
            return None
        with self._lock:
            if version != self._version:
                self._known.clear()
                self._version = max(version, self._version)
                return None
            known = self._known.get(token)
        if known is None or known.seen_at is None or known.ends_at is None:
            return None
        now = now or utcnow()
        if now >= known.ends_at or now - known.seen_at >= TOUCH_EVERY:
            return None
        return known

    def keep(self, token: str, found: Visit, version: int) -> None:
        """Keep a logged-in session read after `version` was read (a change after it raises the version)."""
        if found.login is None:
            return
        with self._lock:
            if version != self._version:
                return
            if len(self._known) >= self._size:
                self._known.clear()
            self._known[token] = replace(found, data_version=version)

    def forget(self, token: str | None) -> None:
        """A session ended by this process (logout): not used again even before the version moves."""
        if token:
            with self._lock:
                self._known.pop(token, None)


def login(store: Store, previous: str | None, username: str, password: str, client: str,
          now: dt.datetime | None = None) -> tuple[Started, Login]:
    """Check the password and open a new session for the user, ending `previous` (the login form's).

    Refusals say the same for a wrong password and for a user who does not exist; after repeated
    failures for the name or from the client's address, attempts wait (services/lockout.py)."""
    now = now or utcnow()
    attempt = Attempt.of(username, client)
    with store.transaction() as session:
        wait = refusal(reads.throttle_rows(session, attempt.keys), now)
        row = reads.user_by_name(session, attempt.name)
        stored_hash = row.password_hash if row is not None and row.active else None
    if wait:
        raise LoginRefused(f"too many failed logins for this user name or from this address; try again in "
                           f"{_spell(wait)}", retry_after=wait)
    if not passwords.verify(stored_hash, password) or row is None:
        with store.transaction() as session:
            register_failure(session, attempt, now)
        log.warning("failed login from %s", client)  # never the name typed: it may be a password
        raise LoginRefused(WRONG)
    fresh = passwords.hash_password(password) if passwords.needs_rehash(row.password_hash) else None
    started, new_row = _new(row.id, now)
    with store.transaction() as session:
        user = reads.require_user(session, row.username)
        if fresh:
            user.password_hash = fresh
        if previous:
            writes.end_sessions(session, key=key_of(previous))
        writes.clear_throttle(session, attempt.user_key)
        writes.add_session(session, new_row)
    log.info("%s logged in from %s", row.username, client)
    return started, Login(row.username, row.role, started.csrf_token, started.expires_at)


def open_session(store: Store, username: str) -> Started:
    """A logged-in session for `username` without a password: for scripts and tests that already
    know who is acting (the web's only way in is `login`)."""
    now = utcnow()
    with store.transaction() as session:
        user = reads.require_user(session, username)
        started, row = _new(user.id, now)
        writes.add_session(session, row)
    return started


def logout(store: Store, token: str | None) -> None:
    if token:
        with store.transaction() as session:
            writes.end_sessions(session, key=key_of(token))


def _spell(seconds: int) -> str:
    minutes = -(-seconds // 60)
    return f"{seconds} seconds" if seconds < 90 else f"{minutes} minutes"
