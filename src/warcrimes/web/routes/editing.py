"""Changing an incident in the browser: edit its fields, merge another into it, split it, or make
one by hand from a report passage. A refused change shows the form again with what was typed."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response
from starlette.datastructures import FormData

from warcrimes.domain.taxonomy import violations, vocabulary
from warcrimes.errors import BadInputError, ConflictError
from warcrimes.queries.incidents import get_incident
from warcrimes.queries.review import merge_preview
from warcrimes.services import review
from warcrimes.services.edit_fields import KEYS, form_values
from warcrimes.services.editing import create_incident, edit_incident
from warcrimes.web import views
from warcrimes.web.auth import LoginDep, requires
from warcrimes.web.deps import StoreDep
from warcrimes.web.errors import status_of
from warcrimes.web.render import changed, page
from warcrimes.web.review_views import preview_entry

router = APIRouter()

#: Form keys that may arrive several times (a multiple select, checkboxes): joined as a list.
LISTS = ("violations", "evidence")


def typed_fields(form: FormData) -> dict[str, str]:
    """The edit keys the form sent, each as the text services/edit_fields.py reads."""
    out = {}
    for key in KEYS:
        if key in LISTS and key in form:
            out[key] = ", ".join(str(v) for v in form.getlist(key))
        elif key in form:
            out[key] = str(form[key])
        elif key in LISTS and f"{key}_shown" in form:  # every box unticked: the browser sends nothing
            out[key] = ""
    return out


def _choices() -> dict[str, Any]:
    known = vocabulary()
    return {"taxonomy": violations(), "categories": sorted(known.victim_categories),
            "evidence_kinds": sorted(known.evidence_kinds)}


@router.get("/incidents/{incident_id:int}/edit")
@requires("review")
def edit_form(request: Request, incident_id: int, store: StoreDep) -> Response:
    incident = get_incident(store, incident_id)
    return page(request, "edit.html", {**views.incident_summary(incident), "form": form_values(incident.facts)},
                **_choices(), message=None, reason="", current=None)


@router.post("/incidents/{incident_id:int}/edit")
@requires("review")
async def edit(request: Request, incident_id: int, store: StoreDep, login: LoginDep) -> Response:
    form = await request.form()
    typed = typed_fields(form)
    reason, version = str(form.get("reason", "")), _number(form.get("version"))
    try:
        done = edit_incident(store, incident_id, typed, reason=reason, actor=login.username, version=version)
    except (BadInputError, ConflictError) as refused:
        # shown again with what was typed, beside the incident as it is now: nothing is lost
        now = get_incident(store, incident_id)
        payload = {**views.incident_summary(now), "form": {**form_values(now.facts), **typed},
                   "error": {"status": status_of(refused), "message": str(refused)}}
        return page(request, "edit.html", payload, status=status_of(refused), **_choices(), message=str(refused),
                    reason=reason, current=form_values(now.facts))
    return changed(request, views.incident_path(incident_id), views.incident_summary(done))


def _number(value: object) -> int | None:
    text = str(value or "").strip()
    if not text:
        return None
    if not text.isdigit():
        raise BadInputError(f"{text[:20]!r} is not an incident number or version")
    return int(text)


@router.get("/incidents/{incident_id:int}/merge")
@requires("review")
def merge_form(request: Request, incident_id: int, store: StoreDep, absorb: str = "") -> Response:
    """Pick the incident to fold into this one; with `absorb`, both side by side and their conflicts."""
    other = _number(absorb)
    if other is None:
        keep = get_incident(store, incident_id)
        return page(request, "merge.html", {"keep": views.incident_summary(keep), "absorb": None, "conflicts": []})
    return page(request, "merge.html", preview_entry(merge_preview(store, incident_id, other)))


@router.post("/incidents/{incident_id:int}/merge")
@requires("review")
def merge(request: Request, incident_id: int, store: StoreDep, login: LoginDep,
          absorb: Annotated[int, Form()], reason: Annotated[str, Form(max_length=8000)] = "",
          accept_conflicts: Annotated[bool, Form()] = False, version: Annotated[int | None, Form()] = None,
          absorb_version: Annotated[int | None, Form()] = None) -> Response:
    try:
        done = review.merge(store, incident_id, absorb, actor=login.username, accept_conflicts=accept_conflicts,
                            reason=reason, versions=(version, absorb_version))
    except ConflictError as refused:
        payload = {**preview_entry(merge_preview(store, incident_id, absorb)),
                   "error": {"status": 409, "message": str(refused)}}
        return page(request, "merge.html", payload, status=409, message=str(refused), reason=reason)
    return changed(request, views.incident_path(done.id), views.incident_summary(done))


@router.get("/incidents/{incident_id:int}/split")
@requires("review")
def split_form(request: Request, incident_id: int, store: StoreDep) -> Response:
    incident = get_incident(store, incident_id)
    return page(request, "split.html", {**views.incident_summary(incident),
                                        "account_details": [views.account_entry(a) for a in incident.accounts]})


@router.post("/incidents/{incident_id:int}/split")
@requires("review")
def split(request: Request, incident_id: int, store: StoreDep, login: LoginDep,
          account: Annotated[list[int], Form()], reason: Annotated[str, Form(max_length=8000)] = "",
          version: Annotated[int | None, Form()] = None) -> Response:
    done = review.split(store, incident_id, account, actor=login.username, reason=reason, version=version)
    return changed(request, views.incident_path(done.id), views.incident_summary(done))


@router.post("/reports/{report_id:int}/incidents")
@requires("review")
async def create_from_passage(request: Request, report_id: int, store: StoreDep, login: LoginDep) -> Response:
    """A new incident from the passage selected on the report page (characters `start` to `end`)."""
    form = await request.form()
    start, end = _number(form.get("start")), _number(form.get("end"))
    if start is None or end is None:
        raise BadInputError("select the passage that tells the incident in the report's text first")
    passage = form.get("passage")
    done = create_incident(store, report_id, start, end, typed_fields(form), reason=str(form.get("reason", "")),
                           actor=login.username, passage=str(passage) if passage else None)
    return changed(request, views.incident_path(done.id), views.incident_summary(done))
