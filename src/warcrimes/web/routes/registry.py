"""The captives registry's pages: figures for everyone who may read; persons, search, a person's
record (each view recorded), list import with a dry run, match candidates and the tracing export
for the `registry` permission only. Every page has its JSON twin."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import Response

from warcrimes.errors import BadInputError, TooLargeError
from warcrimes.queries import registry as queries
from warcrimes.registry.listfile import MAX_LIST_BYTES
from warcrimes.services import registry as services
from warcrimes.services.registry_import import ListNotImported, column_mapping, import_list
from warcrimes.services.registry_links import decide_incident_link, propose_incident_links
from warcrimes.services.registry_matching import merge_persons, propose_matches, reject_candidate
from warcrimes.services.registry_views import tracing_export, view_person
from warcrimes.web.auth import LoginDep, requires
from warcrimes.web.deps import StoreDep
from warcrimes.web.render import SECURITY_HEADERS, changed, page

router = APIRouter()
MAPPINGS = ("default", "ukrainian_office", "russian_list")
PAGE = 50


@router.api_route("/persons/figures", methods=["GET", "HEAD"])
@router.api_route("/persons/figures.json", methods=["GET", "HEAD"], include_in_schema=False)
def figures_page(request: Request, store: StoreDep) -> Response:
    """Counts only (a viewer's registry): by derived status, category, month; stated figures; exchanges."""
    found = queries.figures(store, months=12)
    exchanges = [e.to_json() for e in queries.list_exchanges(store)]
    payload = {"figures": found.to_json(), "exchanges": exchanges}
    return page(request, "registry_figures.html", payload, json_url="/persons/figures.json")


@router.api_route("/persons", methods=["GET", "HEAD"])
@router.api_route("/persons.json", methods=["GET", "HEAD"], include_in_schema=False)
@requires("registry")
def persons_page(request: Request, store: StoreDep, q: str = "", offset: int = 0) -> Response:
    if q.strip():
        found, total = queries.search_persons(store, q), None
    else:
        total, found = queries.list_persons(store, offset=max(offset, 0), limit=PAGE)
    payload = {"query": q.strip(), "total": total, "offset": offset, "persons": [p.to_json() for p in found]}
    return page(request, "persons.html", payload, page_size=PAGE, json_url="/persons.json" + (
        f"?{request.url.query}" if request.url.query else ""))


@router.api_route("/persons/import", methods=["GET", "HEAD"])
@requires("registry")
def import_form(request: Request) -> Response:
    return page(request, "registry_import.html", {"plan": None}, mappings=MAPPINGS, mapping="default")


async def _read_upload(upload: UploadFile) -> bytes:
    content = await upload.read(MAX_LIST_BYTES + 1)
    if len(content) > MAX_LIST_BYTES:
        raise TooLargeError(f"{upload.filename or 'the list'}: larger than {MAX_LIST_BYTES // 2**20} MB; split it "
                            "into several files and import each")
    return content


@router.post("/persons/import")
@requires("registry")
async def import_upload(request: Request, store: StoreDep, login: LoginDep,
                        file: Annotated[UploadFile, File()], mapping: Annotated[str, Form()] = "default",
                        action: Annotated[str, Form()] = "preview") -> Response:
    """Preview (a dry run) or import a list; a list with errors is shown with its problems, nothing imported."""
    if mapping not in MAPPINGS:
        raise BadInputError(f"mapping {mapping[:40]!r} is not one of {', '.join(MAPPINGS)}")
    content = await _read_upload(file)
    name = (file.filename or "list")[-120:]
    from starlette.concurrency import run_in_threadpool

    try:
        outcome = await run_in_threadpool(import_list, store, name, content, column_mapping(mapping),
                                          actor=login.username, apply=action == "import")
        plan, applied, status = outcome.plan, outcome.applied, 200
    except ListNotImported as exc:
        plan, applied, status = exc.plan, False, 422
    payload = {"plan": {"list": plan.list_hash, "name": name, "counts": plan.counts(), "can_apply": plan.can_apply,
                        "lines": plan.describe(), "problems": [p.render() for p in plan.problems]},
               "applied": applied}
    return page(request, "registry_import.html", payload, status=status, mappings=MAPPINGS, mapping=mapping)


@router.api_route("/persons/candidates", methods=["GET", "HEAD"])
@router.api_route("/persons/candidates.json", methods=["GET", "HEAD"], include_in_schema=False)
@requires("registry")
def candidates_page(request: Request, store: StoreDep) -> Response:
    payload = {"candidates": [c.to_json() for c in queries.match_candidates(store)]}
    return page(request, "registry_candidates.html", payload, json_url="/persons/candidates.json")


@router.post("/persons/candidates")
@requires("registry")
def refresh_candidates(request: Request, store: StoreDep, login: LoginDep) -> Response:
    return changed(request, "/persons/candidates", {"added": propose_matches(store, actor=login.username)})


@router.post("/persons/candidates/{candidate_id}/merge")
@requires("review")
def merge(request: Request, candidate_id: int, store: StoreDep, login: LoginDep,
          keep: Annotated[str, Form(max_length=40)]) -> Response:
    kept = merge_persons(store, candidate_id, keep, actor=login.username)
    return changed(request, f"/persons/{kept}", {"kept": kept})


@router.post("/persons/candidates/{candidate_id}/reject")
@requires("review")
def reject(request: Request, candidate_id: int, store: StoreDep, login: LoginDep) -> Response:
    reject_candidate(store, candidate_id, actor=login.username)
    return changed(request, "/persons/candidates", {"rejected": candidate_id})


@router.post("/incidents/{incident_id:int}/persons/propose")
@requires("registry")
def propose_links(request: Request, incident_id: int, store: StoreDep, login: LoginDep) -> Response:
    """Read the incident's reports again for registry persons (after a list was imported, say)."""
    found = propose_incident_links(store, incident_id, actor=login.username)
    return changed(request, f"/incidents/{incident_id}#registry-links", {"proposed": [p.link_id for p in found]})


@router.post("/incidents/{incident_id:int}/persons/{link_id:int}/accept")
@requires("registry")
def accept_link(request: Request, incident_id: int, link_id: int, store: StoreDep, login: LoginDep) -> Response:
    """An analyst accepts a proposed link (the service also checks `review`); a custody entry."""
    return _decide_link(request, store, login, incident_id, link_id, accepted=True)


@router.post("/incidents/{incident_id:int}/persons/{link_id:int}/reject")
@requires("registry")
def reject_link(request: Request, incident_id: int, link_id: int, store: StoreDep, login: LoginDep) -> Response:
    """Not the person named after all: the proposal is kept as rejected and not made again."""
    return _decide_link(request, store, login, incident_id, link_id, accepted=False)


def _decide_link(request: Request, store: StoreDep, login: LoginDep, incident_id: int, link_id: int,
                 *, accepted: bool) -> Response:
    person = decide_incident_link(store, link_id, accepted, actor=login.username, incident_id=incident_id)
    return changed(request, f"/incidents/{incident_id}#registry-links",
                   {"link": link_id, "state": "accepted" if accepted else "rejected", "person": person})


@router.post("/persons/tracing")
@requires("registry")
def tracing(request: Request, store: StoreDep, login: LoginDep,
            person: Annotated[list[str], Form(max_length=40)]) -> Response:
    content = tracing_export(store, person, actor=login.username)
    name = f"icrc-tracing-{dt.date.today():%Y%m%d}.csv"
    return Response(content, media_type="text/csv; charset=utf-8",
                    headers={**SECURITY_HEADERS, "Content-Disposition": f'attachment; filename="{name}"',
                             "Cache-Control": "no-store"})


@router.api_route("/persons/{person_id}", methods=["GET", "HEAD"])
@router.api_route("/persons/{person_id}.json", methods=["GET", "HEAD"], include_in_schema=False)
@requires("registry")
def person_page(request: Request, person_id: str, store: StoreDep, login: LoginDep) -> Response:
    """A person's record; opening it is recorded (who, when) in the same transaction as the read."""
    record = view_person(store, person_id.removesuffix(".json"), actor=login.username, via="web")
    from warcrimes.registry.vocabulary import vocabulary

    vocab = vocabulary()
    response = page(request, "person.html", {"person": record.to_json()}, statuses=list(vocab.statuses),
                    source_kinds=list(vocab.terms("source_kinds")), confirmed_by=list(vocab.terms("confirmed_by")),
                    confirmed_how=list(vocab.terms("confirmed_how")),
                    json_url=f"/persons/{record.person.person_id}.json")
    response.headers["Cache-Control"] = "no-store"
    return response


@router.post("/persons/{person_id}/status")
@requires("registry")
def add_status(request: Request, person_id: str, store: StoreDep, login: LoginDep,
               kind: Annotated[str, Form(max_length=40)], date: Annotated[str, Form(max_length=10)],
               source_kind: Annotated[str, Form(max_length=20)], source: Annotated[str, Form(max_length=200)],
               place: Annotated[str, Form(max_length=300)] = "", confirmed_by: Annotated[str, Form(max_length=40)] = "",
               confirmed_how: Annotated[str, Form(max_length=40)] = "",
               note: Annotated[str, Form(max_length=4000)] = "") -> Response:
    from warcrimes.registry.records import PartialDate

    if not source.strip():
        raise BadInputError("say where this status comes from (a report id, a list row, an appeal)")
    new = services.NewStatus(kind, PartialDate.parse_iso(date), source_kind, source.strip(), place.strip(),
                             confirmed_by, confirmed_how, note=note)
    entry = services.add_status(store, person_id, new, actor=login.username)
    return changed(request, f"/persons/{person_id}", {"entry": entry})
