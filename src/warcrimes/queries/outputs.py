"""Reads for exports: incidents walked by id in batches, every table streamed, the keys that signed.

Each export reads in one transaction that sees one state of the store (a snapshot: REPEATABLE READ
on PostgreSQL, one read transaction on SQLite), so a file never holds an account whose report came
in after the reports were read. Memory stays bounded whatever the count: incidents come in batches
whose rows are released before the next, tables come through a cursor (store/dump.py).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warcrimes.corroborate.incidents import incident_records, verification_clause
from warcrimes.custody.trusted import signer_of
from warcrimes.custody.verify import verifier_keys_of
from warcrimes.domain.audience import Audience
from warcrimes.domain.records import Incident
from warcrimes.store import IncidentFilter, Store, dump, reads
from warcrimes.store.schema import CheckpointRow, IncidentRow, ReportRow

#: Incidents per round trip: measured flat from 500 up (bench/bench_outputs.py); memory grows with it.
BATCH = 1000


@dataclass(frozen=True)
class SourcedIncident:
    """An incident with the language and text of each report its accounts were read from."""

    incident: Incident
    reports: Mapping[int, tuple[str, str]]


def snapshot(session: Session) -> None:
    """Make every read of this transaction see the same state (call before its first read)."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
    elif connection.dialect.name == "sqlite" and not getattr(connection.connection.dbapi_connection,
                                                               "in_transaction", True):
        # pysqlite opens no transaction for a SELECT; without one each query would see the newest rows
        connection.exec_driver_sql("BEGIN")


def _where(where: IncidentFilter) -> Any:
    clauses = [verification_clause(where.verification)] if where.verification else []
    return reads.filtered_incidents(where, *clauses)


def count_export_incidents(store: Store, where: IncidentFilter) -> int:
    """How many incidents the filter selects (a progress bar's total)."""
    with store.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(_where(where).subquery())) or 0)


def iter_export_incidents(store: Store, where: IncidentFilter, *, batch: int = BATCH) -> Iterator[SourcedIncident]:
    """Every incident the filter selects, by id, with its accounts and their reports' texts; streamed."""
    with store.transaction() as session:
        snapshot(session)
        last = 0
        while True:
            rows = list(session.scalars(_where(where).where(IncidentRow.id > last).options(reads.WITH_ACCOUNTS)
                                        .order_by(IncidentRow.id).limit(batch)))
            if not rows:
                return
            incidents = incident_records(session, rows)
            wanted = sorted({a.report_id for i in incidents for a in i.accounts})
            texts = {rid: (language, text) for rid, language, text in session.execute(
                select(ReportRow.id, ReportRow.language, ReportRow.text).where(ReportRow.id.in_(wanted)))}
            last = rows[-1].id
            session.expunge_all()  # the rows are records now: let them go before the next batch
            for incident in incidents:
                yield SourcedIncident(incident, {a.report_id: texts[a.report_id] for a in incident.accounts
                                                 if a.report_id in texts})


def iter_export_records(store: Store, audience: Audience) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every row of every table the JSON Lines export carries, kind by kind (store/dump.py's order), with
    values exactly as stored: (kind, {field: value}). It holds every report's original: personal data; the
    captives registry's rows only when the audience has the `registry` permission."""
    audience.require_personal_data("a JSON Lines export carries every report's original text, which may name "
                                   "victims")
    with store.transaction() as session:
        snapshot(session)
        for kind in dump.KINDS:
            if kind in dump.REGISTRY_KINDS and not audience.registry:
                continue
            for row in dump.rows_of(session, kind):
                yield kind, row


def signing_keys(store: Store) -> tuple[str, ...]:
    """The verifier keys (this installation's, or those of the installations a register was imported from)
    that signed at least one stored checkpoint, in the order first met: what a JSON Lines export names so
    its checkpoints can be checked where it is imported."""
    known = verifier_keys_of(store)
    used: list[str] = []
    with store.transaction() as session:
        for note in session.scalars(select(CheckpointRow.signed_note).order_by(CheckpointRow.id)):
            key = signer_of(note, known)
            if key is not None and key.text() not in used:
                used.append(key.text())
    return tuple(used)
