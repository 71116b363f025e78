"""A report's metadata: sidecar NAME.meta.json, what the source declares (markup, a message's own
date and channel, a document's creation date), or the command's options."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from warcrimes.errors import BadInputError
from warcrimes.ingest.formats.drafts import ReportDraft

SIDECAR_SUFFIX = ".meta.json"
#: The day a Telegram post was published is its day where the channels we read post and are read: an
#: oblast administration's "вночі" at 01:00 Kyiv time (23:00 UTC the day before) belongs to the morning
#: it was posted. result.json's `date_unixtime` is the exact moment; its `date` is the clock of whoever
#: exported the channel (any zone, none written), so it decides the day only when the unix time is missing.
TELEGRAM_ZONE = ZoneInfo("Europe/Kyiv")


@dataclass(frozen=True)
class ReportMetadata:
    """What is known about a report besides its text; `published` is required to ingest."""

    published: dt.date | None = None
    publisher: str | None = None
    url: str | None = None
    language: str | None = None

    def over(self, base: ReportMetadata) -> ReportMetadata:
        """These values where set, `base`'s elsewhere (explicit options win over the sidecar)."""
        return replace(base, **{k: v for k, v in vars(self).items() if v is not None})


def sidecar_path(report: Path) -> Path:
    return report.with_name(f"{report.stem}{SIDECAR_SUFFIX}")


#: No report this system reads was published before this year; an earlier date is a typing mistake.
EARLIEST_YEAR = 1900


def parse_date(value: Any, where: str, *, today: dt.date | None = None) -> dt.date:
    """A publication date YYYY-MM-DD between 1900 and tomorrow (a time zone ahead of ours);
    BadInputError naming where it came from otherwise."""
    try:
        date = dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise BadInputError(f"{where}: publication date {str(value)[:40]!r} is not a date (use YYYY-MM-DD)") from exc
    latest = (today or dt.date.today()) + dt.timedelta(days=1)
    if not dt.date(EARLIEST_YEAR, 1, 1) <= date <= latest:
        raise BadInputError(f"{where}: publication date {date.isoformat()} is outside {EARLIEST_YEAR}-01-01 .. "
                            f"{latest.isoformat()}; check the year")
    return date


def from_mapping(raw: dict[str, Any], where: str) -> ReportMetadata:
    published = raw.get("published")
    return ReportMetadata(
        published=parse_date(published, where) if published else None,
        publisher=_text(raw.get("publisher")), url=_text(raw.get("url")), language=_text(raw.get("language")),
    )


def read_sidecar(report: Path) -> ReportMetadata:
    """Metadata from NAME.meta.json beside the report, or empty metadata if there is none."""
    path = sidecar_path(report)
    if not path.exists():
        return ReportMetadata()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadInputError(f"{path}: is not a readable JSON object ({exc})") from exc
    if not isinstance(raw, dict):
        raise BadInputError(f"{path}: must hold a JSON object such as {{\"published\": \"2024-02-25\"}}")
    return from_mapping(raw, str(path))


def _text(value: Any) -> str | None:
    return str(value).strip() or None if value is not None else None


def source_metadata(path: Path, options: ReportMetadata) -> ReportMetadata:
    """The options over the sidecar beside a source file or export folder (read once per source)."""
    return options.over(read_sidecar(path))


def declared(draft: ReportDraft) -> ReportMetadata:
    """What a draft says about itself: its publication date, else a web archive's capture date (the
    page was out by then) or a PDF's creation date (statements are made into PDF to be published); a
    DOCX's creation date is not used: templates carry theirs (python-docx's says 2013). A Telegram post's
    exact time is dated in TELEGRAM_ZONE."""
    when = draft.published or draft.captured or (draft.created if draft.format == "pdf" else None)
    if when is not None and draft.format == "telegram" and when.tzinfo is not None:
        when = when.astimezone(TELEGRAM_ZONE)
    return ReportMetadata(published=when.date() if when is not None else None,
                          publisher=draft.publisher or draft.channel, url=draft.url)


def metadata_for(draft: ReportDraft, path: Path, base: ReportMetadata) -> ReportMetadata:
    """`base` (options over the sidecar) over what the draft declares; a Telegram message's own date,
    channel and link win, being exact for each message. A publication date is required."""
    own = declared(draft)
    meta = own.over(base) if draft.format == "telegram" else base.over(own)
    if meta.published is None:
        raise BadInputError(f"{path}: has no publication date; add {sidecar_path(path).name} "
                            "with {\"published\": \"YYYY-MM-DD\"} or pass --published")
    return meta
