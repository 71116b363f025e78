"""Which column of a list holds which field: a mapping an office chooses (data/column_mappings.json)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from warcrimes.errors import BadInputError, ConfigError
from warcrimes.gazetteer.fold import APOSTROPHES

DEFAULT_MAPPING = "default"


class MappingError(BadInputError):
    """A column mapping cannot be used (unknown field, wrong shape)."""


@dataclass(frozen=True)
class ColumnMapping:
    """Headers per field, words for vocabulary values, and the language of undecided Cyrillic names."""

    name: str
    language: str
    columns: dict[str, tuple[str, ...]]
    values: dict[str, dict[str, str]]


@lru_cache(maxsize=65_536)
def header_key(header: str) -> str:
    """Headers compare without case, outer spaces, apostrophes or a BOM."""
    text = header.strip().lstrip("\ufeff").casefold()
    return " ".join("".join(c for c in text if c not in APOSTROPHES).split())


@cache
def _shipped() -> dict[str, Any]:
    path = resources.files("warcrimes.registry") / "data" / "column_mappings.json"
    return dict(json.loads(path.read_text(encoding="utf-8")))


def fields() -> tuple[str, ...]:
    return tuple(_shipped()["fields"])


def required_fields() -> tuple[str, ...]:
    return tuple(_shipped()["required"])


def parse_mapping(name: str, raw: object) -> ColumnMapping:
    """Check a mapping (shipped or an office's own JSON object) and build it."""
    if not isinstance(raw, dict) or not isinstance(raw.get("columns"), dict):
        raise MappingError(f"column mapping {name!r}: needs an object with 'columns' (field -> list of headers).")
    known = set(fields())
    unknown = set(raw["columns"]) - known
    if unknown:
        raise MappingError(f"column mapping {name!r}: unknown fields {sorted(unknown)}; fields are {sorted(known)}.")
    language = raw.get("language", "uk")
    if language not in ("uk", "ru"):
        raise MappingError(f"column mapping {name!r}: language must be 'uk' or 'ru'.")
    columns: dict[str, tuple[str, ...]] = {}
    for field_name, headers in raw["columns"].items():
        if not isinstance(headers, list) or not all(isinstance(h, str) for h in headers):
            raise MappingError(f"column mapping {name!r}: '{field_name}' must list header names.")
        columns[field_name] = tuple(header_key(h) for h in headers)
    values = raw.get("values", {})
    if not isinstance(values, dict) or not all(isinstance(v, dict) for v in values.values()):
        raise MappingError(f"column mapping {name!r}: 'values' must map a field to an object of words.")
    return ColumnMapping(name, language, columns,
                         {f: {header_key(k): str(v) for k, v in words.items()} for f, words in values.items()})


def builtin_mapping(name: str = DEFAULT_MAPPING) -> ColumnMapping:
    """A mapping shipped with the package: default, ukrainian_office, russian_list."""
    shipped = _shipped()["mappings"]
    if name not in shipped:
        raise MappingError(f"no column mapping {name!r}; shipped ones are {', '.join(sorted(shipped))}, "
                           "or give a JSON file of your own.")
    try:
        return parse_mapping(name, shipped[name])
    except MappingError as exc:
        raise ConfigError(f"registry/data/column_mappings.json is damaged: {exc}") from exc


def locate(mapping: ColumnMapping, header: tuple[str, ...]) -> tuple[dict[str, int], list[str], list[str]]:
    """Column index per field found, required fields missing, headers no field claims."""
    keys = [header_key(h) for h in header]
    found: dict[str, int] = {}
    for field_name, names in mapping.columns.items():
        for position, key in enumerate(keys):
            if key in names:
                found[field_name] = position
                break
    missing = [f for f in required_fields() if f not in found]
    claimed = set(found.values())
    ignored = [header[i] for i in range(len(header)) if i not in claimed and header[i].strip()]
    return found, missing, ignored
