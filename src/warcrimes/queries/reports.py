"""Reports for the source list, the report page, downloads of originals and the health check."""

from __future__ import annotations

from dataclasses import dataclass, field

from warcrimes.custody.log import CustodyLog, Entry
from warcrimes.domain.records import Account, EvidenceItem, Report, ReportVersion, Statistic
from warcrimes.store import Store, convert, reads


@dataclass(frozen=True)
class ReportPage:
    """One report with what was read from it, the custody entries about its bytes, its later versions
    (an edited message) and the evidence files that came with it (a post's photos and videos)."""

    report: Report
    accounts: list[Account]
    statistics: list[Statistic]
    custody: list[Entry]
    versions: list[ReportVersion] = field(default_factory=list)
    evidence: list[EvidenceItem] = field(default_factory=list)


@dataclass(frozen=True)
class ListedReport:
    """A report as a list shows it: the record and how many incident accounts were read from it."""

    report: Report
    accounts: int


def list_reports(store: Store, limit: int | None = None, offset: int = 0) -> list[Report]:
    """Reports, newest publication first."""
    with store.transaction() as session:
        return [convert.report(row) for row in reads.reports_page(session, limit, offset)]


def report_list(store: Store, *, limit: int | None = None, offset: int = 0, channel: str | None = None,
                language: str | None = None, status: str | None = None) -> list[ListedReport]:
    """Reports with their language, extraction status, versions and accounts (`warcrimes reports`)."""
    with store.transaction() as session:
        rows = reads.reports_page(session, limit, offset, channel=channel, language=language, status=status)
        ids = [row.id for row in rows]
        versions = reads.version_counts(session, ids)
        accounts = reads.account_counts(session, ids)
        return [ListedReport(convert.report(row, 1 + versions.get(row.id, 0)), accounts.get(row.id, 0))
                for row in rows]


def count_reports(store: Store) -> int:
    with store.transaction() as session:
        return reads.count_reports(session)


def get_report(store: Store, report_id: int) -> Report:
    with store.transaction() as session:
        return convert.report(reads.report_row(session, report_id))


def find_report(store: Store, content_hash: str) -> Report | None:
    with store.transaction() as session:
        row = reads.report_by_hash(session, content_hash)
        return convert.report(row) if row else None


def report_original(store: Store, report_id: int) -> tuple[Report, bytes]:
    """The report and its stored bytes, for a download."""
    with store.transaction() as session:
        row = reads.report_row(session, report_id)
        return convert.report(row), row.original


def report_page(store: Store, report_id: int) -> ReportPage:
    """The report page's content in one transaction."""
    with store.transaction() as session:
        row = reads.report_row(session, report_id)
        versions = reads.report_versions(session, report_id)
        return ReportPage(convert.report(row, 1 + len(versions)),
                          [convert.account(a) for a in reads.accounts_of_report(session, report_id)],
                          [convert.statistic(s) for s in reads.statistic_rows(session, report_id=report_id)],
                          CustodyLog(store.settings.home).entries_about(
                              session, [row.content_hash, *(v.content_hash for v in versions)]),
                          [convert.report_version(v) for v in versions],
                          [convert.evidence(e) for e in reads.evidence_of_report(session, report_id)])


def list_accounts(store: Store, report_id: int) -> list[Account]:
    """The accounts read from one report, in the order they were extracted."""
    with store.transaction() as session:
        return [convert.account(a) for a in reads.accounts_of_report(session, report_id)]
