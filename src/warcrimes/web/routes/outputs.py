"""Dossiers, letters and exports from the browser: the incident list's current filter, or one incident.

Each is a POST with the session's CSRF token, because making one writes a custody entry (who made
what, for whom, against which checkpoint). The file is written to a private temporary folder by the
same code as `warcrimes dossier|letter|export`, sent as a download, then deleted. The role decides
what may leave: a dossier or letter quotes reports and needs `personal_data`; a viewer may export
CSV, GeoJSON and the statistics series, which hold no personal data.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import FileResponse, Response
from starlette.background import BackgroundTask

from warcrimes.domain.audience import Audience
from warcrimes.errors import BadInputError
from warcrimes.outputs.exports.exporting import FORMATS, export_file
from warcrimes.outputs.letters import LANGUAGES
from warcrimes.outputs.produce import make_dossier, make_letter
from warcrimes.queries.filters import incident_filter
from warcrimes.services.dossiers import Selection
from warcrimes.store import IncidentFilter
from warcrimes.web.auth import LoginDep, requires
from warcrimes.web.deps import StoreDep
from warcrimes.web.render import SECURITY_HEADERS

router = APIRouter()

#: What each download is sent as.
MEDIA_TYPES = {".pdf": "application/pdf", ".html": "text/html; charset=utf-8", ".zip": "application/zip",
               ".csv": "text/csv; charset=utf-8", ".geojson": "application/geo+json", ".jsonl": "application/jsonl"}
DOSSIER_FORMATS = {"pdf": ".pdf", "html": ".html", "bundle": ".zip"}
EXPORT_SUFFIXES = {"csv": ".csv", "geojson": ".geojson", "jsonl": ".jsonl", "series-csv": ".csv"}

Field = Annotated[str, Form(max_length=200)]
Incident = Annotated[int | None, Form(ge=1, le=2**63 - 1)]


def _where(violation: str, oblast: str, since: str, status: str, verification: str) -> IncidentFilter | None:
    """The list's filter as the form sent it; None when it sets nothing."""
    where = incident_filter(violation, oblast, since, status, verification)
    return where if Selection(where=where).describe() else None


def _selection(incident: int | None, where: IncidentFilter | None) -> Selection:
    if incident is None and where is None:
        raise BadInputError("choose the incidents: open one incident, or filter the list first "
                            "(a dossier of the whole register is an export's job)")
    return Selection(ids=(incident,) if incident is not None else (), where=where)


def _download(folder: Path, path: Path, name: str) -> FileResponse:
    """The file as an attachment; the folder goes once it is sent (or the client went away)."""
    media = MEDIA_TYPES.get(path.suffix, "application/octet-stream")
    return FileResponse(path, media_type=media, filename=name,
                        headers={**SECURITY_HEADERS, "Cache-Control": "no-store"},
                        background=BackgroundTask(shutil.rmtree, folder, ignore_errors=True))


def _scratch() -> Path:
    return Path(tempfile.mkdtemp(prefix="warcrimes-output-"))


def _attempt(folder: Path) -> None:
    """Nothing is left behind when making the file failed."""
    shutil.rmtree(folder, ignore_errors=True)


def _name(stem: str, incident: int | None, suffix: str) -> str:
    return f"{stem}-{incident}{suffix}" if incident is not None else f"{stem}{suffix}"


@router.post("/outputs/dossier")
@requires("personal_data")
def dossier(request: Request, store: StoreDep, login: LoginDep, format: Field = "pdf", incident: Incident = None,
            violation: Field = "", oblast: Field = "", since: Field = "", status: Field = "",
            verification: Field = "") -> Response:
    """The dossier of one incident or of the list's filter, as PDF, HTML or a verifiable bundle."""
    suffix = DOSSIER_FORMATS.get(format)
    if suffix is None:
        raise BadInputError(f"no dossier format {format!r}; the formats are {', '.join(DOSSIER_FORMATS)}")
    selection = _selection(incident, _where(violation, oblast, since, status, verification))
    folder = _scratch()
    try:
        made = make_dossier(store, selection, folder / f"dossier{suffix}", audience=Audience(login.username))
    except BaseException:
        _attempt(folder)
        raise
    return _download(folder, made.path, _name(made.reference, None, suffix))


@router.post("/outputs/letter")
@requires("personal_data")
def letter(request: Request, store: StoreDep, login: LoginDep, recipient: Field = "", language: Field = "en",
           incident: Incident = None, violation: Field = "", oblast: Field = "", since: Field = "",
           status: Field = "", verification: Field = "") -> Response:
    """A drafted letter to a recipient with the dossier as its annex, one PDF."""
    if language not in LANGUAGES:
        raise BadInputError(f"no letters in {language!r}; the languages are {', '.join(LANGUAGES)}")
    selection = _selection(incident, _where(violation, oblast, since, status, verification))
    folder = _scratch()
    try:
        made = make_letter(store, selection, recipient.replace("-", "_"), language, folder / "letter.pdf",
                           audience=Audience(login.username))
    except BaseException:
        _attempt(folder)
        raise
    return _download(folder, made.path, f"letter-{recipient}-{language}-{made.reference}.pdf")


@router.post("/outputs/export")
@requires("read")
def export(request: Request, store: StoreDep, login: LoginDep, format: Field = "csv", violation: Field = "",
           oblast: Field = "", since: Field = "", status: Field = "", verification: Field = "") -> Response:
    """The list's incidents as ACLED-style CSV or GeoJSON, the register as JSON Lines, or the series."""
    if format not in FORMATS:
        raise BadInputError(f"no export format {format!r}; the formats are {', '.join(FORMATS)}")
    where = _where(violation, oblast, since, status, verification)
    suffix = EXPORT_SUFFIXES[format]
    folder = _scratch()
    try:
        made = export_file(store, format, folder / f"export{suffix}",
                           audience=Audience(login.username, personal_data=login.can("personal_data"),
                                             registry=login.can("registry")),
                           where=where)
    except BaseException:
        _attempt(folder)
        raise
    stem = "series" if format == "series-csv" else "incidents" if format != "jsonl" else "register"
    return _download(folder, made.path, f"{stem}-{made.content_hash.removeprefix('sha256:')[:12]}{suffix}")
