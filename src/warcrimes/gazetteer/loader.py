"""Reading the shipped gazetteer file (data/places.tsv.gz) once per process."""

from __future__ import annotations

import gc
import gzip
import json
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from warcrimes.errors import ConfigError
from warcrimes.gazetteer.cache import cache_key, remembered, source_of
from warcrimes.gazetteer.lookup import Gazetteer
from warcrimes.gazetteer.places import ALIAS_SEPARATOR, COLUMNS, KINDS, PRECISIONS, Place

PLACES_FILE = "places.tsv.gz"
_REBUILD = "rebuild it with `make gazetteer` or restore it from the repository"


def _float(value: str) -> float | None:
    return float(value) if value else None


def _int(value: str) -> int | None:
    return int(value) if value else None


def parse_places(lines: list[str], source: str) -> tuple[list[Place], dict[str, object]]:
    """Places from the file's lines: a '# {json}' header, the column names, then one place a line."""
    if len(lines) < 2 or not lines[0].startswith("# ") or tuple(lines[1].split("\t")) != COLUMNS:
        raise ConfigError(f"The gazetteer file {source} does not start with the expected header; {_REBUILD}.")
    header = json.loads(lines[0][2:])
    interned: dict[str, str] = {}
    places = []
    for number, line in enumerate(lines[2:], start=3):
        if not line:
            continue
        f = line.split("\t")
        if len(f) != len(COLUMNS) or f[2] not in KINDS or f[9] not in PRECISIONS:
            raise ConfigError(f"Line {number} of the gazetteer file {source} is malformed; {_REBUILD}.")
        admin1 = interned.setdefault(f[3], f[3]) or None
        admin2 = interned.setdefault(f[4], f[4]) or None
        hromada = interned.setdefault(f[5], f[5]) or None
        places.append(Place(int(f[0]), f[1], f[2], admin1, admin2, hromada, f[6], _float(f[7]), _float(f[8]),
                            f[9], _int(f[10]), f[11] or None,
                            tuple(f[13].split(ALIAS_SEPARATOR)) if f[13] else (), f[12] or None))
    return places, header


def read_gazetteer(path: Path | None = None) -> Gazetteer:
    """Read a gazetteer file (the shipped one by default), without caching."""
    source = _shipped() if path is None else path
    return _parse(_read(source), source)


def _shipped() -> Traversable:
    return resources.files("warcrimes.gazetteer") / "data" / PLACES_FILE


def _read(source: Traversable | Path) -> bytes:
    try:
        return source.read_bytes()
    except OSError as exc:
        raise ConfigError(f"The gazetteer file {source} cannot be read ({exc}); {_REBUILD}.") from exc


def _parse(data: bytes, source: Traversable | Path) -> Gazetteer:
    try:
        raw = gzip.decompress(data).decode("utf-8")
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise ConfigError(f"The gazetteer file {source} cannot be read ({exc}); {_REBUILD}.") from exc
    collecting = gc.isenabled()
    gc.disable()  # ~150,000 small objects and no cycles: collection passes would only cost time
    try:
        places, header = parse_places(raw.split("\n"), str(source))
        return Gazetteer(places, sources=header)
    finally:
        if collecting:
            gc.enable()


@cache
def load() -> Gazetteer:
    """The shipped gazetteer, read once per process: built from the file (~0.7 s) the first time, then read
    back from the cache (gazetteer/cache.py, ~0.2 s) while the file and this package's code are unchanged."""
    source = _shipped()
    data = _read(source)
    key = cache_key("gazetteer", lambda: [data, *source_of(__name__, "warcrimes.gazetteer.lookup",
                                                          "warcrimes.gazetteer.places", "warcrimes.gazetteer.fold")])
    gazetteer = remembered("gazetteer", key, lambda: _parse(data, source))
    gazetteer.digest = key or ""
    return gazetteer
