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
import sys
import threading
from typing import TYPE_CHECKING

from warcrimes.errors import WarcrimesError

if TYPE_CHECKING:  # loaded when a store is sealed, so the CLI's start-up stays light
    from warcrimes.custody.log import StoredCheckpoint
    from warcrimes.store import Store

_lock = threading.Lock()
_written: dict[int, Store] = {}
_enabled = False


def written(store: Store) -> None:
    """A unit of work committed entries to `store` (remembered only when sealing is enabled)."""
    if _enabled:
        with _lock:
            _written[id(store)] = store


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
        stores = list(_written.values())
        _written.clear()
    warnings = []
    for store in stores:
        try:
            seal(store)
        except (WarcrimesError, OSError) as exc:
            warnings.append(f"warning: no checkpoint was made after this command: {exc}")
    return warnings


def _seal_at_exit() -> None:
    for warning in seal_written():
        print(warning, file=sys.stderr)
