"""The custody log: an append-only table of entries that is also an RFC 9162 Merkle tree.

Every state change appends one entry inside the transaction that makes the change, so the
change and its record commit or vanish together. Interior nodes are stored as they complete,
which makes roots and proofs a handful of reads at any size.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from typing import cast as typed

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import (
    Integer,
    String,
    Table,
    bindparam,
    cast,
    column,
    func,
    literal,
    select,
    table,
    text,
    union_all,
)
from sqlalchemy.orm import Session

from warcrimes.custody import checkpoint as notes
from warcrimes.custody import keys, merkle, witness
from warcrimes.custody.trusted import signer_names, trusted_keys
from warcrimes.domain.canonical import canonical_json, entry_bytes
from warcrimes.errors import BadInputError, ConfigError, NotFoundError
from warcrimes.store.prepared import Prepared
from warcrimes.store.schema import (
    AccountRow,
    CheckpointRow,
    CustodyEntryRow,
    CustodyNodeRow,
    EvidenceIncidentRow,
    EvidenceRow,
    ReportRow,
)
from warcrimes.store.writes import insert_many

RAW_ENTRIES = table("custody_entries", *(column(name) for name in (
    "id", "recorded_at", "actor", "action", "subject", "details", "leaf_hash")))
NODES = typed(Table, CustodyNodeRow.__table__)
#: Serialises appenders on PostgreSQL. On SQLite one writer holds the database at a time; an
#: appender that read a stale size fails on the primary key and rolls back: never a fork.
_PG_APPEND_LOCK = 0x77637573


def lock_writers(session: Session) -> None:
    """Make the caller's transaction the only writer until it ends, before it reads anything.

    A unit of work decides on what it reads (is this report stored? which incident does this
    account join? how long is the log?), so two at once must not both read the old state: two
    ingests of one file would both store it (an IntegrityError on reports.content_hash), two
    linkers would open two incidents for one event. SQLite: BEGIN IMMEDIATE takes the write lock
    first (others wait up to the busy timeout); PostgreSQL: the appenders' advisory lock.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_APPEND_LOCK})
    elif session.get_bind().dialect.name == "sqlite":
        session.execute(text("BEGIN IMMEDIATE"))


def read_snapshot(session: Session) -> None:
    """Make every read of the caller's transaction see one moment of the database, while writers go
    on (verify of a store in use: rows and the entries that recorded them from the same moment).
    PostgreSQL: REPEATABLE READ; SQLite (WAL): a transaction begun before the first read."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
    elif session.get_bind().dialect.name == "sqlite":
        session.execute(text("BEGIN"))


def utc_stamp() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class Change:
    """A state change to log: what was done, to which object (usually its SHA-256), by whom."""

    action: str
    subject: str
    details: dict[str, Any] = field(default_factory=dict)
    actor: str = "system"


@dataclass(frozen=True)
class Entry:
    """One logged change; `index` is its leaf position, `canonical()` the bytes that leaf hashes."""

    index: int
    recorded_at: str
    actor: str
    action: str
    subject: str
    details: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "recorded_at": self.recorded_at, "actor": self.actor,
                "action": self.action, "subject": self.subject, "details": self.details}

    def canonical(self) -> bytes:
        return canonical_json(self.to_dict())

    def leaf_hash(self) -> bytes:
        return merkle.leaf_hash(self.canonical())

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Entry:
        return cls(raw["index"], raw["recorded_at"], raw["actor"], raw["action"], raw["subject"],
                   raw["details"])


@dataclass(frozen=True)
class StoredCheckpoint:
    id: int
    size: int
    root: bytes
    signed_note: str


def entry_of(row: Any) -> Entry:
    return Entry(row.id, row.recorded_at, row.actor, row.action, row.subject, row.details)


def node_reader(session: Session) -> merkle.NodeReader:
    """Perfect-subtree hashes from the database: leaves from entries, interior nodes from custody_nodes."""

    def read(keys_wanted: Sequence[merkle.NodeKey]) -> dict[merkle.NodeKey, bytes]:
        found: dict[merkle.NodeKey, bytes] = {}
        leaves = sorted({p for level, p in keys_wanted if level == 0})
        inner = sorted({k for k in keys_wanted if k[0] > 0})
        if leaves:
            leaf_rows = session.execute(select(CustodyEntryRow.id, CustodyEntryRow.leaf_hash)
                                        .where(CustodyEntryRow.id.in_(leaves)))
            found.update({(0, i): h for i, h in leaf_rows})
        by_level: dict[int, list[int]] = defaultdict(list)
        for level, position in inner:
            by_level[level].append(position)
        for level, positions in by_level.items():  # one indexed lookup per level: O(log n) rows read
            rows = session.execute(select(CustodyNodeRow.position, CustodyNodeRow.hash).where(
                CustodyNodeRow.level == level, CustodyNodeRow.position.in_(positions)))
            found.update({(level, p): h for p, h in rows})
        missing = [k for k in keys_wanted if k not in found]
        if missing:
            raise LogDamagedError(f"the custody log is missing tree nodes {missing[:3]}; "
                                  "run `warcrimes verify` to see what was removed")
        return found

    return read


class LogDamagedError(BadInputError):
    """The stored tree cannot answer: rows were removed or never written."""


class MissingKeyError(ConfigError):
    """The signing key is gone while checkpoints it signed remain."""


def own_checkpoints(session: Session, home: Path) -> int:
    """How many checkpoints (in the database or the witness) no trusted foreign key signed: this
    installation's own, which only its own key can have signed."""
    foreign = {key.name for key in trusted_keys(home)}
    notes_seen = set(session.scalars(select(CheckpointRow.signed_note)))
    notes_seen.update(record.signed_note for record in witness.read(home).records)
    return sum(1 for note in notes_seen if not foreign & set(signer_names(note)))


#: Made once: every incident page asks it, and building the statement costs about what running it does.
#: Rows of the table's columns (Core), not ORM objects: an entry is only read here, and the incident
#: page reads them on every build.
_ENTRIES_ABOUT = Prepared(select(CustodyEntryRow.__table__)
                          .where(CustodyEntryRow.__table__.c.subject.in_(bindparam("subjects", expanding=True)))
                          .order_by(CustodyEntryRow.__table__.c.id), "CustodyEntryLine")
_ACCOUNTS, _REPORTS, _EVIDENCE, _EVIDENCE_LINKS = (AccountRow.__table__, ReportRow.__table__, EvidenceRow.__table__,
                                                   EvidenceIncidentRow.__table__)
#: The entries about an incident, its reports and its evidence (`entries_about` of their subjects), found by
#: the incident's id alone: the incident page sends it in the same round trip as the reads it would
#: otherwise wait for to learn the reports' and evidence's hashes (docs/web.md "Sixth pass").
ENTRIES_ABOUT_INCIDENT = Prepared(
    select(CustodyEntryRow.__table__)
    .where(CustodyEntryRow.__table__.c.subject.in_(union_all(
        select(_REPORTS.c.content_hash).join(_ACCOUNTS, _ACCOUNTS.c.report_id == _REPORTS.c.id)
        .where(_ACCOUNTS.c.incident_id == bindparam("incident")),
        select(_EVIDENCE.c.content_hash).join(_EVIDENCE_LINKS, _EVIDENCE_LINKS.c.evidence_id == _EVIDENCE.c.id)
        .where(_EVIDENCE_LINKS.c.incident_id == bindparam("incident")),
        select(literal("incident:") + cast(bindparam("incident", type_=Integer), String)))))
    .order_by(CustodyEntryRow.__table__.c.id), "CustodyEntryLine")


class CustodyLog:
    """Appends entries, makes signed checkpoints and proofs. Implements the store's CustodyRecorder."""

    def __init__(self, home: Path, *, clock: Callable[[], str] = utc_stamp) -> None:
        self.home = home
        self.clock = clock

    # --- appending -----------------------------------------------------------------------

    def append(self, session: Session, *, action: str, subject: str, details: dict[str, Any],
               actor: str) -> Entry:
        return self.append_many(session, [Change(action, subject, details, actor)])[0]

    def append_many(self, session: Session, changes: Iterable[Change], *, stamp: str | None = None) -> list[Entry]:
        """Append changes in order, in the caller's transaction (one frontier read for the whole batch),
        all dated `stamp` (default: now)."""
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_APPEND_LOCK})
        size = self.size(session)
        edge = merkle.pieces(0, size)
        found = node_reader(session)(edge) if edge else {}
        frontier = merkle.Frontier(size, [found[k] for k in edge])
        entries: list[Entry] = []
        rows: list[tuple[int, str, str, str, str, str, bytes]] = []
        nodes: list[tuple[int, int, bytes]] = []
        stamp = stamp or self.clock()
        for change in changes:
            entry = Entry(frontier.size, stamp, change.actor, change.action, change.subject,
                          change.details or {})
            try:
                details_text = canonical_json(entry.details).decode("utf-8")
            except (TypeError, ValueError):  # dates, paths...: hash them as the database will return them
                entry = replace(entry, details=json_values(entry.details))
                details_text = canonical_json(entry.details).decode("utf-8")
            leaf = merkle.leaf_hash(entry_bytes(entry.index, stamp, entry.actor, entry.action, entry.subject,
                                                details_text))
            nodes.extend(frontier.append(leaf))
            entries.append(entry)
            rows.append((entry.index, stamp, entry.actor, entry.action, entry.subject, details_text, leaf))
        # one executemany on the driver each: details go in as the canonical text just hashed, with no second
        # serialisation, no ORM bookkeeping (measured 2x the ORM bulk insert) and no dict of parameters a row
        insert_many(session, RAW_ENTRIES, ("id", "recorded_at", "actor", "action", "subject", "details", "leaf_hash"),
                    rows)
        insert_many(session, NODES, ("level", "position", "hash"), nodes)
        return entries

    # --- reading -------------------------------------------------------------------------

    def size(self, session: Session) -> int:
        last = session.scalar(select(func.max(CustodyEntryRow.id)))
        return 0 if last is None else last + 1

    def entry(self, session: Session, index: int) -> Entry:
        row = session.get(CustodyEntryRow, index)
        if row is None:
            raise NotFoundError(f"custody entry {index} is not in the log (it has {self.size(session)})")
        return entry_of(row)

    def entries_about(self, session: Session, subjects: Iterable[str]) -> list[Entry]:
        wanted = sorted(set(subjects))
        if not wanted:
            return []
        return [entry_of(r) for r in _ENTRIES_ABOUT.rows(session.connection(), subjects=wanted)]

    def root(self, session: Session, size: int | None = None) -> bytes:
        size = self.size(session) if size is None else size
        return merkle.root(size, node_reader(session))

    # --- checkpoints and proofs ----------------------------------------------------------

    def vkey(self) -> notes.VerifierKey:
        return notes.verifier_key(keys.public_key(self.home))

    def signing_key(self, session: Session, *, new_key: bool = False) -> Ed25519PrivateKey:
        """The log's key; made on first use, but never silently when checkpoints it signed exist: a
        missing key then means it was lost or removed, and a new one would leave them unverifiable."""
        if not keys.key_path(self.home).exists() and not new_key:
            orphaned = own_checkpoints(session, self.home)
            if orphaned:
                raise MissingKeyError(
                    f"the custody log's signing key {keys.key_path(self.home)} is missing, but {orphaned} "
                    "checkpoint(s) signed by it exist (in the database or its witness file). Restore the key "
                    "from a backup; only if it is lost for good, make a new one with `warcrimes log checkpoint "
                    "--new-key` (the old checkpoints then verify only with the old public key: `warcrimes "
                    "verify --public-key`)")
        return keys.signing_key(self.home)

    def checkpoint(self, session: Session, *, new_key: bool = False) -> StoredCheckpoint:
        """Sign the log as it is now, keep the signed note, and witness it once the transaction commits."""
        private = self.signing_key(session, new_key=new_key)
        size = self.size(session)
        point = notes.Checkpoint(notes.origin_for(keys.raw_public(private.public_key())), size,
                                 self.root(session, size))
        row = CheckpointRow(size=size, root_hash=point.root, signed_note=notes.sign(point, private))
        session.add(row)
        session.flush()
        witness.witness_after_commit(session, self.home, row.id, row.size, row.root_hash, row.signed_note)
        return StoredCheckpoint(row.id, row.size, row.root_hash, row.signed_note)

    def get_checkpoint(self, session: Session, checkpoint_id: int) -> StoredCheckpoint:
        row = session.get(CheckpointRow, checkpoint_id)
        if row is None:
            raise NotFoundError(f"checkpoint {checkpoint_id} does not exist; `warcrimes log checkpoint` "
                                "makes one")
        return StoredCheckpoint(row.id, row.size, row.root_hash, row.signed_note)

    def latest_checkpoint(self, session: Session) -> StoredCheckpoint | None:
        row = session.scalars(select(CheckpointRow).order_by(CheckpointRow.id.desc()).limit(1)).first()
        return StoredCheckpoint(row.id, row.size, row.root_hash, row.signed_note) if row else None

    def prove_inclusion(self, session: Session, index: int, size: int) -> list[bytes]:
        if not 0 <= index < size:
            raise NotFoundError(f"custody entry {index} is not within the first {size} entries of the log")
        return merkle.hash_ranges(merkle.inclusion_ranges(index, size), node_reader(session))

    def prove_inclusions(self, session: Session, indexes: Iterable[int], size: int) -> dict[int, list[bytes]]:
        """Inclusion proofs of many entries at once: every node they need in one read per tree level,
        where proving each alone reads once per level per entry (a 100-incident dossier: 600 entries)."""
        wanted = sorted(set(indexes))
        for index in wanted:
            if not 0 <= index < size:
                raise NotFoundError(f"custody entry {index} is not within the first {size} entries of the log")
        ranges = {index: merkle.inclusion_ranges(index, size) for index in wanted}
        found = node_reader(session)([key for spans in ranges.values() for a, b in spans
                                      for key in merkle.pieces(a, b)])
        return {index: merkle.hash_ranges(spans, lambda keys: {k: found[k] for k in keys})
                for index, spans in ranges.items()}

    def prove_consistency(self, session: Session, old: int, new: int) -> list[bytes]:
        if not 0 < old <= new:
            raise BadInputError(f"a consistency proof goes from an older, non-empty tree to a newer one; "
                                f"got sizes {old} and {new}")
        if old == new:
            return []
        return merkle.hash_ranges(merkle.consistency_ranges(old, new), node_reader(session))


def json_values(details: dict[str, Any] | None) -> dict[str, Any]:
    """Details as the database will give them back (dates and paths become text), so the leaf
    hashed now is the leaf recomputed later."""
    return json.loads(json.dumps(details or {}, default=str))

