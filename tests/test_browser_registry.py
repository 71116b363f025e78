"""The captives registry in real headless Chromium: import a list (preview, then import), search in
Latin letters, open a record and add a status, merge a candidate, the figures beside a stated one;
a viewer sees the figures and is refused the persons. Screenshots go to SHOTS: look at them.

Opt in with `pytest -m browser`; needs Debian's Chromium at /usr/bin/chromium and Playwright.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from test_browser import _serve, launched_browser, log_in
from test_browser_workspace import SHOTS, shot, watch
from warcrimes.domain.facts import StatisticFacts
from warcrimes.domain.records import ExtractedStatistic, Extraction, NewReport
from warcrimes.services.registry_import import column_mapping, import_list
from warcrimes.services.reports import add_report
from warcrimes.services.users import add_user
from warcrimes.store import Store

pytestmark = pytest.mark.browser

HEADER = "family_name,given_name,patronymic,birth_date,category,rank,unit,status,status_date,status_place,source"
FIRST = [
    "Кравець,Максим,Юрійович,09.09.1994,military,лейтенант,в/ч Г3333,held,03.05.2022,Колонія-2 Брянськ,list D",
    "Литвин,Оксана,Романівна,1981,civilian,,,held,2022-06,СІЗО-3 Бєлгород,appeal 12",
    "Швець,Роман,Ігорович,21.12.1989,military,солдат,,missing,2022-03-02,,appeal 19",
]
SECOND = [
    "Кравец,Максим,,1994,military,,,held,2022-07-01,Колония-2 Брянск,list R",
    "Остапчук,Дмитро,Олексійович,14.02.1996,military,матрос,,released,2022-09-21,,exchange list",
]
VIEWER, VIEWER_PASSWORD = "vera", "a viewer's passphrase, long"


@pytest.fixture
def browser() -> Iterator[object]:
    yield from launched_browser()


@pytest.fixture
def registry(store: Store, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    import_list(store, "first.csv", ("\n".join([HEADER, *FIRST]) + "\n").encode(), column_mapping(), actor="clerk",
                apply=True, today=dt.date(2024, 6, 1))
    text = "The ombudsman said 4 Ukrainian prisoners of war remain in captivity in the region."
    original = text.encode()
    add_report(store, NewReport("SHA-256:" + hashlib.sha256(original).hexdigest(), original, text, "text/plain",
                               dt.date(2024, 5, 20), publisher="Ombudsman (test)"),
               Extraction(statistics=(ExtractedStatistic(StatisticFacts("held_captive", "pow", 4)),),
                          extractor_version="test-1"), actor="system")
    add_user(store, VIEWER, VIEWER_PASSWORD, "viewer", actor="test-admin")
    listed = tmp_path / "second.csv"
    listed.write_text("\n".join([HEADER, *SECOND]) + "\n", encoding="utf-8")
    for url in _serve(store):
        yield url, listed


def test_an_analyst_imports_searches_opens_and_merges(browser, registry) -> None:  # type: ignore[no-untyped-def]
    base, listed = registry
    page = log_in(browser, base, viewport={"width": 1280, "height": 900})
    problems = watch(page)
    page.goto(f"{base}/persons/import")
    page.set_input_files("input[name=file]", str(listed))
    page.click("button[value=preview]")
    page.wait_for_selector("text=Preview: nothing changed yet")
    assert "create a person an analyst compares with" in page.content()
    shot(page, "registry-import-preview")
    page.set_input_files("input[name=file]", str(listed))
    page.click("button[value=import]")
    page.wait_for_selector("h2:has-text('Imported')")
    page.goto(f"{base}/persons?q=Kravets")
    assert page.locator("table.persons tbody tr").count() == 2
    shot(page, "registry-search-latin")
    page.click("text=Кравець Максим Юрійович")
    page.wait_for_selector("h2:has-text('History')")
    page.select_option("select[name=kind]", "transferred")
    page.fill("input[name=date]", "2022-08")
    page.fill("input[name=place]", "СІЗО-3 Бєлгород")
    page.fill("input[name=source]", "letter from the ICRC")
    page.click("text=Add to the history")
    page.wait_for_selector("td:has-text('2022-08')")
    assert "transferred" in page.locator(".status-now").inner_text().lower()
    shot(page, "registry-person")
    page.goto(f"{base}/persons/candidates")
    assert page.locator("section.candidate").count() == 1
    shot(page, "registry-candidates")
    page.locator("section.candidate form button.ok").first.click()
    page.wait_for_selector("h2:has-text('History')")
    assert page.locator("table.history tbody tr").count() == 3
    page.goto(f"{base}/persons/figures")
    assert "Beside the figures reports state" in page.content()
    shot(page, "registry-figures")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{base}/persons?q=Кравець")
    shot(page, "registry-search-phone")
    assert not problems, problems


def test_a_viewer_sees_figures_and_no_person(browser, registry) -> None:  # type: ignore[no-untyped-def]
    base, _ = registry
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{base}/login")
    page.fill("input[name=username]", VIEWER)
    page.fill("input[name=password]", VIEWER_PASSWORD)
    page.click("form.stacked button[type=submit]")
    page.wait_for_url("**/incidents")
    page.click("nav >> text=Captives")
    page.wait_for_selector("h1:has-text('figures')")
    text = page.content()
    assert "Кравець" not in text and "Kravets" not in text and "/persons/p-" not in text
    assert page.locator("table.registry-figures tr.total td").first.inner_text() == "2"
    shot(page, "registry-figures-viewer")
    refused = page.goto(f"{base}/persons")
    assert refused is not None and refused.status == 403
    assert "Кравець" not in page.content()
    assert SHOTS.exists()


def test_an_analyst_accepts_the_registry_person_a_report_names_on_the_incident_page(  # type: ignore[no-untyped-def]
        browser, registry, store) -> None:
    from warcrimes.domain.facts import DateInterval, IncidentFacts, Location, Victims
    from warcrimes.domain.records import ExtractedIncident

    base, _ = registry
    text = "Roman Shvets, a soldier missing since March, was shot after he surrendered, a witness told us."
    day = dt.date(2024, 4, 2)
    facts = IncidentFacts(violations=("killing_hors_de_combat",), date=DateInterval(day, day),
                          location=Location("Robotyne", "Zaporizhzhia Oblast", "UA", 47.44, 35.84),
                          victims=Victims("pow", 1, 1), span=(0, len(text)))
    done = add_report(store, NewReport("SHA-256:" + hashlib.sha256(text.encode()).hexdigest(), text.encode(), text,
                                       "text/plain", day, publisher="Test Wire"),
                      Extraction(incidents=(ExtractedIncident(facts),), extractor_version="test-1"), actor="system")
    incident = done.incidents[0]
    page = log_in(browser, base, viewport={"width": 1280, "height": 900})
    problems = watch(page)
    page.goto(f"{base}/incidents/{incident}")
    section = page.locator("section.registry-links")
    section.wait_for()
    assert section.locator("tbody tr").count() == 1 and "Швець" not in section.inner_text()
    shot(page, "registry-incident-proposal")
    section.locator("button:has-text('Accept')").click()
    page.wait_for_selector("section.registry-links .badge:has-text('accepted')")
    assert "by olena" in section.inner_text()
    shot(page, "registry-incident-accepted")
    section.locator("a[href^='/persons/p-']").click()
    page.wait_for_selector("h2:has-text('Named in incidents')")
    assert "accepted" in page.locator("text=incident " + str(incident)).locator("..").inner_text()
    assert "Швець Роман Ігорович" in page.content()
    assert not problems, problems
