"""The map and the timeline: the incident list's filters drawn as points and as monthly charts."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from warcrimes.domain.taxonomy import violations
from warcrimes.errors import BadInputError
from warcrimes.queries.filters import filter_choices
from warcrimes.queries.overview import (
    MAP_LIMIT,
    MAP_LIMIT_MAX,
    context_places,
    incidents_per_month,
    map_points,
    victims_per_month,
)
from warcrimes.web import overview
from warcrimes.web.deps import StoreDep
from warcrimes.web.page_cache import keeps
from warcrimes.web.query import ListQuery
from warcrimes.web.render import SECURITY_HEADERS, kept, page, wants_json

router = APIRouter()


def _links(query: ListQuery) -> dict[str, str]:
    """The same filters on every view of the list."""
    params = query.filter_params()
    tail = f"?{urlencode(params)}" if params else ""
    return {"list_url": f"/incidents{tail}", "map_url": f"/map{tail}", "timeline_url": f"/timeline{tail}",
            "csv_url": f"/incidents.csv{tail}"}


def _form(query: ListQuery) -> dict[str, Any]:
    choices = filter_choices()
    return {"query": query, "taxonomy": violations(), "statuses": choices.statuses, "levels": choices.levels,
            **_links(query)}


@router.api_route("/map", methods=["GET", "HEAD"])
@router.api_route("/map.json", methods=["GET", "HEAD"], include_in_schema=False)
@keeps
def map_page(request: Request, store: StoreDep, violation: str = "", oblast: str = "", since: str = "",
             status: str = "", verification: str = "", limit: int = MAP_LIMIT) -> Response:
    """The page draws the basemap and fetches its points from the .json twin (same filters)."""
    if not 1 <= limit <= MAP_LIMIT_MAX:
        raise BadInputError(f"limit {limit} is out of range; use 1 to {MAP_LIMIT_MAX}")
    query = ListQuery(violation, oblast, since, status, verification=verification)
    return kept(request, lambda: _map_page(request, store, query, limit))


def _map_page(request: Request, store: StoreDep, query: ListQuery, limit: int) -> Response:
    where = query.unpaged()
    found = map_points(store, where, limit) if wants_json(request) else None
    payload = overview.map_payload(found, query.filter_params(), limit)
    params = query.filter_params() | ({"limit": str(limit)} if limit != MAP_LIMIT else {})
    return page(request, "map.html", payload, legend=overview.legend(),
                json_url="/map.json" + (f"?{urlencode(params)}" if params else ""), **_form(query))


@router.api_route("/map/places.json", methods=["GET", "HEAD"])
def map_places() -> Response:
    """The gazetteer's cities and large towns, drawn under the incidents for orientation."""
    places = [{"name": n, "lat": lat, "lon": lon, "population": pop} for n, lat, lon, pop in context_places()]
    return JSONResponse({"places": places}, headers={**SECURITY_HEADERS, "Cache-Control": "private, max-age=86400"})


@router.api_route("/timeline", methods=["GET", "HEAD"])
@router.api_route("/timeline.json", methods=["GET", "HEAD"], include_in_schema=False)
def timeline_page(request: Request, store: StoreDep, violation: str = "", oblast: str = "", since: str = "",
                  status: str = "", verification: str = "") -> Response:
    """Incidents per month by violation, victims per month by category: charts, with their tables."""
    query = ListQuery(violation, oblast, since, status, verification=verification)
    where = query.unpaged()
    payload = overview.timeline_payload(incidents_per_month(store, where), victims_per_month(store, where),
                                        query.filter_params())
    params = query.filter_params()
    return page(request, "timeline.html", payload,
                json_url="/timeline.json" + (f"?{urlencode(params)}" if params else ""), **_form(query))
