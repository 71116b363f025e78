"""Uploading reports and evidence files in the browser: streamed into the vault, hashed on the way,
typed by their bytes, then the one ingest path (reports) or the evidence record (files)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from warcrimes.errors import BadInputError
from warcrimes.ingest.metadata import ReportMetadata, parse_date
from warcrimes.services.evidence import EvidenceSource
from warcrimes.services.uploads import add_evidence_upload, ingest_upload, receive_evidence, receive_report
from warcrimes.web import views
from warcrimes.web.auth import current_login, requires, token_in_stream
from warcrimes.web.deps import StoreDep
from warcrimes.web.render import changed, page
from warcrimes.web.upload_stream import Sink, read_streamed_form, refuse_oversized

router = APIRouter()
S = TypeVar("S", bound=Sink)
Told = TypeVar("Told")


@router.get("/upload")
@requires("upload")
def upload_page(request: Request, store: StoreDep, incident: str = "") -> Response:
    limits = {"report": store.settings.max_report_bytes, "evidence": store.settings.max_evidence_bytes}
    return page(request, "upload.html", {"limits": limits}, incident=incident if incident.isdigit() else "")


def _text(fields: dict[str, str], key: str, limit: int = 2048) -> str | None:
    value = fields.get(key, "").strip()
    if len(value) > limit:
        raise BadInputError(f"{key} is longer than {limit} characters")
    return value or None


def _report_options(fields: dict[str, str]) -> ReportMetadata:
    published = _text(fields, "published")
    return ReportMetadata(published=parse_date(published, "published") if published else None,
                          publisher=_text(fields, "publisher", 256), url=_text(fields, "url"))


def _evidence_source(fields: dict[str, str]) -> EvidenceSource:
    incident = _text(fields, "incident", 20)
    if incident is not None and not incident.isdigit():
        raise BadInputError(f"incident {incident!r} is not an incident number")
    return EvidenceSource(int(incident) if incident else None, _text(fields, "source_url"),
                          _text(fields, "captured_by", 256), _text(fields, "note", 4000))


async def _receive(request: Request, limit: int, what: str, open_sink: Callable[[], S],
                   read: Callable[[dict[str, str]], Told]) -> tuple[S, str | None, Told]:
    """The upload streamed into its sink, its file name, and what its other fields say; the sink
    is discarded when those fields cannot be used."""
    refuse_oversized(request, limit, what)
    form = await read_streamed_form(request, "file", open_sink)
    assert form.sink is not None
    try:
        return form.sink, form.filename, read(form.fields)
    except BaseException:
        form.sink.discard()
        raise


@router.post("/reports/upload")
@requires("upload")
@token_in_stream
async def upload_report(request: Request, store: StoreDep) -> Response:
    """A report file; after it the analyst sees the report with the incidents read from it."""
    login = current_login(request)
    sink, name, options = await _receive(request, store.settings.max_report_bytes, "report",
                                         lambda: receive_report(store), _report_options)
    done = await run_in_threadpool(ingest_upload, store, sink, name, options, actor=login.username)
    state = "duplicate" if done.duplicate else "stored"
    return changed(request, f"{views.report_path(done.report_id)}?uploaded={state}",
                   {"report_id": done.report_id, "status": state, "message": done.message,
                    "incidents": list(done.incidents), "path": views.report_path(done.report_id)})


@router.post("/evidence/upload")
@requires("upload")
@token_in_stream
async def upload_evidence(request: Request, store: StoreDep) -> Response:
    """An evidence file (photo, video, document), optionally tied to an incident."""
    login = current_login(request)
    sink, name, source = await _receive(request, store.settings.max_evidence_bytes, "evidence",
                                        lambda: receive_evidence(store), _evidence_source)
    added = await run_in_threadpool(add_evidence_upload, store, sink, name, source, actor=login.username)
    state = "duplicate" if added.duplicate else "stored"
    return changed(request, f"/evidence/{added.evidence_id}?uploaded={state}",
                   {"evidence_id": added.evidence_id, "content_hash": added.content_hash, "size": added.size,
                    "media_type": added.media_type, "duplicate": added.duplicate, "linked": added.linked,
                    "path": f"/evidence/{added.evidence_id}"})
