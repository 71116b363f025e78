"""Any filtered list as CSV: the incident list, search results. Streamed row by row.

A cell a spreadsheet would run as a formula (starting = + - @, a tab or a carriage return) is
prefixed with an apostrophe (OWASP's CSV injection advice): a report's place name or a publisher is
hostile input, and `=HYPERLINK(...)` in an analyst's spreadsheet must stay text. Numbers are
written as numbers and never prefixed. UTF-8 with a byte-order mark, so spreadsheets read Cyrillic.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence

from warcrimes.domain.records import Incident
from warcrimes.queries.search import FoundReport

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"

INCIDENT_COLUMNS = ("id", "status", "date_start", "date_end", "place", "oblast", "country", "lat", "lon",
                    "violations", "victims_category", "victims_min", "victims_max", "victims_best",
                    "perpetrator", "perpetrator_unit", "reported_by", "accounts", "independent_sources",
                    "verification", "path")
REPORT_COLUMNS = ("report_id", "published", "publisher", "language", "snippet", "incidents", "path")


def cell(value: object) -> str | int | float:
    """A value as a CSV cell: numbers as they are, text defused, nothing as empty."""
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _line(values: Sequence[object]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow([cell(v) for v in values])
    return out.getvalue()


def incident_cells(incident: Incident) -> list[object]:
    f = incident.facts
    loc, victims, perp = f.location, f.victims, f.perpetrator
    counts = incident.counts or {}
    return [incident.id, incident.status, f.date.start.isoformat() if f.date else None,
            f.date.end.isoformat() if f.date else None, loc.name if loc else None, loc.admin1 if loc else None,
            loc.country if loc else None, loc.lat if loc else None, loc.lon if loc else None,
            "; ".join(f.violations), victims.category if victims else None, victims.min if victims else None,
            victims.max if victims else None, counts.get("best"), perp.party if perp else None,
            perp.unit if perp else None, "; ".join(f.reported_by), len(incident.accounts),
            incident.independent_sources, (incident.verification or {}).get("level"), f"/incidents/{incident.id}"]


def incidents_csv(incidents: Iterable[Incident]) -> Iterator[str]:
    """The header, then one line per incident, as they come."""
    yield BOM + _line(INCIDENT_COLUMNS)
    for incident in incidents:
        yield _line(incident_cells(incident))


def reports_csv(found: Iterable[FoundReport]) -> Iterator[str]:
    """Matching reports with their snippets (marks removed) and the incidents they tell."""
    yield BOM + _line(REPORT_COLUMNS)
    for report in found:
        hit = report.hit
        snippet = "".join(text for text, _ in report.snippet)
        yield _line([hit.report_id, hit.published.isoformat(), hit.publisher, hit.language, snippet,
                     " ".join(str(i) for i in report.incidents), f"/reports/{hit.report_id}"])
