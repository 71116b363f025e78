"""The statistics followed over time (corroborate/series.py), e.g. civilians held captive by date."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from warcrimes.domain.taxonomy import vocabulary
from warcrimes.errors import BadInputError
from warcrimes.queries.statistics import series
from warcrimes.web import views
from warcrimes.web.deps import StoreDep
from warcrimes.web.render import page

router = APIRouter()


@router.api_route("/series", methods=["GET", "HEAD"])
@router.api_route("/series.json", methods=["GET", "HEAD"], include_in_schema=False)
def list_series(request: Request, store: StoreDep, measure: str = "", population: str = "") -> Response:
    measure, population = measure.strip(), population.strip()
    known = vocabulary()
    if measure and measure not in known.measures:
        raise BadInputError(f"measure {measure!r} is not in the vocabulary; use one of: "
                            f"{', '.join(sorted(known.measures))}")
    if population and population not in known.populations:
        raise BadInputError(f"population {population!r} is not in the vocabulary; use one of: "
                            f"{', '.join(sorted(known.populations))}")
    found = series(store, measure or None, population or None)
    payload = {"series": [views.series_entry(s) for s in found],
               "filters": {k: v for k, v in (("measure", measure), ("population", population)) if v}}
    return page(request, "series.html", payload, measures=sorted(known.measures),
                populations=sorted(known.populations),
                query={"measure": measure, "population": population},
                json_url="/series.json" + (f"?{request.url.query}" if request.url.query else ""))
