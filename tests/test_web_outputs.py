"""Dossiers, letters and exports from the browser: by role, with the token, logged, nothing left behind."""

from __future__ import annotations

import csv
import io
import subprocess
import tempfile
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from test_review_workspace import strike_and_hospital
from warcrimes.services.unit import custody_log
from warcrimes.store import Store
from warcrimes.web import create_app
from web_login import log_in


@pytest.fixture
def client(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> TestClient:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    return TestClient(create_app(store), follow_redirects=False)


def _exports_by(store: Store, actor: str) -> list[dict[str, object]]:
    with store.transaction() as session:
        log = custody_log(store)
        every = (log.entry(session, index) for index in range(log.size(session)))
        return [e.details for e in every if e.action == "export" and e.actor == actor]


def test_an_analyst_downloads_an_incidents_dossier_as_html_and_it_is_logged_under_their_name(
        client: TestClient, store: Store, tmp_path: Path) -> None:
    a, _ = strike_and_hospital(store)
    token = log_in(client, store, "olena", "analyst")
    got = client.post("/outputs/dossier", data={"csrf_token": token, "incident": str(a), "format": "html"})
    assert got.status_code == 200, got.text
    assert got.headers["content-type"].startswith("text/html")
    assert "attachment" in got.headers["content-disposition"] and "WCD-" in got.headers["content-disposition"]
    assert got.headers["cache-control"] == "no-store"
    assert "Zaporizhzhia" in got.text and "Kryvyi Rih" not in got.text
    assert [d["incident_id"] for d in _exports_by(store, "olena")] == [a]
    assert list((tmp_path / "scratch").iterdir()) == [], "the written file is deleted once sent"


def test_the_list_filter_selects_the_dossiers_incidents(client: TestClient, store: Store) -> None:
    strike_and_hospital(store)
    token = log_in(client, store)
    got = client.post("/outputs/dossier", data={"csrf_token": token, "format": "html", "oblast": "Dnipropetrovsk"})
    assert got.status_code == 200, got.text
    assert "Kryvyi Rih" in got.text and "Zaporizhzhia" not in got.text


def test_a_dossier_without_incident_or_filter_is_a_400_sentence(client: TestClient, store: Store) -> None:
    strike_and_hospital(store)
    token = log_in(client, store)
    got = client.post("/outputs/dossier", data={"csrf_token": token, "format": "html"})
    assert got.status_code == 400 and "choose the incidents" in got.text
    assert client.post("/outputs/dossier", data={"csrf_token": token, "format": "docx", "incident": "1"}
                       ).status_code == 400


def test_without_the_token_nothing_is_made_or_logged(client: TestClient, store: Store, tmp_path: Path) -> None:
    a, _ = strike_and_hospital(store)
    log_in(client, store)
    assert client.post("/outputs/dossier", data={"incident": str(a), "format": "html"}).status_code == 403
    assert client.post("/outputs/export", data={"format": "csv"}).status_code == 403
    assert _exports_by(store, "olena") == []
    assert list((tmp_path / "scratch").iterdir()) == []


def test_a_viewer_gets_the_acled_csv_but_no_dossier_letter_or_json_lines(client: TestClient, store: Store,
                                                                         tmp_path: Path) -> None:
    strike_and_hospital(store)
    token = log_in(client, store, "vira", "viewer")
    for path, form in (("/outputs/dossier", {"incident": "1", "format": "html"}),
                       ("/outputs/letter", {"incident": "1", "recipient": "icrc_cta"}),
                       ("/outputs/export", {"format": "jsonl"})):
        refused = client.post(path, data={"csrf_token": token, **form})
        assert refused.status_code == 403, path
    assert list((tmp_path / "scratch").iterdir()) == [], "a refused export leaves no file behind"
    got = client.post("/outputs/export", data={"csrf_token": token, "format": "csv", "violation": ""})
    assert got.status_code == 200, got.text
    rows = list(csv.DictReader(io.StringIO(got.text)))
    assert {"event_date", "event_type", "admin1", "latitude", "fatalities"} <= set(rows[0])
    assert len(rows) == 2
    logged = _exports_by(store, "vira")
    assert len(logged) == 1 and logged[0]["personal_data"] is False


def test_the_list_page_offers_the_outputs_with_its_filter_and_the_viewer_only_exports(
        client: TestClient, store: Store) -> None:
    strike_and_hospital(store)
    log_in(client, store, "olena", "analyst")
    page = client.get("/incidents?oblast=Zaporizhzhia").text
    assert 'action="/outputs/dossier"' in page and 'action="/outputs/letter"' in page
    assert 'name="oblast" value="Zaporizhzhia"' in page
    assert 'value="un_hrmmu"' in page
    client.post("/logout", data={"csrf_token": client.get("/session.json").json()["csrf_token"]})
    viewer = TestClient(client.app, follow_redirects=False)
    log_in(viewer, store, "vira", "viewer")
    shown = viewer.get("/incidents").text
    assert 'action="/outputs/export"' in shown and 'action="/outputs/dossier"' not in shown


def test_an_incident_page_offers_its_dossier_and_letter(client: TestClient, store: Store) -> None:
    a, _ = strike_and_hospital(store)
    log_in(client, store)
    page = client.get(f"/incidents/{a}").text
    assert f'name="incident" value="{a}"' in page and 'action="/outputs/letter"' in page


@pytest.mark.slow
def test_a_ukrainian_letter_to_the_icrc_arrives_as_a_pdf_with_the_dossier(client: TestClient, store: Store,
                                                                         tmp_path: Path) -> None:
    a, _ = strike_and_hospital(store)
    token = log_in(client, store)
    got = client.post("/outputs/letter", data={"csrf_token": token, "incident": str(a), "recipient": "icrc_cta",
                                               "language": "uk"})
    assert got.status_code == 200, got.text
    assert got.content.startswith(b"%PDF") and got.headers["content-type"] == "application/pdf"
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(got.content)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Міжнародний комітет Червоного Хреста" in text or "МКЧХ" in text
