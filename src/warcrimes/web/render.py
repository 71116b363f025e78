"""One way to answer: the same payload as an escaped HTML page or as JSON, chosen per request."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from warcrimes.web import format as fmt
from warcrimes.web import technical
from warcrimes.web.page_cache import PageCache, marked_login

HERE = Path(__file__).parent

#: Sent with every answer, error pages included. Scripts only from our own static files (never
#: inline: no 'unsafe-inline'), nothing fetched from elsewhere; the pages may not be framed.
SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'self'; script-src 'self'; object-src 'none'; "
                                "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


#: What `x.name` finds on a plain dict before its keys: its methods (`items`, `get`...), as Jinja gives them.
_DICT_ATTRIBUTES = frozenset(dir(dict))


class PageEnvironment(Environment):
    """Jinja's environment with `x.name` on a plain dict answered by its key at once. Jinja tries
    `getattr` first and the key only after an AttributeError; the pages' payloads are dicts, so each
    `p.report`, `location.lat`... raised and caught one (~76 a page, ~0.05-0.1 ms of an incident page's
    ~0.45 ms render, docs/web.md "Twelfth pass"). The same answer: a dict has no attribute but the
    methods of its type, and those still come first."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                pass  # Jinja's own way: undefined, with its message
        return super().getattr(obj, attribute)


def _environment() -> Environment:
    """Autoescape everything: report texts are hostile input as far as the page is concerned. The
    templates ship with the package and are not edited under a running server: no `stat` of every
    template a page extends or imports on each render (auto_reload)."""
    env = PageEnvironment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, auto_reload=False,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(fmt.FILTERS, technical=technical.summary)
    return env


TEMPLATES = _environment()


#: Addresses that only ever answer JSON (proofs for scripts), so their errors are JSON too.
JSON_ONLY_PREFIXES = ("/custody/",)


def wants_json(request: Request) -> bool:
    """`.json` in the path, `?format=json`, a JSON-only address, or an Accept header asking for
    JSON over HTML. Worked out once a request (the gate, the page cache and the page each ask)."""
    known = request.scope.get(_WANTS_JSON)
    if known is None:
        known = request.scope[_WANTS_JSON] = _wants_json(request)
    return bool(known)


_WANTS_JSON = "warcrimes.wants_json"


def _wants_json(request: Request) -> bool:
    path = request.url.path
    if path.endswith(".json") or path.startswith(JSON_ONLY_PREFIXES) or request.query_params.get("format") == "json":
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def page(request: Request, template: str, payload: dict[str, Any], *, status: int = 200,
         **context: Any) -> Response:
    """JSON of `payload`, or `template` rendered with `payload` and page-only `context`."""
    if wants_json(request):
        return JSONResponse(payload, status_code=status, headers=SECURITY_HEADERS)
    login, marker = marked_login(request, getattr(request.state, "login", None))
    visit = getattr(request.state, "visit", None)
    context.setdefault("csrf_token", marker or (visit.csrf_token if visit is not None else ""))
    html = TEMPLATES.get_template(template).render(request=request, user=login, **payload, **context)
    return HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)


def kept(request: Request, build: Callable[[], Response]) -> Response:
    """`build()`'s page, or the same page kept since the store's data last changed (web/page_cache.py)."""
    cache: PageCache = request.app.state.page_cache
    return cache.answer(request, build, as_json=wants_json(request))


def changed(request: Request, target: str, payload: dict[str, Any]) -> Response:
    """The answer to a change: JSON of the new state for a script, a 303 to `target` for a browser
    (so reloading the page does not send the form again)."""
    if wants_json(request):
        return JSONResponse(payload, headers=SECURITY_HEADERS)
    return RedirectResponse(target, status_code=303, headers=SECURITY_HEADERS)
