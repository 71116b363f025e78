"""What makes a large Telegram import fast must not change what it stores: an incident's originators
and verification worked out once per batch (verdicts_deferred) equal those worked out at every join."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from warcrimes.config import Settings
from warcrimes.corroborate import citations, descriptors
from warcrimes.services import reports
from warcrimes.services.ingest import ingest_file
from warcrimes.store import open_store
from warcrimes.store.schema import AccountRow, IncidentLinkRow, IncidentRow

CHAT = 1555000111
POSTS = [
    "Ворожий дрон атакував {place}: поранено {n} мирних жителів, повідомила обласна прокуратура.",
    "У {place} після нічного обстрілу загинули {n} людей, ще двоє травмовані, - начальник ОВА.",
    "Drone strike on {place} this morning: {n} civilians wounded, police say; investigators are on site.",
    "Окупанти вдарили по лікарні у {place}, пошкоджено дах і вікна, постраждалих немає.",
]
PLACES = [("Херсоні", "Kherson"), ("Нікополі", "Nikopol"), ("Сумах", "Sumy")]


def channel(folder: Path, count: int) -> Path:
    """A channel whose posts keep coming back to three towns: incidents that many accounts join."""
    messages: list[dict[str, Any]] = []
    for number in range(count):
        uk, en = PLACES[number % len(PLACES)]
        template = POSTS[number % len(POSTS)]
        text = template.format(place=en if template.startswith("Drone") else uk, n=2 + number % 5)
        stamp = 1_712_000_000 + 3_600 * number
        messages.append({"id": number + 1, "type": "message", "date": "2024-04-01T00:00:00",
                         "date_unixtime": str(stamp), "from": "Обласна адміністрація", "text": text,
                         "text_entities": [{"type": "plain", "text": text}]})
    folder.mkdir(parents=True)
    (folder / "result.json").write_text(json.dumps({"name": "Обласна адміністрація", "type": "public_channel",
                                                    "id": CHAT, "messages": messages}, ensure_ascii=False),
                                        encoding="utf-8")
    return folder


EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def stored(home: Path, *sources: Path) -> dict[str, Any]:
    """Ingest into a fresh SQLite store (a file at a time); incidents, accounts and links as compared."""
    home.mkdir()
    store = open_store(Settings(home=home, database_url=f"sqlite:///{home / 'db.sqlite3'}"))
    try:
        for source in sources:
            assert ingest_file(store, source, actor="intake").status == "stored"
        with store.transaction() as session:
            return {
                "incidents": [(i.id, i.facts, i.main_violation, i.violation_labels, i.date_start, i.admin1,
                               i.location_name, i.status) for i in session.scalars(select(IncidentRow)
                                                                                   .order_by(IncidentRow.id))],
                "accounts": [(a.id, a.report_id, a.incident_id) for a in session.scalars(select(AccountRow))],
                "links": [(k.account_id, k.incident_id, k.method, k.confidence, k.why)
                          for k in session.scalars(select(IncidentLinkRow))],
            }
    finally:
        store.engine.dispose()


def test_verdicts_worked_out_once_a_batch_equal_those_worked_out_at_every_join(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    export = channel(tmp_path / "export", 40)
    monkeypatch.setattr("warcrimes.services.ingest.BATCH", 7)
    fast = stored(tmp_path / "fast", export)
    citations._citations.cache_clear()  # type: ignore[attr-defined]
    descriptors._of_account.cache_clear()  # type: ignore[attr-defined]
    monkeypatch.setattr(reports, "verdicts_deferred", lambda session: contextlib.nullcontext())
    slow = stored(tmp_path / "slow", export)
    assert len(fast["accounts"]) >= 30 and len(fast["incidents"]) < len(fast["accounts"])  # incidents grow
    assert any(facts["corroboration"].get("verification") for _, facts, *_ in fast["incidents"])
    assert fast == slow


def test_reports_telling_several_incidents_link_and_summarise_as_before(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    files = sorted(EXAMPLES.glob("*.txt"))
    fast = stored(tmp_path / "fast", *files)
    monkeypatch.setattr(reports, "verdicts_deferred", lambda session: contextlib.nullcontext())
    slow = stored(tmp_path / "slow", *files)
    assert len({report for _, report, _ in fast["accounts"]}) < len(fast["accounts"])  # one report, several
    assert fast == slow


def test_batches_extracted_in_a_worker_process_store_what_extracting_here_stores(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    export = channel(tmp_path / "export", 30)
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

    export = channel(tmp_path / "export", 30)  # post 7 (the eighth) is the first the rule breaks on
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
