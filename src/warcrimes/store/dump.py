"""Every stored table as a record kind, field by field, and the stream of its rows exactly as stored.

This is what the JSON Lines export carries and what an import loads (store/load.py). The kinds are
listed in the order rows must be inserted (each refers only to kinds before it). Derived state is
not a kind: report fingerprints and their bands (corroborate/), the custody log's leaf hashes and
interior nodes (custody/), and the columns incidents and statistics copy from their facts for
filtering are recomputed by whoever loads the rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from warcrimes.store.schema import (
    AccountRow,
    Base,
    CheckpointRow,
    CustodyEntryRow,
    EvidenceIncidentRow,
    EvidenceRow,
    IncidentHistoryRow,
    IncidentLinkRow,
    IncidentRow,
    LinkSuggestionRow,
    ReportEvidenceRow,
    ReportRow,
    ReportVersionRow,
    StatisticRow,
)

#: kind -> ((field, type), ...); a type ending in "?" may be null.
KINDS: dict[str, tuple[tuple[str, str], ...]] = {
    "report": (("id", "int"), ("content_hash", "str"), ("original", "bytes"), ("text", "str"),
               ("media_type", "str"), ("size", "int"), ("filename", "str?"), ("publisher", "str?"),
               ("url", "str?"), ("published", "date"), ("language", "str"), ("extraction_status", "str"),
               ("source_key", "str?"), ("channel", "str?"), ("details", "json"), ("ingested_at", "datetime")),
    "report_version": (("id", "int"), ("report_id", "int"), ("version", "int"), ("content_hash", "str"),
                       ("original", "bytes"), ("text", "str"), ("edited_at", "datetime?"),
                       ("ingested_at", "datetime")),
    "incident": (("id", "int"), ("status", "str"), ("facts", "json"), ("created_at", "datetime"),
                 ("updated_at", "datetime")),
    "account": (("id", "int"), ("report_id", "int"), ("incident_id", "int"), ("facts", "json"),
                ("provenance", "json"), ("extractor_version", "str"), ("created_at", "datetime")),
    "link": (("account_id", "int"), ("incident_id", "int"), ("method", "str"), ("confidence", "float"),
             ("why", "json"), ("created_at", "datetime")),
    "suggestion": (("id", "int"), ("account_id", "int"), ("incident_id", "int"), ("confidence", "float"),
                   ("why", "json"), ("status", "str"), ("created_at", "datetime")),
    "history": (("id", "int"), ("incident_id", "int"), ("action", "str"), ("details", "json"), ("actor", "str"),
                ("at", "datetime")),
    "statistic": (("id", "int"), ("report_id", "int"), ("facts", "json"), ("extractor_version", "str")),
    "evidence": (("id", "int"), ("content_hash", "str"), ("size", "int"), ("media_type", "str"),
                 ("filename", "str?"), ("source_url", "str?"), ("captured_by", "str?"), ("note", "str?"),
                 ("technical", "json"), ("added_at", "datetime")),
    "evidence_link": (("evidence_id", "int"), ("incident_id", "int")),
    "report_evidence": (("report_id", "int"), ("evidence_id", "int")),
    "custody_entry": (("index", "int"), ("recorded_at", "str"), ("actor", "str"), ("action", "str"),
                      ("subject", "str"), ("details", "json")),
    "checkpoint": (("id", "int"), ("size", "int"), ("root", "bytes"), ("signed_note", "str"),
                   ("created_at", "datetime")),
}
ORDER = {kind: n for n, kind in enumerate(KINDS)}

#: The table behind each kind.
TABLES: dict[str, type[Base]] = {
    "report": ReportRow, "report_version": ReportVersionRow, "incident": IncidentRow, "account": AccountRow,
    "link": IncidentLinkRow,
    "suggestion": LinkSuggestionRow, "history": IncidentHistoryRow, "statistic": StatisticRow,
    "evidence": EvidenceRow, "evidence_link": EvidenceIncidentRow,
    "report_evidence": ReportEvidenceRow, "custody_entry": CustodyEntryRow,
    "checkpoint": CheckpointRow,
}
#: Fields named otherwise than their column (the log's leaf index is the entry's "index").
RENAMED = {("custody_entry", "index"): "id", ("checkpoint", "root"): "root_hash"}
#: Rows fetched per round trip; a report carries its original bytes (up to WARCRIMES_MAX_REPORT_BYTES).
BATCH = {"report": 32, "report_version": 32}
DEFAULT_BATCH = 2000


def table_of(kind: str) -> Table:
    table = TABLES[kind].__table__
    assert isinstance(table, Table)
    return table


def column_of(kind: str, field: str) -> str:
    return RENAMED.get((kind, field), field)


def rows_of(session: Session, kind: str) -> Iterator[dict[str, Any]]:
    """Every row of one kind in key order, as {field: value} with the values as the columns hold them."""
    table = table_of(kind)
    names = [name for name, _ in KINDS[kind]]
    query = select(*(table.c[column_of(kind, name)] for name in names)).order_by(*table.primary_key.columns)
    result = session.execute(query, execution_options={"yield_per": BATCH.get(kind, DEFAULT_BATCH)})
    for row in result:
        yield dict(zip(names, row, strict=True))

