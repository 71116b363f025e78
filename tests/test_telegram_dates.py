"""A Telegram post is dated by its day in Kyiv, where the channels we read post: a post at 01:00 Kyiv time
(the day before in UTC) belongs to the morning it was posted, winter (UTC+2) and summer (UTC+3) alike."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import select

from source_fixtures import CHANNEL_ID, telegram_chat, write_telegram_export
from warcrimes.services.ingest import ingest_file
from warcrimes.store import Store
from warcrimes.store.schema import AccountRow, ReportRow

KYIV_WINTER = dt.timezone(dt.timedelta(hours=2))
KYIV_SUMMER = dt.timezone(dt.timedelta(hours=3))


def post(number: int, at: dt.datetime, text: str, *, exported_clock: str | None = None,
         unix: bool = True) -> dict[str, Any]:
    """A message posted at `at` (aware); `date` is the exporting computer's clock (here: Berlin's, an hour
    behind Kyiv), `date_unixtime` the exact moment."""
    clock = exported_clock or (at - dt.timedelta(hours=1)).replace(tzinfo=None).isoformat()
    found: dict[str, Any] = {"id": number, "type": "message", "date": clock, "from": "Обласна військова адміністрація",
                             "from_id": f"channel{CHANNEL_ID}", "text": text,
                             "text_entities": [{"type": "plain", "text": text}]}
    if unix:
        found["date_unixtime"] = str(int(at.timestamp()))
    return found


def ingested(store: Store, tmp_path: Path, posts: list[dict[str, Any]]) -> bool:
    export = write_telegram_export(tmp_path / "channel", telegram_chat(posts))
    return ingest_file(store, export, actor="intake").status == "stored"


def published(store: Store) -> dict[int, dt.date]:
    with store.transaction() as session:
        return {details["message_id"]: day
                for details, day in session.execute(select(ReportRow.details, ReportRow.published))}


def test_a_post_after_midnight_in_kyiv_is_dated_that_morning_in_winter_and_summer(
        store: Store, tmp_path: Path) -> None:
    posts = [
        post(1, dt.datetime(2024, 1, 16, 0, 40, tzinfo=KYIV_WINTER), "Сирени вимкнено, відбій тривоги."),
        post(2, dt.datetime(2024, 7, 9, 1, 5, tzinfo=KYIV_SUMMER), "Відбій повітряної тривоги в області."),
        post(3, dt.datetime(2024, 7, 9, 23, 55, tzinfo=KYIV_SUMMER), "Оголошено повітряну тривогу."),
    ]
    assert ingested(store, tmp_path, posts)
    # in UTC the first two are the 15th and the 8th, 22:40 and 22:05
    assert published(store) == {1: dt.date(2024, 1, 16), 2: dt.date(2024, 7, 9), 3: dt.date(2024, 7, 9)}


def test_without_the_exact_time_the_exporters_clock_dates_the_post(store: Store, tmp_path: Path) -> None:
    at = dt.datetime(2024, 3, 2, 0, 30, tzinfo=KYIV_WINTER)
    posts = [post(1, at, "Графік відключень світла на завтра.", exported_clock="2024-03-01T23:30:00", unix=False)]
    assert ingested(store, tmp_path, posts)
    assert published(store) == {1: dt.date(2024, 3, 1)}  # a clock of no known zone: taken as written


def test_a_nights_posts_at_one_and_at_eight_in_the_morning_are_one_incident(store: Store, tmp_path: Path) -> None:
    """One channel's two accounts of 'last night' published on different days are two nights (linking's
    `told_apart`); at 01:00 Kyiv time the UTC day was still the day before, which split one night in two."""
    morning = dt.datetime(2024, 6, 12, tzinfo=KYIV_SUMMER)
    posts = [
        post(1, morning + dt.timedelta(hours=1), "Вночі окупанти обстріляли Херсон з артилерії, поранено трьох "
                                                 "мешканців."),
        post(2, morning + dt.timedelta(hours=8), "Вночі ворог гатив по Херсону: троє людей дістали поранення, "
                                                 "їм надають допомогу, повідомляє ОВА."),
        post(3, morning + dt.timedelta(days=1, hours=7), "Минулої ночі російські війська знову обстріляли Херсон, "
                                                         "поранено двох мешканців."),
    ]
    assert ingested(store, tmp_path, posts)
    assert published(store) == {1: dt.date(2024, 6, 12), 2: dt.date(2024, 6, 12), 3: dt.date(2024, 6, 13)}
    with store.transaction() as session:
        found = {details["message_id"]: incident for details, incident in session.execute(
            select(ReportRow.details, AccountRow.incident_id).join(AccountRow, AccountRow.report_id == ReportRow.id))}
    assert found[1] == found[2] != found[3], found
