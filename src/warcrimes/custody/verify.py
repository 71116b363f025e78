"""`warcrimes verify`: recompute everything the custody log vouches for and name each mismatch.

Checks, in order: the log's entries (contiguous, unaltered, in time order), the tree they make
against every stored node, every checkpoint's signature and root, the witness file against the
checkpoints and the log (custody/witness.py), then the database against the log
(custody/verify_rows.py): every report, account, statistic, incident, evidence row and link, user
the log recorded is there and as it was left, and every vault object hashes to its name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import Text, select, type_coerce
from sqlalchemy.orm import Session

from warcrimes.custody import checkpoint as notes
from warcrimes.custody import keys, merkle, witness
from warcrimes.custody import verify_rows as rows
from warcrimes.custody.ledger import Ledger, parse_details
from warcrimes.custody.log import Entry, read_snapshot
from warcrimes.custody.trusted import key_for, parse_keys, trusted_keys
from warcrimes.domain.canonical import entry_bytes
from warcrimes.store.schema import CheckpointRow, CustodyEntryRow, CustodyNodeRow
from warcrimes.store.store import Store


@dataclass
class Verification:
    """The outcome: each problem names the object and what does not hold."""

    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    #: rows whose last change was logged before entries carried state digests: not compared
    uncovered: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        counted = ", ".join(f"{n} {what}" for what, n in self.checked.items())
        verdict = "all hold" if self.ok else f"{len(self.problems)} problem(s)"
        return f"checked {counted}: {verdict}"


class Levels:
    """Every level of the recomputed tree as packed 32-byte hashes (64 bytes per leaf in all)."""

    def __init__(self, leaves: bytearray) -> None:
        #: one past the highest entry index: the log's length as its positions tell it
        self.positions = len(leaves) // 32
        self.levels = [leaves]
        while len(self.levels[-1]) >= 64:
            below = self.levels[-1]
            above = bytearray()
            for i in range(0, len(below) - 63, 64):
                above += merkle.node_hash(bytes(below[i:i + 32]), bytes(below[i + 32:i + 64]))
            self.levels.append(above)

    def node(self, level: int, position: int) -> bytes | None:
        if level >= len(self.levels):
            return None
        packed = self.levels[level]
        found = packed[position * 32:position * 32 + 32]
        return bytes(found) if len(found) == 32 else None

    def root(self, size: int) -> bytes:
        return merkle.fold([self.node(lv, p) or b"" for lv, p in merkle.pieces(0, size)])


def verify_store(store: Store, vkey: notes.VerifierKey | Sequence[notes.VerifierKey] | None) -> Verification:
    """Check the whole store; `vkey` is the log's public key, or its keys when checkpoints were also signed
    elsewhere (an imported register: custody/trusted.py); None: checkpoints cannot be trusted."""
    result = Verification()
    vkeys = [vkey] if isinstance(vkey, notes.VerifierKey) else list(vkey or ())
    # the witness first: a checkpoint witnessed later (a command finishing meanwhile) is not yet read,
    # and every one read here committed before the log and its checkpoints are read below
    witnessed = witness.read(store.settings.home)
    with store.transaction() as session:
        read_snapshot(session)
        levels, ledger = _check_entries(session, result)
        _check_nodes(session, levels, result)
        signed = _check_checkpoints(session, levels, vkeys, result)
        check_witness(witnessed, levels, signed, vkeys, result)
        rows.check_reports(session, ledger, result)
        rows.check_versions(session, ledger, result)
        rows.check_report_evidence(session, ledger, result)
        rows.check_extractions(session, ledger, result)
        rows.check_states(session, ledger, result)
        rows.check_users(session, ledger, result)
        rows.check_evidence(session, store, ledger, result)
    if result.uncovered:
        listed = ", ".join(f"{n} {what}" for what, n in result.uncovered.items())
        result.notes.append(f"not covered: {listed} were last changed by entries written before entries carried "
                            "state digests; their derived values could not be compared")
    return result


def _check_entries(session: Session, result: Verification) -> tuple[Levels, Ledger]:
    """Recompute every leaf from the entry's columns; details are spliced in as stored text, so a
    10^6-entry log needs no JSON parsing except for the entries the ledger keeps."""
    leaves = bytearray()
    ledger = Ledger()
    expected = 0
    previous_time = ""
    columns = (CustodyEntryRow.id, CustodyEntryRow.recorded_at, CustodyEntryRow.actor, CustodyEntryRow.action,
               CustodyEntryRow.subject, type_coerce(CustodyEntryRow.details, Text), CustodyEntryRow.leaf_hash)
    rows = session.connection().execute(select(*columns).order_by(CustodyEntryRow.id)
                                        .execution_options(yield_per=10000))
    for index, recorded_at, actor, action, subject, details_text, stored_leaf in rows:
        if index != expected:
            gap = f"entry {expected}" if index == expected + 1 else f"entries {expected} to {index - 1}"
            result.problems.append(f"custody log: {gap} missing (deleted); the entries must run 0, 1, 2...")
        leaf = merkle.leaf_hash(entry_bytes(index, recorded_at, actor, action, subject, details_text))
        if leaf != stored_leaf:
            result.problems.append(f"custody entry {index} ({action} {subject}): its content no longer "
                                   "matches the leaf hash written with it (altered or reordered)")
        if recorded_at < previous_time:
            result.problems.append(f"custody entry {index} is dated {recorded_at}, before the entry ahead "
                                   f"of it ({previous_time}): entries were reordered")
        previous_time = max(previous_time, recorded_at)
        if ledger.wants(action, details_text):
            ledger.add(Entry(index, recorded_at, actor, action, subject, parse_details(details_text)))
        leaves += leaf
        expected = index + 1
    result.checked["entries"] = len(leaves) // 32
    levels = Levels(leaves)
    levels.positions = expected
    return levels, ledger


def _check_nodes(session: Session, levels: Levels, result: Verification) -> None:
    """Stored interior nodes serve proofs: each must equal the recomputed one."""
    stored = 0
    rows = session.execute(select(CustodyNodeRow.level, CustodyNodeRow.position, CustodyNodeRow.hash)
                           .execution_options(yield_per=10000))
    for level, position, stored_hash in rows:
        stored += 1
        if levels.node(level, position) != stored_hash:
            result.problems.append(f"custody tree node (level {level}, position {position}) differs from "
                                   "the tree the entries make; proofs served from it would fail")
    expected = sum(len(packed) // 32 for packed in levels.levels[1:])
    if stored < expected:
        result.problems.append(f"custody tree: {expected - stored} interior node(s) missing "
                               f"({stored} stored, {expected} expected)")


def _check_checkpoints(session: Session, levels: Levels, vkeys: Sequence[notes.VerifierKey],
                       result: Verification) -> set[str]:
    """Each stored checkpoint; returns their signed notes (for the witness check)."""
    size = levels.positions
    signed: set[str] = set()
    for row in session.scalars(select(CheckpointRow).order_by(CheckpointRow.id)):
        result.checked["checkpoints"] += 1
        signed.add(row.signed_note)
        where = f"checkpoint {row.id}"
        vkey = key_for(row.signed_note, vkeys)
        if vkey is None:
            result.problems.append(f"{where}: no public key to check its signature against")
            continue
        try:
            point = notes.open_note(row.signed_note, vkey)
        except notes.CheckpointError as exc:
            result.problems.append(f"{where}: {exc}")
            continue
        if (point.size, point.root) != (row.size, row.root_hash):
            result.problems.append(f"{where}: its size or root columns differ from its signed note")
        if point.size > size:
            result.problems.append(f"{where} signed {point.size} entries but the log has {size}: "
                                   "the log was truncated")
        elif levels.root(point.size) != point.root:
            result.problems.append(f"{where} (size {point.size}): the first {point.size} entries no "
                                   "longer hash to the signed root: entries were altered, removed or "
                                   "reordered")
    return signed


def check_witness(found: witness.WitnessFile, levels: Levels, signed: set[str],
                  vkeys: Sequence[notes.VerifierKey], result: Verification) -> None:
    """Every witnessed checkpoint is still in the database, and the log still holds what it signed."""
    if not found.exists:
        if signed:
            result.notes.append(f"no witness file ({found.path}): the {len(signed)} checkpoint(s) in the database "
                                "were made before checkpoints were witnessed; deleting them could not be seen")
        return
    for line in found.unreadable:
        result.problems.append(f"witness {found.path}: {line} cannot be read (the file was edited)")
    if found.torn_tail:
        result.notes.append(f"witness {found.path}: its last line is incomplete (a crash while it was written)")
    size = levels.positions
    for record in found.records:
        result.checked["witnessed checkpoints"] += 1
        where = f"checkpoint {record.checkpoint_id} (size {record.size}, witnessed {record.witnessed_at})"
        vkey = key_for(record.signed_note, vkeys)
        try:
            point = notes.open_note(record.signed_note, vkey) if vkey else None
        except notes.CheckpointError as exc:
            result.problems.append(f"witness line {record.line}: {exc}")
            continue
        if point is None:
            result.problems.append(f"witness line {record.line}: no public key to check its signature against")
            continue
        if (point.size, point.root) != (record.size, record.root):
            result.problems.append(f"witness line {record.line}: its size or root differ from its signed note "
                                   "(the file was edited)")
        if record.signed_note not in signed:
            result.problems.append(f"{where} is in the witness file but missing from the database: deleted")
        if point.size > size:
            result.problems.append(f"{where} signed {point.size} entries but the log has {size}: entries were "
                                   "deleted from its end")
        elif levels.root(point.size) != point.root:
            result.problems.append(f"{where}: the first {point.size} entries no longer hash to the root it "
                                   "signed: entries were altered, removed or reordered")
    unwitnessed = len(signed - {record.signed_note for record in found.records})
    if unwitnessed:
        result.notes.append(f"{unwitnessed} checkpoint(s) in the database are not in the witness file (made "
                            "before it existed, or a crash came between their commit and their witness line)")


def verifier_key_of(store: Store, trusted: str | None = None) -> notes.VerifierKey | None:
    """The key to check checkpoints with: the one given (held apart from this machine), else the local
    key if there is one. Never creates a key: verifying must not change anything."""
    if trusted:
        return notes.parse_vkey(trusted)
    if not keys.key_path(store.settings.home).exists():
        return None
    return notes.verifier_key(keys.public_key(store.settings.home))


def verifier_keys_of(store: Store, trusted: str | None = None) -> list[notes.VerifierKey]:
    """The keys to check checkpoints with: those given (one a line, held apart from this machine), else the
    local key if there is one and the keys of the installations a register was imported from."""
    if trusted:
        return parse_keys(trusted)
    own = verifier_key_of(store)
    return [*([own] if own else []), *trusted_keys(store.settings.home)]
