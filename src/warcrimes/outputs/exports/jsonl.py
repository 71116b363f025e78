"""JSON Lines export and its reader: a header line, the records, a closing line that seals them.

    {"kind":"header","format":"warcrimes-jsonl","version":1,"made_at":...,"filter":{...},
     "checkpoint":{"size":...,"root":...,"signed_note":...},"personal_data":false}
    {"kind":"report",...}            one line per record, kinds in records.KINDS order
    {"kind":"end","counts":{"report":8,...},"records":120,"sha256":"<hex of every record line>"}

Every line is canonical JSON, so the same store exports the same record lines byte for byte;
only the header's made_at tells two exports apart. The reader streams: it checks each line as it
goes and the seal at the end, so an importer in one transaction rolls back a cut or edited file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from warcrimes.domain.canonical import canonical_json
from warcrimes.outputs.exports.meta import CheckpointRef, ExportMeta
from warcrimes.outputs.exports.records import ORDER, ExportRecord, RecordError, decode, encode

JSONL_FORMAT = "warcrimes-jsonl"
MAX_LINE = 64 * 1024 * 1024  # a report's original is capped far lower (WARCRIMES_MAX_REPORT_BYTES)


@dataclass
class Sealed:
    """What the closing line says: records per kind and the digest of the record lines."""

    counts: dict[str, int] = field(default_factory=dict)
    digest: Any = field(default_factory=hashlib.sha256)

    def add(self, kind: str, line: bytes) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + 1
        self.digest.update(line)

    def end_line(self) -> bytes:
        return canonical_json({"kind": "end", "counts": self.counts, "records": sum(self.counts.values()),
                               "sha256": self.digest.hexdigest()}) + b"\n"


def write_jsonl(records: Iterable[ExportRecord], sink: BinaryIO, meta: ExportMeta) -> dict[str, int]:
    """Header, records (kinds in KINDS order), seal; returns the count per kind."""
    sink.write(canonical_json({"kind": "header", **meta.to_dict(JSONL_FORMAT)}) + b"\n")
    sealed = Sealed()
    last = -1
    for record in records:
        position = ORDER.get(record.kind, -1)
        if position < last:
            raise RecordError(f"{record.kind} record after a later kind: an export lists kinds in the order "
                              f"{', '.join(ORDER)}")
        last = position
        try:
            line = canonical_json(encode(record)) + b"\n"
        except ValueError as exc:  # NaN or infinity inside a JSON field
            raise RecordError(f"{record.kind} record: {exc}") from exc
        sink.write(line)
        sealed.add(record.kind, line)
    sink.write(sealed.end_line())
    return dict(sealed.counts)


def _meta(header: dict[str, Any]) -> ExportMeta:
    import datetime as dt

    point = header.get("checkpoint")
    checkpoint = CheckpointRef(point["size"], point["root"], point["signed_note"]) if point else None
    made_at = dt.datetime.fromisoformat(str(header["made_at"]).removesuffix("Z")).replace(tzinfo=dt.UTC)
    return ExportMeta(made_at, dict(header.get("filter") or {}), checkpoint, bool(header.get("personal_data")))


def _parse(number: int, line: bytes) -> dict[str, Any]:
    if len(line) > MAX_LINE:
        raise RecordError(f"line {number}: longer than {MAX_LINE} bytes; this is not a warcrimes export")
    try:
        value = json.loads(line)
    except (UnicodeDecodeError, ValueError) as exc:
        raise RecordError(f"line {number}: not valid JSON ({exc})") from exc
    if not isinstance(value, dict):
        raise RecordError(f"line {number}: not a JSON object")
    return value


def read_jsonl(lines: Iterable[bytes]) -> tuple[ExportMeta, Iterator[ExportRecord]]:
    """The header's meta, and the records as a stream; RecordError names the line that fails."""
    stream = iter(enumerate(lines, start=1))
    first = next(stream, None)
    if first is None:
        raise RecordError("the file is empty; a warcrimes export starts with a header line")
    header = _parse(*first)
    if header.get("kind") != "header" or header.get("format") != JSONL_FORMAT:
        raise RecordError(f"line 1: not a {JSONL_FORMAT} header; was this file made by `warcrimes export "
                          "--format jsonl`?")
    try:
        meta = _meta(header)
    except (KeyError, TypeError, ValueError) as exc:
        raise RecordError(f"line 1: the header is damaged ({exc})") from exc
    return meta, _records(stream)


def _records(stream: Iterator[tuple[int, bytes]]) -> Iterator[ExportRecord]:
    sealed = Sealed()
    last = -1
    for number, line in stream:
        parsed = _parse(number, line)
        if parsed.get("kind") == "end":
            if line.rstrip(b"\n") != sealed.end_line().rstrip(b"\n"):
                raise RecordError(f"line {number}: the closing line does not match the records before it "
                                  "(lines were cut, added or edited)")
            if next(stream, None) is not None:
                raise RecordError(f"line {number + 1}: lines after the closing line")
            return
        try:
            record = decode(parsed)
        except RecordError as exc:
            raise RecordError(f"line {number}: {exc}") from exc
        if ORDER[record.kind] < last:
            raise RecordError(f"line {number}: a {record.kind} record after a later kind")
        last = ORDER[record.kind]
        sealed.add(record.kind, line if line.endswith(b"\n") else line + b"\n")
        yield record
    raise RecordError("the file ends without its closing line: it was cut short")
