"""A Telegram export's batches with their photos: the media's rows are written before a batch's reports are
linked and its photos copied into the vault by a thread (services/ingest.py, services/reports.py). What is
stored must be what storing one report a batch stores (the order the code had before), a failure while
storing a batch must leave only the batches before it, and importing the export again must store nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from source_fixtures import GeneratedChannel
from stored_rows import fixed_custody_clock, rows_of
from warcrimes.config import Settings
from warcrimes.services import unit
from warcrimes.services.ingest import ingest_file
from warcrimes.store import Store, open_store, writes

#: Posts returning to two towns, a photo with every third (post 18 sends post 3's again).
CHANNEL = GeneratedChannel(
    "Міська рада", 1666000222,
    ["Вночі дрон влучив у {place}: поранено {n} людей, пошкоджено школу.",
     "Shelling of {place} this afternoon left {n} civilians injured, the governor said.",
     "Окупанти обстріляли {place} з мінометів, загинули {n} мирних мешканців."],
    [("Херсон", "Kherson"), ("Нікополь", "Nikopol")],
    first=1_714_000_000, every=5_400, counts=4, photo_every=3, resent={18: 3})


def _open(home: Path) -> Store:
    home.mkdir()
    return open_store(Settings(home=home, database_url=f"sqlite:///{home / 'db.sqlite3'}"))


def _without_custody_states(rows: dict[str, Any]) -> dict[str, Any]:
    """The rows, less each custody entry's `state` (the digests of what its unit of work changed, on the unit's
    last entry: a unit a report puts them elsewhere than a unit a batch) and the hashes over it."""
    entries = [{**e, "details": {k: v for k, v in e["details"].items() if k != "state"}}
               for e in rows["custody_entries"]]
    return {**{name: found for name, found in rows.items() if name != "custody_nodes"},
            "custody_entries": [{k: v for k, v in e.items() if k != "leaf_hash"} for e in entries]}


def _stored(home: Path, export: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    store = _open(home)
    try:
        monkeypatch.setattr(unit, "custody_log", fixed_custody_clock)
        outcome = ingest_file(store, export, actor="intake")
        assert outcome.status == "stored", outcome.message
        again = ingest_file(store, export, actor="intake")
        assert again.status == "duplicate" and again.count("duplicate") == len(outcome.reports)
        return rows_of(store)
    finally:
        store.engine.dispose()


def test_a_batch_with_photos_stores_what_one_report_a_batch_stores(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    export = CHANNEL.write(tmp_path / "export", 23)
    monkeypatch.setattr("warcrimes.services.ingest.BATCH", 7)  # photos on both sides of each boundary
    monkeypatch.setattr("warcrimes.services.ahead.WORKERS", 1)
    batches = _stored(tmp_path / "batches", export, monkeypatch)
    monkeypatch.setattr("warcrimes.services.ingest.BATCH", 1)
    monkeypatch.setattr("warcrimes.services.ahead.WORKERS", 0)
    alone = _stored(tmp_path / "alone", export, monkeypatch)
    assert len(batches["evidence"]) == 7 and len(batches["report_evidence"]) == 8  # one photo sent twice
    assert [e["action"] for e in batches["custody_entries"]].count("evidence.add") == 7
    assert len(batches["incidents"]) < len(batches["accounts"])  # accounts joined incidents across batches
    assert _without_custody_states(batches) == _without_custody_states(alone)


def test_a_failure_while_storing_a_batch_keeps_the_batches_before_and_a_rerun_finishes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    export = CHANNEL.write(tmp_path / "export", 23)
    monkeypatch.setattr("warcrimes.services.ingest.BATCH", 7)
    monkeypatch.setattr("warcrimes.services.ahead.WORKERS", 0)
    monkeypatch.setattr(unit, "custody_log", fixed_custody_clock)
    clean = _stored(tmp_path / "clean", export, monkeypatch)

    store = _open(tmp_path / "broken")
    try:
        real = writes.link_report_evidence

        def fails_in_the_second_batch(session: Any, report_id: int, evidence_id: int) -> bool:
            if report_id > 7:
                raise RuntimeError("the disk is full")
            return real(session, report_id, evidence_id)

        monkeypatch.setattr(writes, "link_report_evidence", fails_in_the_second_batch)
        outcome = ingest_file(store, export, actor="intake")
        assert outcome.status == "failed" and "7 report(s) before the problem were stored" in outcome.message
        kept = rows_of(store)
        assert [r["id"] for r in kept["reports"]] == list(range(1, 8))  # the first batch whole, nothing after
        assert {a["report_id"] for a in kept["accounts"]} <= set(range(1, 8))
        assert len(kept["evidence"]) == 3 and len(kept["report_evidence"]) == 3  # posts 1, 4 and 7
        assert kept["custody_entries"] == clean["custody_entries"][:len(kept["custody_entries"])]

        monkeypatch.setattr(writes, "link_report_evidence", real)
        rerun = ingest_file(store, export, actor="intake")
        assert rerun.status == "stored" and rerun.count("duplicate") == 7 and rerun.count("stored") == 16
        assert rows_of(store) == clean
    finally:
        store.engine.dispose()
