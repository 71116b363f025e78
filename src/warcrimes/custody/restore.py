"""Loading an exported custody log into a fresh store: entries as they were, every hash recomputed.

The entries keep their index, time, actor, action, subject and details; the leaf hashes and the
interior nodes are computed here from those (the same code path as appending), so nothing the
file says about hashes is taken on trust. Then every imported checkpoint must verify with one of
the keys the import trusts and sign exactly the root the entries make, or nothing is kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from warcrimes.custody import checkpoint as notes
from warcrimes.custody import merkle
from warcrimes.custody.log import NODES, RAW_ENTRIES, node_reader
from warcrimes.custody.trusted import key_for
from warcrimes.domain.canonical import canonical_json, entry_bytes
from warcrimes.errors import BadInputError
from warcrimes.store.schema import CheckpointRow


class RestoreError(BadInputError):
    """The imported log does not hold together; the message names the entry or checkpoint."""


class LogRestorer:
    """Appends exported entries in index order, from 0, to an empty log in the caller's transaction."""

    def __init__(self) -> None:
        self.frontier = merkle.Frontier()

    @property
    def size(self) -> int:
        return self.frontier.size

    def add_entries(self, session: Session, entries: Sequence[dict[str, Any]]) -> None:
        """Entries as the export lists them ({index, recorded_at, actor, action, subject, details})."""
        rows: list[dict[str, Any]] = []
        nodes: list[dict[str, Any]] = []
        for entry in entries:
            index = entry["index"]
            if index != self.frontier.size:
                raise RestoreError(f"custody entry {index} comes where entry {self.frontier.size} should: "
                                   "the log's entries must run 0, 1, 2... without a gap")
            details_text = canonical_json(entry["details"]).decode("utf-8")
            leaf = merkle.leaf_hash(entry_bytes(index, entry["recorded_at"], entry["actor"], entry["action"],
                                                entry["subject"], details_text))
            nodes.extend({"level": lv, "position": p, "hash": h} for lv, p, h in self.frontier.append(leaf))
            rows.append({"id": index, "recorded_at": entry["recorded_at"], "actor": entry["actor"],
                         "action": entry["action"], "subject": entry["subject"], "details": details_text,
                         "leaf_hash": leaf})
        if rows:
            session.execute(insert(RAW_ENTRIES), rows)
        if nodes:
            session.execute(insert(NODES), nodes)

    def add_checkpoints(self, session: Session, checkpoints: Sequence[dict[str, Any]]) -> None:
        """Checkpoint rows as exported ({id, size, root, signed_note, created_at}); checked by `check`."""
        if checkpoints:
            session.execute(insert(CheckpointRow), [
                {"id": c["id"], "size": c["size"], "root_hash": c["root"], "signed_note": c["signed_note"],
                 "created_at": c["created_at"]} for c in checkpoints])


def check_checkpoints(session: Session, keys: Sequence[notes.VerifierKey], log_size: int) -> list[notes.VerifierKey]:
    """Every stored checkpoint verifies with one of `keys` and signs the root of the entries loaded;
    returns the keys that signed at least one. RestoreError names the first checkpoint that does not hold."""
    read = node_reader(session)
    signers: list[notes.VerifierKey] = []
    for row in session.scalars(select(CheckpointRow).order_by(CheckpointRow.id)):
        key = key_for(row.signed_note, keys)
        if key is None:
            raise RestoreError(f"checkpoint {row.id}: no verifier key to check its signature with; the "
                               "export's header names the keys that signed its checkpoints")
        try:
            signed = notes.open_note(row.signed_note, key)
        except notes.CheckpointError as exc:
            raise RestoreError(f"checkpoint {row.id}: {exc}") from exc
        if (signed.size, signed.root) != (row.size, row.root_hash):
            raise RestoreError(f"checkpoint {row.id}: its size or root differ from its signed note")
        if signed.size > log_size:
            raise RestoreError(f"checkpoint {row.id} signed {signed.size} entries but the file holds {log_size}: "
                               "entries were left out")
        if merkle.root(signed.size, read) != signed.root:
            raise RestoreError(f"checkpoint {row.id} (size {signed.size}): the imported entries do not hash to "
                               "its signed root: entries were altered, removed or reordered")
        if key not in signers:
            signers.append(key)
    return signers
