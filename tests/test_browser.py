"""The pages in a real browser: open the list, follow an incident, see the marked passage.

Opt in with `pytest -m browser`; needs Debian's Chromium at /usr/bin/chromium and Playwright.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from warcrimes.domain.facts import DateInterval, IncidentFacts, Location, Perpetrator, StatisticFacts, Victims
from warcrimes.domain.records import ExtractedIncident, ExtractedStatistic, Extraction, NewReport, Provenance
from warcrimes.services.evidence import EvidenceSource, add_evidence
from warcrimes.services.reports import add_report
from warcrimes.services.users import add_user
from warcrimes.store import Store
from warcrimes.web import create_app

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOTS = Path("/tmp")

TEXT = (
    "Volunteers in Kherson said on Sunday that a drone dropped a grenade on a queue for drinking water "
    "in the Korabel district on 2 June, killing a 70-year-old man. "
    "Two women were treated for shrapnel wounds. <b>Not bold</b> <script>document.title='owned'</script>"
)
PASSAGE = "a drone dropped a grenade on a queue for drinking water in the Korabel district on 2 June"


def _fill(store: Store) -> int:
    original = TEXT.encode()
    start = TEXT.index(PASSAGE)
    place = TEXT.index("Kherson")
    facts = IncidentFacts(violations=("attack_on_civilians",),
                          date=DateInterval(dt.date(2024, 6, 2), dt.date(2024, 6, 2)),
                          location=Location("Kherson", "Kherson Oblast", "UA", 46.635, 32.617),
                          victims=Victims("civilian", 1, 1), perpetrator=Perpetrator("RU"),
                          reported_by=("volunteers",), span=(start, start + len(PASSAGE)))
    outcome = add_report(store,
        NewReport("SHA-256:" + hashlib.sha256(original).hexdigest(), original, TEXT, "text/plain",
                  dt.date(2024, 6, 3), publisher="Kherson volunteers' channel (test)",
                  url="https://example.org/t/kherson/1"),
        Extraction(incidents=(ExtractedIncident(facts, (Provenance("location", place, place + 7,
                                                                   "gazetteer.settlement"),)),),
                   extractor_version="test-1"), actor="system")
    return outcome.incidents[0]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


SECOND = ("The city military administration confirmed that two people died after a grenade was dropped "
          "on residents queuing for water in Korabel on 2 June; police are collecting drone fragments.")


def _corroborate(store: Store, folder: Path) -> int:
    """A second, independent telling of the Kherson strike, and a photo of it in the vault."""

    incident = _fill(store)
    original = SECOND.encode()
    facts = IncidentFacts(violations=("attack_on_civilians",),
                          date=DateInterval(dt.date(2024, 6, 2), dt.date(2024, 6, 2)),
                          location=Location("Kherson", "Kherson Oblast", "UA", 46.635, 32.617),
                          victims=Victims("civilian", 2, 2), perpetrator=Perpetrator("RU"),
                          reported_by=("city military administration",), span=(0, len(SECOND)))
    add_report(store, NewReport("SHA-256:" + hashlib.sha256(original).hexdigest(), original, SECOND,
                               "text/plain", dt.date(2024, 6, 4), publisher="Kherson City Administration",
                               url="https://example.org/kherson/city/2"),
                     Extraction(incidents=(ExtractedIncident(facts),), statistics=(
                         ExtractedStatistic(StatisticFacts("killed", "civilian", 14, as_of=dt.date(2024, 6, 3),
                                                           reported_by="city military administration")),),
                         extractor_version="test-1"), actor="system")
    _figure(store, "Since January, 9 civilians were killed in drone attacks on the city.", dt.date(2024, 5, 2), 9)
    photo = folder / "queue.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 16)
    add_evidence(store, photo, EvidenceSource(incident_id=incident, captured_by="Kherson field team",
                                              source_url="https://example.org/upload/kherson/7"), actor="system")
    return incident


def _figure(store: Store, text: str, published: dt.date, value: int) -> None:
    original = text.encode()
    add_report(store, NewReport("SHA-256:" + hashlib.sha256(original).hexdigest(), original, text, "text/plain",
                               published, publisher="Kherson Regional Police"),
                     Extraction(statistics=(ExtractedStatistic(StatisticFacts("killed", "civilian", value)),),
                                extractor_version="test-1"), actor="system")


#: The analyst every browser test logs in as (tests/conftest.py makes hashing quick).
USER, PASSWORD = "olena", "a browser test passphrase"


def log_in(browser, base: str, **page_options):  # type: ignore[no-untyped-def]
    """A new page of `browser`, logged in through the login form as USER."""
    page = browser.new_page(**page_options)
    page.goto(f"{base}/login")
    page.fill("input[name=username]", USER)
    page.fill("input[name=password]", PASSWORD)
    page.click("form.stacked button[type=submit]")
    page.wait_for_url("**/incidents")
    return page


def _serve(store: Store) -> Iterator[str]:
    import uvicorn

    add_user(store, USER, PASSWORD, "analyst", actor="test-admin")
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start within 10 s"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def served(store: Store) -> Iterator[str]:
    """The app over a filled store, served by uvicorn in a thread on a free loopback port."""
    _fill(store)
    yield from _serve(store)


@pytest.fixture
def served_corroborated(store: Store, tmp_path: Path) -> Iterator[tuple[str, int]]:
    """The app over a store where the Kherson strike has two independent accounts and evidence."""
    incident = _corroborate(store, tmp_path)
    for url in _serve(store):
        yield url, incident


@pytest.fixture
def browser() -> Iterator[object]:
    yield from launched_browser()


def launched_browser() -> Iterator[object]:
    """Debian's headless Chromium under Playwright, or a skip saying what is missing."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium package to run browser tests")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


def test_clicking_an_incident_shows_its_passage_marked(served: str, browser) -> None:  # type: ignore[no-untyped-def]
    page = log_in(browser, served, viewport={"width": 1280, "height": 900})
    page.goto(f"{served}/incidents")
    page.screenshot(path=str(SCREENSHOTS / "warcrimes-web-list.png"), full_page=True)
    page.get_by_role("link", name="Attack on civilians or civilian objects").click()
    page.wait_for_url("**/incidents/*")
    passage = page.locator("mark.passage").first
    passage.scroll_into_view_if_needed()
    assert passage.is_visible()
    marked = "".join(page.locator("mark.passage").all_inner_texts())
    assert marked == PASSAGE
    assert page.get_by_text("Rome Statute art. 8(2)(b)(i)").is_visible()
    page.screenshot(path=str(SCREENSHOTS / "warcrimes-web-incident.png"), full_page=True)


def test_report_markup_and_script_stay_text_in_the_browser(served: str, browser) -> None:  # type: ignore[no-untyped-def]
    page = log_in(browser, served)
    page.goto(f"{served}/reports/1")
    assert page.locator(".report-text b").count() == 0
    assert page.locator(".report-text script").count() == 0
    assert "document.title='owned'" in page.locator(".report-text").inner_text()
    assert page.title() != "owned"


def test_incident_page_shows_counts_sources_evidence_and_custody(served_corroborated, browser) -> None:  # type: ignore[no-untyped-def]
    served, incident = served_corroborated
    page = log_in(browser, served, viewport={"width": 1280, "height": 900})
    page.goto(f"{served}/incidents")
    assert page.locator("table.incidents .level-evidence_on_file").first.is_visible()
    page.screenshot(path=str(SCREENSHOTS / "warcrimes-web-list-corroborated.png"), full_page=True)
    page.goto(f"{served}/incidents/{incident}")
    assert page.locator("section.corroboration .level-evidence_on_file").is_visible()
    assert page.locator("table.counts tr.estimate-high td.num").inner_text() == "2"
    assert page.locator("table.sources tbody tr").count() == 2
    assert "Kherson field team" in page.locator("table.evidence").inner_text()
    page.screenshot(path=str(SCREENSHOTS / "warcrimes-web-incident-corroborated.png"), full_page=True)
    page.locator("table.evidence a", has_text="custody entry").first.click()
    assert '"evidence.add"' in page.content()


def test_series_page_shows_each_figure_with_its_sources(served_corroborated, browser) -> None:  # type: ignore[no-untyped-def]
    served, _ = served_corroborated
    page = log_in(browser, served, viewport={"width": 1280, "height": 900})
    page.goto(f"{served}/series")
    rows = page.locator("table.series tbody tr")
    assert rows.count() == 2
    assert "Kherson City Administration" in rows.nth(1).inner_text()
    page.screenshot(path=str(SCREENSHOTS / "warcrimes-web-series.png"), full_page=True)
