"""The report page: what was ingested, its full text, and the figures read from it."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from warcrimes.web import views
from warcrimes.web.deps import StoreDep
from warcrimes.web.render import page

router = APIRouter()


@router.api_route("/reports/{report_id:int}", methods=["GET", "HEAD"])
@router.api_route("/reports/{report_id:int}.json", methods=["GET", "HEAD"], include_in_schema=False)
def show_report(request: Request, report_id: int, store: StoreDep) -> Response:
    report = store.get_report(report_id)
    payload = views.report_detail(report, store.list_statistics())
    return page(request, "report.html", payload, json_url=f"{views.report_path(report.id)}.json")
