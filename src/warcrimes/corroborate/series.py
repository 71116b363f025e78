"""The same statistic over time: one series per (measure, population, unit) across reports.

"28,000 Ukrainians held captive" in February and "over 28,000" in May are two points of one
series. A figure repeated by near-copies of one report is one point with several sources.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from warcrimes.corroborate.neardup import NEAR_DUPLICATE, Fingerprint, fingerprint, similarity
from warcrimes.store.schema import StatisticRow


@dataclass(frozen=True)
class SeriesPoint:
    """One figure at one date, with who stated it and in which reports."""

    as_of: dt.date
    value: float
    qualifier: str
    reported_by: str | None
    sources: tuple[str, ...]  # publishers (or "report N") that carried the figure
    report_ids: tuple[int, ...]
    dated_by: str  # as_of (the text dates the figure) | published (the report's date stands in)


@dataclass(frozen=True)
class Series:
    """A statistic (measure, population, unit) followed over time."""

    measure: str
    population: str
    unit: str
    points: tuple[SeriesPoint, ...]
    period: str | None = None  # cumulative | period | point: running totals and monthly figures never mix

    @property
    def change(self) -> float | None:
        """Last value minus first: how the figure moved over the series."""
        return self.points[-1].value - self.points[0].value if len(self.points) > 1 else None


def build(rows: Iterable[tuple[StatisticRow, dt.date, str | None, str]]) -> list[Series]:
    """The series of the figures in `rows` (statistic, report published, publisher, report text, as
    store.reads.statistics_with_reports gives them), points in date order."""
    points: dict[tuple[str, str, str, str], dict[tuple, list[dict]]] = {}
    prints: dict[int, Fingerprint] = {}
    texts: dict[int, str] = {}

    def print_of(report_id: int) -> Fingerprint:
        """MinHash only for reports that share a figure with another (the web page calls this per view)."""
        if report_id not in prints:
            prints[report_id] = fingerprint(texts[report_id])
        return prints[report_id]

    for stat, published, publisher, text in rows:
        day, dated_by = (stat.as_of, "as_of") if stat.as_of else (published, "published")
        kind = ((stat.facts or {}).get("period") or {}).get("kind") or ""
        same_figure = points.setdefault((stat.measure, stat.population, stat.unit, kind), {}).setdefault(
            (day, stat.value, stat.qualifier), [])
        texts.setdefault(stat.report_id, text)
        # one point per figure and date and near-duplicate group of reports
        point = next((p for p in same_figure
                      if any(similarity(print_of(stat.report_id), print_of(r)) >= NEAR_DUPLICATE
                             for r in p["report_ids"])), None)
        if point is None:
            point = {"as_of": day, "value": stat.value, "qualifier": stat.qualifier,
                     "reported_by": stat.reported_by, "sources": [], "report_ids": [], "dated_by": dated_by}
            same_figure.append(point)
        label = publisher or f"report {stat.report_id}"
        if label not in point["sources"]:
            point["sources"].append(label)
        point["report_ids"].append(stat.report_id)
    found = []
    for (m, pop, unit, kind), by_figure in sorted(points.items()):
        every = [p for group in by_figure.values() for p in group]
        ordered = sorted(every, key=lambda p: (p["as_of"], p["value"]))
        found.append(Series(m, pop, unit, tuple(
            SeriesPoint(p["as_of"], p["value"], p["qualifier"], p["reported_by"], tuple(p["sources"]),
                        tuple(p["report_ids"]), p["dated_by"]) for p in ordered), kind or None))
    return found
