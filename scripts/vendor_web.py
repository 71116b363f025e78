#!/usr/bin/env python3
"""Re-vendor the web pages' JavaScript libraries and fonts from pinned npm packages.

    python3 scripts/vendor_web.py            # needs npm and the registry; run from anywhere

Each pin names a package, its exact version and the sha512 integrity of its tarball; the script
fetches the tarball with `npm pack` into a temporary folder, refuses a tarball whose integrity
differs, copies the listed files byte for byte into src/warcrimes/web/static/<folder>/ and writes
PROVENANCE.md there (files, sizes, SHA-256). Nothing is fetched when the app runs.
To upgrade a library: change its version and integrity below (`npm pack --json --dry-run NAME@VER`
prints the integrity), update VENDORED_ON, run the script, run the tests, read the diff.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from npm_tarball import Tarball, fetch  # noqa: E402

STATIC = Path(__file__).resolve().parent.parent / "src" / "warcrimes" / "web" / "static"
VENDORED_ON = "2026-12-06"

# Fonts: one family per unicode subset (see FONT_NOTE); styles as (weight, style).
TEXT_SUBSETS = ("latin", "latin-ext", "cyrillic", "cyrillic-ext")
MONO_SUBSETS = ("latin", "cyrillic")  # hashes, ids and codes: no need for the extended sets
TEXT_STYLES = ((400, "normal"), (400, "italic"), (700, "normal"), (700, "italic"))
MONO_STYLES = ((400, "normal"), (700, "normal"))


@dataclass(frozen=True)
class Pin:
    """One npm package version and the files the pages use from it (tarball path -> file name)."""

    folder: str
    package: str
    version: str
    integrity: str
    licence: str
    purpose: str
    files: dict[str, str] = field(default_factory=dict)


def _font_files(slug: str, subsets: Iterable[str], styles: Iterable[tuple[int, str]]) -> dict[str, str]:
    names = [f"{slug}-{subset}-{weight}-{style}.woff2" for subset in subsets for weight, style in styles]
    return {f"package/files/{name}": name for name in names}


PINS: tuple[Pin, ...] = (
    Pin("vendor/leaflet", "leaflet", "1.9.4",
        "sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA==",
        "BSD-2-Clause", "the map (issue 10)",
        {"package/LICENSE": "LICENSE", "package/dist/leaflet.js": "leaflet.js",
         "package/dist/leaflet.css": "leaflet.css",
         **{f"package/dist/images/{name}": f"images/{name}" for name in (
             "layers.png", "layers-2x.png", "marker-icon.png", "marker-icon-2x.png", "marker-shadow.png")}}),
    Pin("vendor/leaflet.markercluster", "leaflet.markercluster", "1.5.3",
        "sha512-vPTw/Bndq7eQHjLBVlWpnGeLa3t+3zGiuM7fJwCkiMFq+nmRuG3RI3f7f4N4TDX7T4NpbAXpR2+NTRSEGfCSeA==",
        "MIT", "clustering of incident markers on the map",
        {"package/MIT-LICENCE.txt": "MIT-LICENCE.txt",
         "package/dist/leaflet.markercluster.js": "leaflet.markercluster.js",
         "package/dist/MarkerCluster.css": "MarkerCluster.css",
         "package/dist/MarkerCluster.Default.css": "MarkerCluster.Default.css"}),
    Pin("vendor/uplot", "uplot", "1.6.32",
        "sha512-KIMVnG68zvu5XXUbC4LQEPnhwOxBuLyW1AHtpm6IKTXImkbLgkMy+jabjLgSLMasNuGGzQm/ep3tOkyTxpiQIw==",
        "MIT", "time series and bar charts (timeline, figures over time, victims by category)",
        {"package/LICENSE": "LICENSE", "package/dist/uPlot.iife.min.js": "uPlot.iife.min.js",
         "package/dist/uPlot.min.css": "uPlot.min.css"}),
    Pin("fonts", "@fontsource/noto-sans", "5.3.0",
        "sha512-fBCog2PY7DiVVTEEqtI/Qdinx/knobHYfoGpjFXdfBX5RoJaBp1Prw2G75p0OIsdlMZg3cLo0c+YbIUYOxnQJw==",
        "OFL-1.1", "text of the web pages and of PDF dossiers and letters",
        {"package/LICENSE": "OFL-noto-sans.txt", **_font_files("noto-sans", TEXT_SUBSETS, TEXT_STYLES)}),
    Pin("fonts", "@fontsource/noto-sans-mono", "5.3.0",
        "sha512-DPZ+/Ng9HP5UKiALCKtoeGfA7zJzEjHFB/18OU/c3+4I9zZ3eMVAuFZb0SqzT89Yj7KNhJFYnYjyDaVKhdRuUg==",
        "OFL-1.1", "hashes, identifiers and proofs in pages and PDFs",
        {"package/LICENSE": "OFL-noto-sans-mono.txt", **_font_files("noto-sans-mono", MONO_SUBSETS, MONO_STYLES)}),
)

FONT_NOTE = """\
## Why one font family per subset

Fontsource splits each style into unicode subsets. Declared as one family with `unicode-range`
(as Fontsource's own CSS does), WeasyPrint 70 embeds the subset files as one font and draws the
wrong glyphs for every script but one (Latin letters came out as Cyrillic ones; `pdftotext` still
read the text back, so only the picture shows it). `fonts.css` therefore declares each subset as a
family of its own and the stacks below list them all; browsers and WeasyPrint then pick, letter by
letter, the first family that has it, and each subset is embedded as a font of its own.

    font-family: var(--font-text);   /* Noto Sans: Latin, Latin Extended, Cyrillic, Cyrillic Extended */
    font-family: var(--font-mono);   /* Noto Sans Mono: Latin, Cyrillic (regular and bold) */

Coverage that matters here (checked by tests/test_fonts.py): the Ukrainian letters ґ є і ї and
their capitals, the apostrophes ' ’ ʼ, «», №, ₴, and the Russian alphabet.
"""


def _family(name: str, subset: str) -> str:
    return f"{name} {subset.replace('-ext', ' Ext').title()}"


def fonts_css(unicode_ranges: dict[str, dict[str, str]]) -> str:
    """Our stylesheet for the shipped fonts: one family per subset, with that subset's range."""
    lines = ["/* Generated by scripts/vendor_web.py from the pinned @fontsource packages; see PROVENANCE.md. */"]
    stacks = {}
    for name, slug, subsets, styles in (("Noto Sans", "noto-sans", TEXT_SUBSETS, TEXT_STYLES),
                                        ("Noto Sans Mono", "noto-sans-mono", MONO_SUBSETS, MONO_STYLES)):
        stacks[slug] = ", ".join(f'"{_family(name, subset)}"' for subset in subsets)
        for subset in subsets:
            for weight, style in styles:
                lines += ["@font-face {", f'  font-family: "{_family(name, subset)}";', f"  font-style: {style};",
                          f"  font-weight: {weight};", "  font-display: swap;",
                          f'  src: url("{slug}-{subset}-{weight}-{style}.woff2") format("woff2");',
                          f"  unicode-range: {unicode_ranges[slug][subset]};", "}"]
    lines += [":root {", f"  --font-text: {stacks['noto-sans']}, sans-serif;",
              f"  --font-mono: {stacks['noto-sans-mono']}, monospace;", "}", ""]
    return "\n".join(lines)


def _sha256(payload: bytes) -> str:
    return hashlib.sha256(payload).hexdigest()


def provenance(folder: str, pins: list[Pin], written: dict[str, bytes]) -> str:
    """PROVENANCE.md for one folder: the packages and every file with its size and SHA-256."""
    lines = [f"# static/{folder}: where these files come from", "",
             f"Vendored on {VENDORED_ON} by `scripts/vendor_web.py` from the npm registry; every file",
             "below is a byte-for-byte copy of the named file in the package tarball, except files marked",
             "`(ours)`. Rerun the script to reproduce them; tests/test_vendored.py checks sizes and hashes.", ""]
    for pin in pins:
        lines += [f"## {pin.package} {pin.version}", "",
                  f"- used for: {pin.purpose}",
                  f"- licence: {pin.licence} (licence file shipped beside it)",
                  f"- tarball integrity: `{pin.integrity}`", ""]
    if folder == "fonts":
        lines += [FONT_NOTE]
    lines += ["## Files", "", "| file | from | bytes | sha256 |", "| --- | --- | --- | --- |"]
    sources = {name: f"{pin.package} `{member}`" for pin in pins for member, name in pin.files.items()}
    for name in sorted(written):
        payload = written[name]
        lines.append(f"| `{name}` | {sources.get(name, '(ours)')} | {len(payload)} | `{_sha256(payload)}` |")
    return "\n".join(lines) + "\n"


def _write(folder: Path, name: str, payload: bytes) -> None:
    target = folder / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(payload)


def vendor(pins: Iterable[Pin], workdir: Path) -> None:
    """Fetch every pin, replace its folder's files, write fonts.css and PROVENANCE.md."""
    by_folder: dict[str, list[Pin]] = {}
    for pin in pins:
        by_folder.setdefault(pin.folder, []).append(pin)
    for folder, folder_pins in by_folder.items():
        written: dict[str, bytes] = {}
        ranges: dict[str, dict[str, str]] = {}
        for pin in folder_pins:
            tarball: Tarball = fetch(pin.package, pin.version, pin.integrity, workdir)
            for member, name in pin.files.items():
                written[name] = tarball.read(member)
            if folder == "fonts":
                ranges[pin.package.split("/")[-1]] = json.loads(tarball.read("package/unicode.json"))
        if folder == "fonts":
            written["fonts.css"] = fonts_css(ranges).encode("utf-8")
        target = STATIC / folder
        for old in sorted(target.rglob("*"), reverse=True) if target.exists() else []:
            if old.is_dir():
                old.rmdir()
            else:
                old.unlink()
        for name, payload in written.items():
            _write(target, name, payload)
        _write(target, "PROVENANCE.md", provenance(folder, folder_pins, written).encode("utf-8"))
        print(f"static/{folder}: {len(written)} files, {sum(map(len, written.values()))} bytes")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="vendor-web-") as workdir:
        vendor(PINS, Path(workdir))


if __name__ == "__main__":
    main()
