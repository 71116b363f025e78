"""The review queue, and the decisions taken from it or from an incident's page: confirm, reject,
reopen, accept or dismiss a suggestion. Each calls one service as the logged-in person."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from warcrimes.queries.review import QUEUE_PAGE, review_queue
from warcrimes.services import review
from warcrimes.web import views
from warcrimes.web.auth import LoginDep, requires
from warcrimes.web.deps import StoreDep
from warcrimes.web.render import changed, page
from warcrimes.web.review_views import queue_entry

router = APIRouter()

Reason = Annotated[str, Form(max_length=8000)]
Version = Annotated[int | None, Form()]


@router.api_route("/review", methods=["GET", "HEAD"])
@router.api_route("/review.json", methods=["GET", "HEAD"], include_in_schema=False)
@requires("review")
def queue(request: Request, store: StoreDep, sort: str = "oldest", offset: int = 0) -> Response:
    """Proposed incidents (oldest or most-sourced first) and the uncertain links waiting for a decision."""
    found = review_queue(store, sort, offset)
    payload = queue_entry(found)
    more = offset + QUEUE_PAGE < found.proposed
    payload["next"] = f"/review?sort={sort}&offset={offset + QUEUE_PAGE}" if more else None
    return page(request, "review.html", payload, json_url=f"/review.json?sort={sort}")


def _status(request: Request, store: StoreDep, incident_id: int, status: str, actor: str, reason: str,
            version: int | None) -> Response:
    done = review.set_status(store, incident_id, status, actor=actor, note=reason, version=version)
    return changed(request, views.incident_path(incident_id), views.incident_summary(done))


@router.post("/incidents/{incident_id:int}/confirm")
@requires("review")
def confirm(request: Request, incident_id: int, store: StoreDep, login: LoginDep, reason: Reason = "",
            version: Version = None) -> Response:
    return _status(request, store, incident_id, "confirmed", login.username, reason, version)


@router.post("/incidents/{incident_id:int}/reject")
@requires("review")
def reject(request: Request, incident_id: int, store: StoreDep, login: LoginDep, reason: Reason = "",
           version: Version = None) -> Response:
    return _status(request, store, incident_id, "rejected", login.username, reason, version)


@router.post("/incidents/{incident_id:int}/reopen")
@requires("review")
def reopen(request: Request, incident_id: int, store: StoreDep, login: LoginDep, reason: Reason = "",
           version: Version = None) -> Response:
    return _status(request, store, incident_id, "proposed", login.username, reason, version)


@router.post("/suggestions/{suggestion_id:int}/accept")
@requires("review")
def accept(request: Request, suggestion_id: int, store: StoreDep, login: LoginDep) -> Response:
    done = review.accept(store, suggestion_id, actor=login.username)
    return changed(request, "/review", views.incident_summary(done))


@router.post("/suggestions/{suggestion_id:int}/dismiss")
@requires("review")
def dismiss(request: Request, suggestion_id: int, store: StoreDep, login: LoginDep, reason: Reason = "") -> Response:
    done = review.dismiss(store, suggestion_id, actor=login.username, reason=reason)
    return changed(request, "/review", views.incident_summary(done))
