"""The web pages: list and filters, the incident page with its marked passage, JSON twins, errors."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from warcrimes.config import current_actor
from warcrimes.domain.facts import DateInterval, IncidentFacts, Location, Perpetrator, StatisticFacts, Victims
from warcrimes.domain.records import ExtractedIncident, ExtractedStatistic, Extraction, NewReport, Provenance
from warcrimes.services.ingest import ingest_paths
from warcrimes.services.reports import add_report
from warcrimes.store import Store
from warcrimes.web import create_app
from web_login import log_in

HOSTILE = "<script>alert(1)</script>"

ROBOTYNE = (
    "The regional prosecutor said on Thursday that soldiers of an assault unit shot four captured "
    "servicemen near Robotyne on 3 March after they had laid down their weapons. "
    f"A local blogger reposted the claim with the caption {HOSTILE}. "
    "The office has opened a case under the article on violations of the laws of war."
)
KUPIANSK = (
    "A guided bomb hit a five-storey apartment block in Kupiansk on the morning of 9 April, "
    "killing two civilians and injuring eleven, the oblast administration reported. "
    "Officials now count 1,204 civilians wounded in the district since January."
)


def _report(text: str, published: dt.date, publisher: str, url: str) -> NewReport:
    original = text.encode()
    return NewReport(content_hash="SHA-256:" + hashlib.sha256(original).hexdigest(), original=original,
                     text=text, media_type="text/plain", published=published, filename="sample.txt",
                     publisher=publisher, url=url)


def _robotyne() -> Extraction:
    start = ROBOTYNE.index("soldiers of an assault unit")
    end = ROBOTYNE.index("weapons.") + len("weapons.")
    place = ROBOTYNE.index("Robotyne")
    count = ROBOTYNE.index("four captured")
    facts = IncidentFacts(
        violations=("killing_hors_de_combat",),
        date=DateInterval(dt.date(2024, 3, 3), dt.date(2024, 3, 3)),
        location=Location("Robotyne", "Zaporizhzhia Oblast", "UA", 47.44, 35.84),
        victims=Victims("pow", 4, 4), perpetrator=Perpetrator("RU"),
        reported_by=("regional prosecutor",), evidence=("testimony",), span=(start, end))
    provenance = (Provenance("location", place, place + len("Robotyne"), "gazetteer.settlement"),
                  Provenance("victims", count, count + len("four captured"), "count.word"))
    return Extraction(incidents=(ExtractedIncident(facts, provenance),), extractor_version="test-1")


def _kupiansk() -> Extraction:
    facts = IncidentFacts(
        violations=("attack_on_civilians",),
        date=DateInterval(dt.date(2024, 4, 9), dt.date(2024, 4, 9)),
        location=Location("Kupiansk", "Kharkiv Oblast", "UA"),
        victims=Victims("civilian", 2, 2), perpetrator=Perpetrator("RU"),
        reported_by=("oblast administration",), span=(0, KUPIANSK.index("reported.") + 9))
    figure = StatisticFacts("wounded", "civilian", 1204, as_of=dt.date(2024, 4, 10))
    return Extraction(incidents=(ExtractedIncident(facts),), statistics=(ExtractedStatistic(figure),),
                      extractor_version="test-1")


@pytest.fixture
def filled(store: Store) -> dict[str, int]:
    """Two reports, one incident each: ids by place name."""
    first = add_report(store, _report(ROBOTYNE, dt.date(2024, 3, 7), "Zaporizhzhia Regional Prosecutor",
                                     "https://example.org/prosecutor/robotyne"), _robotyne(), actor="system")
    second = add_report(store, _report(KUPIANSK, dt.date(2024, 4, 10), "Kharkiv Oblast Administration",
                                      "javascript:alert(2)"), _kupiansk(), actor="system")
    return {"Robotyne": first.incidents[0], "Kupiansk": second.incidents[0],
            "robotyne_report": first.report_id, "kupiansk_report": second.report_id}


@pytest.fixture
def client(store: Store) -> TestClient:
    """A client logged in as an analyst."""
    client = TestClient(create_app(store), follow_redirects=False)
    log_in(client, store)
    return client


def test_root_redirects_to_the_incident_list(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code in (302, 303, 307)
    assert response.headers["location"] == "/incidents"


def test_list_shows_every_incident_with_its_place_and_status(client: TestClient, filled: dict) -> None:
    response = client.get("/incidents")
    assert response.status_code == 200
    assert "text/html" in response.headers["content-type"]
    assert "Robotyne, Zaporizhzhia Oblast" in response.text
    assert "Kupiansk, Kharkiv Oblast" in response.text
    assert "badge-proposed" in response.text
    assert f'href="/incidents/{filled["Robotyne"]}"' in response.text


def test_list_filters_by_violation_oblast_since_and_status(client: TestClient, filled: dict) -> None:
    by_violation = client.get("/incidents.json", params={"violation": "attack_on_civilians"}).json()
    assert [i["id"] for i in by_violation["incidents"]] == [filled["Kupiansk"]]
    by_oblast = client.get("/incidents.json", params={"oblast": "Zaporizhzhia"}).json()
    assert [i["id"] for i in by_oblast["incidents"]] == [filled["Robotyne"]]
    since = client.get("/incidents.json", params={"since": "2024-04-01"}).json()
    assert [i["id"] for i in since["incidents"]] == [filled["Kupiansk"]]
    assert client.get("/incidents.json", params={"status": "confirmed"}).json()["incidents"] == []


def test_list_keeps_the_chosen_filter_selected_in_the_form(client: TestClient, filled: dict) -> None:
    page = client.get("/incidents", params={"violation": "attack_on_civilians"}).text
    assert '<option value="attack_on_civilians" selected>' in page
    assert "Robotyne" not in page


def test_a_bad_filter_value_is_a_400_sentence_naming_it(client: TestClient) -> None:
    response = client.get("/incidents", params={"since": "last tuesday"})
    assert response.status_code == 400
    assert "since &#39;last tuesday&#39; is not a date" in response.text
    unknown = client.get("/incidents.json", params={"violation": "genocide"})
    assert unknown.status_code == 400
    assert "is not a label of the taxonomy" in unknown.json()["error"]["message"]


def test_next_page_link_appears_when_the_page_is_full(client: TestClient, filled: dict) -> None:
    first = client.get("/incidents.json", params={"limit": 1}).json()
    assert len(first["incidents"]) == 1
    assert "after=" in first["next"] and "limit=1" in first["next"]
    second = client.get(first["next"].replace("/incidents?", "/incidents.json?")).json()
    assert second["incidents"][0]["id"] != first["incidents"][0]["id"]


def test_accept_json_gets_the_same_list_as_the_json_path(client: TestClient, filled: dict) -> None:
    by_header = client.get("/incidents", headers={"Accept": "application/json"})
    assert by_header.headers["content-type"].startswith("application/json")
    assert by_header.json() == client.get("/incidents.json").json()


def test_incident_page_marks_the_account_passage(client: TestClient, filled: dict) -> None:
    page = client.get(f"/incidents/{filled['Robotyne']}").text
    assert '<mark class="passage' in page
    marked = "".join(part.split(">", 1)[1] for part in page.split("<mark")[1:]
                     if "</mark>" in part).replace("</mark>", "")
    assert "laid down their weapons." in marked
    assert "The regional prosecutor said" not in marked


def test_incident_page_shows_violation_definition_and_legal_anchors(client: TestClient, filled: dict) -> None:
    page = client.get(f"/incidents/{filled['Robotyne']}").text
    assert "Killing of persons hors de combat" in page
    assert "GC III art. 130" in page
    assert "Rome Statute art. 8(2)(b)(vi)" in page


def test_incident_page_names_the_source_with_its_publisher_url_and_date(client: TestClient,
                                                                       filled: dict) -> None:
    page = client.get(f"/incidents/{filled['Robotyne']}").text
    assert "Zaporizhzhia Regional Prosecutor" in page
    assert 'href="https://example.org/prosecutor/robotyne"' in page
    assert "7 Mar 2024" in page
    assert "4 prisoners of war" in page


def test_incident_page_quotes_the_words_each_field_was_read_from(client: TestClient, filled: dict) -> None:
    page = client.get(f"/incidents/{filled['Robotyne']}").text
    assert "<q>four captured</q>" in page
    assert "gazetteer.settlement" in page


def test_report_text_with_a_script_tag_is_shown_as_text(client: TestClient, filled: dict) -> None:
    for path in (f"/incidents/{filled['Robotyne']}", f"/reports/{filled['robotyne_report']}"):
        page = client.get(path).text
        assert HOSTILE not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_a_javascript_source_address_is_never_a_link(client: TestClient, filled: dict) -> None:
    page = client.get(f"/incidents/{filled['Kupiansk']}").text
    assert 'href="javascript:' not in page
    assert "javascript:alert(2)" in page


def test_incident_json_has_facts_violations_and_accounts(client: TestClient, filled: dict) -> None:
    body = client.get(f"/incidents/{filled['Robotyne']}.json").json()
    assert body["location"]["name"] == "Robotyne"
    assert body["victims"] == {"category": "pow", "min": 4, "max": 4}
    assert body["violation_details"][0]["anchors"][0] == "GC III art. 13"
    account = body["account_details"][0]
    assert account["publisher"] == "Zaporizhzhia Regional Prosecutor"
    assert account["published"] == "2024-03-07"
    assert {p["field"] for p in account["provenance"]} == {"location", "victims"}


def test_report_page_shows_metadata_text_and_figures(client: TestClient, filled: dict) -> None:
    page = client.get(f"/reports/{filled['kupiansk_report']}").text
    assert "Kharkiv Oblast Administration" in page
    assert "1,204" in page
    body = client.get(f"/reports/{filled['kupiansk_report']}.json").json()
    assert body["content_hash"].startswith("SHA-256:")
    assert body["statistics"][0]["value"] == 1204
    assert body["text"] == KUPIANSK


def test_unknown_incident_is_a_404_page_with_a_sentence(client: TestClient) -> None:
    response = client.get("/incidents/999")
    assert response.status_code == 404
    assert "incident 999 is not in the store" in response.text
    assert "<html" in response.text


def test_unknown_incident_as_json_is_a_404_object(client: TestClient) -> None:
    response = client.get("/incidents/999.json")
    assert response.status_code == 404
    assert response.json()["error"]["status"] == 404


def test_unknown_path_is_a_404_page_naming_the_path(client: TestClient) -> None:
    response = client.get("/no/such/page")
    assert response.status_code == 404
    assert "/no/such/page" in response.text


def test_every_answer_carries_the_security_headers(client: TestClient, filled: dict) -> None:
    for path in ("/incidents", "/incidents/999", "/static/style.css", "/healthz", "/"):
        headers = client.get(path).headers
        assert "default-src 'self'" in headers["content-security-policy"], path
        assert "frame-ancestors 'none'" in headers["content-security-policy"], path
        assert headers["x-content-type-options"] == "nosniff", path
        assert headers["referrer-policy"] == "no-referrer", path


def test_healthz_answers_ok_with_the_report_count(client: TestClient, filled: dict) -> None:
    assert client.get("/healthz").json() == {"status": "ok", "reports": 2}


def test_empty_store_lists_no_incident_and_says_so(client: TestClient) -> None:
    response = client.get("/incidents")
    assert response.status_code == 200
    assert "No incident matches these filters." in response.text


EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_every_example_ingests_and_each_of_its_incidents_is_listed(store: Store) -> None:
    summary = ingest_paths(store, [EXAMPLES], actor=current_actor())
    assert summary.count("stored") >= 7 and not summary.failed
    stored = {i for f in summary.files if f.outcome for i in f.outcome.incidents}
    client = TestClient(create_app(store))
    log_in(client, store)
    listed = {i["id"] for i in client.get("/incidents.json", params={"limit": 500}).json()["incidents"]}
    assert listed == stored
    for incident_id in stored:
        assert client.get(f"/incidents/{incident_id}").status_code == 200


def test_reports_list_shows_each_source_newest_first(client: TestClient, filled: dict) -> None:
    body = client.get("/reports.json").json()
    assert [r["id"] for r in body["reports"]] == [filled["kupiansk_report"], filled["robotyne_report"]]
    page = client.get("/reports").text
    assert "Kharkiv Oblast Administration" in page and "10 Apr 2024" in page


def test_a_limit_that_is_not_a_number_is_a_400_sentence(client: TestClient) -> None:
    response = client.get("/incidents", params={"limit": "many"})
    assert response.status_code == 400
    assert "limit" in response.text and "Traceback" not in response.text


class _BrokenStore:
    def transaction(self) -> None:
        raise RuntimeError("secret path /var/lib/warcrimes leaked")


def test_an_unexpected_failure_is_a_plain_500_without_the_traceback() -> None:
    client = TestClient(create_app(_BrokenStore()), raise_server_exceptions=False)  # type: ignore[arg-type]
    client.cookies.set("warcrimes_session", "a-session-token")
    response = client.get("/incidents")
    assert response.status_code == 500
    assert "secret path" not in response.text and "Traceback" not in response.text
    assert "the server failed to answer this request" in response.text
    assert response.headers["x-content-type-options"] == "nosniff"


def test_report_page_links_each_incident_read_from_it_and_marks_its_passage(client: TestClient,
                                                                           filled: dict) -> None:
    page = client.get(f"/reports/{filled['robotyne_report']}").text
    assert f'href="/incidents/{filled["Robotyne"]}"' in page
    assert '<mark class="passage" id="passage-' in page
    body = client.get(f"/reports/{filled['robotyne_report']}.json").json()
    assert [a["incident_id"] for a in body["accounts"]] == [filled["Robotyne"]]
    assert body["statistics"] == []


def _served_paths(routes: list) -> set[str]:
    """Every route's path, looking inside included routers (FastAPI wraps them since 0.16x)."""
    found = set()
    for route in routes:
        inner = getattr(route, "original_router", None)
        found |= _served_paths(inner.routes) if inner is not None else {getattr(route, "path", "")}
    return found


def test_every_page_is_documented_in_docs_web(store: Store) -> None:
    documented = (Path(__file__).resolve().parents[1] / "docs" / "web.md").read_text(encoding="utf-8")
    documented = re.sub(r"\{[^}]*\}", "{id}", documented)
    paths = {re.sub(r"\{[^}]*\}", "{id}", p) for p in _served_paths(create_app(store).routes)}
    assert {"/incidents", "/incidents/{id}", "/series", "/custody/entries/{id}"} <= paths
    for path in sorted(p for p in paths if p and not p.endswith(".json")):
        assert f"`{path}" in documented, f"{path} is served but not described in docs/web.md"


def test_original_downloads_the_stored_bytes_without_rendering_them(client: TestClient, filled: dict) -> None:
    response = client.get(f"/reports/{filled['robotyne_report']}/original")
    assert response.content == ROBOTYNE.encode()
    assert response.headers["content-type"] == "application/octet-stream"
    assert response.headers["content-disposition"].startswith("attachment;")
    digest = base64.b64encode(hashlib.sha256(ROBOTYNE.encode()).digest()).decode()
    assert response.headers["repr-digest"] == f"sha-256=:{digest}:"


def test_a_filter_value_is_echoed_escaped_into_the_form(client: TestClient) -> None:
    page = client.get("/incidents", params={"oblast": '"><script>alert(3)</script>'}).text
    assert "<script>alert(3)" not in page
    assert "&#34;&gt;&lt;script&gt;alert(3)&lt;/script&gt;" in page
