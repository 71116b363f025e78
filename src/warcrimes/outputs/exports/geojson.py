"""GeoJSON (RFC 7946), streamed: a FeatureCollection written feature by feature.

The export's filter, time and checkpoint ride as the foreign member "warcrimes" (RFC 7946 §6.1
allows it); an incident without coordinates is a feature with a null geometry (§3.2).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from warcrimes.outputs.exports.acled import category
from warcrimes.outputs.exports.meta import ExportIncident, ExportMeta

GEOJSON_FORMAT = "warcrimes-geojson"


def feature(item: ExportIncident) -> dict[str, Any]:
    incident, facts = item.incident, item.incident.facts
    loc = facts.location
    counts = incident.counts or {}
    event_type, sub_event_type, _ = category(item)
    geometry = ({"type": "Point", "coordinates": [loc.lon, loc.lat]}
                if loc is not None and loc.lat is not None and loc.lon is not None else None)
    return {"type": "Feature", "id": incident.id, "geometry": geometry, "properties": {
        "violations": list(facts.violations), "event_type": event_type, "sub_event_type": sub_event_type,
        "date_start": facts.date.start.isoformat() if facts.date else None,
        "date_end": facts.date.end.isoformat() if facts.date else None,
        "location": loc.name if loc else None, "admin1": loc.admin1 if loc else None,
        "precision": loc.precision if loc else None,
        "victim_category": facts.victims.category,
        "low": counts.get("low", facts.victims.min), "best": counts.get("best", facts.victims.min),
        "high": counts.get("high", facts.victims.max),
        "perpetrator": facts.perpetrator.party, "unit": facts.perpetrator.unit,
        "status": incident.status, "verification": (incident.verification or {}).get("level"),
        "independent_sources": incident.independent_sources,
        "sources": [{"publisher": a.report_publisher, "url": a.report_url,
                     "published": a.report_published.isoformat() if a.report_published else None}
                    for a in incident.accounts],
    }}


def write_geojson(incidents: Iterable[ExportIncident], sink: TextIO, meta: ExportMeta) -> int:
    """The collection, one feature per line; returns the number of features."""
    head = json.dumps(meta.to_dict(GEOJSON_FORMAT), ensure_ascii=False, sort_keys=True)
    sink.write(f'{{"type":"FeatureCollection","warcrimes":{head},"features":[\n')
    count = 0
    for item in incidents:
        sink.write(("," if count else "") + json.dumps(feature(item), ensure_ascii=False, sort_keys=True) + "\n")
        count += 1
    sink.write("]}\n")
    return count
