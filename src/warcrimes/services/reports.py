"""Storing a report with what extraction read from it: one unit of work per report.

The report's bytes, its accounts (each linked to the incident it tells), its statistics, the
incidents' history and the custody entries (ingest, the linker's decisions, extract) commit
together, so a crash leaves whole reports only and a re-run finishes the job.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from warcrimes.corroborate.linking import Linked, Linker
from warcrimes.custody.state import ingested_details
from warcrimes.domain.records import Extraction, NewReport
from warcrimes.services.unit import UnitOfWork, unit_of_work
from warcrimes.store import Store, reads, writes
from warcrimes.store.schema import AccountRow, ReportRow

#: Chooses (or opens) the incident a new account belongs to, inside the unit of work.
IncidentLinker = Callable[[Session, AccountRow], Linked]
#: The linker add_report uses unless told otherwise (read at call time, so a test may replace it).
LINKER: IncidentLinker = Linker()
#: Who the custody log names for the linker's own decisions (created, joined).
LINKER_ACTOR = "linker"


@dataclass(frozen=True)
class IngestOutcome:
    """What storing one report did: its id, whether it was already there, what it added."""

    report_id: int
    content_hash: str
    duplicate: bool
    accounts: int = 0
    incidents: tuple[int, ...] = ()
    statistics: int = 0


def add_report(store: Store, new: NewReport, extraction: Extraction | None, *, actor: str,
               linker: IncidentLinker | None = None) -> IngestOutcome:
    """Store a report with what was extracted from it; the same bytes again change nothing."""
    with unit_of_work(store, actor) as work:
        existing = reads.report_by_hash(work.session, new.content_hash)
        if existing is not None:
            return IngestOutcome(existing.id, existing.content_hash, duplicate=True)
        row = writes.add_report(work.session, new, extracted=extraction is not None)
        work.record("ingest", new.content_hash,
                    {"report_id": row.id, "filename": new.filename, "publisher": new.publisher,
                     "url": new.url, "published": new.published.isoformat(), "size": row.size,
                     **ingested_details(row.text, row.media_type, row.language, row.extraction_status)})
        if extraction is None:
            return IngestOutcome(row.id, row.content_hash, False)
        incidents = _add_extraction(work, row, extraction, linker or LINKER)
        return IngestOutcome(row.id, row.content_hash, False, len(extraction.incidents), tuple(incidents),
                             len(extraction.statistics))


def _add_extraction(work: UnitOfWork, report: ReportRow, extraction: Extraction,
                    linker: IncidentLinker) -> list[int]:
    incident_ids: list[int] = []
    for account in writes.new_accounts(report, extraction):
        linked = linker(work.session, account)
        for decision in linked.decisions:
            # the software decided; the entry also names the person whose ingest or upload it was
            work.note(decision.incident_id, decision.action, {**decision.details, "ingested_by": work.actor},
                      actor=LINKER_ACTOR)
        account.incident = linked.incident
        work.session.add(account)
        work.session.flush()
        incident_ids.append(linked.incident.id)
    writes.add_statistics(work.session, report, extraction)
    work.record("extract", report.content_hash,
                {"report_id": report.id, "extractor_version": extraction.extractor_version,
                 "accounts": len(extraction.incidents), "incidents": sorted(set(incident_ids)),
                 "statistics": len(extraction.statistics)})
    return incident_ids
