"""What every export records about itself: the filter that chose its records, when it was made,
and the signed checkpoint of the custody log it was made against."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from warcrimes.domain.records import Incident

FORMAT_VERSION = 1


def utc_text(moment: dt.datetime) -> str:
    """ISO 8601 in UTC with microseconds and 'Z', the custody log's own form; naive means UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class CheckpointRef:
    """The checkpoint an export was made against: its size, root and the signed note itself."""

    size: int
    root: str  # base64, as in the note
    note: str

    def to_dict(self) -> dict[str, Any]:
        return {"size": self.size, "root": self.root, "signed_note": self.note}


@dataclass(frozen=True)
class ExportMeta:
    """Filter, time and checkpoint; `personal_data` says whether victims' personal data is included;
    `verifier_keys` are the keys that signed the checkpoint (and, in a JSON Lines export, every checkpoint
    it carries), to compare with the keys the installation publishes."""

    made_at: dt.datetime
    filter: dict[str, str] = field(default_factory=dict)
    checkpoint: CheckpointRef | None = None
    personal_data: bool = False
    verifier_keys: tuple[str, ...] = ()

    def to_dict(self, export_format: str) -> dict[str, Any]:
        return {"format": export_format, "version": FORMAT_VERSION, "made_at": utc_text(self.made_at),
                "filter": dict(sorted(self.filter.items())),
                "checkpoint": self.checkpoint.to_dict() if self.checkpoint else None,
                "personal_data": self.personal_data, "verifier_keys": list(self.verifier_keys)}

    def sidecar(self, export_format: str) -> str:
        """The JSON written beside a CSV (FILE.csv -> FILE.csv.meta.json): CSV has no place of its own."""
        return json.dumps(self.to_dict(export_format), indent=2, ensure_ascii=False) + "\n"


@dataclass(frozen=True)
class ExportIncident:
    """An incident for the CSV and GeoJSON exports, with the passages its accounts were read from
    (they tell the means of an attack and whether anyone died; empty when the caller has none)."""

    incident: Incident
    passages: tuple[tuple[str, str], ...] = ()  # (language, passage)
