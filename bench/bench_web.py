"""Web page latency over an in-memory store: list pages, filtered list, incident page, JSON.

The fill time includes the store's incident linker, so it grows with corroboration work.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import statistics
import time

from warcrimes.domain.facts import DateInterval, IncidentFacts, Location, Perpetrator, StatisticFacts, Victims
from warcrimes.domain.records import ExtractedIncident, ExtractedStatistic, Extraction, NewReport, Provenance
from warcrimes.services.reports import add_report

INCIDENTS = 600
OBLASTS = ("Donetsk Oblast", "Zaporizhzhia Oblast", "Kharkiv Oblast", "Kherson Oblast")
PLACES = ("Avdiivka", "Robotyne", "Kupiansk", "Kherson")
LABELS = ("killing_hors_de_combat", "attack_on_civilians", "torture_ill_treatment", "unlawful_detention")
PARAGRAPH = ("Officials said the attack took place in the early morning, when residents were asleep; "
             "investigators recorded the damage and collected fragments at the scene. ")


def _fill(store, count: int) -> None:  # type: ignore[no-untyped-def]
    for n in range(count):
        text = f"Report {n}: an incident in {PLACES[n % 4]} on day {n}. " + PARAGRAPH * (8 + n % 300)
        original = text.encode()
        facts = IncidentFacts(
            violations=(LABELS[n % 4],),
            date=DateInterval(dt.date(2024, 1, 1) + dt.timedelta(days=n % 700),
                              dt.date(2024, 1, 1) + dt.timedelta(days=n % 700)),
            location=Location(PLACES[n % 4], OBLASTS[n % 4], "UA"),
            victims=Victims("civilian", n % 9 + 1, n % 9 + 1), perpetrator=Perpetrator("RU"),
            reported_by=("regional administration",), span=(0, 60))
        provenance = (Provenance("location", text.index(PLACES[n % 4]), text.index(PLACES[n % 4]) + 5, "g"),)
        add_report(store, NewReport("SHA-256:" + hashlib.sha256(original).hexdigest(), original, text,
                                   "text/plain", dt.date(2024, 1, 2), publisher="Bench Gazette",
                                   url=f"https://example.org/{n}"),
                         Extraction(incidents=(ExtractedIncident(facts, provenance),), statistics=(
                             ExtractedStatistic(StatisticFacts("held_captive", "civilian", 20000 + n)),)
                             if n % 4 == 0 else (), extractor_version="b"), actor="bench")


def _median_ms(client, path: str, runs: int = 7) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get(path)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (path, response.status_code)
    return statistics.median(times)


def run() -> list[tuple[str, str]]:
    from fastapi.testclient import TestClient

    from warcrimes.services.sessions import open_session
    from warcrimes.services.users import add_user
    from warcrimes.store import open_store
    from warcrimes.web import create_app

    store = open_store(url="sqlite://")
    started = time.perf_counter()
    _fill(store, INCIDENTS)
    fill_s = time.perf_counter() - started
    client = TestClient(create_app(store), base_url="http://127.0.0.1")
    add_user(store, "bench", "a bench passphrase", "analyst", actor="bench")  # every page needs a login
    client.cookies.set("warcrimes_session", open_session(store, "bench").token)
    longest = max(range(1, INCIDENTS + 1), key=lambda i: (i - 1) % 300)
    rows = [(f"fill {INCIDENTS} reports+incidents", f"{fill_s:.1f} s")]
    for label, path in (
        ("list HTML, 100 rows", "/incidents"),
        ("list HTML, 500 rows", "/incidents?limit=500"),
        ("list JSON, 500 rows", "/incidents.json?limit=500"),
        ("list filtered (oblast+violation)", "/incidents?oblast=Kherson&violation=unlawful_detention"),
        ("list filtered (verification level)", "/incidents?verification=single_source"),
        ("incident page (report ~50 KB)", f"/incidents/{longest}"),
        ("incident JSON", f"/incidents/{longest}.json"),
        ("report page", f"/reports/{longest}"),
        ("series page (150 figures, 150 reports)", "/series"),
        ("custody entry JSON", "/custody/entries/1"),
    ):
        rows.append((label, f"{_median_ms(client, path):.1f} ms median of 7"))
    return rows
