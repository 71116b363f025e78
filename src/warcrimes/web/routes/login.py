"""Logging in and out, and what a script needs to act as the logged-in person (its CSRF token)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from warcrimes.errors import LoginRefused
from warcrimes.services import sessions
from warcrimes.web.auth import LoginDep, client_address, cookie_name, public
from warcrimes.web.deps import StoreDep
from warcrimes.web.render import SECURITY_HEADERS, page, wants_json

router = APIRouter()
HOME = "/incidents"


def safe_next(target: str | None) -> str:
    """Where to go after logging in: a path on this site only (never //host or a scheme)."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")) or "\n" in target \
            or "\r" in target:
        return HOME
    return target


def set_session_cookie(request: Request, response: Response, token: str) -> None:
    """HttpOnly (no script reads it), SameSite=Lax, Secure behind TLS; it ends with the browser."""
    secure = bool(request.app.state.secure_cookies)
    response.set_cookie(cookie_name(request), token, httponly=True, samesite="lax", secure=secure, path="/")


def _form(request: Request, store: StoreDep, next_page: str, *, message: str | None = None,
          status: int = 200, username: str = "") -> Response:
    visit: sessions.Visit | None = request.state.visit
    started = None if visit is not None and visit.login is None else sessions.start(store)
    csrf = started.csrf_token if started else visit.csrf_token  # type: ignore[union-attr]
    payload = {"login": {"csrf_token": csrf, "next": next_page, "message": message}}
    response = page(request, "login.html", payload, status=status, csrf_token=csrf, username=username)
    if started:
        set_session_cookie(request, response, started.token)
    return response


@router.get("/login")
@public
def login_form(request: Request, store: StoreDep, next: str = "") -> Response:  # noqa: A002 - the query says next
    """The login form, with the CSRF token of a session that holds nothing else yet."""
    if request.state.login is not None:
        return RedirectResponse(safe_next(next), status_code=303)
    return _form(request, store, safe_next(next))


@router.post("/login")
@public
async def log_in(request: Request, store: StoreDep, username: Annotated[str, Form(max_length=256)] = "",
                 password: Annotated[str, Form(max_length=4096)] = "",
                 next: Annotated[str, Form(max_length=2048)] = "") -> Response:  # noqa: A002
    """Check the password (the gate has checked the form's CSRF token) and start a new session."""
    target = safe_next(next)
    previous = request.cookies.get(cookie_name(request))
    try:
        started, login = await run_in_threadpool(sessions.login, store, previous, username, password,
                                                 client_address(request))
    except LoginRefused as refused:
        status = 429 if refused.retry_after else 401
        form = _form(request, store, target, message=str(refused), status=status, username=username[:64])
        if refused.retry_after:
            form.headers["Retry-After"] = str(refused.retry_after)
        return form
    response: Response = RedirectResponse(target, status_code=303)
    if wants_json(request):
        response = JSONResponse({"username": login.username, "role": login.role, "csrf_token": started.csrf_token},
                                headers=SECURITY_HEADERS)
    set_session_cookie(request, response, started.token)
    return response


@router.post("/logout")
def log_out(request: Request, store: StoreDep, login: LoginDep) -> Response:
    token = request.cookies.get(cookie_name(request))
    request.app.state.known_sessions.forget(token)
    sessions.logout(store, token)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(cookie_name(request), path="/", secure=bool(request.app.state.secure_cookies),
                           httponly=True, samesite="lax")
    return response


@router.get("/session.json")
def session_json(login: LoginDep) -> Response:
    """Who is logged in, their permissions, and the CSRF token a script sends as X-CSRF-Token."""
    return JSONResponse({"username": login.username, "role": login.role,
                         "permissions": sorted(login.permissions), "csrf_token": login.csrf_token,
                         "expires_at": login.expires_at.isoformat()}, headers=SECURITY_HEADERS)
