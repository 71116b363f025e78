"""The sources: the list of ingested reports, and one report's metadata, full text and figures."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from warcrimes.domain.taxonomy import violations, vocabulary
from warcrimes.errors import BadInputError
from warcrimes.queries.filters import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE
from warcrimes.queries.reports import list_reports, report_original, report_page
from warcrimes.web import views
from warcrimes.web.auth import current_login, requires
from warcrimes.web.deps import StoreDep
from warcrimes.web.highlight import passages
from warcrimes.web.render import page

router = APIRouter()


@router.api_route("/reports", methods=["GET", "HEAD"])
@router.api_route("/reports.json", methods=["GET", "HEAD"], include_in_schema=False)
def list_page(request: Request, store: StoreDep, limit: int = DEFAULT_PAGE_SIZE,
                 offset: int = 0) -> Response:
    if not 1 <= limit <= MAX_PAGE_SIZE or offset < 0:
        raise BadInputError(f"limit {limit} and offset {offset} are out of range; "
                            f"use a limit of 1 to {MAX_PAGE_SIZE} and an offset of 0 or more")
    found = list_reports(store, limit=limit, offset=offset)
    payload = {
        "reports": [views.report_metadata(r) for r in found],
        "next": f"/reports?limit={limit}&offset={offset + limit}" if len(found) == limit else None,
        "previous": f"/reports?limit={limit}&offset={max(0, offset - limit)}" if offset else None,
    }
    return page(request, "reports.html", payload, offset=offset, json_url="/reports.json")


@router.api_route("/reports/{report_id:int}", methods=["GET", "HEAD"])
@router.api_route("/reports/{report_id:int}.json", methods=["GET", "HEAD"], include_in_schema=False)
def show_report(request: Request, report_id: int, store: StoreDep) -> Response:
    found = report_page(store, report_id)
    report = found.report
    payload = views.report_detail(report, found.statistics, found.accounts, found.custody, found.versions,
                                 found.evidence)
    # an account read from an edited version marks that version's text, not this one
    segments = passages(report.text, [(a.id, a.facts.span) for a in found.accounts if a.version is None])
    if not current_login(request).can("personal_data"):
        payload, segments = views.without_personal_data(payload), []
    return page(request, "report.html", payload, json_url=f"{views.report_path(report.id)}.json",
                segments=segments, taxonomy=violations(), categories=sorted(vocabulary().victim_categories))


@router.api_route("/reports/{report_id:int}/original", methods=["GET", "HEAD"])
@requires("personal_data")
def original(report_id: int, store: StoreDep) -> Response:
    """The stored bytes, as a download: an HTML original must never render on our origin."""
    report, stored = report_original(store, report_id)
    name = f"report-{report.id}{views.original_suffix(report.media_type)}"
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    if digest := views.repr_digest(report.content_hash):
        headers["Repr-Digest"] = digest
    return Response(stored, media_type="application/octet-stream",
                    headers=headers)
