"""Full-text search: incidents by their facts for everyone, reports by their text for readers of texts."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse

from warcrimes.domain.taxonomy import violations
from warcrimes.errors import BadInputError
from warcrimes.queries.filters import filter_choices
from warcrimes.queries.search import (
    LANGUAGES,
    SORTS,
    SearchResults,
    check_language,
    check_sort,
    search,
    search_terms,
)
from warcrimes.web import csv_lists, views
from warcrimes.web.auth import current_login
from warcrimes.web.deps import StoreDep
from warcrimes.web.page_cache import keeps
from warcrimes.web.query import ListQuery
from warcrimes.web.render import SECURITY_HEADERS, kept, page

router = APIRouter()

#: Results per page: each report hit costs a snippet (ts_headline or FTS5 snippet) cut from its text.
PAGE_SIZE = 20


def _params(q: str, query: ListQuery, sort: str, language: str, **changes: object) -> dict[str, str]:
    extra = {"q": q, **({"sort": sort} if sort != "relevance" else {}), **({"language": language} if language else {})}
    return extra | query.as_params(**changes)


def _run(request: Request, store: StoreDep, q: str, query: ListQuery, sort: str, language: str) -> SearchResults:
    return search(store, search_terms(q), query.to_filter(), sort=check_sort(sort),
                  language=check_language(language), with_reports=current_login(request).can("personal_data"))


def _report_entry(found: Any) -> dict[str, Any]:
    hit = found.hit
    return {"id": hit.report_id, "path": views.report_path(hit.report_id), "published": hit.published.isoformat(),
            "publisher": hit.publisher, "language": hit.language, "filename": hit.filename,
            "snippet": [{"text": text, "match": match} for text, match in found.snippet],
            "incidents": [{"id": i, "path": views.incident_path(i)} for i in found.incidents]}


@router.api_route("/search", methods=["GET", "HEAD"])
@router.api_route("/search.json", methods=["GET", "HEAD"], include_in_schema=False)
@keeps
def search_page(request: Request, store: StoreDep, q: str = "", violation: str = "", oblast: str = "",
                since: str = "", status: str = "", verification: str = "", language: str = "",
                sort: str = "relevance", limit: int = PAGE_SIZE, offset: int = 0) -> Response:
    query = ListQuery(violation, oblast, since, status, limit, offset, verification)
    return kept(request, lambda: _search_page(request, store, q, query, sort, language))


def _search_page(request: Request, store: StoreDep, q: str, query: ListQuery, sort: str, language: str) -> Response:
    limit, offset = query.limit, query.offset
    found = _run(request, store, q, query, sort, language)
    more = len(found.incidents) == limit or len(found.reports) == limit
    payload = {
        "q": q, "terms": list(found.terms), "sort": sort, "language": language,
        "filters": query.filter_params(),
        "incident_count": found.incident_count,
        "incidents": [views.incident_summary(i) for i in found.incidents],
        "reports_searched": found.reports_searched,
        "reports": [_report_entry(r) for r in found.reports],
        "next": "/search?" + urlencode(_params(q, query, sort, language, offset=offset + limit)) if more else None,
        "previous": ("/search?" + urlencode(_params(q, query, sort, language, offset=max(0, offset - limit)))
                     if offset else None),
    }
    choices = filter_choices()
    base = urlencode(_params(q, query, sort, language, offset=0))
    return page(request, "search.html", payload, query=query, taxonomy=violations(), statuses=choices.statuses,
                levels=choices.levels, sorts=SORTS, languages=LANGUAGES, json_url=f"/search.json?{base}",
                csv_url=f"/search.csv?{urlencode(_params(q, query, sort, language, offset=0, limit=500))}")


@router.api_route("/search.csv", methods=["GET", "HEAD"])
def search_csv(request: Request, store: StoreDep, q: str = "", violation: str = "", oblast: str = "",
               since: str = "", status: str = "", verification: str = "", language: str = "",
               sort: str = "relevance", limit: int = 500, offset: int = 0, kind: str = "incidents") -> Response:
    """One page of results (up to 500) as CSV: the incidents, or with kind=reports the reports."""
    if kind not in ("incidents", "reports"):
        raise BadInputError(f"kind {kind!r} is not a list of results; use incidents or reports")
    query = ListQuery(violation, oblast, since, status, limit, offset, verification)
    found = _run(request, store, q, query, sort, language)
    rows = csv_lists.reports_csv(found.reports) if kind == "reports" else csv_lists.incidents_csv(found.incidents)
    name = "search-reports.csv" if kind == "reports" else "search-incidents.csv"
    return StreamingResponse(rows, media_type="text/csv; charset=utf-8",
                             headers={**SECURITY_HEADERS, "Content-Disposition": f'attachment; filename="{name}"'})
