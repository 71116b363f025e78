"""The registry's pages: a viewer sees figures only, never a personal field (HTML or JSON); a
`registry` user searches, opens records (each view recorded), previews and imports lists, merges."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from warcrimes.services.registry_import import column_mapping, import_list
from warcrimes.store import Store
from warcrimes.store.schema import PersonViewRow
from warcrimes.web import create_app
from web_login import log_in

HEADER = "family_name,given_name,patronymic,birth_date,category,rank,unit,status,status_date,status_place,source"
ROWS = [
    "Кравець,Максим,Юрійович,09.09.1994,military,лейтенант,в/ч Г3333,held,03.05.2022,Колонія-2 Брянськ,list D",
    "Кравець,Максим,Юрійович,09.09.1994,military,лейтенант,в/ч Г3333,released,11.11.2022,,exchange",
    "Литвин,Оксана,Романівна,1981,civilian,,,held,2022-06,СІЗО-3 Бєлгород,appeal 12",
]
PERSONAL = ("Кравець", "Максим", "Юрійович", "Kravets", "Maksym", "Литвин", "Оксана", "Lytvyn", "1994-09-09",
            "лейтенант", "Г3333", "1981")


def csv_bytes(*rows: str) -> bytes:
    return ("\n".join([HEADER, *rows]) + "\n").encode("utf-8")


@pytest.fixture
def filled(store: Store) -> Store:
    import_list(store, "list.csv", csv_bytes(*ROWS), column_mapping(), actor="clerk", apply=True,
                today=dt.date(2024, 6, 1))
    return store


def client_as(store: Store, role: str, name: str = "olena") -> tuple[TestClient, str]:
    client = TestClient(create_app(store), follow_redirects=False)
    return client, log_in(client, store, name, role)


def test_a_viewer_sees_the_figures_and_never_a_personal_field(filled: Store) -> None:
    client, _ = client_as(filled, "viewer", "vera")
    html = client.get("/persons/figures")
    assert html.status_code == 200 and "Captives registry: figures" in html.text
    as_json = client.get("/persons/figures.json")
    assert as_json.json()["figures"]["held"] == 1 and as_json.json()["figures"]["released"] == 1
    for text in (html.text, as_json.text):
        for value in PERSONAL:
            assert value not in text
        assert not re.search(r"\bp-[0-9a-f]{16}\b", text)  # no person id either
    for path in ("/persons", "/persons.json", "/persons?q=Kravets", "/persons/candidates", "/persons/candidates.json",
                 "/persons/import"):
        refused = client.get(path, headers={"Accept": "application/json"})
        assert refused.status_code == 403, path
        assert not any(value in refused.text for value in PERSONAL)


def test_a_viewer_cannot_open_a_record_or_export_one(filled: Store) -> None:
    analyst, _ = client_as(filled, "analyst")
    person = analyst.get("/persons.json?q=Литвин").json()["persons"][0]["id"]
    client, token = client_as(filled, "viewer", "vera")
    for path in (f"/persons/{person}", f"/persons/{person}.json"):
        response = client.get(path)
        assert response.status_code in (403, 303) and not any(v in response.text for v in PERSONAL)
    export = client.post("/persons/tracing", data={"person": person, "csrf_token": token})
    assert export.status_code == 403 and "Литвин" not in export.text
    with filled.transaction() as session:
        assert session.scalars(select(PersonViewRow).where(PersonViewRow.viewer == "vera")).first() is None


def test_an_analyst_searches_in_latin_and_opens_a_record_which_is_recorded(filled: Store) -> None:
    client, _ = client_as(filled, "analyst")
    found = client.get("/persons?q=Kravets Maksym")
    assert found.status_code == 200 and "Кравець Максим Юрійович" in found.text
    person = client.get("/persons.json?q=Кравец").json()["persons"][0]["id"]
    page = client.get(f"/persons/{person}")
    assert page.status_code == 200 and "Колонія-2 Брянськ" in page.text and "released" in page.text
    assert page.headers["cache-control"] == "no-store"
    record = client.get(f"/persons/{person}.json").json()["person"]
    assert record["status"]["kind"] == "released" and [v["viewer"] for v in record["views"]] == ["olena"]
    with filled.transaction() as session:
        assert len(list(session.scalars(select(PersonViewRow)))) == 2


def test_an_analyst_adds_a_status_with_the_form(filled: Store) -> None:
    client, token = client_as(filled, "analyst")
    person = client.get("/persons.json?q=Lytvyn").json()["persons"][0]["id"]
    done = client.post(f"/persons/{person}/status", data={
        "kind": "released", "date": "2023-01-15", "source_kind": "report", "source": "report 4",
        "csrf_token": token})
    assert done.status_code == 303 and done.headers["location"] == f"/persons/{person}"
    assert client.get("/persons/figures.json").json()["figures"]["released"] == 2
    stale = client.post(f"/persons/{person}/status", data={"kind": "held", "date": "2023", "source_kind": "report",
                                                            "source": "x"})
    assert stale.status_code == 403


def test_import_preview_changes_nothing_and_a_bad_list_is_shown_with_its_rows(store: Store) -> None:
    client, token = client_as(store, "analyst")
    preview = client.post("/persons/import", data={"csrf_token": token, "action": "preview", "mapping": "default"},
                          files={"file": ("list.csv", csv_bytes(*ROWS), "text/csv")})
    assert preview.status_code == 200 and "Preview: nothing changed yet" in preview.text
    assert "create a person (military), 2 status entries" in preview.text
    assert client.get("/persons/figures.json").json()["figures"]["persons"] == 0
    bad = client.post("/persons/import", data={"csrf_token": token, "action": "import", "mapping": "default"},
                      files={"file": ("bad.csv", csv_bytes(*ROWS, "Бойко,,,1990,military,,,held,2022-13-01,,x"),
                                      "text/csv")})
    assert bad.status_code == 422 and "error: row 5 (given_name)" in bad.text and "Бойко" not in bad.text
    assert client.get("/persons/figures.json").json()["figures"]["persons"] == 0
    done = client.post("/persons/import", data={"csrf_token": token, "action": "import", "mapping": "default"},
                       files={"file": ("list.csv", csv_bytes(*ROWS), "text/csv")})
    assert done.status_code == 200 and "Imported" in done.text
    assert client.get("/persons/figures.json").json()["figures"]["persons"] == 2


def test_candidates_are_listed_and_an_analyst_merges_one(filled: Store) -> None:
    import_list(filled, "other.csv", csv_bytes("Кравец,Максим,,1994,military,,,held,2022-04-01,,list R"),
                column_mapping(), actor="clerk", apply=True, today=dt.date(2024, 6, 1))
    client, token = client_as(filled, "analyst")
    listed = client.get("/persons/candidates.json").json()["candidates"]
    assert len(listed) == 1
    page = client.get("/persons/candidates")
    assert "Merge, keep this one" in page.text and "family name" in page.text
    keep = listed[0]["right"]["id"]
    done = client.post(f"/persons/candidates/{listed[0]['candidate']}/merge", data={"keep": keep, "csrf_token": token})
    assert done.status_code == 303 and done.headers["location"] == f"/persons/{keep}"
    assert client.get("/persons/candidates.json").json()["candidates"] == []


def test_the_tracing_export_downloads_a_csv_for_the_chosen(filled: Store) -> None:
    client, token = client_as(filled, "analyst")
    person = client.get("/persons.json?q=Литвин").json()["persons"][0]["id"]
    out = client.post("/persons/tracing", data={"person": person, "csrf_token": token})
    assert out.status_code == 200 and out.headers["content-type"].startswith("text/csv")
    assert "Литвин" in out.content.decode("utf-8-sig") and "attachment" in out.headers["content-disposition"]


def incident_naming(store: Store, text: str) -> int:
    """A report naming a victim, ingested (which proposes the registry persons it names)."""
    import hashlib

    from warcrimes.domain.facts import DateInterval, IncidentFacts, Location, Victims
    from warcrimes.domain.records import ExtractedIncident, Extraction, NewReport
    from warcrimes.services.reports import add_report

    day = dt.date(2024, 3, 1)
    facts = IncidentFacts(violations=("torture",), date=DateInterval(day, day),
                          location=Location("Bryansk", None, "RU", 53.24, 34.36), victims=Victims("pow", 1, 1),
                          span=(0, len(text)))
    done = add_report(store, NewReport("SHA-256:" + hashlib.sha256(text.encode()).hexdigest(), text.encode(), text,
                                       "text/plain", day, publisher="Test Wire"),
                      Extraction(incidents=(ExtractedIncident(facts),), extractor_version="test-1"), actor="system")
    return done.incidents[0]


def test_an_analyst_accepts_a_proposed_link_on_the_incident_page_and_a_viewer_never_sees_it(filled: Store) -> None:
    from warcrimes.store.schema import CustodyEntryRow, IncidentPersonLinkRow

    incident = incident_naming(filled, "Lieutenant Maksym Kravets was beaten in a colony near Bryansk, "
                                       "released prisoners said.")
    viewer, _ = client_as(filled, "viewer", "vera")
    for path in (f"/incidents/{incident}", f"/incidents/{incident}.json"):
        seen = viewer.get(path)
        assert seen.status_code == 200 and "registry_links" not in seen.text and "registry-links" not in seen.text
        assert not re.search(r"\bp-[0-9a-f]{16}\b", seen.text)
    client, token = client_as(filled, "analyst")
    [link] = client.get(f"/incidents/{incident}.json").json()["registry_links"]
    assert link["state"] == "proposed" and link["score"] >= 0.78
    page = client.get(f"/incidents/{incident}")
    assert f'action="/incidents/{incident}/persons/{link["link"]}/accept"' in page.text
    assert "Кравець" not in page.text  # the id only: opening the person is what shows (and records) a name
    accept = f"/incidents/{incident}/persons/{link['link']}/accept"
    assert client.post(accept).status_code == 403  # no CSRF token: nothing done
    done = client.post(accept, data={"csrf_token": token})
    assert done.status_code == 303 and done.headers["location"].startswith(f"/incidents/{incident}")
    [after] = client.get(f"/incidents/{incident}.json").json()["registry_links"]
    assert after["state"] == "accepted" and after["decided_by"] == "olena"
    assert client.post(accept, data={"csrf_token": token}).status_code == 409  # decided once
    with filled.transaction() as session:
        row = session.get(IncidentPersonLinkRow, link["link"])
        assert row is not None and row.state == "accepted"
        entry = session.scalars(select(CustodyEntryRow).where(CustodyEntryRow.action == "registry.link.accepted")).one()
        assert entry.actor == "olena" and entry.details["person"] == link["person"]
