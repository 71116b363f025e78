"""The evidence viewer: a photo or a video shown inline, its hashes, its custody trail, a download.

Only types a browser shows without running anything are served inline (INLINE), always with the
type judged from the bytes at upload, nosniff, and a sandboxing CSP of their own; anything else
downloads as application/octet-stream, so a file can never become a page on our origin.
"""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, Response

from warcrimes.queries.evidence import evidence_file, evidence_page
from warcrimes.web import views
from warcrimes.web.auth import requires
from warcrimes.web.deps import StoreDep
from warcrimes.web.render import SECURITY_HEADERS, page

router = APIRouter()

INLINE = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp", "video/mp4", "video/webm",
                    "video/quicktime", "audio/mpeg", "audio/ogg", "audio/wav"})
#: A file opened on its own runs nothing and loads nothing, whatever it turns out to hold.
FILE_POLICY = "default-src 'none'; img-src 'self'; media-src 'self'; sandbox; frame-ancestors 'none'"


def disposition(kind: str, filename: str | None, fallback: str) -> str:
    """RFC 6266: an ASCII name for old clients, the UTF-8 name as filename*."""
    name = filename or fallback
    ascii_name = "".join(c if c.isascii() and c.isprintable() and c not in '"\\;' else "_" for c in name)
    return f"{kind}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name, safe='')}"


@router.api_route("/evidence/{evidence_id:int}", methods=["GET", "HEAD"])
@router.api_route("/evidence/{evidence_id:int}.json", methods=["GET", "HEAD"], include_in_schema=False)
@requires("personal_data")
def show_evidence(request: Request, evidence_id: int, store: StoreDep) -> Response:
    found = evidence_page(store, evidence_id)
    payload = {**views.evidence_entry(found.item, list(found.custody)),
               "incidents": [views.incident_summary(i) for i in found.incidents],
               "file_path": f"/evidence/{evidence_id}/file", "download_path": f"/evidence/{evidence_id}/download",
               "inline": found.item.media_type in INLINE}
    return page(request, "evidence.html", payload, json_url=f"/evidence/{evidence_id}.json")


def _file(store: StoreDep, evidence_id: int, *, inline: bool) -> Response:
    item, path = evidence_file(store, evidence_id)
    shown = inline and item.media_type in INLINE
    named = disposition("inline" if shown else "attachment", item.filename, f"evidence-{item.id}")
    headers = {**SECURITY_HEADERS, "Content-Security-Policy": FILE_POLICY,
               "Cross-Origin-Resource-Policy": "same-origin", "Content-Disposition": named}
    if digest := views.repr_digest(item.content_hash):
        headers["Repr-Digest"] = digest
    return FileResponse(path, media_type=item.media_type if shown else "application/octet-stream",
                        headers=headers)


@router.api_route("/evidence/{evidence_id:int}/file", methods=["GET", "HEAD"])
@requires("personal_data")
def evidence_bytes(evidence_id: int, store: StoreDep) -> Response:
    """The bytes, inline when the browser can show them safely (an image, a video), else a download."""
    return _file(store, evidence_id, inline=True)


@router.api_route("/evidence/{evidence_id:int}/download", methods=["GET", "HEAD"])
@requires("personal_data")
def evidence_download(evidence_id: int, store: StoreDep) -> Response:
    """The stored bytes as a download, with an RFC 9530 Repr-Digest to check them in transit."""
    return _file(store, evidence_id, inline=False)
