"""The automatic checkpoint: at the end of every command that wrote, the log is signed as it is.

Entries made after the last checkpoint are protected by nothing: deleted from the end of the
log, they leave a log that still verifies. So each unit of work marks its store as written when
it commits (services/unit.py), and the command line seals every store it wrote to when it exits
(`enable_at_exit`, called once by the CLI's entry point): one checkpoint per command, witnessed
outside the database (custody/witness.py) and time-stamped when an authority is configured. A
batch of 1,000 reports therefore costs one checkpoint, not 1,000. A command killed outright
makes none; the next command that writes covers its entries.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from typing import TYPE_CHECKING

from warcrimes.errors import WarcrimesError

if TYPE_CHECKING:  # loaded when a store is sealed, so the CLI's start-up stays light
    from warcrimes.config import Settings
    from warcrimes.custody.log import StoredCheckpoint
    from warcrimes.store import Store

_lock = threading.Lock()
#: The settings of each store written (a command's store object is gone by the time it exits).
_written: dict[tuple[str, str], Settings] = {}
_enabled = False


def written(store: Store) -> None:
    """A unit of work committed entries to `store` (remembered only when sealing is enabled)."""
    if _enabled:
        with _lock:
            _written[(str(store.settings.home), store.settings.database_url)] = store.settings


def enable_at_exit() -> None:
    """Seal every store this process writes to when it exits (the CLI calls this once)."""
    global _enabled
    if not _enabled:
        _enabled = True
        atexit.register(_seal_at_exit)


def seal(store: Store) -> StoredCheckpoint | None:
    """Sign a checkpoint unless the latest one already covers the whole log; send queued timestamps."""
    from warcrimes.custody.log import CustodyLog, lock_writers

    log = CustodyLog(store.settings.home)
    with store.transaction() as session:
        lock_writers(session)
        size = log.size(session)
        latest = log.latest_checkpoint(session)
        if size == 0 or (latest is not None and latest.size >= size):
            return None
        point = log.checkpoint(session)
    send_timestamps(store)
    return point


def send_timestamps(store: Store) -> None:
    """Send the RFC 3161 requests waiting under WARCRIMES_HOME/timestamps when an authority is set."""
    from warcrimes.custody.timestamps import TimestampQueue, tsa_url

    url = tsa_url()
    if url:
        TimestampQueue(store.settings.home).send(url)


def seal_written() -> list[str]:
    """Seal every store written since the last call; a one-line warning for each that could not be."""
    with _lock:
        written_to = list(_written.values())
        _written.clear()
    if not written_to:
        return []  # a command that wrote nothing (`warcrimes extract`) does not import the store at exit (0.45 s)
    from warcrimes.store import open_store

    warnings = []
    for settings in written_to:
        database = settings.database_url.removeprefix("sqlite:///")
        if settings.is_sqlite and not os.path.exists(database):  # gone with its folder (a test's)
            continue
        try:
            store = open_store(settings, migrate=False)
            try:
                seal(store)
            finally:
                store.engine.dispose()
        except (WarcrimesError, OSError) as exc:
            warnings.append(f"warning: no checkpoint was made after this command: {exc}")
        except Exception as exc:  # noqa: BLE001 - at exit the database may be gone: say so in one line
            first = (str(exc).splitlines() or [type(exc).__name__])[0][:200]
            warnings.append(f"warning: no checkpoint was made after this command: {first}")
    return warnings


def _seal_at_exit() -> None:
    for warning in seal_written():
        print(warning, file=sys.stderr)
