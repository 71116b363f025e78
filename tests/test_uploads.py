"""Uploads in the browser's requests: streamed into the vault, bounded, typed by their bytes, the one
ingest path for reports, the evidence viewer's inline file with its headers, and the refusals."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from warcrimes.store import Store
from warcrimes.web import create_app
from web_login import log_in

REPORT = (
    "Guided bomb kills three in Kupiansk apartment block\n\n"
    "KHARKIV, 12 March 2025 — A guided aerial bomb struck a five-storey apartment building in Kupiansk on "
    "10 March, killing three civilians and wounding seven, the Kharkiv regional military administration said "
    "on Wednesday. Rescuers worked through the night to reach residents trapped under the rubble 🏚️.\n\n"
    "Жителі Куп'янська розповіли, що удар стався близько шостої ранку.\n"
)


def jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 40), (180, 40, 40)).save(out, "JPEG")
    return out.getvalue()


@pytest.fixture
def client(store: Store) -> TestClient:
    client = TestClient(create_app(store), follow_redirects=False)
    client.headers["X-Test-Token"] = log_in(client, store)
    return client


def _send(client: TestClient, path: str, name: str, content: bytes, **fields: str) -> object:
    token = {"csrf_token": client.headers["X-Test-Token"]}
    return client.post(path, data={**token, **fields}, files={"file": (name, content, "application/octet-stream")})


def _vault_temp(store: Store) -> list[Path]:
    folder = store.settings.home / "vault" / "tmp"
    return sorted(folder.iterdir()) if folder.is_dir() else []


def test_an_uploaded_report_is_read_and_its_incidents_shown(client: TestClient, store: Store) -> None:
    done = _send(client, "/reports/upload", "kupiansk.txt", REPORT.encode(), published="2025-03-12",
                 publisher="Kharkiv Oblast Administration")
    assert done.status_code == 303, done.text
    location = done.headers["location"]
    assert location.endswith("?uploaded=stored")
    page = client.get(location).text
    assert "Uploaded and read: 1 incident account found" in page and "Kupiansk" in page
    body = client.get(location.split("?")[0] + ".json").json()
    assert body["filename"] == "kupiansk.txt" and body["publisher"] == "Kharkiv Oblast Administration"
    assert body["accounts"][0]["facts"]["violations"] == ["attack_on_civilians"]
    assert "Куп'янська" in body["text"] and "🏚️" in body["text"]
    assert _vault_temp(store) == [], "the upload's temporary file is gone"
    history = client.get(body["accounts"][0]["incident_path"] + ".json").json()["history"]
    assert history[0]["actor"] == "linker" and history[0]["details"]["ingested_by"] == "olena"
    custody = client.get(body["custody"][0]["path"]).json()
    assert custody["entry"]["actor"] == "olena" and custody["entry"]["action"] == "ingest"


def test_the_same_report_again_leads_to_the_one_stored(client: TestClient) -> None:
    first = _send(client, "/reports/upload", "a.txt", REPORT.encode(), published="2025-03-12")
    again = _send(client, "/reports/upload", "b.txt", REPORT.encode(), published="2025-03-12")
    assert again.headers["location"] == first.headers["location"].replace("stored", "duplicate")


def test_a_report_is_typed_by_its_bytes_not_its_name(client: TestClient, store: Store) -> None:
    pdf = _send(client, "/reports/upload", "notes.txt", b"%PDF-1.7\n1 0 obj <<>> endobj\n", published="2025-03-12")
    assert pdf.status_code == 400 and "notes.txt: is not a readable PDF" in pdf.text
    binary = _send(client, "/reports/upload", "clip.txt", b"\x00\x01\x02binary", published="2025-03-12")
    assert binary.status_code == 400 and "clip.txt" in binary.text
    html = _send(client, "/reports/upload", "page.txt",
                 f"<!doctype html><html><body><article><p>{REPORT}</p></article></body></html>".encode(),
                 published="2025-03-12")
    assert html.status_code == 303
    stored = client.get(html.headers["location"].split("?")[0] + ".json").json()
    assert stored["media_type"] == "text/html" and "<article>" not in stored["text"]
    assert _vault_temp(store) == []


def test_a_report_error_names_the_file_and_never_a_server_path(client: TestClient, store: Store) -> None:
    answer = _send(client, "/reports/upload", "draft.txt", REPORT.encode())
    assert answer.status_code == 400 and "draft.txt" in answer.text and "publication date" in answer.text
    assert str(store.settings.home) not in answer.text


def test_a_report_over_the_limit_is_413_and_leaves_nothing(store: Store) -> None:
    small = replace(store.settings, max_report_bytes=1000)
    store.settings = small
    client = TestClient(create_app(store), follow_redirects=False)
    token = log_in(client, store)
    answer = client.post("/reports/upload", data={"csrf_token": token, "published": "2025-03-12"},
                         files={"file": ("big.txt", b"word " * 400_000, "text/plain")})
    assert answer.status_code == 413 and "1,000 byte limit" in answer.text
    assert _vault_temp(store) == []


def test_an_upload_without_the_token_keeps_no_byte(client: TestClient, store: Store) -> None:
    answer = client.post("/reports/upload", data={"published": "2025-03-12"},
                         files={"file": ("a.txt", REPORT.encode(), "text/plain")})
    assert answer.status_code == 403
    assert _vault_temp(store) == [] and not (store.settings.home / "vault" / "sha256").exists()


def test_an_evidence_photo_is_stored_and_shown_inline_with_safe_headers(client: TestClient, store: Store) -> None:
    from corroboration_fixtures import facts, ingest

    incident = ingest(store, "Three prisoners shot at Robotyne.", facts()).incidents[0]
    photo = jpeg()
    done = _send(client, "/evidence/upload", "../../etc/Фото двір.jpg", photo, incident=str(incident),
                 captured_by="field team 3", source_url="https://example.org/upload/9")
    assert done.status_code == 303, done.text
    page = client.get(done.headers["location"]).text
    assert '<img src="/evidence/1/file"' in page and "field team 3" in page and "evidence.add" in page
    item = client.get("/evidence/1.json").json()
    assert item["filename"] == "Фото двір.jpg" and item["media_type"] == "image/jpeg"
    shown = client.get("/evidence/1/file")
    assert shown.content == photo and shown.headers["content-type"] == "image/jpeg"
    assert shown.headers["x-content-type-options"] == "nosniff"
    assert shown.headers["content-disposition"].startswith('inline; filename="')
    assert "sandbox" in shown.headers["content-security-policy"]
    part = client.get("/evidence/1/file", headers={"Range": "bytes=0-9"})
    assert part.status_code == 206 and part.content == photo[:10], "a video can be sought"
    download = client.get("/evidence/1/download")
    assert download.headers["content-type"] == "application/octet-stream"
    assert download.headers["content-disposition"].startswith("attachment;") and download.headers["repr-digest"]
    assert 'href="/evidence/1"' in client.get(f"/incidents/{incident}").text


def test_a_page_named_as_a_photo_is_never_served_as_a_page(client: TestClient) -> None:
    done = _send(client, "/evidence/upload", "photo.jpg", b"<html><script>alert(1)</script></html>")
    assert done.status_code == 303
    item = client.get("/evidence/1.json").json()
    assert item["media_type"] == "application/octet-stream" and item["inline"] is False
    served = client.get("/evidence/1/file")
    assert served.headers["content-type"] == "application/octet-stream"
    assert served.headers["content-disposition"].startswith("attachment;")


def test_evidence_for_an_unknown_incident_is_refused_and_not_kept(client: TestClient, store: Store) -> None:
    answer = _send(client, "/evidence/upload", "a.jpg", jpeg(), incident="4242")
    assert answer.status_code == 404
    assert _vault_temp(store) == [] and not list((store.settings.home / "vault").rglob("sha256/*/*"))


def test_an_empty_evidence_file_is_refused(client: TestClient) -> None:
    answer = _send(client, "/evidence/upload", "a.jpg", b"")
    assert answer.status_code == 400 and "empty" in answer.text


def test_a_viewer_may_not_upload_nor_open_evidence(store: Store) -> None:
    client = TestClient(create_app(store), follow_redirects=False)
    token = log_in(client, store, "vira", "viewer")
    answer = client.post("/evidence/upload", data={"csrf_token": token},
                         files={"file": ("a.jpg", jpeg(), "image/jpeg")})
    assert answer.status_code == 403
    assert client.get("/upload").status_code == 403
    assert client.get("/evidence/1").status_code == 403
