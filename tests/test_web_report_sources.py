"""The report page of a Telegram message: its channel and message, its versions after an edit, and
the photos that came with it as links to their evidence pages."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from source_fixtures import CHANNEL_ID, ingest_telegram_with_an_edit
from warcrimes.queries.reports import report_list
from warcrimes.store import Store
from warcrimes.web import create_app
from web_login import log_in


def edited_post(store: Store, folder: Path) -> int:
    """Message 2 of the small channel (a photo, then an edit): its report id."""
    ingest_telegram_with_an_edit(store, folder)
    return next(listed.report.id for listed in report_list(store) if listed.report.details.get("message_id") == 2)


def test_the_page_names_the_channel_message_author_and_both_versions(store: Store, tmp_path: Path) -> None:
    report_id = edited_post(store, tmp_path / "channel")
    client = TestClient(create_app(store), follow_redirects=False)
    log_in(client, store)
    body = client.get(f"/reports/{report_id}.json").json()
    assert body["source"]["channel"] == "Обласна прокуратура" and body["source"]["message_id"] == 2
    assert body["source"]["author"] == "Прес-служба"
    assert [v["version"] for v in body["versions"]] == [1710420000]
    assert body["versions"][0]["content_hash"] != body["content_hash"]
    assert [e["action"] for e in body["versions"][0]["custody"]] == ["report.version"]
    page = client.get(f"/reports/{report_id}").text
    assert "<h2>Versions</h2>" in page and body["versions"][0]["content_hash"] in page
    assert "message 2" in page and f"t.me/c/{CHANNEL_ID}/2" in page


def test_the_photo_that_came_with_the_post_links_to_its_evidence_page(store: Store, tmp_path: Path) -> None:
    report_id = edited_post(store, tmp_path / "channel")
    client = TestClient(create_app(store), follow_redirects=False)
    log_in(client, store)
    items = client.get(f"/reports/{report_id}.json").json()["evidence_items"]
    assert len(items) == 1 and items[0]["media_type"] == "image/jpeg"
    page = client.get(f"/reports/{report_id}").text
    assert f'href="/evidence/{items[0]["id"]}"' in page and "Evidence that came with it" in page
    assert client.get(f"/evidence/{items[0]['id']}").status_code == 200


def test_a_viewer_without_personal_data_sees_the_evidence_link_but_not_the_author(store: Store,
                                                                                  tmp_path: Path) -> None:
    report_id = edited_post(store, tmp_path / "channel")
    client = TestClient(create_app(store), follow_redirects=False)
    log_in(client, store, "taras", "viewer")
    body = client.get(f"/reports/{report_id}.json").json()
    assert "author" not in body["source"] and body["source"]["channel"] == "Обласна прокуратура"
    assert [set(e) >= {"id", "path", "content_hash"} and "filename" not in e for e in body["evidence_items"]] == [True]
    page = client.get(f"/reports/{report_id}").text
    assert "Прес-служба" not in page and f'href="{body["evidence_items"][0]["path"]}"' in page


def test_a_post_never_edited_shows_no_versions_and_names_the_media_the_export_left_out(store: Store,
                                                                                      tmp_path: Path) -> None:
    ingest_telegram_with_an_edit(store, tmp_path / "channel")
    other = next(listed.report.id for listed in report_list(store) if listed.report.details.get("message_id") == 4)
    client = TestClient(create_app(store), follow_redirects=False)
    log_in(client, store)
    page = client.get(f"/reports/{other}").text
    assert "<h2>Versions</h2>" not in page and 'href="/evidence/' not in page
    assert "Not in the export" in page and "outside.mp4" in page
