"""Dossiers as HTML: Jinja2 templates in outputs/templates, autoescaped, with print CSS.

The same HTML is the browser view and the PDF's source (pdf.py). Fonts are a setting: the
family names and, optionally, font files to embed, so Cyrillic renders wherever the fonts are.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from warcrimes.outputs import wording
from warcrimes.outputs.dossier import Dossier, DossierIncident
from warcrimes.outputs.letters import Letter
from warcrimes.outputs.placemap import MapPoint, Ring, place_map

#: Debian's fonts-dejavu covers Latin and Cyrillic; an office may name others (and ship their files).
DEFAULT_FONT = "DejaVu Serif"
DEFAULT_MONO = "DejaVu Sans Mono"
VERIFICATION_DOC = "docs/verification.md"


@dataclass(frozen=True)
class DossierStyle:
    """How a dossier looks: font families, font files to embed, an optional basemap."""

    font_family: str = DEFAULT_FONT
    mono_family: str = DEFAULT_MONO
    font_files: tuple[Path, ...] = ()  # embedded with @font-face under `font_family`
    outlines: tuple[Ring, ...] = ()  # lon/lat rings drawn under the places
    page_size: str = "A4"

    def font_faces(self) -> str:
        """@font-face rules for the font files; weight and style read from the file name."""
        rules = []
        for path in self.font_files:
            stem = path.stem.lower()
            weight = "bold" if "bold" in stem else "normal"
            style = "italic" if ("italic" in stem or "oblique" in stem) else "normal"
            family = self.mono_family if "mono" in stem else self.font_family
            rules.append(f'@font-face {{ font-family: "{family}"; src: url("{path.resolve().as_uri()}"); '
                         f"font-weight: {weight}; font-style: {style}; }}")
        return "\n".join(rules)


@cache
def environment() -> Environment:
    env = Environment(loader=PackageLoader("warcrimes.outputs", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(day=wording.day, interval=wording.interval, place=wording.place,
                       coordinates=wording.coordinates, count=wording.count, category=wording.category,
                       party=wording.party, level=wording.level, size=wording.size, victims=wording.victims)
    return env


def map_points(incidents: tuple[DossierIncident, ...]) -> list[MapPoint]:
    """Incidents with coordinates, labelled by id; several at one place share one label."""
    at: dict[tuple[float, float], list[DossierIncident]] = {}
    for incident in incidents:
        loc = incident.location
        if loc is not None and loc.lat is not None and loc.lon is not None:
            at.setdefault((loc.lat, loc.lon), []).append(incident)
    points = []
    for (lat, lon), here in at.items():
        label = ", ".join(str(i.id) for i in here[:4]) + ("\u2026" if len(here) > 4 else "")
        exact = all(i.location is not None and i.location.precision in (None, "settlement") for i in here)
        points.append(MapPoint(label, lat, lon, exact))
    return points


def proofs_json(dossier: Dossier) -> str:
    """The custody proofs as JSON in the bundle manifest's entry shape (docs/verification.md, step 4)."""
    proofs = dossier.proofs
    return json.dumps({
        "format": "warcrimes-dossier-proofs/1",
        "dossier": dossier.reference,
        "checkpoint": proofs.checkpoint,
        "verifier_key": proofs.verifier_key,
        "log": {"origin": proofs.origin, "size": proofs.size, "root": proofs.root},
        "entries": [{"entry": json.loads(e.canonical), "canonical": e.canonical, "leaf_hash": e.leaf_hash,
                     "inclusion_proof": list(e.proof)} for e in proofs.entries],
    }, indent=2, ensure_ascii=False) + "\n"


def dossier_context(dossier: Dossier, style: DossierStyle) -> dict[str, Any]:
    reports: dict[str, Any] = {}
    for incident in dossier.incidents:
        for source in incident.sources:
            if source.content_hash:
                reports.setdefault(source.content_hash, source)
    evidence = {e.content_hash: e for i in dossier.incidents for e in i.evidence}
    qualifications = {q.label: q for i in dossier.incidents for q in i.qualification}
    return {"dossier": dossier, "style": style, "font_faces": Markup(style.font_faces()),
            "qualifications": list(qualifications.values()),
            "map_svg": Markup(place_map(map_points(dossier.incidents), outlines=style.outlines)),
            "reports": list(reports.values()), "evidence": list(evidence.values()),
            "verification_doc": VERIFICATION_DOC}


def render_dossier_html(dossier: Dossier, style: DossierStyle | None = None) -> str:
    """The dossier as one self-contained HTML page (styles inline, map inline as SVG)."""
    style = style or DossierStyle()
    return environment().get_template("dossier.html").render(dossier_context(dossier, style))


def render_letter_html(letter: Letter, style: DossierStyle | None = None) -> str:
    """The letter as one HTML page, in the dossier's fonts."""
    style = style or DossierStyle()
    return environment().get_template("letter.html").render(
        letter=letter, style=style, font_faces=Markup(style.font_faces()))
