"""`warcrimes import FILE.jsonl`: read a JSON Lines export (checked line by line and sealed at its end)
into a fresh store through services/imports.py, in one transaction."""

from __future__ import annotations

from pathlib import Path

from warcrimes.outputs.exports.jsonl import read_jsonl
from warcrimes.services.imports import ImportedRecords, ImportOutcome, import_records, open_export
from warcrimes.store import Store


def import_file(store: Store, path: Path, *, actor: str, trusted: str | None = None,
                vault_from: Path | None = None) -> ImportOutcome:
    """Load the export at `path`; `trusted` holds the verifier keys (one a line) its checkpoints must verify
    with, else the keys its header names are used (and should be compared with the published ones);
    `vault_from` is the original installation's vault folder, to bring the evidence files from."""
    with open_export(path) as source:
        meta, records = read_jsonl(source)
        export = ImportedRecords(meta.made_at, meta.filter, meta.verifier_keys,
                                 ((record.kind, record.fields) for record in records))
        return import_records(store, export, actor=actor, trusted=trusted, source=path.name, vault_from=vault_from)
