"""The map, the timeline, the series charts and the search in real headless Chromium, on a desktop and a
phone screen: markers drawn on the offline basemap, a Ukrainian word found and marked, charts drawn, no
script refused by the CSP. Screenshots of each page go to SHOTS: look at them.

Opt in with `pytest -m browser`; needs Debian's Chromium at /usr/bin/chromium and Playwright.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from test_browser import _serve, launched_browser, log_in
from test_browser_workspace import DESKTOP, PHONE, SHOTS, shot, watch
from warcrimes.domain.facts import DateInterval, IncidentFacts, Location, Perpetrator, StatisticFacts, Victims
from warcrimes.domain.hashing import content_hash
from warcrimes.domain.records import ExtractedIncident, ExtractedStatistic, Extraction, NewReport
from warcrimes.services.reports import add_report
from warcrimes.store import Store

pytestmark = pytest.mark.browser

#: (place, oblast, lat, lon, violation, victims category, count, month) of our own made-up incidents.
PLACES = [
    ("Херсон", "Kherson Oblast", 46.635, 32.617, "attack_on_civilians", "civilian", 2, 3),
    ("Kherson", "Kherson Oblast", 46.64, 32.61, "attack_on_civilians", "civilian", 1, 4),
    ("Kharkiv", "Kharkiv Oblast", 49.99, 36.23, "attack_on_protected_objects", "civilian", 5, 4),
    ("Харків", "Kharkiv Oblast", 49.98, 36.25, "attack_on_civilians", "child", 1, 5),
    ("Zaporizhzhia", "Zaporizhzhia Oblast", 47.84, 35.14, "attack_on_civilians", "civilian", 3, 5),
    ("Robotyne", "Zaporizhzhia Oblast", 47.44, 35.84, "killing_hors_de_combat", "pow", 4, 6),
    ("Odesa", "Odesa Oblast", 46.48, 30.72, "attack_on_protected_objects", "civilian", 0, 6),
    ("Sumy", "Sumy Oblast", 50.91, 34.80, "attack_on_civilians", "civilian", 11, 7),
    ("Kramatorsk", "Donetsk Oblast", 48.72, 37.56, "attack_on_civilians", "civilian", 2, 8),
    ("Bucha", "Kyiv Oblast", 50.54, 30.21, "torture_ill_treatment", "civilian", 3, 8),
    ("Mykolaiv", "Mykolaiv Oblast", 46.97, 31.99, "attack_on_civilians", "medical_personnel", 2, 9),
    ("Dnipro", "Dnipropetrovsk Oblast", 48.46, 35.04, "attack_on_civilians", "civilian", 7, 9),
]
UK_TEXT = ("Херсон: уночі російські війська обстріляли багатоповерхівку на вулиці Перекопській; двоє мешканців "
           "загинули. Рятувальники розбирали завали до ранку 🕯️.")


def _fill(store: Store) -> None:
    for n, (place, oblast, lat, lon, label, category, count, month) in enumerate(PLACES):
        day = dt.date(2024, month, 3 + n)
        text = UK_TEXT if n == 0 else f"Report {n} of our own: an incident in {place} on {day:%d %B %Y}."
        original = text.encode()
        told = IncidentFacts((label,), DateInterval(day, day), None, Location(place, oblast, "UA", lat, lon),
                             Victims(category, count or None, count or None), Perpetrator("RU"),
                             ("обласна військова адміністрація" if n == 0 else "regional police",))
        add_report(store, NewReport(content_hash(original), original, text, "text/plain", day + dt.timedelta(days=1),
                                    language="uk" if n == 0 else "en",
                                    publisher="Суспільне Херсон" if n == 0 else "Kyiv Chronicle"),
                   Extraction((ExtractedIncident(told),)), actor="system")
    for n, (value, month) in enumerate(((11200, 3), (12100, 5), (13400, 7), (14050, 9))):
        text = f"The ombudsman's office counts {value} civilians held by Russia (statement {n} of our own)."
        original = text.encode()
        add_report(store, NewReport(content_hash(original), original, text, "text/plain", dt.date(2024, month, 1),
                                    publisher="Ombudsman of Ukraine"),
                   Extraction(statistics=(ExtractedStatistic(StatisticFacts("held_captive", "civilian", value,
                                                                            as_of=dt.date(2024, month, 1),
                                                                            reported_by="Ombudsman of Ukraine")),)),
                   actor="system")


@pytest.fixture
def browser() -> Iterator[object]:
    yield from launched_browser()


@pytest.fixture
def served(store: Store) -> Iterator[str]:
    _fill(store)
    yield from _serve(store)


def _no_horizontal_scroll(page) -> bool:  # type: ignore[no-untyped-def]
    return bool(page.evaluate("document.documentElement.scrollWidth <= 391 && window.innerWidth <= 391"))


def test_the_map_shows_a_marker_for_each_placed_incident_on_the_offline_basemap(served: str, browser) -> None:  # type: ignore[no-untyped-def]
    page = log_in(browser, served, **DESKTOP)
    problems = watch(page)
    page.goto(f"{served}/map")
    page.wait_for_selector("#map[data-ready=yes]", timeout=20000)
    assert page.locator("#map").get_attribute("data-markers") == str(len(PLACES))
    assert page.locator("#map .leaflet-overlay-pane path, #map .leaflet-regions-pane path").count() >= 27
    drawn = page.locator("#map path.leaflet-interactive").count() + page.locator("#map .violation-cluster").count()
    assert drawn >= 5
    assert page.locator(".place-label", has_text="Kyiv").count() == 1
    assert "12 of 12 placed incidents shown" in page.locator("#map-count").inner_text()
    shot(page, "20-map")
    page.locator("#map .violation-cluster").first.click()
    page.wait_for_timeout(600)
    page.locator("#map path.leaflet-interactive").first.click(force=True)
    popup = page.locator(".leaflet-popup-content a")
    popup.wait_for(timeout=5000)
    page.wait_for_timeout(400)  # the popup fades in
    assert popup.get_attribute("href").startswith("/incidents/")
    shot(page, "21-map-popup")
    assert problems == []


def test_the_map_follows_the_filters_in_its_url(served: str, browser) -> None:  # type: ignore[no-untyped-def]
    page = log_in(browser, served, **DESKTOP)
    page.goto(f"{served}/map")
    page.select_option("form.filters select[name=violation]", "attack_on_protected_objects")
    page.click("form.filters button")
    page.wait_for_url("**/map?violation=attack_on_protected_objects*")
    page.wait_for_selector("#map[data-ready=yes]", timeout=20000)
    assert page.locator("#map").get_attribute("data-markers") == "2"
    assert page.locator(".legend li:not([hidden])").count() == 1
    page.click("nav.views a:text('List')")
    page.wait_for_url("**/incidents?violation=attack_on_protected_objects*")
    assert page.locator("table.incidents tbody tr").count() == 2


def test_the_list_pages_on_by_key_in_the_chosen_order_and_back(served: str, browser) -> None:  # type: ignore[no-untyped-def]
    page = log_in(browser, served, **DESKTOP)
    page.goto(f"{served}/incidents")
    page.select_option("form.filters select[name=sort]", "oldest")
    page.click("form.filters button")
    page.wait_for_url("**/incidents?*sort=oldest*")
    page.goto(page.url + "&limit=5")
    first = page.locator("table.incidents td.num a").all_inner_texts()
    assert len(first) == 5
    page.click("nav.pager a:text('next')")
    page.wait_for_url("**after=*")
    assert "sort=oldest" in page.url and page.locator("select[name=sort]").input_value() == "oldest"
    second = page.locator("table.incidents td.num a").all_inner_texts()
    assert second and not set(first) & set(second)
    page.click("nav.pager a:text('previous')")
    page.wait_for_url("**before=*")
    assert page.locator("table.incidents td.num a").all_inner_texts() == first


def test_the_incident_page_shows_its_place_on_a_small_map(served: str, browser) -> None:  # type: ignore[no-untyped-def]
    page = log_in(browser, served, **DESKTOP)
    problems = watch(page)
    page.goto(f"{served}/incidents/1")
    page.wait_for_selector("#place-map[data-ready=yes]", timeout=20000)
    assert page.locator("#place-map path.leaflet-interactive").count() == 1
    shot(page, "22-incident-place")
    assert problems == []


def test_search_finds_a_ukrainian_word_in_a_ukrainian_report(served: str, browser) -> None:  # type: ignore[no-untyped-def]
    page = log_in(browser, served, **DESKTOP)
    problems = watch(page)
    page.goto(f"{served}/search")
    page.fill("input[name=q]", "Багатоповерхівку")
    page.click("form.search button")
    page.wait_for_url("**/search?q=*")
    mark = page.locator("li.hit mark").first
    assert mark.inner_text() == "багатоповерхівку"
    assert "🕯" in page.locator("li.hit .snippet").first.inner_text() or "Суспільне" in page.content()
    assert page.locator("li.hit .told a").first.get_attribute("href") == "/incidents/1"
    shot(page, "23-search")
    page.goto(f"{served}/search?q=KHERSON&sort=oldest")
    assert page.locator("section.results table.incidents tbody tr").count() == 2
    assert page.locator("select[name=sort]").input_value() == "oldest"
    assert problems == []


def test_the_timeline_draws_both_charts(served: str, browser) -> None:  # type: ignore[no-untyped-def]
    page = log_in(browser, served, **DESKTOP)
    problems = watch(page)
    page.goto(f"{served}/timeline")
    for chart in ("#chart-incidents", "#chart-victims"):
        page.wait_for_selector(f"{chart}[data-ready=yes]", timeout=20000)
        assert page.locator(f"{chart} canvas").count() == 1
        assert page.locator(f"{chart} canvas").bounding_box()["height"] > 150
    assert "Attack on civilians" in page.locator("#chart-incidents .u-legend").inner_text()
    shot(page, "24-timeline")
    assert problems == []


def test_the_series_chart_tells_the_source_of_a_point(served: str, browser) -> None:  # type: ignore[no-untyped-def]
    page = log_in(browser, served, **DESKTOP)
    problems = watch(page)
    page.goto(f"{served}/series")
    chart = page.locator(".chart[data-series='0']")
    page.wait_for_selector(".chart[data-series='0'][data-ready=yes]", timeout=20000)
    box = chart.locator(".u-over").bounding_box()
    page.mouse.move(box["x"] + box["width"] - 2, box["y"] + box["height"] / 2)
    caption = page.locator(".chart-caption").first
    page.wait_for_function("document.querySelector('.chart-caption').textContent.includes('stated by')")
    assert "14,050" in caption.inner_text() and "Ombudsman of Ukraine" in caption.inner_text()
    shot(page, "25-series-chart")
    assert problems == []


def test_on_a_phone_the_map_search_and_timeline_fit_the_screen(served: str, browser) -> None:  # type: ignore[no-untyped-def]
    page = log_in(browser, served, **PHONE)
    problems = watch(page)
    page.goto(f"{served}/map")
    page.wait_for_selector("#map[data-ready=yes]", timeout=20000)
    assert _no_horizontal_scroll(page)
    shot(page, "26-phone-map")
    page.goto(f"{served}/search?q=багатоповерхівку")
    assert page.locator("li.hit mark").first.is_visible()
    assert _no_horizontal_scroll(page)
    shot(page, "27-phone-search")
    page.goto(f"{served}/timeline")
    page.wait_for_selector("#chart-incidents[data-ready=yes]", timeout=20000)
    assert page.locator("#chart-incidents canvas").bounding_box()["width"] <= 390
    assert _no_horizontal_scroll(page)
    shot(page, "28-phone-timeline")
    assert problems == [], SHOTS
