"""`warcrimes export`: one format written to one file, streamed, made against a signed checkpoint and logged.

The order of work: the checkpoint the export is made against (services/exports.py signs one if the
log grew since the last), the records streamed from one read snapshot (queries/outputs.py) through
the format's writer into a temp file beside the target, fsync and rename, then one `export` custody
entry naming the file's SHA-256, format, filter and checkpoint. A failure before the rename leaves no
file and no entry.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal, Protocol, TextIO, TypeVar

from warcrimes.domain.audience import Audience
from warcrimes.errors import BadInputError
from warcrimes.outputs import wording
from warcrimes.outputs.exports.geojson import GEOJSON_FORMAT, write_geojson
from warcrimes.outputs.exports.jsonl import JSONL_FORMAT, write_jsonl
from warcrimes.outputs.exports.meta import CheckpointRef, ExportIncident, ExportMeta, utc_text
from warcrimes.outputs.exports.records import ExportRecord
from warcrimes.outputs.exports.tables import EVENTS_FORMAT, SERIES_FORMAT, write_events_csv, write_series_csv
from warcrimes.queries.outputs import (
    SourcedIncident,
    count_export_incidents,
    iter_export_incidents,
    iter_export_records,
    signing_keys,
)
from warcrimes.queries.statistics import series
from warcrimes.services.dossiers import Selection
from warcrimes.services.exports import ExportPoint, check_registry_audience, export_checkpoint, record_export
from warcrimes.store import IncidentFilter, Store

FORMATS = {"csv": EVENTS_FORMAT, "geojson": GEOJSON_FORMAT, "jsonl": JSONL_FORMAT, "series-csv": SERIES_FORMAT}
#: Progress is reported every this many records: often enough for a bar, rarely enough to cost nothing.
STEP = 1000
HASH_CHUNK = 1 << 20
Item = TypeVar("Item")


class Progress(Protocol):
    """Where a long export says how far it is (the command line draws a bar on a terminal)."""

    def start(self, total: int | None, unit: str) -> None: ...

    def advance(self, done: int) -> None: ...

    def finish(self) -> None: ...


@dataclass(frozen=True)
class ExportOutcome:
    path: Path
    export_format: str
    records: int
    size: int
    content_hash: str
    checkpoint_size: int
    entry_index: int
    sidecar: Path | None = None


def _counted(items: Iterable[Item], progress: Progress | None) -> Iterator[Item]:
    done = 0
    for item in items:
        yield item
        done += 1
        if progress is not None and done % STEP == 0:
            progress.advance(done)
    if progress is not None:
        progress.advance(done)


def _export_items(found: Iterable[SourcedIncident]) -> Iterator[ExportIncident]:
    """Incidents with the passages their accounts were read from (they tell the means and the deaths)."""
    for item in found:
        yield ExportIncident(item.incident, tuple(
            (item.reports[a.report_id][0], wording.passage(item.reports[a.report_id][1], a.facts.span))
            for a in item.incident.accounts if a.report_id in item.reports))


def _made_at(made_at: dt.datetime | Literal["checkpoint"] | None, point: ExportPoint) -> dt.datetime:
    if made_at == "checkpoint":
        return point.signed_at
    if made_at is None:
        return dt.datetime.now(dt.UTC)
    return made_at if made_at.tzinfo else made_at.replace(tzinfo=dt.UTC)


def _check_request(export_format: str, out: Path, where: IncidentFilter | None) -> None:
    if export_format not in FORMATS:
        raise BadInputError(f"no export format {export_format!r}; the formats are {', '.join(FORMATS)}")
    if out.is_dir():
        raise BadInputError(f"{out} is a folder; name the file to write")
    if not out.parent.is_dir():
        raise BadInputError(f"{out.parent} does not exist; create the folder or name another file")
    if where is not None and Selection(where=where).describe() and export_format in ("jsonl", "series-csv"):
        raise BadInputError(f"--format {export_format} takes no incident filter: " + (
            "a JSON Lines export moves the whole register (its custody log proves only whole)"
            if export_format == "jsonl" else "the series are every statistic the reports state"))


def export_file(store: Store, export_format: str, out: Path, *, audience: Audience,
                where: IncidentFilter | None = None, made_at: dt.datetime | Literal["checkpoint"] | None = None,
                progress: Progress | None = None) -> ExportOutcome:
    """Write one export to `out` (and, for CSV, its meta beside it); returns what was written and logged.

    `made_at` fixes the time the file states (the checkpoint's own time with "checkpoint"), so the same
    store exports the same bytes; by default it is now."""
    where = where or IncidentFilter()
    _check_request(export_format, out, where)
    if export_format == "jsonl":
        audience.require_personal_data("a JSON Lines export carries every report's original text, which may name "
                                       "victims")
        check_registry_audience(store, audience)
    point = export_checkpoint(store)
    checkpoint = point.checkpoint
    filter_terms = Selection(where=where).describe()
    reference = CheckpointRef(checkpoint.size, base64.b64encode(checkpoint.root).decode("ascii"),
                              checkpoint.signed_note)
    meta = ExportMeta(_made_at(made_at, point), filter_terms, reference,
                      personal_data=export_format == "jsonl",
                      verifier_keys=signing_keys(store) if export_format == "jsonl"
                      else ((point.verifier_key,) if point.verifier_key else ()))
    sidecar = out.with_name(out.name + ".meta.json") if export_format in ("csv", "series-csv") else None
    temps = [_temp(out), *([_temp(sidecar)] if sidecar else [])]
    try:
        with open(temps[0], "wb") as sink:
            records = _write(store, export_format, where, sink, meta, audience, progress)
            _synced(sink)
        if sidecar is not None:
            with open(temps[1], "w", encoding="utf-8") as side:
                side.write(meta.sidecar(FORMATS[export_format]))
                _synced(side)
            os.replace(temps[1], sidecar)
        os.replace(temps[0], out)
    finally:
        for temp in temps:
            temp.unlink(missing_ok=True)
        if progress is not None:
            progress.finish()
    content_hash, size = _hashed(out)
    index = record_export(store, content_hash, {
        "format": FORMATS[export_format], "file": out.name, "size": size, "records": records,
        "filter": filter_terms, "made_at": utc_text(meta.made_at), "checkpoint_size": checkpoint.size,
        **({"registry": audience.registry} if export_format == "jsonl" else {}),
    }, audience=audience)
    return ExportOutcome(out, export_format, records, size, content_hash, checkpoint.size, index, sidecar)


def _write(store: Store, export_format: str, where: IncidentFilter, sink: BinaryIO, meta: ExportMeta,
           audience: Audience, progress: Progress | None) -> int:
    """Stream the records through the format's writer; returns how many were written."""
    if export_format == "jsonl":
        if progress is not None:
            progress.start(None, "records")
        records = (ExportRecord(kind, fields) for kind, fields in iter_export_records(store, audience))
        return sum(write_jsonl(_counted(records, progress), sink, meta).values())
    text = _text(sink)
    try:
        if export_format == "series-csv":
            return write_series_csv(series(store), text)
        if progress is not None:
            progress.start(count_export_incidents(store, where), "incidents")
        items = _counted(_export_items(iter_export_incidents(store, where)), progress)
        if export_format == "csv":
            return write_events_csv(items, text)
        return write_geojson(items, text, meta)
    finally:
        text.flush()
        text.detach()


def _text(sink: BinaryIO) -> io.TextIOWrapper:
    return io.TextIOWrapper(sink, encoding="utf-8", newline="")


def _temp(path: Path) -> Path:
    """Where a file is written before it is renamed into place: beside it, hidden, unique to this process."""
    return path.with_name(f".{path.name}.{os.getpid()}.part")


def _synced(sink: BinaryIO | TextIO) -> None:
    sink.flush()
    os.fsync(sink.fileno())


def _hashed(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as written:
        while chunk := written.read(HASH_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return "SHA-256:" + digest.hexdigest(), size

