"""Liveness for a supervisor or a smoke test: answers once the store can be queried."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from warcrimes.queries.reports import count_reports
from warcrimes.web.auth import public
from warcrimes.web.deps import StoreDep
from warcrimes.web.render import SECURITY_HEADERS

router = APIRouter()


@router.api_route("/healthz", methods=["GET", "HEAD"])
@public
def healthz(store: StoreDep) -> JSONResponse:
    return JSONResponse({"status": "ok", "reports": count_reports(store)}, headers=SECURITY_HEADERS)
