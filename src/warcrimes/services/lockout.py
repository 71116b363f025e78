"""A growing wait after repeated failed logins, per user name and per client address.

The name is counted whether or not such a user exists, so the answers never tell a guesser which
names are real. After `FREE` failures a key waits 30 s, then twice as long after each further
failure, up to 15 minutes; failures older than `WINDOW` without a new one are forgotten. A client
address gets more tries than a name (an office behind one address mistypes too), but the same
growth after them, which slows a guesser trying many names from one place.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from warcrimes.store import writes
from warcrimes.store.schema import LoginThrottleRow

FREE = {"user": 5, "client": 20}
FIRST_WAIT = dt.timedelta(seconds=30)
LONGEST_WAIT = dt.timedelta(minutes=15)
WINDOW = dt.timedelta(hours=1)


@dataclass(frozen=True)
class Attempt:
    """One login attempt's keys: the name as typed (normalised) and the client's address."""

    name: str
    user_key: str
    client_key: str

    @classmethod
    def of(cls, username: str, client: str) -> Attempt:
        name = unicodedata.normalize("NFKC", username).strip().casefold()[:128]
        return cls(name, f"user:{name}", f"client:{client[:64]}")

    @property
    def keys(self) -> tuple[str, str]:
        return (self.user_key, self.client_key)


def _aware(moment: dt.datetime | None) -> dt.datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def wait_after(failures: int, kind: str) -> dt.timedelta:
    """How long a key waits after its `failures`-th failure (zero while still free)."""
    over = failures - FREE[kind]
    if over < 0:
        return dt.timedelta(0)
    return min(FIRST_WAIT * (2 ** min(over, 20)), LONGEST_WAIT)


def refusal(rows: Mapping[str, LoginThrottleRow], now: dt.datetime) -> int:
    """Seconds until the longest wait among the attempt's keys ends (0: go ahead)."""
    waits = [locked - now for row in rows.values() if (locked := _aware(row.locked_until)) and locked > now]
    return int(max(waits).total_seconds()) + 1 if waits else 0


def register_failure(session: Session, attempt: Attempt, now: dt.datetime) -> None:
    for key, kind in ((attempt.user_key, "user"), (attempt.client_key, "client")):
        row = writes.throttle(session, key, now)
        first = _aware(row.first_failed_at)
        if row.failures and first is not None and now - first > WINDOW and \
                (_aware(row.locked_until) or now) <= now:
            row.failures, row.first_failed_at = 0, now
        row.failures = (row.failures or 0) + 1
        wait = wait_after(row.failures, kind)
        row.locked_until = now + wait if wait else None
