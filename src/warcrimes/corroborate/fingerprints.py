"""Storing report fingerprints and finding the near-duplicate group of a new report."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import insert, select, union_all
from sqlalchemy.orm import Session

from warcrimes.store.schema import FingerprintBandRow, ReportFingerprintRow, ReportRow

#: Earlier reports a new one is compared with in full: those sharing the most fingerprint bands, among
#: the latest PER_BAND reports holding each band.
CANDIDATES = 200
PER_BAND = 200


def fingerprint_report(session: Session, report: ReportRow) -> ReportFingerprintRow:
    """The report's fingerprint row, made once: it joins the group of the closest earlier near-copy."""
    # here, not at the top (start-up weight, not a cycle): numpy is ~14 MB that the commands
    # and pages which only read an incident's groups (groups_of) never use
    from warcrimes.corroborate.neardup import fingerprint

    existing = session.get(ReportFingerprintRow, report.id)
    if existing is not None:
        return existing
    found = fingerprint(report.text)
    keys = found.band_keys()
    candidates = _sharing_most(session, keys)
    f = ReportFingerprintRow
    others = session.execute(select(f.group_id, f.signature, f.shingles).where(f.report_id.in_(candidates))
                             .order_by(f.report_id)).all() if candidates else []
    group_id, best = _nearest(report.id, found, others)
    row = ReportFingerprintRow(report_id=report.id, signature=found.to_bytes(), shingles=found.shingles,
                               group_id=group_id, similarity=best)
    session.add(row)
    session.add_all(FingerprintBandRow(band_key=key, report_id=report.id) for key in keys)
    return row


def _sharing_most(session: Session, keys: Sequence[str]) -> list[int]:
    """The earlier reports a new one is compared with: of the latest PER_BAND holders of each of its bands,
    the CANDIDATES sharing the most bands (earliest first among equals). A channel's posts written from one
    template all share bands, and reading every earlier post for each new one made an import of 10,000
    posts quadratic; the latest holders of a band are read from the band_key index in its row order (the
    order bands were stored in), without visiting the others. An exact copy shares all 32 bands."""
    b = FingerprintBandRow
    latest = [select(b.report_id).where(b.band_key == key).order_by(b.id.desc()).limit(PER_BAND).subquery()
              for key in dict.fromkeys(keys)]
    if not latest:
        return []
    shared = Counter(session.scalars(union_all(*(select(sub.c.report_id) for sub in latest))))
    return _most_shared(shared)


def _most_shared(shared: Counter[int]) -> list[int]:
    return sorted(sorted(shared, key=lambda r: (-shared[r], r))[:CANDIDATES])


def _group(report_id: int, found: Any, others: Iterable[tuple[int, Any]]) -> tuple[int, float]:
    """The near-copy group a report joins: that of the most similar earlier report at or above
    NEAR_DUPLICATE (the earliest of equals: `others` come in report order), else its own; with the similarity."""
    from warcrimes.corroborate.neardup import NEAR_DUPLICATE, similarity

    group_id, best = report_id, 0.0
    for other_group, other in others:
        score = similarity(found, other)
        if score >= NEAR_DUPLICATE and score > best:
            group_id, best = other_group, score
    return group_id, best


def _nearest(report_id: int, found: Any, others: Sequence[Any]) -> tuple[int, float]:
    """As `_group` over (group id, signature bytes, shingles) rows in report order, all at once: a channel's
    posts written from one template share bands, so a report may have thousands of candidates."""
    import numpy as np

    from warcrimes.corroborate.neardup import NEAR_DUPLICATE, PERMUTATIONS, Fingerprint

    if not others or any(len(o.signature) != 4 * PERMUTATIONS for o in others):
        return _group(report_id, found, ((o.group_id, Fingerprint.from_bytes(o.signature, o.shingles))
                                         for o in others))
    held = np.frombuffer(b"".join(o.signature for o in others), dtype="<u4").reshape(len(others), PERMUTATIONS)
    scores = np.count_nonzero(held == found.signature.astype("<u4"), axis=1) / PERMUTATIONS
    if found.shingles == 0:  # two empty texts are not copies of each other
        scores[np.array([o.shingles == 0 for o in others])] = 0.0
    near = scores >= NEAR_DUPLICATE
    if not near.any():
        return report_id, 0.0
    best = scores[near].max()
    first = int(np.flatnonzero(near & (scores == best))[0])  # the earliest of equals, as `_group` keeps
    return int(others[first].group_id), float(best)


def fingerprint_reports(session: Session, reports: Sequence[tuple[int, str]]) -> None:
    """Fingerprints of many reports (id, text), in id order, grouped exactly as `fingerprint_report` one by
    one would group them, in three statements a batch: an import of 100,000 reports needs minutes, not hours."""
    from warcrimes.corroborate.neardup import Fingerprint, fingerprint

    made = [(report_id, fingerprint(text)) for report_id, text in sorted(reports)]
    keyed = {report_id: found.band_keys() for report_id, found in made}
    holders: dict[str, list[int]] = {}  # each band's holders in the order their bands were stored
    for key, report_id in session.execute(select(FingerprintBandRow.band_key, FingerprintBandRow.report_id).where(
            FingerprintBandRow.band_key.in_({k for keys in keyed.values() for k in keys}))
            .order_by(FingerprintBandRow.id)):
        holders.setdefault(key, []).append(report_id)
    wanted = {r for ids in holders.values() for r in ids}
    known: dict[int, tuple[int, Any]] = {
        row.report_id: (row.group_id, Fingerprint.from_bytes(row.signature, row.shingles))
        for row in session.execute(select(ReportFingerprintRow).where(ReportFingerprintRow.report_id.in_(wanted)))
        .scalars()} if wanted else {}
    rows: list[dict[str, Any]] = []
    bands: list[dict[str, Any]] = []
    for report_id, found in made:
        # as `_sharing_most`: the latest PER_BAND holders of each band, those sharing most of them
        shared = Counter(r for key in dict.fromkeys(keyed[report_id]) for r in holders.get(key, [])[-PER_BAND:])
        group_id, best = _group(report_id, found, (known[r] for r in _most_shared(shared)))
        known[report_id] = (group_id, found)
        for key in dict.fromkeys(keyed[report_id]):
            holders.setdefault(key, []).append(report_id)
        rows.append({"report_id": report_id, "signature": found.to_bytes(), "shingles": found.shingles,
                     "group_id": group_id, "similarity": best})
        bands.extend({"band_key": key, "report_id": report_id} for key in keyed[report_id])
    if rows:
        session.execute(insert(ReportFingerprintRow), rows)
        session.execute(insert(FingerprintBandRow), bands)


def groups_of(session: Session, report_ids: Iterable[int]) -> dict[int, int]:
    """report id -> near-duplicate group id, for the reports that have a fingerprint."""
    ids = list(set(report_ids))
    if not ids:
        return {}
    rows = session.execute(select(ReportFingerprintRow.report_id, ReportFingerprintRow.group_id)
                           .where(ReportFingerprintRow.report_id.in_(ids)))
    return {report_id: group_id for report_id, group_id in rows}
