"""Uploading reports and evidence files in the browser: streamed into the vault, hashed on the way,
typed by their bytes, then the one ingest path (reports) or the evidence record (files)."""

from __future__ import annotations

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
from warcrimes.web.upload_stream import read_streamed_form, refuse_oversized

router = APIRouter()


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


@router.post("/reports/upload")
@requires("upload")
@token_in_stream
async def upload_report(request: Request, store: StoreDep) -> Response:
    """A report file; after it the analyst sees the report with the incidents read from it."""
    login = current_login(request)
    refuse_oversized(request, store.settings.max_report_bytes, "report")
    form = await read_streamed_form(request, "file", lambda: receive_report(store))
    assert form.sink is not None
    try:
        published = _text(form.fields, "published")
        options = ReportMetadata(published=parse_date(published, "published") if published else None,
                                 publisher=_text(form.fields, "publisher", 256), url=_text(form.fields, "url"))
    except BaseException:
        form.sink.discard()
        raise
    done = await run_in_threadpool(ingest_upload, store, form.sink, form.filename, options,
                                   actor=login.username)
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
    refuse_oversized(request, store.settings.max_evidence_bytes, "evidence")
    form = await read_streamed_form(request, "file", lambda: receive_evidence(store))
    assert form.sink is not None
    try:
        incident = _text(form.fields, "incident", 20)
        if incident is not None and not incident.isdigit():
            raise BadInputError(f"incident {incident!r} is not an incident number")
        source = EvidenceSource(int(incident) if incident else None, _text(form.fields, "source_url"),
                                _text(form.fields, "captured_by", 256), _text(form.fields, "note", 4000))
    except BaseException:
        form.sink.discard()
        raise
    added = await run_in_threadpool(add_evidence_upload, store, form.sink, form.filename, source,
                                    actor=login.username)
    return changed(request, f"/evidence/{added.evidence_id}?uploaded={'duplicate' if added.duplicate else 'stored'}",
                   {"evidence_id": added.evidence_id, "content_hash": added.content_hash, "size": added.size,
                    "media_type": added.media_type, "duplicate": added.duplicate, "linked": added.linked,
                    "path": f"/evidence/{added.evidence_id}"})
