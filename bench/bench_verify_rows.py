"""verify of a store built through the services: the log, and the database checked against it.

WARCRIMES_BENCH_VERIFY_REPORTS reports (default 500), each with one account and one statistic,
stored one unit of work each (the state digests on each unit's last entry included in the time),
then `verify_store` timed, best of three.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
import time
from pathlib import Path

from warcrimes.config import Settings
from warcrimes.custody.verify import verifier_key_of, verify_store
from warcrimes.domain.facts import IncidentFacts, Location, StatisticFacts, Victims
from warcrimes.domain.records import ExtractedIncident, ExtractedStatistic, Extraction, NewReport
from warcrimes.services.custody import make_checkpoint
from warcrimes.services.reports import add_report
from warcrimes.store import open_store

PLACES = ("Kupiansk", "Izium", "Balakliia", "Vovchansk", "Chuhuiv", "Lozova", "Zolochiv", "Derhachi")


def _report(i: int) -> tuple[NewReport, Extraction]:
    text = f"Report {i}: a strike in {PLACES[i % len(PLACES)]} killed {i % 7 + 1} people.\n"
    original = text.encode()
    facts = IncidentFacts(violations=("attack_on_civilians",),
                          location=Location(name=PLACES[i % len(PLACES)], admin1="Kharkiv"),
                          victims=Victims("civilian", i % 7 + 1, i % 7 + 1))
    found = Extraction(incidents=(ExtractedIncident(facts),),
                       statistics=(ExtractedStatistic(StatisticFacts("killed", "civilians", float(i))),),
                       extractor_version="bench/1")
    new = NewReport("SHA-256:" + hashlib.sha256(original).hexdigest(), original, text, "text/plain",
                    dt.date(2024, 1, 1) + dt.timedelta(days=i % 300))
    return new, found


def run() -> list[tuple[str, str]]:
    count = int(os.environ.get("WARCRIMES_BENCH_VERIFY_REPORTS") or 500)
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        store = open_store(Settings(home=home, database_url=f"sqlite:///{home / 'bench.sqlite3'}"))
        started = time.perf_counter()
        for i in range(count):
            add_report(store, *_report(i), actor="bench")
        stored_s = time.perf_counter() - started
        make_checkpoint(store)
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            result = verify_store(store, verifier_key_of(store))
            best = min(best, time.perf_counter() - started)
        store.engine.dispose()
    per_report = stored_s / count * 1000
    return [(f"store {count:,} reports, one unit each", f"{stored_s:.1f} s ({per_report:.1f} ms a report)"),
            ("verify, best of 3", f"{best:.2f} s ({'all hold' if result.ok else 'PROBLEMS'}): {result.summary()}")]
