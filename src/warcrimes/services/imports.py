"""`warcrimes import FILE.jsonl`: a register exported elsewhere, loaded whole into a fresh store.

One transaction: every line is checked as it streams in, the closing line's seal at the end, every
report's bytes against its hash, every imported checkpoint against the key that signed it and the
root the entries make again here; if anything fails, nothing is kept. Derived state (incident and
statistic filter columns, report fingerprints, the log's leaf hashes and nodes) is recomputed.

The import appends no custody entry: the log it loads is the register's history, proven by the
original installation's checkpoints, and must stay byte for byte the log that was exported. That
installation's key is kept as a trusted foreign key (custody/trusted.py) so `warcrimes verify` can
check those checkpoints; every checkpoint signed here from now on uses this installation's key.
Evidence files travel apart from the export (`--vault` brings them from the original vault folder).
The import itself is noted in WARCRIMES_HOME/imports.log.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from warcrimes.corroborate.fingerprints import fingerprint_reports
from warcrimes.custody import checkpoint as notes
from warcrimes.custody.evidence import vault_of
from warcrimes.custody.restore import LogRestorer, check_checkpoints
from warcrimes.custody.trusted import parse_keys, trust
from warcrimes.custody.vault import PREFIX, Vault
from warcrimes.errors import BadInputError
from warcrimes.store import Store
from warcrimes.store.load import PLAIN_KINDS, advance_sequences, insert_rows, nonempty_tables
from warcrimes.store.schema import AccountRow, EvidenceRow, ReportRow

#: Rows inserted per statement (a report carries its original bytes: fewer of those).
BATCH = {"report": 64}
DEFAULT_BATCH = 2000
FINGERPRINT_BATCH = 500
IMPORTS_LOG = "imports.log"


@dataclass(frozen=True)
class ImportedRecords:
    """What `import_records` was given: the export's header (as read) and the stream of its records."""

    made_at: dt.datetime
    filter: dict[str, str]
    verifier_keys: tuple[str, ...]
    records: Iterator[tuple[str, Mapping[str, Any]]]


@dataclass(frozen=True)
class ImportOutcome:
    """What the import loaded, and the keys its checkpoints were checked with."""

    counts: dict[str, int]
    checkpoints: int
    signers: tuple[str, ...]
    newly_trusted: tuple[str, ...]
    keys_from_file: bool  # True: checked against the keys the file itself names (compare them, see docs)
    evidence_copied: int = 0
    evidence_missing: tuple[str, ...] = ()  # content hashes whose files are not in this store's vault yet


def open_export(path: Path) -> BinaryIO:
    """The file to import, opened for reading; BadInputError names a path that cannot be."""
    if path.is_dir():
        raise BadInputError(f"{path} is a folder; name the .jsonl file made by `warcrimes export --format jsonl`")
    try:
        return open(path, "rb")
    except OSError as exc:
        raise BadInputError(f"{path}: cannot be read ({exc.strerror})") from exc


def import_records(store: Store, export: ImportedRecords, *, actor: str, trusted: str | None = None,
                   source: str = "", vault_from: Path | None = None) -> ImportOutcome:
    """Load an export's records into this store, which must hold nothing yet; `trusted` (verifier keys, one
    a line) are the keys its checkpoints must verify with, else the keys the export names. Evidence files
    travel apart from the export: `vault_from` (the original installation's vault folder) brings them,
    each checked against its row's hash."""
    if vault_from is not None and not vault_from.is_dir():
        raise BadInputError(f"{vault_from}: no such folder; name the original installation's vault/ folder")
    keys = _keys(trusted or "\n".join(export.verifier_keys), "--public-key" if trusted else "the file's header")
    counts: dict[str, int] = {}
    with store.transaction() as session:
        held = nonempty_tables(session)
        if held:
            listed = ", ".join(f"{count} {table}" for table, count in held.items())
            raise BadInputError(f"this store already holds {listed}; an import goes only into a fresh store: set "
                                "WARCRIMES_HOME (and WARCRIMES_DATABASE_URL) to a new one and import there")
        restorer = LogRestorer()
        for kind, batch in _batches(export.records):
            counts[kind] = counts.get(kind, 0) + len(batch)
            if kind == "custody_entry":
                restorer.add_entries(session, batch)
            elif kind == "checkpoint":
                restorer.add_checkpoints(session, batch)
            elif kind in PLAIN_KINDS:
                if kind == "report":
                    _check_reports(batch)
                insert_rows(session, kind, batch)
        signers = check_checkpoints(session, keys, restorer.size)
        copied, missing = _bring_evidence(session, vault_of(store), Vault(vault_from) if vault_from else None)
        _fingerprint(session)
        advance_sequences(session)
        added = trust(store.settings.home, signers)  # before the commit: a failed one leaves only a spare key
    _note(store.settings.home, actor, source, export, counts)
    return ImportOutcome(counts, counts.get("checkpoint", 0), tuple(k.text() for k in signers),
                         tuple(k.text() for k in added), trusted is None, copied, tuple(missing))


def _keys(lines: str, where: str) -> list[notes.VerifierKey]:
    try:
        return parse_keys(lines)
    except notes.CheckpointError as exc:
        raise BadInputError(f"{where}: {exc}") from exc


def _batches(records: Iterator[tuple[str, Mapping[str, Any]]]) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Consecutive records of one kind, a batch at a time."""
    kind, batch = "", list[dict[str, Any]]()
    for record_kind, fields in records:
        if batch and (record_kind != kind or len(batch) >= BATCH.get(kind, DEFAULT_BATCH)):
            yield kind, batch
            batch = []
        kind = record_kind
        batch.append(dict(fields))
    if batch:
        yield kind, batch


def _check_reports(batch: list[dict[str, Any]]) -> None:
    for report in batch:
        actual = PREFIX + hashlib.sha256(report["original"]).hexdigest()
        if actual != report["content_hash"] or len(report["original"]) != report["size"]:
            raise BadInputError(f"report {report['id']}: its original bytes hash to {actual} "
                                f"({len(report['original'])} bytes), not {report['content_hash']} ({report['size']} "
                                "bytes): the file was edited")


def _bring_evidence(session: Session, vault: Vault, source: Vault | None) -> tuple[int, list[str]]:
    """Copy each imported evidence file this vault lacks from `source`; those found nowhere are listed."""
    copied, missing = 0, []
    for content_hash, size in session.execute(select(EvidenceRow.content_hash, EvidenceRow.size)
                                              .order_by(EvidenceRow.id)):
        if vault.has(content_hash):
            continue
        found = source.path_for(content_hash) if source is not None else None
        if found is None or not found.is_file():
            missing.append(content_hash)
            continue
        stored = vault.put(found)
        if (stored.content_hash, stored.size) != (content_hash, size):
            raise BadInputError(f"{found}: its bytes hash to {stored.content_hash} ({stored.size} bytes), not "
                                f"{content_hash} ({size} bytes): that vault's copy was altered")
        copied += 1
    return copied, missing


def _fingerprint(session: Session) -> None:
    """Report fingerprints (near-copy groups) again, in id order as ingest made them: for reports with accounts."""
    told = select(AccountRow.report_id).distinct().order_by(AccountRow.report_id)
    ids = list(session.scalars(told))
    for start in range(0, len(ids), FINGERPRINT_BATCH):
        chunk = ids[start:start + FINGERPRINT_BATCH]
        fingerprint_reports(session, [(r.id, r.text) for r in session.execute(
            select(ReportRow.id, ReportRow.text).where(ReportRow.id.in_(chunk)).order_by(ReportRow.id))])


def _note(home: Path, actor: str, source: str, export: ImportedRecords, counts: dict[str, int]) -> None:
    """One line in WARCRIMES_HOME/imports.log: who imported what, when (the log itself stays as exported)."""
    home.mkdir(parents=True, exist_ok=True)
    line = {"at": dt.datetime.now(dt.UTC).isoformat(), "actor": actor, "file": source,
            "made_at": export.made_at.isoformat(), "filter": export.filter, "counts": counts}
    with open(home / IMPORTS_LOG, "a", encoding="utf-8") as log:
        log.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
