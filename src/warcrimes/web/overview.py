"""The map's and the charts' payloads: points, legend colours, monthly series (HTML and JSON share them)."""

from __future__ import annotations

from typing import Any

from warcrimes.domain.taxonomy import violations
from warcrimes.queries.overview import MapPoints, MonthlySeries
from warcrimes.web import format as fmt

#: One colour per violation label, in the taxonomy's order (Tableau 10, then six more), readable on the
#: pale basemap and told apart by most colour-blind readers in the first ten.
PALETTE = ("#4e79a7", "#e15759", "#f28e2b", "#b07aa1", "#59a14f", "#edc948", "#76b7b2", "#ff9da7",
           "#9c755f", "#bab0ac", "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#666666")
UNCLASSIFIED = "#333333"
#: Victim categories get their own colours (a category is not a violation).
CATEGORY_COLOURS = {"civilian": "#e15759", "child": "#f28e2b", "pow": "#4e79a7", "wounded_combatant": "#76b7b2",
                    "medical_personnel": "#59a14f", "journalist": "#b07aa1", "humanitarian_worker": "#edc948",
                    "mixed": "#9c755f", "unknown": "#bab0ac"}


def violation_colours() -> dict[str, str]:
    return {label: PALETTE[n % len(PALETTE)] for n, label in enumerate(violations())}


def legend(labels: list[str | None] | None = None) -> list[dict[str, str]]:
    """Label, title and colour of each violation (of `labels` only, when given, in taxonomy order)."""
    colours = violation_colours()
    wanted = None if labels is None else set(labels)
    out = [{"label": label, "title": fmt.violation_title(label), "colour": colour}
           for label, colour in colours.items() if wanted is None or label in wanted]
    if wanted is not None and None in wanted:
        out.append({"label": "", "title": "not classified", "colour": UNCLASSIFIED})
    return out


def map_payload(found: MapPoints | None, filters: dict[str, str], limit: int) -> dict[str, Any]:
    """Points as compact rows [id, lat, lon, violation, start day, place, status] (~60 bytes each)."""
    if found is None:
        return {"filters": filters, "limit": limit}
    return {
        "filters": filters, "limit": limit, "total": found.total, "shown": len(found.points),
        "unplaced": found.unplaced, "legend": legend(sorted({p.violation for p in found.points},
                                                            key=lambda v: v or "")),
        "columns": ["id", "lat", "lon", "violation", "date", "place", "status"],
        "points": [[p.id, round(p.lat, 5), round(p.lon, 5), p.violation or "",
                    p.date_start.isoformat() if p.date_start else None, p.place, p.status] for p in found.points],
    }


def monthly(series: MonthlySeries, colours: dict[str, str], titles: dict[str, str]) -> dict[str, Any]:
    return {"months": [m.isoformat() for m in series.months],
            "series": [{"key": key, "title": titles.get(key, fmt.label(key)), "colour": colours.get(key, UNCLASSIFIED),
                        "values": values, "total": sum(values)} for key, values in series.values.items()]}


def timeline_payload(incidents: MonthlySeries, victims: MonthlySeries, filters: dict[str, str]) -> dict[str, Any]:
    titles = {label: fmt.violation_title(label) for label in violations()} | {"unclassified": "not classified"}
    return {"filters": filters,
            "incidents": monthly(incidents, violation_colours(), titles),
            "victims": monthly(victims, CATEGORY_COLOURS, {k: fmt.label(k) for k in CATEGORY_COLOURS})}
