"""A report's metadata: sidecar NAME.meta.json, what the file declares (HTML markup), or options."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from warcrimes.errors import BadInputError
from warcrimes.ingest.readers import LoadedFile


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
    return report.with_name(f"{report.stem}.meta.json")


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


def metadata_for(loaded: LoadedFile, options: ReportMetadata) -> ReportMetadata:
    """Sidecar first, then what the file declares (an HTML page's markup), options over both;
    a publication date is required."""
    meta = read_sidecar(loaded.path).over(from_mapping(loaded.declared, str(loaded.path)))
    meta = options.over(meta)
    if meta.published is None:
        raise BadInputError(f"{loaded.path}: has no publication date; add {sidecar_path(loaded.path).name} "
                            "with {\"published\": \"YYYY-MM-DD\"} or pass --published")
    return meta
