"""The incident list (with filters) and the incident page with each account's passage marked."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response, StreamingResponse

from warcrimes.domain.records import Account, Report
from warcrimes.domain.taxonomy import violations
from warcrimes.outputs.letters import recipients
from warcrimes.outputs.produce import letter_kit
from warcrimes.queries.filters import DEFAULT_PAGE_SIZE, LIST_SORTS, filter_choices
from warcrimes.queries.incidents import incident_list_page, incident_page, iter_incidents
from warcrimes.web import csv_lists, overview, views
from warcrimes.web.auth import current_login
from warcrimes.web.deps import StoreDep, store_of
from warcrimes.web.highlight import quotes, segments
from warcrimes.web.page_cache import keeps
from warcrimes.web.query import ListQuery
from warcrimes.web.render import SECURITY_HEADERS, kept, page

router = APIRouter()


@router.api_route("/incidents", methods=["GET", "HEAD"])
@router.api_route("/incidents.json", methods=["GET", "HEAD"], include_in_schema=False)
@keeps
def list_page(request: Request, store: StoreDep, violation: str = "", oblast: str = "",
              since: str = "", status: str = "", limit: int = DEFAULT_PAGE_SIZE,
              offset: int = 0, verification: str = "", sort: str = "", after: str = "",
              before: str = "") -> Response:
    query = ListQuery(violation, oblast, since, status, limit, offset, verification, sort, after, before)
    return kept(request, lambda: _list_page(request, store, query))


def _list_page(request: Request, store: StoreDep, query: ListQuery) -> Response:
    found = incident_list_page(store, query.to_filter())
    page_of = {"offset": 0, "after": "", "before": ""}  # the neighbours are found by key, whatever led here
    payload = {
        "incidents": [views.incident_summary(i) for i in found.incidents],
        "filters": query.as_params(),
        "next": _list_url(query.as_params(**page_of | {"after": found.next_after})) if found.next_after else None,
        "previous": (_list_url(query.as_params(**page_of | {"before": found.previous_before}))
                     if found.previous_before else None),
    }
    choices = filter_choices()
    return page(request, "incidents.html", payload, query=query, taxonomy=violations(),
                statuses=choices.statuses, levels=choices.levels, sorts=LIST_SORTS,
                json_url=_list_url(query.as_params(), suffix=".json"),
                csv_url=_list_url(query.filter_params(), suffix=".csv"),
                map_url=_list_url(query.filter_params(), base="/map"),
                timeline_url=_list_url(query.filter_params(), base="/timeline"),
                recipients=recipients(letter_kit(store)), output_filters=query.filter_params())


@router.api_route("/incidents.csv", methods=["GET", "HEAD"])
def list_csv(store: StoreDep, violation: str = "", oblast: str = "", since: str = "", status: str = "",
             verification: str = "") -> Response:
    """Every incident passing the filters (no page bound), streamed as CSV."""
    where = ListQuery(violation, oblast, since, status, verification=verification).unpaged()
    return StreamingResponse(csv_lists.incidents_csv(iter_incidents(store, where)),
                             media_type="text/csv; charset=utf-8",
                             headers={**SECURITY_HEADERS,
                                      "Content-Disposition": 'attachment; filename="incidents.csv"'})


def _list_url(params: dict[str, str], suffix: str = "", base: str = "/incidents") -> str:
    return f"{base}{suffix}" + (f"?{urlencode(params)}" if params else "")


@router.api_route("/incidents/{incident_id:int}", methods=["GET", "HEAD"])
@router.api_route("/incidents/{incident_id:int}.json", methods=["GET", "HEAD"], include_in_schema=False)
@keeps
def show_incident(request: Request, incident_id: int) -> Response:
    """The store taken from the app here, not as a `StoreDep`: the busiest page, and each dependency
    FastAPI resolves costs every request (docs/web.md "Eleventh pass")."""
    return kept(request, lambda: _incident_page(request, incident_id, store_of(request)))


def _incident_page(request: Request, incident_id: int, store: StoreDep) -> Response:
    login = current_login(request)
    found = incident_page(store, incident_id, with_registry=login.can("registry"))
    incident = found.incident
    if incident is None and found.merged_into is not None:  # old links and citations lead to the event
        suffix = ".json" if request.url.path.endswith(".json") else ""
        return RedirectResponse(f"{views.incident_path(found.merged_into)}{suffix}", status_code=307)
    if incident is None:  # merged, then split apart: its accounts are in several incidents now
        return page(request, "retired.html", views.retired_incident(incident_id, found.now_in, found.history))
    payload = views.incident_detail(incident, corroboration=found.corroboration, history=found.history,
                                    evidence=found.evidence, custody=found.custody, reports=found.reports)
    passages = [_passage(a, found.reports[a.report_id], d)
                for a, d in zip(incident.accounts, payload["account_details"], strict=True)]
    if not login.can("personal_data"):
        payload = views.without_personal_data(payload)
        passages = [{**p, "segments": [], "quotes": []} for p in passages]
    if login.can("registry"):  # the registry persons its reports may name: ids, scores, verdicts, no name
        payload["registry_links"] = [link.to_json() for link in found.registry_links]
    colour = overview.violation_colours().get(incident.facts.violations[0] if incident.facts.violations else "",
                                              overview.UNCLASSIFIED)
    return page(request, "incident.html", payload, passages=passages, place_colour=colour,
                json_url=f"{views.incident_path(incident.id)}.json", incident=incident,
                recipients=recipients(letter_kit(store)))


def _passage(account: Account, report: Report, detail: dict[str, Any]) -> dict[str, Any]:
    """What the page shows for one account: its report text cut at the marked spans."""
    return {
        "account": account,
        "report": report,
        "link": detail["link"],
        "custody": detail["report_custody"],
        "segments": segments(account.text or report.text, account.facts.span, account.provenance),
        "quotes": quotes(account.text or report.text, account.provenance),
    }
