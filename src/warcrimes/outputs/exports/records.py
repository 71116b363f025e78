"""The record kinds of the JSON Lines export (store/dump.py lists them, field by field) and their one text form.

Each kind mirrors a stored table with every column it does not derive, so export -> import -> export gives the same
bytes: values are written canonically (domain/canonical.py: sorted keys, no spaces, UTF-8),
datetimes as the custody log writes them (UTC, microseconds, 'Z'), bytes as base64. The kinds
are listed in the order an importer must insert them (each refers only to kinds before it).
Derived tables (report fingerprints, interior Merkle nodes) are recomputed on import, not carried.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from warcrimes.errors import BadInputError
from warcrimes.outputs.exports.meta import utc_text
from warcrimes.store.dump import KINDS, ORDER

__all__ = ["KINDS", "ORDER", "ExportRecord", "RecordError", "decode", "encode"]


class RecordError(BadInputError):
    """A record that does not fit its kind; the message names the kind and the field."""


@dataclass(frozen=True)
class ExportRecord:
    """One row of one kind, values as Python has them (bytes, date, aware datetime...)."""

    kind: str
    fields: Mapping[str, Any]


def _encode(kind: str, name: str, kind_of: str, value: Any) -> Any:
    if value is None:
        if kind_of.endswith("?"):
            return None
        raise RecordError(f"{kind} record: {name} is missing (null), and it is required")
    base = kind_of.rstrip("?")
    if base == "bytes" and isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if base == "datetime" and isinstance(value, dt.datetime):
        return utc_text(value)
    if base == "date" and isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    if base == "int" and isinstance(value, int) and not isinstance(value, bool):
        return value
    if base == "float" and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if base == "str" and isinstance(value, str):
        return value
    if base == "json" and isinstance(value, dict | list):
        return value
    raise RecordError(f"{kind} record: {name} should be {base}, not {type(value).__name__}")


#: Fields a later release added, null when an earlier release's export leaves them out.
ADDED_LATER: dict[str, frozenset[str]] = {"account": frozenset({"version"})}


def encode(record: ExportRecord) -> dict[str, Any]:
    """The record as JSON values, checked against its kind (every field present, none extra)."""
    spec = KINDS.get(record.kind)
    if spec is None:
        raise RecordError(f"no record kind {record.kind!r}; the kinds are {', '.join(KINDS)}")
    extra = set(record.fields) - {name for name, _ in spec}
    if extra:
        raise RecordError(f"{record.kind} record: unknown fields {sorted(extra)}")
    out: dict[str, Any] = {"kind": record.kind}
    for name, kind_of in spec:
        if name not in record.fields:
            raise RecordError(f"{record.kind} record: field {name} is missing")
        out[name] = _encode(record.kind, name, kind_of, record.fields[name])
    return out


def _decode_value(kind: str, name: str, kind_of: str, value: Any) -> Any:
    if value is None:
        if kind_of.endswith("?"):
            return None
        raise RecordError(f"{kind} record: {name} is null, and it is required")
    base = kind_of.rstrip("?")
    try:
        if base == "bytes" and isinstance(value, str):
            return base64.b64decode(value, validate=True)
        if base == "datetime" and isinstance(value, str) and value.endswith("Z"):
            return dt.datetime.fromisoformat(value[:-1]).replace(tzinfo=dt.UTC)
        if base == "date" and isinstance(value, str):
            return dt.date.fromisoformat(value)
    except (ValueError, binascii.Error) as exc:
        raise RecordError(f"{kind} record: {name} {value!r} is not a valid {base}") from exc
    if base in ("int", "float", "str", "json"):
        _encode(kind, name, kind_of, value)  # the same type rules as writing
        return float(value) if base == "float" else value
    raise RecordError(f"{kind} record: {name} {value!r} is not a valid {base}")


def decode(line: Mapping[str, Any]) -> ExportRecord:
    """A parsed line back to a record, refusing a field too many or too few."""
    kind = line.get("kind")
    spec = KINDS.get(kind) if isinstance(kind, str) else None
    if spec is None or not isinstance(kind, str):
        raise RecordError(f"unknown record kind {kind!r}; the kinds are {', '.join(KINDS)}")
    names = {name for name, _ in spec}
    extra = set(line) - names - {"kind"}
    missing = names - set(line) - ADDED_LATER.get(kind, frozenset())
    if extra or missing:
        raise RecordError(f"{kind} record: {'unknown fields ' + str(sorted(extra)) if extra else ''}"
                          f"{'; ' if extra and missing else ''}{'missing ' + str(sorted(missing)) if missing else ''}")
    return ExportRecord(kind, {name: _decode_value(kind, name, kind_of, line.get(name)) for name, kind_of in spec})
