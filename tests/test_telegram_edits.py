"""An edited Telegram message on a re-import: a new version of its report (the first bytes kept), read
again, its accounts recording the version whose text their spans point into."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from warcrimes.custody.verify import verify_store
from warcrimes.services.ingest import ingest_file
from warcrimes.store import Store
from warcrimes.store.schema import AccountRow, IncidentRow, ReportRow, ReportVersionRow, StatisticRow

CHAT = 1444000222
FIRST = "Російський дрон влучив у маршрутку в Херсоні вранці 12 квітня: поранено трьох пасажирів."
LATER = ("Російський дрон влучив у маршрутку в Херсоні вранці 12 квітня: поранено сімох пасажирів, "
         "одна жінка загинула в лікарні.")
OTHER = "Графік подачі води в Херсоні на вихідні: з 7:00 до 21:00."
POSTED = 1_712_900_000


def post(number: int, text: str, edited: int | None = None, bold: bool = False) -> dict[str, Any]:
    """One channel post in Telegram Desktop's shape; `bold` sets its first words in bold (markup only)."""
    entities = ([{"type": "bold", "text": text[:10]}, {"type": "plain", "text": text[10:]}] if bold
                else [{"type": "plain", "text": text}])
    found: dict[str, Any] = {"id": number, "type": "message", "date": "2024-04-12T09:00:00",
                             "date_unixtime": str(POSTED + 60 * number), "from": "Міська рада",
                             "text": [entities[0], text[10:]] if bold else text, "text_entities": entities}
    if edited is not None:
        found.update(edited=dt.datetime.fromtimestamp(edited, dt.UTC).isoformat(), edited_unixtime=str(edited))
    return found


def export(folder: Path, *messages: dict[str, Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    chat = {"name": "Міська рада", "type": "public_channel", "id": CHAT, "messages": list(messages)}
    (folder / "result.json").write_text(json.dumps(chat, ensure_ascii=False, indent=1), encoding="utf-8")
    return folder


def rows(store: Store) -> dict[str, Any]:
    with store.transaction() as session:
        return {
            "reports": [(r.id, r.text, r.original) for r in session.scalars(select(ReportRow).order_by(ReportRow.id))],
            "versions": [(v.report_id, v.version, v.text, v.original)
                         for v in session.scalars(select(ReportVersionRow).order_by(ReportVersionRow.id))],
            "accounts": [(a.id, a.report_id, a.version, a.incident_id, a.text, tuple(a.facts["span"]),
                          a.facts["victims"]) for a in session.scalars(select(AccountRow).order_by(AccountRow.id))],
            "incidents": session.scalars(select(IncidentRow.id)).all(),
            "statistics": len(session.scalars(select(StatisticRow.id)).all()),
        }


def test_an_edit_with_new_words_is_a_version_read_again_whose_accounts_point_into_it(
        store: Store, tmp_path: Path) -> None:
    folder = export(tmp_path / "channel", post(1, FIRST), post(2, OTHER))
    ingest_file(store, folder, actor="intake")
    before = rows(store)
    assert [a[2] for a in before["accounts"]] == [None]  # the first text's account: no version
    export(folder, post(1, LATER, edited=POSTED + 3_600), post(2, OTHER))
    again = ingest_file(store, folder, actor="intake")
    assert again.count("version") == 1 and again.count("stored") == 0, again.message
    after = rows(store)
    assert after["reports"] == before["reports"]  # the report keeps the bytes and text first stored
    [(report_id, version, text, original)] = after["versions"]
    assert version == POSTED + 3_600 and text == LATER and json.loads(original)["text"] == LATER
    first, *read_again = after["accounts"]
    assert first == before["accounts"][0]
    assert read_again and all(a[1] == report_id and a[2] == version for a in read_again)
    for _, _, _, _, told, (start, end), _ in read_again:
        assert told == LATER and 0 <= start < end <= len(LATER)  # spans into the version's text
    assert any(a[6]["injured"] == 7 for a in read_again)  # what the edit says, not what the first said
    # the edit tells the same event: its account joins the incident the first version's account opened
    assert read_again[0][3] == first[3]
    assert after["statistics"] == before["statistics"]


def test_an_edit_of_the_markup_alone_is_a_version_not_read_again(store: Store, tmp_path: Path) -> None:
    folder = export(tmp_path / "channel", post(1, FIRST))
    ingest_file(store, folder, actor="intake")
    export(folder, post(1, FIRST, edited=POSTED + 600, bold=True))
    again = ingest_file(store, folder, actor="intake")
    assert again.count("version") == 1 and again.reports[0].not_extracted == "later_version"
    found = rows(store)
    assert len(found["versions"]) == 1 and [a[2] for a in found["accounts"]] == [None]


def test_the_same_edited_export_again_adds_nothing_and_verify_finds_every_row_recorded(
        store: Store, tmp_path: Path) -> None:
    folder = export(tmp_path / "channel", post(1, FIRST))
    ingest_file(store, folder, actor="intake")
    export(folder, post(1, LATER, edited=POSTED + 3_600))
    ingest_file(store, folder, actor="intake")
    held = rows(store)
    third = ingest_file(store, folder, actor="intake")
    assert third.count("duplicate") == 1 and third.count("version") == 0
    assert rows(store) == held
    result = verify_store(store, None)
    assert not result.problems, result.problems


def test_a_message_first_seen_already_edited_is_read_as_the_report_itself(store: Store, tmp_path: Path) -> None:
    folder = export(tmp_path / "channel", post(1, LATER, edited=POSTED + 3_600))
    ingest_file(store, folder, actor="intake")
    found = rows(store)
    assert found["versions"] == [] and found["accounts"] and all(a[2] is None for a in found["accounts"])


def test_the_incident_page_quotes_the_edited_words_for_the_account_read_from_the_edit(
        store: Store, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from warcrimes.web import create_app
    from web_login import log_in

    folder = export(tmp_path / "channel", post(1, FIRST))
    ingest_file(store, folder, actor="intake")
    export(folder, post(1, LATER, edited=POSTED + 3_600))
    ingest_file(store, folder, actor="intake")
    [*_, (account_id, _, version, incident_id, _, _, _)] = rows(store)["accounts"]
    client = TestClient(create_app(store), follow_redirects=False)
    log_in(client, store)
    body = client.get(f"/incidents/{incident_id}.json").json()
    entries = {a["id"]: a for a in body["account_details"]}
    assert entries[account_id]["report_version"] == version
    assert all("report_version" not in a for i, a in entries.items() if i != account_id)
    page = client.get(f"/incidents/{incident_id}").text
    assert "жінка загинула в лікарні" in page and "поранено сімох" in page and ">трьох<" in page  # each its own text
