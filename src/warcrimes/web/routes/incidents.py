"""The incident list (with filters) and the incident page with each account's passage marked."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from warcrimes.corroborate.verification import LEVELS
from warcrimes.domain.records import Account, Report
from warcrimes.domain.taxonomy import violations, vocabulary
from warcrimes.errors import NotFoundError
from warcrimes.web import views
from warcrimes.web.corroboration import corroboration_of, history_of, merged_into
from warcrimes.web.custody import entries_about, evidence_of
from warcrimes.web.deps import StoreDep
from warcrimes.web.highlight import quotes, segments
from warcrimes.web.query import DEFAULT_PAGE_SIZE, ListQuery
from warcrimes.web.render import page

router = APIRouter()


@router.api_route("/incidents", methods=["GET", "HEAD"])
@router.api_route("/incidents.json", methods=["GET", "HEAD"], include_in_schema=False)
def list_incidents(request: Request, store: StoreDep, violation: str = "", oblast: str = "",
                   since: str = "", status: str = "", limit: int = DEFAULT_PAGE_SIZE,
                   offset: int = 0, verification: str = "") -> Response:
    query = ListQuery(violation, oblast, since, status, limit, offset, verification)
    found = store.list_incidents(query.to_filter())
    more = len(found) == query.limit
    payload = {
        "incidents": [views.incident_summary(i) for i in found],
        "filters": query.as_params(),
        "next": _list_url(query.as_params(offset=offset + limit)) if more else None,
        "previous": _list_url(query.as_params(offset=max(0, offset - limit))) if offset else None,
    }
    return page(request, "incidents.html", payload, query=query, taxonomy=violations(),
                statuses=vocabulary().review_statuses, levels=LEVELS,
                json_url=_list_url(query.as_params(), suffix=".json"))


def _list_url(params: dict[str, str], suffix: str = "") -> str:
    return f"/incidents{suffix}" + (f"?{urlencode(params)}" if params else "")


@router.api_route("/incidents/{incident_id:int}", methods=["GET", "HEAD"])
@router.api_route("/incidents/{incident_id:int}.json", methods=["GET", "HEAD"], include_in_schema=False)
def show_incident(request: Request, incident_id: int, store: StoreDep) -> Response:
    try:
        incident = store.get_incident(incident_id)
    except NotFoundError:
        home = merged_into(store, incident_id)
        if home is None:
            raise
        suffix = ".json" if request.url.path.endswith(".json") else ""
        return RedirectResponse(f"{views.incident_path(home)}{suffix}", status_code=307)
    reports = {rid: store.get_report(rid) for rid in sorted({a.report_id for a in incident.accounts})}
    evidence = evidence_of(store, incident.id)
    custody = entries_about(store, [*(r.content_hash for r in reports.values()),
                                    *(e.content_hash for e in evidence), f"incident:{incident.id}"])
    payload = views.incident_detail(
        incident, corroboration=corroboration_of(store, incident.id, (a.id for a in incident.accounts),
                                                 reports),
        history=history_of(store, incident.id), evidence=evidence, custody=custody, reports=reports)
    return page(request, "incident.html", payload,
                passages=[_passage(a, reports[a.report_id], d)
                          for a, d in zip(incident.accounts, payload["account_details"], strict=True)],
                json_url=f"{views.incident_path(incident.id)}.json", incident=incident)


def _passage(account: Account, report: Report, detail: dict[str, Any]) -> dict[str, Any]:
    """What the page shows for one account: its report text cut at the marked spans."""
    return {
        "account": account,
        "report": report,
        "link": detail["link"],
        "custody": detail["report_custody"],
        "segments": segments(report.text, account.facts.span, account.provenance),
        "quotes": quotes(report.text, account.provenance),
    }

