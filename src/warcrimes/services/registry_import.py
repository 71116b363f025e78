"""Importing a list of persons (CSV or XLSX): plan it against the registry, apply it all or nothing.

The dry run and the import plan the same way (registry/plan.py) inside one transaction; the
import applies the plan only when the list has no errors and was not imported before. A row group
that resembles registry persons is added as a person of its own with its match candidates, for
an analyst to merge or keep apart: nothing merges by itself. The list's bytes are never stored;
its SHA-256 is (registry_imports, and the `registry.import.applied` custody entry).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select

from warcrimes.domain.hashing import content_hash
from warcrimes.errors import BadInputError
from warcrimes.registry import stored
from warcrimes.registry.blocking import profile
from warcrimes.registry.columns import ColumnMapping, builtin_mapping, parse_mapping
from warcrimes.registry.listfile import read_list
from warcrimes.registry.listrows import parse_rows
from warcrimes.registry.plan import ImportPlan, identity_key, place_key, plan_import
from warcrimes.registry.protect import FieldKeys
from warcrimes.services.registry import Pending, ensure_place, registry_keys
from warcrimes.services.registry_bulk import apply_plan
from warcrimes.services.unit import UnitOfWork, unit_of_work
from warcrimes.store import Store
from warcrimes.store.schema import DetentionPlaceRow, ListImportRow


class ListNotImported(BadInputError):
    """The list has errors: nothing of it was imported; `problems` are the lines to show."""

    def __init__(self, plan: ImportPlan) -> None:
        self.plan = plan
        errors = sum(1 for p in plan.problems if p.severity == "error")
        super().__init__(f"{plan.list_name}: {errors} problem{'s' if errors != 1 else ''} found; nothing was "
                         "imported. Correct the rows named and import the list again")


@dataclass(frozen=True)
class ImportOutcome:
    """What the import found and did: the plan, whether it was applied, and the persons made or updated."""

    plan: ImportPlan
    applied: bool
    created: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    candidates: int = 0


def column_mapping(choice: str = "") -> ColumnMapping:
    """A shipped mapping by name, or an office's own from a JSON file path."""
    choice = choice.strip()
    if not choice or not choice.endswith(".json"):
        return builtin_mapping(choice or "default")
    from pathlib import Path

    path = Path(choice)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadInputError(f"column mapping {path.name}: cannot be read as JSON ({type(exc).__name__})") from None
    return parse_mapping(path.name, raw)


def _plan(work: UnitOfWork, keys: FieldKeys, name: str, raw: bytes, mapping: ColumnMapping,
          today: dt.date) -> tuple[ImportPlan, dict[str, str]]:
    """The plan, and the place names as the list writes them (by place key) for places to create."""
    table = read_list(name, raw)
    parsed = parse_rows(table, mapping, today)
    list_hash = content_hash(raw)
    session = work.session
    profiles = {r.row: profile(f"row:{r.row}", r.person) for r in parsed.rows}
    index = stored.block_index(session, keys, profiles.values())
    places = dict(session.execute(select(DetentionPlaceRow.place_key, DetentionPlaceRow.public_id)).all())

    owners = stored.identity_owners(session, keys, {k for k in (identity_key(r.person) for r in parsed.rows) if k})
    written = {place_key(r.status_place): r.status_place for r in reversed(parsed.rows) if r.status_place}
    return plan_import(parsed, list_hash, index, owners.get, places, profiles=profiles), written


def import_list(store: Store, name: str, raw: bytes, mapping: ColumnMapping, *, actor: str, apply: bool,
                today: dt.date | None = None) -> ImportOutcome:
    """Plan a list's import (a dry run when `apply` is False) or apply it whole; ListNotImported on errors."""
    keys = registry_keys(store)
    today = today or dt.date.today()
    with unit_of_work(store, actor) as work:
        plan, written = _plan(work, keys, name, raw, mapping, today)
        if not apply:
            return ImportOutcome(plan, False)
        if not plan.can_apply:
            raise ListNotImported(plan)
        previous = work.session.scalars(select(ListImportRow).where(ListImportRow.list_hash == plan.list_hash)).first()
        if previous is not None:
            raise BadInputError(f"{name}: this very list was imported on {previous.applied_at:%Y-%m-%d} by "
                                f"{previous.applied_by}; nothing was imported again")
        places: dict[str, DetentionPlaceRow] = {
            row.public_id: row for row in work.session.scalars(select(DetentionPlaceRow))}
        for key in plan.new_places:
            places[key] = ensure_place(work, written.get(key, key))
        pending: Pending = []
        done = apply_plan(work.session, keys, plan, places, work.actor, pending)
        counts = {**plan.counts(), "candidates": done.candidates}
        work.session.add(ListImportRow(list_hash=plan.list_hash, format=plan.format, encoding=plan.encoding,
                                       mapping=mapping.name, counts=counts, applied_by=work.actor))
        pending.append(("registry.import.applied", f"list:{plan.list_hash}",
                        {"list": plan.list_hash, "format": plan.format, "mapping": mapping.name, "counts": counts}))
        work.record_many(pending)
        return ImportOutcome(plan, True, done.created, done.updated, done.candidates)
