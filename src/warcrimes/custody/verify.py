"""`warcrimes verify`: recompute everything the custody log vouches for and name each mismatch.

Checks, in order: the log's entries (contiguous, unaltered, in time order), the tree they make
against every stored node, every checkpoint's signature and root, every report's bytes and row
against its ingest entry, every evidence object in the vault and its row against its entry.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Text, select, type_coerce
from sqlalchemy.orm import Session

from warcrimes.custody import checkpoint as notes
from warcrimes.custody import keys, merkle
from warcrimes.custody.evidence import added_details, vault_of
from warcrimes.custody.log import Entry
from warcrimes.custody.trusted import key_for, parse_keys, trusted_keys
from warcrimes.custody.vault import PREFIX, hash_file
from warcrimes.domain.canonical import canonical_json, entry_bytes
from warcrimes.store.schema import (
    CheckpointRow,
    CustodyEntryRow,
    CustodyNodeRow,
    EvidenceIncidentRow,
    EvidenceRow,
    ReportEvidenceRow,
    ReportRow,
    ReportVersionRow,
)
from warcrimes.store.store import Store

#: Entries that vouch for a stored row: verify compares the row with them.
ANCHORING = frozenset({"ingest", "evidence.add", "evidence.link", "report.version", "evidence.report"})
#: Report columns the ingest entry fixes (as written by Store.add_report).
REPORT_FIELDS = ("filename", "publisher", "url", "published", "size")


@dataclass
class Verification:
    """The outcome: each problem names the object and what does not hold."""

    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=lambda: defaultdict(int))

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
    with store.transaction() as session:
        levels, anchors = _check_entries(session, result)
        _check_nodes(session, levels, result)
        _check_checkpoints(session, levels, vkeys, result)
        _check_reports(session, anchors, result)
        _check_versions(session, anchors, result)
        _check_evidence(session, store, anchors, result)
        _check_report_evidence(session, anchors, result)
    return result


def _check_entries(session: Session, result: Verification) -> tuple[Levels, dict[str, list[Entry]]]:
    """Recompute every leaf from the entry's columns; details are spliced in as stored text, so a
    10^6-entry log needs no JSON parsing except for the few entries other checks look up."""
    leaves = bytearray()
    anchors: dict[str, list[Entry]] = defaultdict(list)
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
        if action in ANCHORING:
            anchors[subject].append(Entry(index, recorded_at, actor, action, subject, _details(details_text)))
        leaves += leaf
        expected = index + 1
    result.checked["entries"] = len(leaves) // 32
    levels = Levels(leaves)
    levels.positions = expected
    return levels, anchors


def _details(text: str) -> dict[str, Any]:
    try:
        parsed = json.loads(text)
    except ValueError:
        return {}
    return parsed if isinstance(parsed, dict) else {}


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
                       result: Verification) -> None:
    size = levels.positions
    for row in session.scalars(select(CheckpointRow).order_by(CheckpointRow.id)):
        result.checked["checkpoints"] += 1
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


def _anchor(anchors: dict[str, list[Entry]], subject: str, action: str, key: str, ident: int) -> Entry | None:
    for entry in anchors.get(subject, ()):
        if entry.action == action and entry.details.get(key) == ident:
            return entry
    return None


def _check_reports(session: Session, anchors: dict[str, list[Entry]], result: Verification) -> None:
    columns = (ReportRow.id, ReportRow.content_hash, ReportRow.original, *[getattr(ReportRow, f)
                                                                           for f in REPORT_FIELDS])
    rows = session.execute(select(*columns).order_by(ReportRow.id).execution_options(yield_per=200))
    for report_id, content_hash, original, *values in rows:
        result.checked["reports"] += 1
        where = f"report {report_id}"
        actual = PREFIX + hashlib.sha256(original).hexdigest()
        if actual != content_hash:
            result.problems.append(f"{where}: its stored bytes hash to {actual}, not {content_hash}")
        entry = _anchor(anchors, content_hash, "ingest", "report_id", report_id)
        if entry is None:
            result.problems.append(f"{where}: no ingest entry in the custody log for {content_hash}")
            continue
        _compare(where, entry, dict(zip(REPORT_FIELDS, values, strict=True)), result)


def _check_versions(session: Session, anchors: dict[str, list[Entry]], result: Verification) -> None:
    """Each later version of a report (an edited message): its bytes and its report.version entry."""
    rows = session.execute(select(ReportVersionRow.id, ReportVersionRow.report_id, ReportVersionRow.version,
                                  ReportVersionRow.content_hash, ReportVersionRow.original)
                           .order_by(ReportVersionRow.id).execution_options(yield_per=200))
    for _id, report_id, version, content_hash, original in rows:
        result.checked["report versions"] += 1
        where = f"report {report_id} version {version}"
        actual = PREFIX + hashlib.sha256(original).hexdigest()
        if actual != content_hash:
            result.problems.append(f"{where}: its stored bytes hash to {actual}, not {content_hash}")
        entry = _anchor(anchors, content_hash, "report.version", "report_id", report_id)
        if entry is None or entry.details.get("version") != version:
            result.problems.append(f"{where}: no report.version entry in the custody log for {content_hash}")


def _check_report_evidence(session: Session, anchors: dict[str, list[Entry]], result: Verification) -> None:
    """Each evidence file that came with a report is tied to it by an evidence.report entry."""
    for link in session.scalars(select(ReportEvidenceRow)):
        linked = session.get(EvidenceRow, link.evidence_id)
        if _anchor(anchors, linked.content_hash if linked else "", "evidence.report", "report_id",
                   link.report_id) is None:
            result.problems.append(f"evidence {link.evidence_id}: its link to report {link.report_id} has no "
                                   "evidence.report entry in the custody log")


def _check_evidence(session: Session, store: Store, anchors: dict[str, list[Entry]],
                    result: Verification) -> None:
    vault = vault_of(store)
    known: set[str] = set()
    for row in session.scalars(select(EvidenceRow).order_by(EvidenceRow.id)):
        result.checked["evidence files"] += 1
        where = f"evidence {row.id} ({row.filename})"
        known.add(row.content_hash)
        path = vault.path_for(row.content_hash)
        if not path.is_file():
            result.problems.append(f"{where}: its original {row.content_hash} is missing from the vault "
                                   f"({path})")
        else:
            actual, size = hash_file(path)
            if actual != row.content_hash:
                result.problems.append(f"{where}: the vault file {path} hashes to {actual}, not "
                                       f"{row.content_hash}: the original was altered")
            elif size != row.size:
                result.problems.append(f"{where}: {size} bytes in the vault, {row.size} in its row")
        entry = _anchor(anchors, row.content_hash, "evidence.add", "evidence_id", row.id)
        if entry is None:
            result.problems.append(f"{where}: no evidence.add entry in the custody log for "
                                   f"{row.content_hash}")
        else:
            _compare(where, entry, added_details(row), result)
    for link in session.scalars(select(EvidenceIncidentRow)):
        linked = session.get(EvidenceRow, link.evidence_id)
        subject = linked.content_hash if linked else ""
        entries = [e for e in anchors.get(subject, ()) if e.action == "evidence.link"
                   and e.details.get("incident_id") == link.incident_id]
        if not entries:
            result.problems.append(f"evidence {link.evidence_id}: its link to incident {link.incident_id} "
                                   "has no evidence.link entry in the custody log")
    for content_hash, _path in vault.objects():
        if content_hash not in known:
            result.notes.append(f"vault object {content_hash} has no evidence row (an add interrupted "
                                "before it committed); it is complete and harmless")


def _compare(where: str, entry: Entry, row_values: dict[str, Any], result: Verification) -> None:
    for name, value in row_values.items():
        logged = entry.details.get(name)
        if canonical_json(_jsonable(value)) != canonical_json(logged):
            result.problems.append(f"{where}: {name} is {_jsonable(value)!r} in the database but "
                                   f"{logged!r} in custody entry {entry.index}: the row was edited")


def _jsonable(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


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
