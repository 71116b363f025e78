"""Fingerprints made many at a time (an import) group reports exactly as one at a time (ingest) does."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from outputs_store_fixtures import fresh_store_beside
from warcrimes.corroborate.fingerprints import fingerprint_reports
from warcrimes.domain.hashing import content_hash
from warcrimes.domain.records import NewReport
from warcrimes.services.reports import add_report
from warcrimes.store import Store
from warcrimes.store.schema import FingerprintBandRow, ReportFingerprintRow, ReportRow

BASE = ("Officials in the region said a guided bomb struck a five-storey apartment block on Tuesday night, "
        "killing four residents and injuring eleven; rescuers worked until morning to clear the rubble.")
TEXTS = (BASE, BASE.replace("eleven", "twelve"), "A quiet week on the front, the local council reported, with "
         "no strikes on the town and the water supply restored to every district.", BASE + " Updated at noon.",
         BASE.replace("Tuesday", "Wednesday").replace("four", "five"))


def _reports(store: Store) -> None:
    for n, text in enumerate(TEXTS):
        original = text.encode()
        add_report(store, NewReport(content_hash(original), original, text, "text/plain",
                                    dt.date(2024, 5, 1 + n)), None, actor="intake")


def _fingerprints(store: Store) -> list[tuple]:  # type: ignore[type-arg]
    with store.transaction() as session:
        rows = session.scalars(select(ReportFingerprintRow).order_by(ReportFingerprintRow.report_id))
        found = [(r.report_id, r.group_id, round(r.similarity, 6), r.signature) for r in rows]
        bands = list(session.execute(select(FingerprintBandRow.band_key, FingerprintBandRow.report_id)
                                     .order_by(FingerprintBandRow.report_id, FingerprintBandRow.band_key)))
    return [*found, *[tuple(b) for b in bands]]


def test_a_batch_groups_near_copies_as_one_at_a_time_does(store: Store, tmp_path: Path) -> None:
    _reports(store)
    with store.transaction() as session:
        for row in session.scalars(select(ReportRow).order_by(ReportRow.id)):
            fingerprint_reports(session, [(row.id, row.text)])
    with fresh_store_beside(store, tmp_path) as other:
        _reports(other)
        with other.transaction() as session:
            reports = [(r.id, r.text) for r in session.execute(select(ReportRow.id, ReportRow.text))]
            fingerprint_reports(session, reports[:2])  # two batches: the second meets the first's bands
            fingerprint_reports(session, reports[2:])
        one_by_one, batched = _fingerprints(store), _fingerprints(other)
    assert batched == one_by_one
    groups = {r[0]: r[1] for r in one_by_one if isinstance(r[0], int) and len(r) == 4}
    assert groups[2] == groups[1] and groups[3] == 3  # the light edit joins the original; the other stands alone


def test_comparing_only_the_reports_sharing_most_bands_keeps_the_groups(
        store: Store, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A channel's template posts all share bands; the new report is compared only with the CANDIDATES
    sharing most (an exact copy shares all 32), one at a time and in a batch alike."""
    _reports(store)
    with store.transaction() as session:
        for row in session.scalars(select(ReportRow).order_by(ReportRow.id)):
            fingerprint_reports(session, [(row.id, row.text)])
    unbounded = _fingerprints(store)
    monkeypatch.setattr("warcrimes.corroborate.fingerprints.CANDIDATES", 1)
    monkeypatch.setattr("warcrimes.corroborate.fingerprints.PER_BAND", 2)
    with fresh_store_beside(store, tmp_path) as other, fresh_store_beside(store, tmp_path / "b") as third:
        for each in (other, third):
            _reports(each)
        with other.transaction() as session:
            for row in session.scalars(select(ReportRow).order_by(ReportRow.id)):
                fingerprint_reports(session, [(row.id, row.text)])
        with third.transaction() as session:
            texts = [(r.id, r.text) for r in session.execute(select(ReportRow.id, ReportRow.text))]
            fingerprint_reports(session, texts)
        assert _fingerprints(other) == _fingerprints(third) == unbounded


@pytest.mark.parametrize("keep", [1, 2, 20])
def test_band_holders_kept_between_batches_read_as_the_store_does(
        store: Store, monkeypatch, keep: int) -> None:  # type: ignore[no-untyped-def]
    """An import keeps the bands' latest holders from one batch (transaction) to the next and reads only the
    band rows stored since: what it hands fingerprinting equals reading each band's holders from the store,
    for bands held more than PER_BAND times, bands it had not read, bands another writer added to, and bands
    let go after `keep` batches that did not ask for them and read again."""
    from warcrimes.corroborate import fingerprints

    monkeypatch.setattr(fingerprints, "PER_BAND", 3)
    monkeypatch.setattr(fingerprints.BandHolders, "KEEP_BATCHES", keep)
    _reports(store)
    kept = fingerprints.BandHolders()
    with store.transaction() as session:
        ids = [(r.id, r.text) for r in session.execute(select(ReportRow.id, ReportRow.text).order_by(ReportRow.id))]
    for start in range(0, len(ids), 2):  # a batch of two each, the holders kept between them
        with store.transaction() as session:
            fingerprints.holding_bands(session, kept)
            fingerprint_reports(session, ids[start:start + 2])
            keys = sorted(set(session.scalars(select(FingerprintBandRow.band_key))))
            through_memory = kept.latest(session, keys)
            stored = fingerprints._latest_holders(session, keys)
            from_store = {key: [r for _, r in found] for key, found in stored.items()}
        assert through_memory == from_store
        assert any(len(found) == 3 for found in from_store.values()) or start == 0
