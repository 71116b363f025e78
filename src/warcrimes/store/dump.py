"""Every stored table as a record kind, field by field, and the stream of its rows exactly as stored.

This is what the JSON Lines export carries and what an import loads (store/load.py). The kinds are
listed in the order rows must be inserted (each refers only to kinds before it). Derived state is
not a kind: report fingerprints and their bands (corroborate/), the custody log's leaf hashes and
interior nodes (custody/), and the columns incidents and statistics copy from their facts for
filtering are recomputed by whoever loads the rows. The captives registry's kinds go only to an
audience with the `registry` permission (queries/outputs.py), as stored: personal fields sealed.
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
    DetentionPlaceRow,
    EvidenceIncidentRow,
    EvidenceRow,
    ExchangeRow,
    IncidentHistoryRow,
    IncidentLinkRow,
    IncidentPersonLinkRow,
    IncidentRow,
    LinkSuggestionRow,
    ListImportRow,
    MatchCandidateRow,
    PersonRow,
    PersonTermRow,
    PersonViewRow,
    ReportEvidenceRow,
    ReportRow,
    ReportVersionRow,
    StatisticRow,
    StatusEntryRow,
)

#: The columns of an analyst's decision on a registry proposal.
DECISION = (("score", "float"), ("reasons", "json"), ("state", "str"), ("created_at", "datetime"),
            ("decided_by", "str?"), ("decided_at", "datetime?"))
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
                ("provenance", "json"), ("extractor_version", "str"), ("created_at", "datetime"),
                ("version", "int?")),
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
    # the captives registry (docs/registry.md): only for an audience with the `registry` permission. Personal
    # fields stay the sealed tokens they are stored as; the receiving installation needs the keys folder.
    "registry_place": (("id", "int"), ("public_id", "str"), ("place_key", "str"), ("name", "str"),
                       ("place_kind", "str"), ("settlement", "str"), ("region", "str"), ("country", "str"),
                       ("latitude", "float?"), ("longitude", "float?")),
    "registry_exchange": (("id", "int"), ("public_id", "str"), ("date", "date"), ("exchange_kind", "str"),
                          ("mediator", "str"), ("stated", "json"), ("created_at", "datetime")),
    "registry_person": (("id", "int"), ("public_id", "str"), ("category", "str"), ("sealed", "str"),
                        ("key_id", "str"), ("merged_into", "str?"), ("created_at", "datetime"),
                        ("updated_at", "datetime")),
    "registry_person_term": (("term", "str"), ("person_id", "int")),
    "registry_status_entry": (("id", "int"), ("person_id", "int"), ("status", "str"), ("date", "str"),
                              ("date_first", "date"), ("date_last", "date"), ("place_id", "int?"),
                              ("exchange_id", "int?"), ("incident_id", "int?"), ("confirmed_by", "str?"),
                              ("confirmed_how", "str?"), ("source_kind", "str"), ("source_ref", "str"),
                              ("note", "str?"), ("recorded_at", "datetime"), ("recorded_by", "str")),
    "registry_match_candidate": (("id", "int"), ("left_id", "int"), ("right_id", "int"), *DECISION),
    "registry_incident_link": (("id", "int"), ("incident_id", "int"), ("person_id", "int"), *DECISION),
    "registry_person_view": (("id", "int"), ("person_id", "int"), ("viewer", "str"), ("via", "str"),
                             ("viewed_at", "datetime")),
    "registry_import": (("id", "int"), ("list_hash", "str"), ("format", "str"), ("encoding", "str"),
                        ("mapping", "str"), ("counts", "json"), ("applied_at", "datetime"), ("applied_by", "str")),
    "custody_entry": (("index", "int"), ("recorded_at", "str"), ("actor", "str"), ("action", "str"),
                      ("subject", "str"), ("details", "json")),
    "checkpoint": (("id", "int"), ("size", "int"), ("root", "bytes"), ("signed_note", "str"),
                   ("created_at", "datetime")),
}
ORDER = {kind: n for n, kind in enumerate(KINDS)}
#: The registry's kinds: exported to an audience with the `registry` permission only.
REGISTRY_KINDS = tuple(kind for kind in KINDS if kind.startswith("registry_"))

#: The table behind each kind.
TABLES: dict[str, type[Base]] = {
    "report": ReportRow, "report_version": ReportVersionRow, "incident": IncidentRow, "account": AccountRow,
    "link": IncidentLinkRow,
    "suggestion": LinkSuggestionRow, "history": IncidentHistoryRow, "statistic": StatisticRow,
    "evidence": EvidenceRow, "evidence_link": EvidenceIncidentRow,
    "report_evidence": ReportEvidenceRow, "custody_entry": CustodyEntryRow,
    "checkpoint": CheckpointRow,
    "registry_place": DetentionPlaceRow, "registry_exchange": ExchangeRow, "registry_person": PersonRow,
    "registry_person_term": PersonTermRow, "registry_status_entry": StatusEntryRow,
    "registry_match_candidate": MatchCandidateRow, "registry_incident_link": IncidentPersonLinkRow,
    "registry_person_view": PersonViewRow, "registry_import": ListImportRow,
}
#: Fields named otherwise than their column (the log's leaf index is the entry's "index").
RENAMED = {("custody_entry", "index"): "id", ("checkpoint", "root"): "root_hash",
           # a record's own "kind" names its record kind: the registry's kind columns go by another name
           ("registry_place", "place_kind"): "kind", ("registry_exchange", "exchange_kind"): "kind",
           ("registry_status_entry", "status"): "kind"}
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

