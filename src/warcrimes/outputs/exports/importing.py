"""`warcrimes import FILE.jsonl`: read a JSON Lines export (checked line by line and sealed at its end)
into a fresh store through services/imports.py, in one transaction."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from warcrimes.outputs.exports.jsonl import MAX_LINE, read_jsonl
from warcrimes.services.imports import ImportedRecords, ImportOutcome, import_records, open_export
from warcrimes.store import Store


def _bounded_lines(source: BinaryIO) -> Iterator[bytes]:
    """The file's lines, none read past MAX_LINE bytes: a file of one endless line is refused, not loaded."""
    while line := source.readline(MAX_LINE + 1):
        yield line


def import_file(store: Store, path: Path, *, actor: str, trusted: str | None = None,
                vault_from: Path | None = None) -> ImportOutcome:
    """Load the export at `path`; `trusted` holds the verifier keys (one a line) its checkpoints must verify
    with, else the keys its header names are used (and should be compared with the published ones);
    `vault_from` is the original installation's vault folder, to bring the evidence files from."""
    with open_export(path) as source:
        meta, records = read_jsonl(_bounded_lines(source))
        export = ImportedRecords(meta.made_at, meta.filter, meta.verifier_keys,
                                 ((record.kind, record.fields) for record in records))
        return import_records(store, export, actor=actor, trusted=trusted, source=path.name, vault_from=vault_from)
