"""Deny by default: every route needs a logged-in person with its permission, unless declared public.

`gate` runs before every route (a dependency of the whole app, so a route another module adds is
covered without doing anything). A route says what it needs with `@requires("review")`; without
it, `read`. `@public` opens a route to everyone (the login form, static files, the health check).
Every request that changes something carries the session's CSRF token (synchroniser pattern): a
form field `csrf_token`, or an `X-CSRF-Token` header for scripts. An upload, whose body is
streamed, is marked `@token_in_stream` and checks the token itself before it keeps a byte.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable, Iterable
from typing import Annotated, Any, TypeVar
from urllib.parse import quote

from fastapi import Depends, Request
from fastapi.routing import APIRoute
from starlette.concurrency import run_in_threadpool
from starlette.routing import BaseRoute

from warcrimes.domain.access import PERMISSIONS, Login
from warcrimes.errors import AccessDenied
from warcrimes.services import sessions
from warcrimes.web.deps import store_of
from warcrimes.web.guards import bounded_numbers
from warcrimes.web.page_cache import KeptAnswer, PageCache, is_kept
from warcrimes.web.render import wants_json

Endpoint = TypeVar("Endpoint", bound=Callable[..., Any])

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
_PUBLIC = "__warcrimes_public__"
_PERMISSION = "__warcrimes_permission__"
_STREAMED = "__warcrimes_token_in_stream__"


class LoginRequired(Exception):
    """No open session: a page sends the browser to /login, JSON answers 401."""


class CsrfRejected(AccessDenied):
    """A change without the session's CSRF token: 403, nothing done."""


def public(endpoint: Endpoint) -> Endpoint:
    """Open to everyone, logged in or not."""
    setattr(endpoint, _PUBLIC, True)
    return endpoint


def requires(permission: str) -> Callable[[Endpoint], Endpoint]:
    """The permission (domain/access.py) a route needs; every other route needs `read`."""
    if permission not in PERMISSIONS:
        raise ValueError(f"unknown permission {permission!r}; add it to domain/access.py PERMISSIONS")

    def mark(endpoint: Endpoint) -> Endpoint:
        setattr(endpoint, _PERMISSION, permission)
        return endpoint

    return mark


def token_in_stream(endpoint: Endpoint) -> Endpoint:
    """The route reads its body as a stream and checks the CSRF token itself (`check_token`)."""
    setattr(endpoint, _STREAMED, True)
    return endpoint


def permission_of(endpoint: object) -> str | None:
    """What a route needs: None when public, else its declared permission or `read`."""
    if getattr(endpoint, _PUBLIC, False):
        return None
    return str(getattr(endpoint, _PERMISSION, "read"))


def cookie_name(request: Request) -> str:
    """`__Host-` binds the cookie to this host and path /; browsers accept it only when Secure."""
    return "__Host-warcrimes" if request.app.state.secure_cookies else "warcrimes_session"


def seen_cookie_name(secure: bool) -> str:
    """The cookie that carries the data version of the person's last change (web/app.py SeenVersion)."""
    return "__Host-warcrimes-seen" if secure else "warcrimes_seen"


def seen_version(request: Request) -> int:
    """The data version this person's last change was made at, as their browser sends it back; 0 if none."""
    sent = request.cookies.get(seen_cookie_name(bool(request.app.state.secure_cookies)), "")
    return int(sent) if sent.isdigit() and len(sent) <= 18 else 0


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def check_token(request: Request, sent: str | None) -> None:
    """CsrfRejected unless `sent` is the session's CSRF token."""
    visit: sessions.Visit | None = request.state.visit
    if visit is None or not sent or not hmac.compare_digest(sent.encode(), visit.csrf_token.encode()):
        raise CsrfRejected("this form has expired or did not come from this site (its CSRF token is missing "
                           "or wrong); reload the page and try again")


async def _sent_token(request: Request) -> str | None:
    header = request.headers.get(CSRF_HEADER)
    if header:
        return header
    kind = request.headers.get("content-type", "")
    if kind.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        value = (await request.form()).get(CSRF_FIELD)
        return value if isinstance(value, str) else None
    return None


async def gate(request: Request) -> None:
    """Who is asking, whether they may, whether a change carries its CSRF token, and whether the
    numbers in its address are in bounds (web/guards.py `bounded_numbers`)."""
    endpoint = getattr(request.scope.get("route"), "endpoint", None)
    needed = permission_of(endpoint)
    store = store_of(request)
    token = request.cookies.get(cookie_name(request))
    # the version in memory (watched, PostgreSQL) or read inline (microseconds on SQLite), and read
    # again when this person's own last change is newer than what this process has heard of
    seen = seen_version(request)
    version = store.data_version.at_least(seen) if seen else store.data_version()
    known: sessions.KnownSessions = request.app.state.known_sessions
    visit = known.get(token, version)
    if visit is None:
        visit = await run_in_threadpool(sessions.visit, store, token)
        if visit is not None and token:
            known.keep(token, visit, version)
    request.state.visit = visit
    request.state.login = visit.login if visit else None
    login: Login | None = request.state.login
    if needed is not None:
        if login is None:
            raise LoginRequired()
        if not login.can(needed):
            raise AccessDenied(f"your role ({login.role}) does not allow this: it needs the {needed!r} "
                               f"permission ({PERMISSIONS[needed]}); ask an administrator")
    if request.method not in SAFE_METHODS and not getattr(endpoint, _STREAMED, False):
        check_token(request, await _sent_token(request))
    bounded_numbers(request)  # a path id past any row 404, a query number past any count 400
    if login is not None and request.method in ("GET", "HEAD") and is_kept(endpoint):
        cache: PageCache = request.app.state.page_cache
        answer = cache.lookup(request, as_json=wants_json(request))
        if answer is not None:  # kept since the data last changed: no parameters parsed, no worker thread
            raise KeptAnswer(answer)


def login_url(request: Request) -> str:
    """/login, with the page asked for to come back to after logging in."""
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return "/login" if target in ("/", "/login") else f"/login?next={quote(target, safe='')}"


def current_login(request: Request) -> Login:
    """The logged-in person of a route that is not public (the gate has already checked)."""
    login: Login | None = getattr(request.state, "login", None)
    if login is None:
        raise LoginRequired()
    return login


async def _login_dependency(request: Request) -> Login:
    """`current_login` as a dependency, without a worker thread (see web/deps.py)."""
    return current_login(request)


LoginDep = Annotated[Login, Depends(_login_dependency)]


def served_routes(routes: Iterable[BaseRoute]) -> list[APIRoute]:
    """Every route the app answers, looking inside included routers (FastAPI keeps them nested)."""
    found: list[APIRoute] = []
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            found.extend(served_routes(inner.routes))
        elif isinstance(route, APIRoute):
            found.append(route)
    return found
