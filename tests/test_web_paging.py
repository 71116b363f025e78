"""The incident list paged by key: next and previous links carry the last (first) incident shown, the
order stays in the URL, and an incident added between two page loads neither repeats nor hides one."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient

from warcrimes.domain.facts import DateInterval, IncidentFacts, Location, Victims
from warcrimes.domain.hashing import content_hash
from warcrimes.domain.records import ExtractedIncident, Extraction, NewReport
from warcrimes.services.reports import add_report
from warcrimes.store import Store
from warcrimes.web import create_app
from web_login import log_in

#: Start days of the incidents made below; None is an incident whose report gave no date.
DAYS = (dt.date(2024, 5, 3), dt.date(2024, 5, 1), dt.date(2024, 5, 3), None, dt.date(2024, 4, 20),
        dt.date(2024, 5, 9), None)


def _add(store: Store, number: int, day: dt.date | None) -> int:
    """One report telling one incident in a village of its own, dated `day` (or undated)."""
    text = f"Report {number}: a shell hit a farm building near the village, two people were hurt."
    facts = IncidentFacts(violations=("attack_on_civilians",), date=DateInterval(day, day) if day else None,
                          location=Location(f"Village {number}", f"Oblast {number}", "UA"),
                          victims=Victims("civilian", 2, 2), span=(0, len(text)))
    report = NewReport(content_hash(text.encode()), text.encode(), text, "text/plain", dt.date(2024, 6, 1),
                       publisher=f"Outlet {number}")
    return add_report(store, report, Extraction((ExtractedIncident(facts),), extractor_version="test"),
                      actor="system").incidents[0]


@pytest.fixture
def listed(store: Store) -> tuple[TestClient, dict[int, dt.date | None]]:
    """A logged-in client and seven incidents: id -> start day."""
    days = {_add(store, n, day): day for n, day in enumerate(DAYS)}
    client = TestClient(create_app(store), follow_redirects=False)
    log_in(client, store)
    return client, days


def _in_order(days: dict[int, dt.date | None], *, newest: bool) -> list[int]:
    """The list's order worked out by hand: dated by day (then id), undated last by id."""
    dated = sorted(i for i, d in days.items() if d)
    dated.sort(key=lambda i: days[i], reverse=newest)  # a stable sort: one day's incidents stay by id
    return dated + sorted(i for i, d in days.items() if d is None)


def _json(client: TestClient, url: str) -> dict:  # type: ignore[type-arg]
    response = client.get(url.replace("/incidents?", "/incidents.json?", 1) if url.startswith("/incidents?") else url)
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


def _walk(client: TestClient, first: str) -> list[list[int]]:
    """Every page from `first`, following the next links."""
    pages, url = [], first
    while url:
        found = _json(client, url)
        pages.append([i["id"] for i in found["incidents"]])
        url = found["next"]
        assert len(pages) < 20, "the next links go round in a circle"
    return pages


def test_the_first_page_has_a_next_link_by_key_and_no_previous(listed) -> None:  # type: ignore[no-untyped-def]
    client, days = listed
    first = _json(client, "/incidents.json?limit=3")
    assert [i["id"] for i in first["incidents"]] == _in_order(days, newest=True)[:3]
    assert first["previous"] is None
    assert "after=" in first["next"] and "limit=3" in first["next"] and "offset" not in first["next"]


def test_following_next_links_shows_every_incident_once_in_order_and_the_last_page_has_no_next(listed) -> None:  # type: ignore[no-untyped-def]
    client, days = listed
    pages = _walk(client, "/incidents.json?limit=2")
    assert [i for page in pages for i in page] == _in_order(days, newest=True)
    assert [len(p) for p in pages] == [2, 2, 2, 1]


def test_oldest_first_is_kept_in_every_next_link(listed) -> None:  # type: ignore[no-untyped-def]
    client, days = listed
    first = _json(client, "/incidents.json?limit=2&sort=oldest")
    assert "sort=oldest" in first["next"]
    pages = _walk(client, "/incidents.json?limit=2&sort=oldest")
    assert [i for page in pages for i in page] == _in_order(days, newest=False)


def test_previous_link_leads_back_to_the_page_before(listed) -> None:  # type: ignore[no-untyped-def]
    client, days = listed
    order = _in_order(days, newest=True)
    url = "/incidents.json?limit=2"
    shown = []
    while url:  # walk forward to the last page, then back to the first
        found = _json(client, url)
        shown.append([i["id"] for i in found["incidents"]])
        url = found["next"]
    back, url = [], found["previous"]
    while url:
        found = _json(client, url)
        back.append([i["id"] for i in found["incidents"]])
        url = found["previous"]
    assert back == [order[4:6], order[2:4], order[0:2]]
    assert found["next"] is not None


def test_an_incident_added_between_page_loads_is_neither_repeated_nor_skipped(store: Store, listed) -> None:  # type: ignore[no-untyped-def]
    client, days = listed
    first = _json(client, "/incidents.json?limit=3")
    _add(store, 100, dt.date(2024, 6, 30))  # the newest of all: it belongs before the first page
    rest = _walk(client, first["next"])
    seen = [i["id"] for i in first["incidents"]] + [i for page in rest for i in page]
    assert seen == _in_order(days, newest=True)


def test_an_old_offset_link_still_works_and_leads_on_by_key(listed) -> None:  # type: ignore[no-untyped-def]
    client, days = listed
    order = _in_order(days, newest=True)
    found = _json(client, "/incidents.json?limit=2&offset=2")
    assert [i["id"] for i in found["incidents"]] == order[2:4]
    assert _json(client, found["next"])["incidents"][0]["id"] == order[4]
    assert [i["id"] for i in _json(client, found["previous"])["incidents"]] == order[0:2]


def test_the_html_list_links_to_the_next_page_and_offers_the_order(listed) -> None:  # type: ignore[no-untyped-def]
    client, _ = listed
    page = client.get("/incidents", params={"limit": 2, "sort": "oldest"}).text
    assert '<option value="oldest" selected>' in page
    nav = page.split('<nav class="pager">')[1]
    link = nav.split('href="')[1].split('"')[0].replace("&amp;", "&")
    assert parse_qs(urlsplit(link).query)["sort"] == ["oldest"]
    assert "after" in parse_qs(urlsplit(link).query)


@pytest.mark.parametrize(("params", "words"), [
    ({"after": "yesterday"}, "after 'yesterday' is not a page key"),
    ({"before": "2024-13-01.4"}, "is not a page key"),
    ({"after": "undated.1", "before": "undated.2"}, "after and before are both given"),
    ({"sort": "loudest"}, "sort 'loudest' is not an order of the list"),
])
def test_a_bad_page_key_or_order_is_a_400_sentence_naming_it(listed, params, words) -> None:  # type: ignore[no-untyped-def]
    client, _ = listed
    response = client.get("/incidents.json", params=params)
    assert response.status_code == 400
    assert words in response.json()["error"]["message"]
