"""The Store: every state change is one transaction (plus one custody entry once the log exists)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from warcrimes.config import Settings, load_settings
from warcrimes.domain.records import Account, Extraction, Incident, NewReport, Report, Statistic
from warcrimes.errors import NotFoundError
from warcrimes.store import convert
from warcrimes.store.schema import AccountRow, IncidentRow, ReportRow, StatisticRow, utcnow

#: Accounts list their report's source, never its text or original bytes.
_SOURCE_ONLY = (ReportRow.id, ReportRow.publisher, ReportRow.url, ReportRow.published)


class CustodyRecorder(Protocol):
    """Appends one custody-log entry inside the caller's transaction."""

    def append(self, session: Session, *, action: str, subject: str, details: dict[str, Any],
               actor: str) -> object: ...


#: Chooses (or creates) the incident a new account belongs to, inside the transaction.
IncidentLinker = Callable[[Session, AccountRow], IncidentRow]


def new_incident_for(session: Session, account: AccountRow) -> IncidentRow:
    """The simplest linker: every account starts its own incident."""
    row = IncidentRow(status="proposed")
    convert.summarise_into(row, convert.account(account).facts)
    session.add(row)
    session.flush()
    return row


@dataclass(frozen=True)
class IngestOutcome:
    """What storing one report did: its id, whether it was already there, what it added."""

    report_id: int
    content_hash: str
    duplicate: bool
    accounts: int = 0
    incidents: tuple[int, ...] = ()
    statistics: int = 0


@dataclass(frozen=True)
class IncidentFilter:
    """Filters of `warcrimes incidents` and the web list."""

    violation: str | None = None
    oblast: str | None = None
    since: dt.date | None = None
    status: str | None = None
    #: a level of corroborate/verification.py LEVELS (single_source ... confirmed)
    verification: str | None = None
    limit: int | None = None
    offset: int = 0


class Store:
    """Reports, accounts, incidents and statistics behind one interface (SQLite or PostgreSQL)."""

    def __init__(self, engine: Engine, *, settings: Settings | None = None,
                 linker: IncidentLinker | None = None, custody: CustodyRecorder | None = None) -> None:
        self.engine = engine
        self.settings = settings or load_settings()
        self.linker: IncidentLinker = linker or new_incident_for
        self.custody = custody
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole or rolled back whole."""
        with self._sessions() as session, session.begin():
            yield session

    def record(self, session: Session, action: str, subject: str, details: dict[str, Any],
               actor: str = "system") -> None:
        """One custody entry for a state change, in the same transaction as the change."""
        if self.custody is not None:
            self.custody.append(session, action=action, subject=subject, details=details, actor=actor)

    # --- reports -------------------------------------------------------------------------

    def find_report(self, content_hash: str) -> Report | None:
        with self._sessions() as session:
            row = session.scalar(select(ReportRow).where(ReportRow.content_hash == content_hash))
            return convert.report(row) if row else None

    def get_report(self, report_id: int) -> Report:
        with self._sessions() as session:
            row = session.get(ReportRow, report_id)
            if row is None:
                raise NotFoundError(f"report {report_id} is not in the store")
            return convert.report(row)

    def report_original(self, report_id: int) -> bytes:
        with self._sessions() as session:
            row = session.get(ReportRow, report_id)
            if row is None:
                raise NotFoundError(f"report {report_id} is not in the store")
            return row.original

    def add_report(self, new: NewReport, extraction: Extraction | None, *,
                   actor: str = "system") -> IngestOutcome:
        """Store a report with what was extracted from it, all in one transaction.

        The same bytes a second time change nothing and come back as a duplicate.
        """
        with self.transaction() as session:
            existing = session.scalar(select(ReportRow).where(ReportRow.content_hash == new.content_hash))
            if existing is not None:
                return IngestOutcome(existing.id, existing.content_hash, duplicate=True)
            row = ReportRow(content_hash=new.content_hash, original=new.original, text=new.text,
                            media_type=new.media_type, size=len(new.original), filename=new.filename,
                            publisher=new.publisher, url=new.url, published=new.published,
                            language=new.language,
                            extraction_status="done" if extraction is not None else "not_extracted")
            session.add(row)
            session.flush()
            self.record(session, "ingest", new.content_hash,
                        {"report_id": row.id, "filename": new.filename, "publisher": new.publisher,
                         "url": new.url, "published": new.published.isoformat(), "size": row.size},
                        actor)
            incidents: list[int] = []
            statistics = 0
            if extraction is not None:
                incidents = self._add_extraction(session, row, extraction, actor)
                statistics = len(extraction.statistics)
            return IngestOutcome(row.id, row.content_hash, False, len(extraction.incidents) if extraction
                                 else 0, tuple(incidents), statistics)

    def _add_extraction(self, session: Session, report: ReportRow, extraction: Extraction,
                        actor: str) -> list[int]:
        incident_ids: list[int] = []
        for found in extraction.incidents:
            account = AccountRow(report_id=report.id, facts=found.facts.to_contract(),
                                 provenance=[p.to_dict() for p in found.provenance],
                                 extractor_version=extraction.extractor_version, created_at=utcnow())
            incident = self.linker(session, account)
            account.incident = incident
            session.add(account)
            session.flush()
            incident_ids.append(incident.id)
        for stat in extraction.statistics:
            facts = stat.facts
            session.add(StatisticRow(report_id=report.id, measure=facts.measure,
                                     population=facts.population, value=facts.value,
                                     qualifier=facts.qualifier, unit=facts.unit, as_of=facts.as_of,
                                     reported_by=facts.reported_by, facts=facts.to_contract(),
                                     extractor_version=extraction.extractor_version))
        session.flush()
        self.record(session, "extract", report.content_hash,
                    {"report_id": report.id, "extractor_version": extraction.extractor_version,
                     "accounts": len(extraction.incidents), "incidents": sorted(set(incident_ids)),
                     "statistics": len(extraction.statistics)}, actor)
        return incident_ids

    def count_reports(self) -> int:
        with self._sessions() as session:
            return len(session.scalars(select(ReportRow.id)).all())

    def list_reports(self, limit: int | None = None, offset: int = 0) -> list[Report]:
        """Reports, newest publication first (the web's source list)."""
        query = select(ReportRow).order_by(ReportRow.published.desc(), ReportRow.id.desc()).offset(offset)
        if limit:
            query = query.limit(limit)
        with self._sessions() as session:
            return [convert.report(row) for row in session.scalars(query).all()]

    def list_accounts(self, report_id: int) -> list[Account]:
        """The accounts read from one report, in the order they were extracted."""
        query = (select(AccountRow).where(AccountRow.report_id == report_id)
                 .options(selectinload(AccountRow.report).load_only(*_SOURCE_ONLY)).order_by(AccountRow.id))
        with self._sessions() as session:
            return [convert.account(row) for row in session.scalars(query).all()]

    # --- incidents -----------------------------------------------------------------------

    def list_incidents(self, where: IncidentFilter | None = None) -> list[Incident]:
        where = where or IncidentFilter()
        query = select(IncidentRow).options(
            selectinload(IncidentRow.accounts).selectinload(AccountRow.report).load_only(*_SOURCE_ONLY))
        if where.violation:
            query = query.where(IncidentRow.violation_labels.contains(f"|{where.violation}|", autoescape=True))
        if where.oblast:
            query = query.where(IncidentRow.admin1.istartswith(where.oblast.strip(), autoescape=True))
        if where.since:
            query = query.where(IncidentRow.date_end >= where.since)
        if where.status:
            query = query.where(IncidentRow.status == where.status)
        if where.verification:
            from warcrimes.corroborate.refresh import verification_clause  # corroborate imports the store

            query = query.where(verification_clause(where.verification))
        query = query.order_by(IncidentRow.date_start.desc().nulls_last(), IncidentRow.id)
        if where.limit:
            query = query.limit(where.limit)
        if where.offset:
            query = query.offset(where.offset)
        from warcrimes.corroborate.refresh import evidence_on_file_of  # corroborate imports the store

        with self._sessions() as session:
            rows = session.scalars(query).all()
            evidence = evidence_on_file_of(session, [row.id for row in rows])
            return [convert.incident(row, evidence=evidence.get(row.id, 0)) for row in rows]

    def get_incident(self, incident_id: int) -> Incident:
        with self._sessions() as session:
            row = session.get(IncidentRow, incident_id, options=[
                selectinload(IncidentRow.accounts).selectinload(AccountRow.report).load_only(*_SOURCE_ONLY)])
            if row is None:
                raise NotFoundError(f"incident {incident_id} is not in the store")
            return convert.incident(row)

    def list_statistics(self, measure: str | None = None, report_id: int | None = None) -> list[Statistic]:
        query = select(StatisticRow).order_by(StatisticRow.as_of, StatisticRow.id)
        if measure:
            query = query.where(StatisticRow.measure == measure)
        if report_id is not None:
            query = query.where(StatisticRow.report_id == report_id)
        with self._sessions() as session:
            return [convert.statistic(row) for row in session.scalars(query).all()]
