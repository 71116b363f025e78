"""What makes a large Telegram import fast must not change what it stores: an incident's originators
and verification worked out once per batch (verdicts_deferred) equal those worked out at every join, and a
batch's report rows, fingerprints and band rows written together equal those written one report at a time.
Every row is compared (tests/stored_rows.py), custody entries and their hashes included."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

import pytest

from source_fixtures import GeneratedChannel
from stored_rows import fixed_custody_clock, rows_of
from warcrimes.config import Settings
from warcrimes.corroborate import citations, descriptors
from warcrimes.services import reports, unit
from warcrimes.services.ingest import ingest_file
from warcrimes.store import open_store

#: Posts that keep coming back to three towns: incidents that many accounts join.
CHANNEL = GeneratedChannel(
    "Обласна адміністрація", 1555000111,
    ["Ворожий дрон атакував {place}: поранено {n} мирних жителів, повідомила обласна прокуратура.",
     "У {place} після нічного обстрілу загинули {n} людей, ще двоє травмовані, - начальник ОВА.",
     "Drone strike on {place} this morning: {n} civilians wounded, police say; investigators are on site.",
     "Окупанти вдарили по лікарні у {place}, пошкоджено дах і вікна, постраждалих немає."],
    [("Херсоні", "Kherson"), ("Нікополі", "Nikopol"), ("Сумах", "Sumy")],
    first=1_712_000_000, every=3_600, counts=5)


EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def stored(home: Path, *sources: Path) -> dict[str, Any]:
    """Ingest into a fresh SQLite store (a file at a time): every row it then holds, custody entries with
    their hashes included (the log's clock fixed), as tests/stored_rows.py reads them."""
    home.mkdir()
    store = open_store(Settings(home=home, database_url=f"sqlite:///{home / 'db.sqlite3'}"))
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(unit, "custody_log", fixed_custody_clock)
            for source in sources:
                assert ingest_file(store, source, actor="intake").status == "stored"
        return rows_of(store)
    finally:
        store.engine.dispose()


def _accounts(rows: dict[str, Any]) -> list[tuple[int, int, int]]:
    return [(a["id"], a["report_id"], a["incident_id"]) for a in rows["accounts"]]


def test_verdicts_worked_out_once_a_batch_equal_those_worked_out_at_every_join(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    export = CHANNEL.write(tmp_path / "export", 40)
    monkeypatch.setattr("warcrimes.services.ingest.BATCH", 7)
    fast = stored(tmp_path / "fast", export)
    citations._citations.cache_clear()  # type: ignore[attr-defined]
    descriptors._of_account.cache_clear()  # type: ignore[attr-defined]
    monkeypatch.setattr(reports, "verdicts_deferred", lambda session, carried=None: contextlib.nullcontext())
    slow = stored(tmp_path / "slow", export)
    assert len(fast["accounts"]) >= 30 and len(fast["incidents"]) < len(fast["accounts"])  # incidents grow
    assert any(i["facts"]["corroboration"].get("verification") for i in fast["incidents"])
    assert fast == slow


def _without_custody_states(rows: dict[str, Any]) -> dict[str, Any]:
    """The rows, with each custody entry's `state` (the digests of the rows its unit of work changed, on the
    unit's last entry: a unit per report puts them elsewhere than a unit per batch) and the hashes over it."""
    entries = [{**e, "details": {k: v for k, v in e["details"].items() if k != "state"}}
               for e in rows["custody_entries"]]
    return {**{name: found for name, found in rows.items() if name != "custody_nodes"},
            "custody_entries": [{k: v for k, v in e.items() if k != "leaf_hash"} for e in entries]}


def test_a_batch_written_together_stores_what_one_report_a_batch_stores(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Report rows in one flush, fingerprints and 32 band rows a report by executemany, near-copy groups kept
    on the session: the channel's posts keep to three towns and four templates, so a batch's later posts are
    grouped with its earlier ones and join the incidents they opened."""
    export = CHANNEL.write(tmp_path / "export", 40)
    monkeypatch.setattr("warcrimes.services.ahead.WORKERS", 0)
    monkeypatch.setattr("warcrimes.services.ingest.BATCH", 16)
    together = stored(tmp_path / "together", export)
    monkeypatch.setattr("warcrimes.services.ingest.BATCH", 1)
    alone = stored(tmp_path / "alone", export)
    groups = [f["group_id"] for f in together["report_fingerprints"]]
    assert len(set(groups)) < len(groups) and len(together["fingerprint_bands"]) == 32 * len(groups)
    assert len(together["custody_entries"]) == len(alone["custody_entries"]) >= 3 * 40  # ingest, incident, extract
    assert _without_custody_states(together) == _without_custody_states(alone)


def test_reports_telling_several_incidents_link_and_summarise_as_before(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    files = sorted(EXAMPLES.glob("*.txt"))
    fast = stored(tmp_path / "fast", *files)
    monkeypatch.setattr(reports, "verdicts_deferred", lambda session, carried=None: contextlib.nullcontext())
    slow = stored(tmp_path / "slow", *files)
    assert len({report for _, report, _ in _accounts(fast)}) < len(fast["accounts"])  # one report, several
    assert fast == slow


def test_batches_extracted_in_a_worker_process_store_what_extracting_here_stores(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    export = CHANNEL.write(tmp_path / "export", 30)
    monkeypatch.setattr("warcrimes.services.ingest.BATCH", 6)
    monkeypatch.setattr("warcrimes.services.ahead.WORKERS", 1)
    ahead = stored(tmp_path / "ahead", export)
    monkeypatch.setattr("warcrimes.services.ahead.WORKERS", 0)
    here = stored(tmp_path / "here", export)
    assert len(ahead["accounts"]) >= 20 and ahead == here


def test_an_extraction_that_breaks_in_a_later_batch_keeps_only_the_reports_before_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from warcrimes.services import drafts

    real = drafts.extract

    def breaks_on_the_eighth(text: str, *args: Any) -> Any:
        if text.endswith("вікна, постраждалих немає.") and "Нікополі" in text:
            raise OverflowError("a rule broke")
        return real(text, *args)

    export = CHANNEL.write(tmp_path / "export", 30)  # post 7 (the eighth) is the first the rule breaks on
    monkeypatch.setattr("warcrimes.services.ingest.BATCH", 4)
    monkeypatch.setattr("warcrimes.services.ahead.WORKERS", 0)  # the patched rule runs in this process
    monkeypatch.setattr(drafts, "extract", breaks_on_the_eighth)
    home = tmp_path / "home"
    home.mkdir()
    store = open_store(Settings(home=home, database_url=f"sqlite:///{home / 'db.sqlite3'}"))
    try:
        outcome = ingest_file(store, export, actor="intake")
        assert outcome.status == "failed" and "OverflowError" in outcome.message
        assert len(outcome.reports) == 7
    finally:
        store.engine.dispose()


def _edited(export: Path, folder: Path, numbers: tuple[int, ...]) -> Path:
    """The same channel exported again after its administrators edited some posts (a version each: read anew)."""
    chat = json.loads((export / "result.json").read_text(encoding="utf-8"))
    for message in chat["messages"]:
        if message["id"] in numbers:
            message["text"] = message["text"].replace("поранено", "загинули").replace("wounded", "killed")
            message["text_entities"] = [{"type": "plain", "text": message["text"]}]
            message["edited_unixtime"] = str(int(message["date_unixtime"]) + 900)
    folder.mkdir(parents=True)
    (folder / "result.json").write_text(json.dumps(chat, ensure_ascii=False), encoding="utf-8")
    return folder


def test_accounts_linked_in_memory_store_what_linking_with_a_flush_at_each_account_stores(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Linking reads the accounts and incidents its batch has not written from memory (corroborate/unwritten.py),
    ids given ahead as the database would give them; flushed before each search and summary, the store answers
    the same. Edited posts imported again add accounts read from a version beside the report's own."""
    export = CHANNEL.write(tmp_path / "export", 30)
    again = _edited(export, tmp_path / "again", (1, 2, 5, 9))
    monkeypatch.setattr("warcrimes.services.ingest.BATCH", 8)
    in_memory = stored(tmp_path / "memory", export, again)
    monkeypatch.setattr(reports, "linked_in_memory", lambda session: contextlib.nullcontext())
    flushed = stored(tmp_path / "flushed", export, again)
    assert any(a["version"] is not None for a in in_memory["accounts"])  # the edits were read again
    assert len(in_memory["incidents"]) < len(in_memory["accounts"])  # accounts joined incidents held in memory
    assert in_memory == flushed
