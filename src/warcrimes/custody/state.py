"""Digests of derived rows (incidents, accounts, statistics), as a unit of work leaves them.

The last custody entry of each unit of work carries `details.state`: for every row the unit
created, changed or removed, the digest of what the row now holds (None: the row is gone). The
rows are read back from the database after the unit's last flush, with the same code `verify`
reads them with later, so an unchanged row always digests the same and a row edited in the
database (an incident's place or victims, a statistic's value) no longer does.

An incident's digest also carries a short digest of each part (status, each fact, the summary
columns, its accounts, its evidence) so that `verify` can say which part was edited; the full
SHA-256 is what proves it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Collection, Iterator
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from warcrimes.domain.canonical import canonical_json
from warcrimes.store.schema import AccountRow, EvidenceIncidentRow, IncidentRow, StatisticRow

PREFIX = "SHA-256:"
#: Filterable copies of the incident's facts: edited alone they change lists and maps, so covered too.
INCIDENT_COLUMNS = ("status", "main_violation", "violation_labels", "date_start", "date_end", "location_name",
                    "admin1", "country", "lat", "lon")
ACCOUNT_COLUMNS = ("report_id", "facts", "provenance", "extractor_version")  # and its version, when read from one
STATISTIC_COLUMNS = ("report_id", "measure", "population", "value", "qualifier", "unit", "as_of", "reported_by",
                     "facts", "extractor_version")
#: Rows read per query when all of a table is digested (verify).
BATCH = 2000


def digest(value: Any) -> str:
    return PREFIX + hashlib.sha256(canonical_json(value)).hexdigest()


def short_digest(value: Any) -> str:
    """32 bits: enough to say which part changed; never what proves it."""
    return hashlib.sha256(canonical_json(value)).hexdigest()[:8]


def plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def incident_state(columns: dict[str, Any], facts: dict[str, Any], accounts: list[int],
                   evidence: list[int]) -> dict[str, Any]:
    """{"sha256": digest of every part, "parts": {part: short digest}}."""
    parts: dict[str, Any] = {"columns": {k: plain(columns[k]) for k in INCIDENT_COLUMNS if k != "status"},
                             "status": columns["status"], "accounts": sorted(accounts),
                             "evidence": sorted(evidence)}
    parts.update({f"facts.{key}": value for key, value in (facts or {}).items()})
    return {"sha256": digest(parts), "parts": {name: short_digest(value) for name, value in parts.items()}}


def changed_parts(recorded: dict[str, Any], now: dict[str, Any]) -> list[str]:
    """The parts whose short digests differ (added or removed parts included), in a stable order."""
    before, after = recorded.get("parts") or {}, now.get("parts") or {}
    return sorted(name for name in set(before) | set(after) if before.get(name) != after.get(name))


def _chunks(ids: Collection[int] | None) -> Iterator[list[int] | None]:
    if ids is None:
        yield None
        return
    ordered = sorted(ids)
    for start in range(0, len(ordered), BATCH):
        yield ordered[start:start + BATCH]


def _rows(session: Session, query: Select[Any], id_column: Any, ids: list[int] | None) -> Iterator[Any]:
    if ids is not None:
        query = query.where(id_column.in_(ids))
    return iter(session.execute(query.order_by(id_column).execution_options(yield_per=BATCH)))


def incident_states(session: Session, ids: Collection[int] | None = None) -> dict[int, dict[str, Any] | None]:
    """The state of each incident in `ids` (None for one that is not there), or of every incident."""
    found: dict[int, dict[str, Any] | None] = {i: None for i in ids or ()}
    for chunk in _chunks(ids):
        rows = list(_rows(session, select(IncidentRow.id, IncidentRow.facts,
                                          *(getattr(IncidentRow, c) for c in INCIDENT_COLUMNS)),
                          IncidentRow.id, chunk))
        held = [row[0] for row in rows]
        accounts: dict[int, list[int]] = defaultdict(list)
        evidence: dict[int, list[int]] = defaultdict(list)
        for part in _chunks(held):
            assert part is not None
            for account_id, incident_id in session.execute(select(AccountRow.id, AccountRow.incident_id)
                                                           .where(AccountRow.incident_id.in_(part))):
                accounts[incident_id].append(account_id)
            for evidence_id, incident_id in session.execute(
                    select(EvidenceIncidentRow.evidence_id, EvidenceIncidentRow.incident_id)
                    .where(EvidenceIncidentRow.incident_id.in_(part))):
                evidence[incident_id].append(evidence_id)
        for row in rows:
            incident_id, facts, *values = row
            found[incident_id] = incident_state(dict(zip(INCIDENT_COLUMNS, values, strict=True)), facts or {},
                                                accounts[incident_id], evidence[incident_id])
    return found


def _row_digests(session: Session, model: Any, columns: tuple[str, ...],
                 ids: Collection[int] | None, optional: tuple[str, ...] = ()) -> dict[int, str | None]:
    """Each row's digest over `columns`, and over `optional` ones where they are set (a column added later:
    rows written before it keep the digest their entries recorded)."""
    found: dict[int, str | None] = {i: None for i in ids or ()}
    for chunk in _chunks(ids):
        query = select(model.id, *(getattr(model, c) for c in columns + optional))
        for row_id, *values in _rows(session, query, model.id, chunk):
            found[row_id] = digest({c: plain(v) for c, v in zip(columns + optional, values, strict=True)
                                    if v is not None or c not in optional})
    return found


def account_states(session: Session, ids: Collection[int] | None = None) -> dict[int, str | None]:
    """What each account says (its report, facts, spans, extractor); which incident holds it is the
    incident's state, so an analyst's merge changes the incidents, not the accounts."""
    return _row_digests(session, AccountRow, ACCOUNT_COLUMNS, ids, optional=("version",))


def statistic_states(session: Session, ids: Collection[int] | None = None) -> dict[int, str | None]:
    return _row_digests(session, StatisticRow, STATISTIC_COLUMNS, ids)


def text_digest(text: str) -> str:
    """A report's extracted text as the ingest entry fixes it (`reports.text`)."""
    return PREFIX + hashlib.sha256(text.encode("utf-8")).hexdigest()


def ingested_details(text: str, media_type: str, language: str, extraction_status: str) -> dict[str, Any]:
    """What an ingest entry fixes beyond the report's own metadata: its extracted text (by digest) and
    how it was read; `verify` compares the report row with them."""
    return {"text": text_digest(text), "media_type": media_type, "language": language,
            "extraction_status": extraction_status}
