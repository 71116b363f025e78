"""The review pages' data as JSON-able dicts (the queue, a merge's preview), shared by HTML and JSON."""

from __future__ import annotations

from typing import Any

from warcrimes.queries.review import MergePreview, ReviewQueue
from warcrimes.web.views import account_entry, incident_summary


def queue_entry(queue: ReviewQueue) -> dict[str, Any]:
    return {
        "sort": queue.sort, "offset": queue.offset, "proposed": queue.proposed,
        "incidents": [incident_summary(i) for i in queue.incidents],
        "suggestions": [{"id": p.id, "confidence": round(p.confidence, 3), "fields": p.fields, "reasons": p.reasons,
                         "account": account_entry(p.account), "now_in": incident_summary(p.now_in),
                         "may_join": incident_summary(p.may_join)} for p in queue.suggestions],
    }


def preview_entry(preview: MergePreview) -> dict[str, Any]:
    return {"keep": incident_summary(preview.keep), "absorb": incident_summary(preview.absorb),
            "conflicts": [c.to_dict() for c in preview.conflicts]}
