"""A Telegram Desktop export through the ingest path: a report per message with what the channel says,
edits kept as versions, photos as evidence of their report, a re-import adding only what is new."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from source_fixtures import (
    CHANNEL_ID,
    PHOTO_BYTES,
    RU_POST,
    UK_POST,
    edit_message,
    telegram_chat,
    telegram_messages,
    write_telegram_export,
)
from warcrimes.custody.evidence import vault_of
from warcrimes.queries.reports import report_list, report_original
from warcrimes.services.ingest import ingest_file
from warcrimes.services.unit import custody_log
from warcrimes.store import Store
from warcrimes.store.schema import EvidenceRow, ReportEvidenceRow, ReportRow, ReportVersionRow


def count(store: Store, table: type) -> int:
    with store.transaction() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


def by_message(store: Store) -> dict[int, object]:
    return {listed.report.details["message_id"]: listed.report for listed in report_list(store)}


def test_every_message_is_a_report_with_channel_id_date_author_forward_and_link(store: Store, tmp_path: Path) -> None:
    export = write_telegram_export(tmp_path / "channel")
    outcome = ingest_file(store, export, actor="intake")
    assert outcome.status == "stored", outcome.message
    reports = by_message(store)
    assert sorted(reports) == [2, 3, 4]  # 1 and 5 are service messages (channel created, pin)
    post, forward, update = reports[2], reports[3], reports[4]
    assert post.channel == "Обласна прокуратура" and post.publisher == "Обласна прокуратура"
    assert post.url == f"https://t.me/c/{CHANNEL_ID}/2"
    assert post.published.isoformat() == "2024-03-14" and post.details["author"] == "Прес-служба"
    assert post.details["links"] == ["https://example.org/borova"] and UK_POST in post.text
    assert forward.details["forwarded_from"] == "Губернатор области" and forward.text == RU_POST
    assert forward.details["edited"].startswith("2024-03-14T10:30")
    assert update.details["reply_to"] == 2
    assert {post.language, update.language} == {"uk"} and forward.language == "ru"


def test_each_report_keeps_its_message_exactly_as_result_json_has_it(store: Store, tmp_path: Path) -> None:
    export = write_telegram_export(tmp_path / "channel")
    ingest_file(store, export, actor="intake")
    raw = (export / "result.json").read_bytes()
    for report in by_message(store).values():
        start, end = report.details["span"]
        original = report_original(store, report.id)[1]
        assert original == raw[start:end] and json.loads(original)["id"] == report.details["message_id"]


def test_a_second_import_of_the_same_export_stores_nothing(store: Store, tmp_path: Path) -> None:
    export = write_telegram_export(tmp_path / "channel")
    ingest_file(store, export, actor="intake")
    with store.transaction() as session:
        entries = custody_log(store).size(session)
    again = ingest_file(store, export, actor="intake")
    assert again.status == "duplicate" and again.count("duplicate") == 3 and again.count("stored") == 0
    assert count(store, ReportRow) == 3 and count(store, ReportVersionRow) == 0
    with store.transaction() as session:
        assert custody_log(store).size(session) == entries  # not even a custody entry


def test_a_later_export_adds_only_new_messages(store: Store, tmp_path: Path) -> None:
    export = write_telegram_export(tmp_path / "channel", telegram_chat(telegram_messages()[:3]))
    assert ingest_file(store, export, actor="intake").count("stored") == 2
    write_telegram_export(tmp_path / "channel")  # the channel a week later: two messages more
    later = ingest_file(store, export, actor="intake")
    assert (later.count("stored"), later.count("duplicate")) == (1, 2)
    assert sorted(by_message(store)) == [2, 3, 4]


def test_an_edited_message_becomes_a_version_of_its_report_not_a_new_report(store: Store, tmp_path: Path) -> None:
    export = write_telegram_export(tmp_path / "channel")
    ingest_file(store, export, actor="intake")
    edited_text = UK_POST + " Кількість поранених зросла до шести."
    write_telegram_export(tmp_path / "channel", edit_message(telegram_chat(), 2, edited_text, 1710420000))
    again = ingest_file(store, export, actor="intake")
    assert again.count("version") == 1 and again.count("stored") == 0, again.message
    assert count(store, ReportRow) == 3
    report = by_message(store)[2]
    assert report.versions == 2 and UK_POST in report.text  # the report still reads as first stored
    with store.transaction() as session:
        version = session.scalars(select(ReportVersionRow)).one()
        assert version.report_id == report.id and version.text.endswith("зросла до шести.")
        assert json.loads(version.original)["edited_unixtime"] == "1710420000"
        actions = [e.action for e in custody_log(store).entries_about(session, [version.content_hash])]
    assert actions == ["report.version"]
    assert ingest_file(store, export, actor="intake").count("version") == 0  # the same edit again: nothing


def test_a_photo_is_evidence_of_its_report_and_a_missing_file_is_named(store: Store, tmp_path: Path) -> None:
    export = write_telegram_export(tmp_path / "channel")
    outcome = ingest_file(store, export, actor="intake")
    assert outcome.count("evidence") == 1 and outcome.missing_media == 2
    reports = by_message(store)
    with store.transaction() as session:
        evidence = session.scalars(select(EvidenceRow)).one()
        link = session.scalars(select(ReportEvidenceRow)).one()
        actions = [e.action for e in custody_log(store).entries_about(session, [evidence.content_hash])]
    assert link.report_id == reports[2].id and link.evidence_id == evidence.id
    assert evidence.media_type == "image/jpeg" and evidence.source_url == reports[2].url
    assert vault_of(store).path_for(evidence.content_hash).read_bytes() == PHOTO_BYTES
    assert actions == ["evidence.add", "evidence.report"]
    assert reports[3].details["media"][0]["missing"].startswith("File not included")
    assert reports[4].details["media"][0]["missing"] == "its path leads outside the export folder"


def test_a_post_of_a_photo_alone_is_a_report_with_no_text_to_extract(store: Store, tmp_path: Path) -> None:
    photo_only = {**telegram_messages()[1], "text": "", "text_entities": []}
    export = write_telegram_export(tmp_path / "channel", telegram_chat([photo_only]))
    outcome = ingest_file(store, export, actor="intake")
    [listed] = report_list(store)
    assert listed.report.extraction_status == "no_text" and listed.report.text == ""
    assert outcome.count("evidence") == 1


def test_progress_is_reported_in_bytes_of_result_json_up_to_its_size(store: Store, tmp_path: Path) -> None:
    export = write_telegram_export(tmp_path / "channel")
    seen: list[tuple[int, int, int]] = []
    ingest_file(store, export, actor="intake", progress=lambda _path, at, total, reports: seen.append(
        (at, total, reports)))
    size = (export / "result.json").stat().st_size
    assert seen and seen[-1] == (size, size, 3)
    assert [at for at, _, _ in seen] == sorted(at for at, _, _ in seen)


def test_verify_checks_versions_and_report_evidence_against_the_log(store: Store, tmp_path: Path) -> None:
    from warcrimes.custody.verify import verify_store

    export = write_telegram_export(tmp_path / "channel")
    ingest_file(store, export, actor="intake")
    write_telegram_export(tmp_path / "channel", edit_message(telegram_chat(), 2, UK_POST + " Оновлено.", 1710420000))
    ingest_file(store, export, actor="intake")
    result = verify_store(store, None)
    assert not result.problems, result.problems
    assert result.checked["report versions"] == 1
    forward = by_message(store)[3].id
    with store.transaction() as session:
        session.scalars(select(ReportVersionRow)).one().original = b"{}"
        link = session.scalars(select(ReportEvidenceRow)).one()
        session.delete(link)
        session.flush()
        session.add(ReportEvidenceRow(report_id=forward, evidence_id=link.evidence_id))
    problems = verify_store(store, None).problems
    assert any("version" in p and "hash to" in p for p in problems)
    assert any("has no evidence.report entry" in p for p in problems)


def _post(number: int, day: int, hour: int, text: str) -> dict[str, object]:
    stamp = 1_711_929_600 + 86_400 * (day - 1) + 3_600 * hour  # 2024-04-01 00:00 UTC + days and hours
    return {"id": number, "type": "message", "date": f"2024-04-{day:02d}T{hour:02d}:00:00",
            "date_unixtime": str(stamp), "from": "Обласна прокуратура", "from_id": f"channel{CHANNEL_ID}",
            "text": text, "text_entities": [{"type": "plain", "text": text}]}


def incidents_by_message(store: Store) -> dict[int, int]:
    from warcrimes.store.schema import AccountRow
    with store.transaction() as session:
        rows = session.execute(select(ReportRow.details, AccountRow.incident_id)
                               .join(AccountRow, AccountRow.report_id == ReportRow.id))
        return {details["message_id"]: incident_id for details, incident_id in rows}


def test_a_channels_posts_about_three_nights_are_three_incidents(store: Store, tmp_path: Path) -> None:
    night = "Вночі російські війська обстріляли Херсон з артилерії, поранено {n} мешканців."
    again = "Уточнено наслідки обстрілу Херсона минулої ночі: поранені {n} людей, їм надають допомогу."
    posts = [_post(1 + 2 * i, day, 7, night.format(n=2 + i)) for i, day in enumerate((3, 4, 5))]
    posts += [_post(2 + 2 * i, day, 11, again.format(n=3 + i)) for i, day in enumerate((3, 4, 5))]
    export = write_telegram_export(tmp_path / "nights", telegram_chat(sorted(posts, key=lambda p: p["id"])))
    assert ingest_file(store, export, actor="intake").status == "stored"
    found = incidents_by_message(store)
    assert found[1] == found[2] and found[3] == found[4] and found[5] == found[6], found  # a morning's posts join
    assert len({found[1], found[3], found[5]}) == 3, found  # each morning's night is its own


def test_a_channels_undated_posts_of_one_place_days_apart_are_two_incidents(store: Store, tmp_path: Path) -> None:
    undated = "Російський дрон атакував автобус у Нікополі, поранено {n} пасажирів."
    posts = [_post(1, 2, 9, undated.format(n=3)), _post(2, 2, 15, undated.format(n=4)),
             _post(3, 3, 10, undated.format(n=5)), _post(4, 6, 9, undated.format(n=2))]
    export = write_telegram_export(tmp_path / "undated", telegram_chat(posts))
    assert ingest_file(store, export, actor="intake").status == "stored"
    found = incidents_by_message(store)
    assert found[1] == found[2] == found[3] != found[4], found  # the next day's may follow up; 4 days on: news
