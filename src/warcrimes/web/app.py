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
from warcrimes.web.auth import gate, public
from warcrimes.web.guards import HostCheck, NoStore, allowed_hosts, bounded_numbers
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
#: interpreter lock in turn.
THREADS = POOL_SIZE


@asynccontextmanager
async def _threads(_app: FastAPI) -> AsyncIterator[None]:
    to_thread.current_default_thread_limiter().total_tokens = THREADS
    yield


def create_app(store: Store | None = None, *, secure_cookies: bool = False, bound_host: str | None = None,
               hosts: Iterable[str] = ()) -> FastAPI:
    """The application over `store`, or over the configured store when None. `secure_cookies` when
    it is reached over HTTPS (behind a TLS proxy): the session cookie is then sent over TLS only.
    It answers to loopback names, `bound_host`, `hosts` and WARCRIMES_ALLOWED_HOSTS (web/guards.py)."""
    app = FastAPI(title="warcrimes", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url=None, dependencies=[Depends(gate), Depends(bounded_numbers)], lifespan=_threads)
    app.state.store = store if store is not None else _configured_store()
    app.state.secure_cookies = secure_cookies
    app.state.page_cache = PageCache()
    app.state.known_sessions = KnownSessions()
    errors.install(app)
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
    return app
