"""The map, the timeline, the search page and CSV lists over HTTP, on both backends: filters kept in the
URL, points coloured by violation, monthly counts, a Ukrainian word found, formulas defused, headers."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from corroboration_fixtures import facts
from test_search import KHARKIV, KHERSON, RU, UK, ZAPORIZHZHIA, _report
from warcrimes.domain.facts import Location
from warcrimes.queries.overview import BASEMAP_RUSSIAN_REGIONS
from warcrimes.store import Store
from warcrimes.web import create_app
from web_login import log_in

GEO = Path(__file__).resolve().parents[1] / "src" / "warcrimes" / "web" / "static" / "geo" / "regions.geojson"
HOSTILE_PLACE = Location("=HYPERLINK(\"https://example.org\",\"click\")", "Kherson Oblast", "UA", 46.6, 32.6)


@pytest.fixture
def filled(store: Store) -> tuple[TestClient, Store, dict[str, int]]:
    ids = {
        "uk": _report(store, UK, "uk", facts(dt.date(2024, 5, 1), KHERSON, 2, 2, "обласна військова адміністрація",
                                             "attack_on_civilians"), dt.date(2024, 5, 2), "Суспільне Херсон 🕯"),
        "ru": _report(store, RU, "ru", facts(dt.date(2024, 6, 1), KHARKIV, 3, 3, "мэр Харькова",
                                             "attack_on_protected_objects"), dt.date(2024, 6, 2), "Харьков Онлайн"),
        "en": _report(store, "Shelling of a village; no place was named.", "en",
                      facts(dt.date(2024, 6, 20), Location(None, "Zaporizhzhia Oblast", "UA"), 1, 1, "police",
                            "killing_civilians"), dt.date(2024, 6, 21), "-2+3 News"),
        "hostile": _report(store, "A hostile place name.", "en",
                           facts(dt.date(2024, 7, 1), HOSTILE_PLACE, 1, 1, "@channel", "attack_on_civilians"),
                           dt.date(2024, 7, 2), "+cmd"),
        "zp": _report(store, "A bomb hit a school in Zaporizhzhia.", "en",
                      facts(dt.date(2024, 7, 3), ZAPORIZHZHIA, 5, 5, "prosecutors", "attack_on_civilians"),
                      dt.date(2024, 7, 4), "Kyiv Chronicle"),
    }
    client = TestClient(create_app(store))
    log_in(client, store)
    return client, store, ids


def test_map_json_gives_each_placed_incident_with_its_colour_and_counts_the_unplaced(filled) -> None:  # type: ignore[no-untyped-def]
    client, _, ids = filled
    found = client.get("/map.json").json()
    assert found["total"] == 4 and found["shown"] == 4 and found["unplaced"] == 1
    rows = {r[0]: dict(zip(found["columns"], r, strict=True)) for r in found["points"]}
    assert set(rows) == {ids["uk"], ids["ru"], ids["hostile"], ids["zp"]}
    assert rows[ids["uk"]]["place"] == "Херсон" and rows[ids["uk"]]["lat"] == pytest.approx(46.635)
    legend = {item["label"]: item["colour"] for item in found["legend"]}
    assert set(legend) == {"attack_on_civilians", "attack_on_protected_objects"}
    assert legend["attack_on_civilians"] != legend["attack_on_protected_objects"]


def test_the_map_follows_the_list_filters_and_keeps_them_in_its_data_address(filled) -> None:  # type: ignore[no-untyped-def]
    client, _, ids = filled
    narrowed = client.get("/map.json?violation=attack_on_protected_objects").json()
    assert [r[0] for r in narrowed["points"]] == [ids["ru"]] and narrowed["total"] == 1
    assert client.get("/map.json?oblast=Kherson&since=2024-06-01").json()["total"] == 1
    assert client.get("/map.json?limit=1").json()["shown"] == 1
    page = client.get("/map?violation=attack_on_civilians&oblast=Kherson")
    assert page.status_code == 200
    assert 'data-points="/map.json?violation=attack_on_civilians&amp;oblast=Kherson"' in page.text
    assert 'href="/timeline?violation=attack_on_civilians&amp;oblast=Kherson"' in page.text
    assert 'href="/incidents.csv?violation=attack_on_civilians&amp;oblast=Kherson"' in page.text
    assert "<script>" not in page.text.replace("<script src=", "")
    assert client.get("/map.json?violation=no_such_thing").status_code == 400
    assert client.get("/map.json?limit=0").status_code == 400


def test_the_list_links_to_the_same_incidents_on_the_map_and_the_timeline(filled) -> None:  # type: ignore[no-untyped-def]
    client, *_ = filled
    page = client.get("/incidents?oblast=Kharkiv&limit=10").text
    assert 'href="/map?oblast=Kharkiv"' in page and 'href="/timeline?oblast=Kharkiv"' in page
    assert 'href="/incidents.csv?oblast=Kharkiv"' in page


def test_the_context_places_are_cities_of_the_regions_the_basemap_draws(filled) -> None:  # type: ignore[no-untyped-def]
    client, *_ = filled
    places = {p["name"]: p for p in client.get("/map/places.json").json()["places"]}
    assert {"Kyiv", "Kharkiv", "Kherson", "Belgorod"} <= set(places)
    assert "Moscow" not in places
    drawn = {f["properties"]["name"] for f in json.loads(GEO.read_text())["features"]
             if f["properties"]["country"] == "RU"}
    assert drawn == BASEMAP_RUSSIAN_REGIONS


def test_the_incident_page_shows_its_place_on_a_small_map(filled) -> None:  # type: ignore[no-untyped-def]
    client, _, ids = filled
    page = client.get(f"/incidents/{ids['uk']}").text
    assert 'id="place-map"' in page and 'data-lat="46.635"' in page and 'data-lon="32.617"' in page
    assert '<script src="/static/map.js" defer></script>' in page
    assert 'id="place-map"' not in client.get(f"/incidents/{ids['en']}").text  # no position, no map


def test_the_timeline_counts_incidents_per_month_by_violation_and_victims_by_category(filled) -> None:  # type: ignore[no-untyped-def]
    client, *_ = filled
    found = client.get("/timeline.json").json()
    assert found["incidents"]["months"] == ["2024-05-01", "2024-06-01", "2024-07-01"]
    by_label = {s["key"]: s["values"] for s in found["incidents"]["series"]}
    assert by_label == {"attack_on_civilians": [1, 0, 2], "attack_on_protected_objects": [0, 1, 0],
                        "killing_civilians": [0, 1, 0]}
    victims = {s["key"]: s["values"] for s in found["victims"]["series"]}
    assert victims == {"pow": [2, 4, 6]}
    narrowed = client.get("/timeline.json?oblast=Kharkiv").json()
    assert narrowed["incidents"]["months"] == ["2024-06-01"]
    page = client.get("/timeline").text
    assert 'id="chart-incidents"' in page and "uPlot.iife.min.js" in page and "<caption>" in page


def test_the_series_page_draws_each_series_from_its_json_twin(store: Store) -> None:
    client = TestClient(create_app(store))
    log_in(client, store)
    page = client.get("/series").text
    assert '<script src="/static/charts.js" defer></script>' in page


def test_search_finds_a_ukrainian_word_and_marks_it_in_the_snippet(filled) -> None:  # type: ignore[no-untyped-def]
    client, _, ids = filled
    page = client.get("/search?q=Багатоповерхівку")
    assert page.status_code == 200
    assert "<mark>багатоповерхівку</mark>" in page.text
    assert f'href="/incidents/{ids["uk"]}"' in page.text
    found = client.get("/search.json?q=багатоповерхівку").json()
    assert [r["id"] for r in found["reports"]] and found["reports"][0]["incidents"][0]["id"] == ids["uk"]
    assert any(part["match"] for part in found["reports"][0]["snippet"])


def test_search_keeps_its_filters_and_sort_in_the_url(filled) -> None:  # type: ignore[no-untyped-def]
    client, _, ids = filled
    found = client.get("/search.json?q=attack&sort=oldest&oblast=Kherson").json()
    assert [i["id"] for i in found["incidents"]] == [ids["uk"], ids["hostile"]]
    page = client.get("/search?q=attack&sort=newest&violation=attack_on_civilians&limit=1").text
    assert 'value="newest" selected' in page and 'value="attack_on_civilians" selected' in page
    assert "/search?q=attack&amp;sort=newest&amp;violation=attack_on_civilians&amp;limit=1&amp;offset=1" in page
    assert client.get("/search.json?q=x&sort=random").status_code == 400


def test_a_viewer_searches_incidents_but_no_report_text(filled) -> None:  # type: ignore[no-untyped-def]
    _, store, ids = filled
    viewer = TestClient(create_app(store))
    log_in(viewer, store, "vira", "viewer")
    found = viewer.get("/search.json?q=херсон").json()
    assert [i["id"] for i in found["incidents"]] == [ids["uk"]]
    assert found["reports"] == [] and found["reports_searched"] is False
    page = viewer.get("/search?q=багатоповерхівку").text
    assert "<mark>" not in page and "Your role searches incidents" in page and "/reports/" not in page


def _rows(response) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert response.content.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_the_csv_of_a_filtered_list_defuses_formulas_and_keeps_cyrillic(filled) -> None:  # type: ignore[no-untyped-def]
    client, _, ids = filled
    rows = _rows(client.get("/incidents.csv?violation=attack_on_civilians"))
    by_id = {int(r["id"]): r for r in rows}
    assert set(by_id) == {ids["uk"], ids["hostile"], ids["zp"]}
    assert by_id[ids["hostile"]]["place"].startswith("'=HYPERLINK(")
    assert by_id[ids["hostile"]]["reported_by"] == "'@channel"
    assert by_id[ids["uk"]]["place"] == "Херсон" and by_id[ids["uk"]]["victims_min"] == "2"
    everything = _rows(client.get("/incidents.csv"))
    assert len(everything) == 5  # no page bound


def test_the_csv_of_search_results_lists_incidents_or_reports(filled) -> None:  # type: ignore[no-untyped-def]
    client, _, ids = filled
    incidents = _rows(client.get("/search.csv?q=attack&oblast=Kherson"))
    assert {int(r["id"]) for r in incidents} == {ids["uk"], ids["hostile"]}
    reports = _rows(client.get("/search.csv?q=hostile&kind=reports"))
    assert len(reports) == 1 and reports[0]["publisher"] == "'+cmd"
    assert client.get("/search.csv?q=x&kind=people").status_code == 400


@pytest.mark.parametrize("path", ["/map", "/map.json", "/timeline", "/search?q=x", "/incidents.csv"])
def test_every_new_page_sends_the_security_headers(filled, path: str) -> None:  # type: ignore[no-untyped-def]
    client, *_ = filled
    headers = client.get(path).headers
    policy = headers["content-security-policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy and "unsafe-inline" not in policy
    assert headers["x-content-type-options"] == "nosniff"
