"""The checkpoint witness: every signed checkpoint also appended to a file outside the database.

Whoever can edit the database can delete checkpoints and then the entries after them, and the log
that is left still verifies. The witness (`WARCRIMES_HOME/witness/checkpoints.jsonl`, one JSON
line per checkpoint, opened O_APPEND and fsynced) keeps what was signed, so `verify` can name a
checkpoint deleted from the database and a log shorter than a checkpoint once said. A line is
written after the checkpoint's transaction commits (a rolled-back checkpoint is never witnessed),
so a crash in between leaves a checkpoint the witness lacks: a note, not a problem. Copy the file
elsewhere, or mark it append-only (`chattr +a`), to keep it out of reach of whoever holds the
database; a time-stamping authority (WARCRIMES_TSA_URL) is the witness nobody here controls.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from warcrimes.custody.timestamps import TimestampQueue, tsa_url
from warcrimes.domain.canonical import canonical_json

WITNESS_DIR = "witness"
WITNESS_FILE = "checkpoints.jsonl"
LOG = logging.getLogger(__name__)
#: Where a session keeps the checkpoints it signed until its transaction commits.
_PENDING = "warcrimes.witness.pending"


@dataclass(frozen=True)
class Witnessed:
    """One line of the witness: a checkpoint as it was signed."""

    line: int
    checkpoint_id: int
    size: int
    root: bytes
    signed_note: str
    witnessed_at: str


@dataclass
class WitnessFile:
    """What the witness holds, and the lines that could not be read (named by number)."""

    path: Path
    exists: bool = False
    records: list[Witnessed] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    torn_tail: bool = False


def witness_path(home: Path) -> Path:
    return home / WITNESS_DIR / WITNESS_FILE


def append(home: Path, checkpoint_id: int, size: int, root: bytes, signed_note: str) -> None:
    """Add one line (a single write on an O_APPEND descriptor, then fsync): never rewrites the file."""
    path = witness_path(home)
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    now = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
    line = canonical_json({"checkpoint": checkpoint_id, "size": size, "root": base64.b64encode(root).decode(),
                           "note": signed_note, "witnessed_at": now}) + b"\n"
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, line)
        os.fsync(fd)
    finally:
        os.close(fd)


def read(home: Path) -> WitnessFile:
    """Every readable line; a last line cut short (a crash while appending) is noted, not fatal."""
    path = witness_path(home)
    found = WitnessFile(path)
    if not path.is_file():
        return found
    found.exists = True
    raw = path.read_bytes()
    lines = raw.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    elif lines:
        found.torn_tail = True
        lines.pop()
    for number, text in enumerate(lines, start=1):
        try:
            parsed = json.loads(text)
            found.records.append(Witnessed(number, int(parsed["checkpoint"]), int(parsed["size"]),
                                           base64.b64decode(parsed["root"], validate=True), str(parsed["note"]),
                                           str(parsed["witnessed_at"])))
        except (ValueError, KeyError, TypeError):
            found.unreadable.append(f"line {number}")
    return found


def witness_after_commit(session: Session, home: Path, checkpoint_id: int, size: int, root: bytes,
                         signed_note: str) -> None:
    """Witness a checkpoint once `session`'s transaction commits, and queue its RFC 3161 timestamp
    when an authority is configured (services send what is queued)."""
    pending: list[tuple[int, int, bytes, str]] = session.info.setdefault(_PENDING, [])
    if not pending:
        event.listen(session, "after_commit", _flush_pending(home), once=True)
        event.listen(session, "after_rollback", _drop_pending, once=True)
    pending.append((checkpoint_id, size, root, signed_note))


def _flush_pending(home: Path) -> Any:
    def flush(session: Session) -> None:
        url = tsa_url()
        for checkpoint_id, size, root, signed_note in session.info.pop(_PENDING, []):
            try:
                append(home, checkpoint_id, size, root, signed_note)
                if url:
                    TimestampQueue(home).enqueue(checkpoint_id, signed_note)
            except OSError as exc:  # the checkpoint is committed; verify will note it unwitnessed
                LOG.warning("checkpoint %s was not witnessed in %s: %s", checkpoint_id, witness_path(home),
                            exc.strerror or exc)
    return flush


def _drop_pending(session: Session) -> None:
    session.info.pop(_PENDING, None)
