"""CSV exports, streamed: incidents as ACLED-style events, statistics as series points.

Rows go out as records come in (csv.writer over any text sink), so 100,000 incidents take the
memory of one. The export's filter, time and checkpoint go in a sidecar (ExportMeta.sidecar):
a first comment line would break every CSV reader ACLED users have.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

from warcrimes.outputs.exports.acled import COLUMNS, event_row
from warcrimes.outputs.exports.meta import ExportIncident

if TYPE_CHECKING:
    from warcrimes.corroborate.series import Series

EVENTS_FORMAT = "warcrimes-events-csv"
SERIES_FORMAT = "warcrimes-series-csv"
SERIES_COLUMNS = ("measure", "population", "unit", "period", "as_of", "dated_by", "value", "qualifier",
                  "reported_by", "sources", "report_ids")


def write_events_csv(incidents: Iterable[ExportIncident], sink: TextIO) -> int:
    """Header, then one row per incident; returns the number of rows."""
    writer = csv.writer(sink, lineterminator="\n")
    writer.writerow(COLUMNS)
    rows = 0
    for item in incidents:
        writer.writerow(event_row(item))
        rows += 1
    return rows


def _value(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


def write_series_csv(series: Iterable[Series], sink: TextIO) -> int:
    """One row per point of each series, in series then date order; returns the number of rows."""
    writer = csv.writer(sink, lineterminator="\n")
    writer.writerow(SERIES_COLUMNS)
    rows = 0
    for one in series:
        for point in one.points:
            writer.writerow([one.measure, one.population, one.unit, one.period or "", point.as_of.isoformat(),
                             point.dated_by, _value(point.value), point.qualifier, point.reported_by or "",
                             "; ".join(point.sources), " ".join(str(r) for r in point.report_ids)])
            rows += 1
    return rows
