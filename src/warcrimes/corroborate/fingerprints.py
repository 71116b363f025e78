"""Storing report fingerprints and finding the near-duplicate group of a new report."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from warcrimes.store.schema import FingerprintBandRow, ReportFingerprintRow, ReportRow


def fingerprint_report(session: Session, report: ReportRow) -> ReportFingerprintRow:
    """The report's fingerprint row, made once: it joins the group of the closest earlier near-copy."""
    # here, not at the top (start-up weight, not a cycle): numpy is ~14 MB that the commands
    # and pages which only read an incident's groups (groups_of) never use
    from warcrimes.corroborate.neardup import NEAR_DUPLICATE, Fingerprint, fingerprint, similarity

    existing = session.get(ReportFingerprintRow, report.id)
    if existing is not None:
        return existing
    found = fingerprint(report.text)
    keys = found.band_keys()
    candidates = set(session.scalars(select(FingerprintBandRow.report_id)
                                     .where(FingerprintBandRow.band_key.in_(keys))).all())
    group_id, best = report.id, 0.0
    if candidates:
        for other in session.scalars(select(ReportFingerprintRow)
                                     .where(ReportFingerprintRow.report_id.in_(candidates))):
            score = similarity(found, Fingerprint.from_bytes(other.signature, other.shingles))
            if score >= NEAR_DUPLICATE and score > best:
                group_id, best = other.group_id, score
    row = ReportFingerprintRow(report_id=report.id, signature=found.to_bytes(), shingles=found.shingles,
                               group_id=group_id, similarity=best)
    session.add(row)
    session.add_all(FingerprintBandRow(band_key=key, report_id=report.id) for key in keys)
    return row


def groups_of(session: Session, report_ids: Iterable[int]) -> dict[int, int]:
    """report id -> near-duplicate group id, for the reports that have a fingerprint."""
    ids = list(set(report_ids))
    if not ids:
        return {}
    rows = session.execute(select(ReportFingerprintRow.report_id, ReportFingerprintRow.group_id)
                           .where(ReportFingerprintRow.report_id.in_(ids)))
    return {report_id: group_id for report_id, group_id in rows}
