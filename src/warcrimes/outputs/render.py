"""Dossiers as HTML: Jinja2 templates in outputs/templates, autoescaped, with print CSS.

The same HTML is the browser view and the PDF's source (pdf.py). Fonts are a setting: the font
stacks and a stylesheet of @font-face rules, by default the Noto fonts shipped with the web app, so
Latin and Cyrillic render the same on every machine, with nothing fetched.
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from warcrimes.errors import ConfigError
from warcrimes.outputs import wording
from warcrimes.outputs.dossier import Dossier, DossierIncident
from warcrimes.outputs.letters import Letter
from warcrimes.outputs.placemap import MapPoint, Ring, place_map

#: The Noto fonts shipped with the web app (OFL; web/static/fonts/PROVENANCE.md): one family per unicode subset,
#: listed in order so WeasyPrint picks, letter by letter, the first that has it (Latin, Cyrillic, Ukrainian).
SHIPPED_FONTS = ("web", "static", "fonts", "fonts.css")
TEXT_FONTS = '"Noto Sans Latin", "Noto Sans Latin Ext", "Noto Sans Cyrillic", "Noto Sans Cyrillic Ext", sans-serif'
MONO_FONTS = '"Noto Sans Mono Latin", "Noto Sans Mono Cyrillic", monospace'
VERIFICATION_DOC = "docs/verification.md"
_URL = re.compile(r'url\("([^"()]{1,200})"\)')  # one bounded class: nothing to backtrack into


def shipped_fonts() -> Path | None:
    """The stylesheet of the shipped fonts, or None where the package was installed without them."""
    sheet = Path(str(resources.files("warcrimes").joinpath(*SHIPPED_FONTS)))
    return sheet if sheet.is_file() else None


@dataclass(frozen=True)
class DossierStyle:
    """How a dossier looks: the font stacks (CSS), the stylesheet declaring their files, an optional basemap."""

    text_fonts: str = TEXT_FONTS
    mono_fonts: str = MONO_FONTS
    #: @font-face rules whose url()s are relative to this file (an office may name its own)
    font_sheet: Path | None = field(default_factory=shipped_fonts)
    outlines: tuple[Ring, ...] = ()  # lon/lat rings drawn under the places
    page_size: str = "A4"

    def font_faces(self, *, inline: bool = True) -> str:
        """The font sheet's rules, each font file inlined as a data: URL (an HTML dossier then carries its
        fonts wherever it is opened: ~0.5 MB for the Noto set) or, for WeasyPrint, named by its file: URL
        (parsing 0.5 MB of base64 in the stylesheet cost more than laying out ten pages)."""
        if self.font_sheet is None:
            return ""
        return _inlined(self.font_sheet) if inline else _linked(self.font_sheet)

    def css(self, *, inline_fonts: bool = True) -> dict[str, Markup]:
        """What the templates put inside <style>: no HTML escaping there, so no '<' may come in."""
        values = {"font_faces": self.font_faces(inline=inline_fonts), "text_fonts": self.text_fonts,
                  "mono_fonts": self.mono_fonts}
        for name, value in values.items():
            if "<" in value:
                raise ConfigError(f"the dossier style's {name} holds '<'; a stylesheet never needs it")
        return {name: Markup(value) for name, value in values.items()}


@cache
def _inlined(sheet: Path) -> str:
    folder = sheet.parent
    try:
        rules = sheet.read_text(encoding="utf-8")
        files = {name: (folder / name).read_bytes() for name in _URL.findall(rules)}
    except OSError as exc:
        raise ConfigError(f"{sheet}: cannot read the font stylesheet or a font it names: {exc}") from exc

    def inline(match: re.Match[str]) -> str:
        kind = "font/woff2" if match.group(1).endswith(".woff2") else "application/octet-stream"
        return f'url("data:{kind};base64,{base64.b64encode(files[match.group(1)]).decode("ascii")}")'

    return _URL.sub(inline, rules)


@cache
def _linked(sheet: Path) -> str:
    folder = sheet.parent.resolve()
    try:
        rules = sheet.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{sheet}: cannot read the font stylesheet: {exc}") from exc
    return _URL.sub(lambda match: f'url("{(folder / match.group(1)).as_uri()}")', rules)


#: A dossier or letter reference: WCD-, WCL- and the like followed by hex.
_REFERENCE = re.compile(r"\b[A-Z]{2,4}-[0-9a-f]{8,64}\b")


def unbroken_references(text: str) -> Markup:
    """Escape text and keep each reference on one line: a reference split at its hyphen cannot be searched for."""
    escaped = str(Markup.escape(text))
    return Markup(_REFERENCE.sub(lambda match: f'<span class="nowrap">{match.group(0)}</span>', escaped))


@cache
def environment() -> Environment:
    env = Environment(loader=PackageLoader("warcrimes.outputs", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(day=wording.day, interval=wording.interval, place=wording.place,
                       coordinates=wording.coordinates, count=wording.count, category=wording.category,
                       party=wording.party, level=wording.level, size=wording.size, victims=wording.victims,
                       unbroken=unbroken_references)
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


def dossier_context(dossier: Dossier, style: DossierStyle, *, inline_fonts: bool = True) -> dict[str, Any]:
    reports: dict[str, Any] = {}
    for incident in dossier.incidents:
        for source in incident.sources:
            if source.content_hash:
                reports.setdefault(source.content_hash, source)
    evidence = {e.content_hash: e for i in dossier.incidents for e in i.evidence}
    qualifications = {q.label: q for i in dossier.incidents for q in i.qualification}
    return {"dossier": dossier, "style": style, **style.css(inline_fonts=inline_fonts),
            "qualifications": list(qualifications.values()),
            "map_svg": Markup(place_map(map_points(dossier.incidents), outlines=style.outlines)),
            "reports": list(reports.values()), "evidence": list(evidence.values()),
            "verification_doc": VERIFICATION_DOC}


def render_dossier_html(dossier: Dossier, style: DossierStyle | None = None, *, inline_fonts: bool = True) -> str:
    """The dossier as one HTML page (styles inline, map inline as SVG), self-contained with `inline_fonts`
    (the PDF's source links the font files instead)."""
    style = style or DossierStyle()
    return environment().get_template("dossier.html").render(dossier_context(dossier, style,
                                                                             inline_fonts=inline_fonts))


def render_letter_html(letter: Letter, style: DossierStyle | None = None, *, inline_fonts: bool = True) -> str:
    """The letter as one HTML page, in the dossier's fonts."""
    style = style or DossierStyle()
    return environment().get_template("letter.html").render(letter=letter, style=style,
                                                            **style.css(inline_fonts=inline_fonts))
