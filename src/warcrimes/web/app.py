"""The web app: server-rendered pages over the store, each also available as JSON.

Every route is behind web/auth.py's gate (login, role, CSRF) unless declared public.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager

from anyio import to_thread
from fastapi import Depends, FastAPI
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from warcrimes import __version__
from warcrimes.services.sessions import KnownSessions
from warcrimes.services.users import ensure_first_admin
from warcrimes.store import Store, open_store
from warcrimes.store.database import POOL_SIZE
from warcrimes.web import errors
from warcrimes.web.auth import SAFE_METHODS, gate, public, seen_cookie_name
from warcrimes.web.direct import answer_directly
from warcrimes.web.guards import HostCheck, NoStore, allowed_hosts
from warcrimes.web.page_cache import PageCache
from warcrimes.web.render import HERE, SECURITY_HEADERS
from warcrimes.web.routes import (
    custody,
    editing,
    evidence,
    health,
    incidents,
    login,
    outputs,
    overview,
    registry,
    reports,
    review,
    search,
    series,
    uploads,
    users,
)
from warcrimes.web.serving import login_hint


class SecurityHeaders:
    """Add the security headers to every response that lacks them (static files, redirects)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()
                         if k.lower().encode() not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class SeenVersion:
    """After a change (any request but GET, HEAD, OPTIONS) on a store whose data version is watched,
    the version this process knows, now that the change is committed, goes back to the browser in a
    cookie. The gate of any worker process that has not yet been told of that change reads the
    version for this person's next request (web/auth.py `seen_version`), so nobody gets a kept page
    older than their own change. On a store read per request (SQLite) nothing is added."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in SAFE_METHODS:
            await self.app(scope, receive, send)
            return
        app = scope["app"]
        version = app.state.store.data_version
        if not version.watched:
            await self.app(scope, receive, send)
            return
        secure = bool(app.state.secure_cookies)

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start":
                cookie = f"{seen_cookie_name(secure)}={version.known}; Path=/; HttpOnly; SameSite=lax"
                message["headers"] = [*message.get("headers", []),
                                      (b"set-cookie", (cookie + ("; Secure" if secure else "")).encode())]
            await send(message)

        await self.app(scope, receive, send_with_cookie)


def _configured_store() -> Store:
    """The configured store, with its first admin made as `warcrimes serve` makes it, for a server
    started another way (`uvicorn --factory warcrimes.web:create_app`)."""
    store = open_store()
    made = ensure_first_admin(store, os.environ.get("WARCRIMES_ADMIN_PASSWORD") or None)
    if made is not None:
        print(login_hint("", made), file=sys.stderr)
    return store


def served_app() -> FastAPI:
    """The app in each worker process of `warcrimes serve --workers N`, with the options `serve` was
    given (passed on in WARCRIMES_SERVE_OPTIONS as JSON)."""
    given = json.loads(os.environ.get("WARCRIMES_SERVE_OPTIONS") or "{}")
    return create_app(open_store(), secure_cookies=bool(given.get("secure_cookies")),
                      bound_host=given.get("bound_host") or None)


#: Worker threads that run routes and session reads (anyio's default is 40): the database pool keeps
#: as many connections (store/database.py POOL_SIZE), and on two cores more threads only wait for the
#: interpreter lock in turn (16 cost ~0.2-0.3 ms more of the server's CPU a page than 6 under 50
#: clients, docs/web.md "Tenth pass").
THREADS = POOL_SIZE


@asynccontextmanager
async def _serving(app: FastAPI) -> AsyncIterator[None]:
    """While the server runs: THREADS worker threads, and the data version kept in memory, told by
    PostgreSQL of every change (store/versioning.py DataVersion.watch; SQLite is read per request)."""
    to_thread.current_default_thread_limiter().total_tokens = THREADS
    store: Store = app.state.store
    store.data_version.watch()
    try:
        yield
    finally:
        store.data_version.unwatch()


def create_app(store: Store | None = None, *, secure_cookies: bool = False, bound_host: str | None = None,
               hosts: Iterable[str] = ()) -> FastAPI:
    """The application over `store`, or over the configured store when None. `secure_cookies` when
    it is reached over HTTPS (behind a TLS proxy): the session cookie is then sent over TLS only.
    It answers to loopback names, `bound_host`, `hosts` and WARCRIMES_ALLOWED_HOSTS (web/guards.py)."""
    app = FastAPI(title="warcrimes", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url=None, dependencies=[Depends(gate)], lifespan=_serving)
    app.state.store = store if store is not None else _configured_store()
    app.state.secure_cookies = secure_cookies
    app.state.page_cache = PageCache()
    app.state.known_sessions = KnownSessions()
    errors.install(app)
    app.add_middleware(SeenVersion)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(NoStore)
    app.add_middleware(HostCheck, hosts=allowed_hosts(bound_host, hosts))
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    @public
    def home() -> RedirectResponse:
        return RedirectResponse("/incidents", status_code=303)

    for module in (login, incidents, overview, search, uploads, reports, series, custody, health, review, editing,
                   evidence, users, outputs, registry):
        app.include_router(module.router)
    answer_directly(app.router.routes, incidents.show_incident)  # the busiest page (docs/web.md "Twelfth pass")
    return app
