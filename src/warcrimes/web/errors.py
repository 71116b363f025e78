"""The web edge's one error renderer: every failure becomes a status and a page or JSON.

Domain errors are already sentences meant for the reader; anything else is logged with its
traceback and shown as a plain 500, because a traceback can leak paths and report content.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse, Response
from starlette.exceptions import HTTPException

from warcrimes.errors import (
    AccessDenied,
    BadInputError,
    ConflictError,
    LoginRefused,
    NotFoundError,
    TooLargeError,
    WarcrimesError,
)
from warcrimes.web.auth import LoginRequired, login_url
from warcrimes.web.page_cache import KeptAnswer
from warcrimes.web.render import SECURITY_HEADERS, page, wants_json

log = logging.getLogger("warcrimes.web")

TITLES = {400: "Bad request", 401: "Not logged in", 403: "Not allowed", 404: "Not found",
          405: "Method not allowed", 409: "Changed meanwhile", 413: "Too large", 429: "Too many attempts",
          500: "Server error"}
#: Most specific first: TooLargeError is a BadInputError, CsrfRejected an AccessDenied.
STATUSES: tuple[tuple[type[WarcrimesError], int], ...] = (
    (NotFoundError, 404), (TooLargeError, 413), (BadInputError, 400), (AccessDenied, 403),
    (LoginRefused, 401), (ConflictError, 409))


def status_of(exc: WarcrimesError) -> int:
    return next((status for kind, status in STATUSES if isinstance(exc, kind)), 500)


def error_page(request: Request, status: int, message: str) -> Response:
    payload = {"error": {"status": status, "title": TITLES.get(status, "Error"), "message": message}}
    return page(request, "error.html", payload, status=status)


async def on_domain_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, WarcrimesError)
    status = status_of(exc)
    if status == 500:
        log.error("%s on %s: %s", type(exc).__name__, request.url.path, exc)
    return error_page(request, status, str(exc))


async def on_login_required(request: Request, exc: Exception) -> Response:
    """A page sends the browser to the login form (and back after it); JSON answers 401."""
    if wants_json(request):
        response = error_page(request, 401, "log in first: POST /login with username, password and the "
                                            "csrf_token of GET /login, then send the session cookie")
        response.headers["WWW-Authenticate"] = 'Cookie realm="warcrimes", form-action="/login"'
        return response
    return RedirectResponse(login_url(request), status_code=303, headers=SECURITY_HEADERS)


async def on_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        message = f"nothing is published at {request.url.path}; start from the incident list at /incidents"
    else:
        message = str(exc.detail)
    return error_page(request, exc.status_code, message)


async def on_invalid_request(request: Request, exc: Exception) -> Response:
    """FastAPI's parameter checks ('id must be an integer') as one readable sentence."""
    assert isinstance(exc, RequestValidationError)
    problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: {e.get('msg')}"
                         for e in exc.errors())
    return error_page(request, 400, f"the request cannot be read ({problems}); check the address")


async def on_unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error on %s", request.url.path, exc_info=exc)
    return error_page(request, 500, "the server failed to answer this request; the error has been "
                                    "logged, try again or tell the administrator")


async def on_kept_answer(_request: Request, exc: Exception) -> Response:
    """The gate found the page kept (web/page_cache.py): it is the answer."""
    assert isinstance(exc, KeptAnswer)
    return exc.response


def install(app: FastAPI) -> None:
    app.add_exception_handler(KeptAnswer, on_kept_answer)
    app.add_exception_handler(LoginRequired, on_login_required)
    app.add_exception_handler(WarcrimesError, on_domain_error)
    app.add_exception_handler(HTTPException, on_http_error)
    app.add_exception_handler(RequestValidationError, on_invalid_request)
    app.add_exception_handler(Exception, on_unexpected)
