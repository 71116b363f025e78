"""Request guards before any route: the Host header (DNS rebinding), numbers past any id, caching.

A page on another site can make a victim's browser resolve its own name to 127.0.0.1 and read this
server's answers as same-origin (DNS rebinding); refusing every Host that is not a name this server
is known by closes that. Ids and offsets past what the database holds are a 404 or a 400, not an
overflow inside the driver; pages that show evidence, names and accounts are never cached.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from fastapi import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from warcrimes.config import MAX_ROW_ID
from warcrimes.errors import BadInputError, NotFoundError

#: Names a browser on this machine uses for it; the bound host and WARCRIMES_ALLOWED_HOSTS are added.
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def allowed_hosts(bound: str | None = None, extra: Iterable[str] = (),
                  environ: dict[str, str] | None = None) -> set[str]:
    """The Host names this server answers to: loopback, the address it was bound to, and the
    comma-separated WARCRIMES_ALLOWED_HOSTS (the public name behind a TLS proxy); `*` allows any."""
    env = os.environ if environ is None else environ
    names = {*LOOPBACK_HOSTS, *extra, *(env.get("WARCRIMES_ALLOWED_HOSTS") or "").split(",")}
    if bound:
        names.add(bound)
    return {normalise_host(n) for n in names if n.strip()}


def normalise_host(host: str) -> str:
    """The name of a Host header or a bound address: lower case, no port, no brackets, no final dot."""
    name = host.strip().lower()
    if name.startswith("["):  # [::1]:8000
        name = name[1:].partition("]")[0]
    elif name.count(":") == 1:  # example.org:8000 (a bare IPv6 address has several colons)
        name = name.partition(":")[0]
    return name.rstrip(".")


class HostCheck:
    """Refuse (400) a request whose Host header names no host this server is known by."""

    def __init__(self, app: ASGIApp, hosts: set[str]) -> None:
        self.app = app
        self.hosts = hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket") or "*" in self.hosts:
            await self.app(scope, receive, send)
            return
        host = next((v.decode("latin-1") for k, v in scope.get("headers", []) if k == b"host"), "")
        if normalise_host(host) in self.hosts:
            await self.app(scope, receive, send)
            return
        body = (b"Bad request: this server does not answer to that Host name (DNS rebinding protection); "
                b"add the name to WARCRIMES_ALLOWED_HOSTS\n")
        await send({"type": "http.response.start", "status": 400,
                    "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                                (b"content-length", str(len(body)).encode()), (b"cache-control", b"no-store")]})
        await send({"type": "http.response.body", "body": body})


class NoStore:
    """`Cache-Control: no-store` on every answer but the static files: pages hold accounts, names,
    evidence and session state, which a shared or browser cache must not keep."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or str(scope.get("path", "")).startswith("/static/"):
            await self.app(scope, receive, send)
            return

        async def send_no_store(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"cache-control"]
                message["headers"] = [*headers, (b"cache-control", b"no-store")]
            await send(message)

        await self.app(scope, receive, send_no_store)


def bounded_numbers(request: Request) -> None:
    """An id in the path past any row is 404; a whole number in the query past any id or count is 400.
    Called by the gate (web/auth.py) once it has let the request through, as its last check before a
    kept page: one dependency fewer for FastAPI to resolve on every request (docs/web.md "Eleventh pass")."""
    for name, value in request.path_params.items():
        if isinstance(value, int) and not -MAX_ROW_ID <= value <= MAX_ROW_ID:
            raise NotFoundError(f"no {name.replace('_', ' ')} {str(value)[:30]}: ids go up to {MAX_ROW_ID}")
    for name, value in request.query_params.multi_items():
        digits = value.strip().removeprefix("-")
        if digits.isascii() and digits.isdigit() and (len(digits) > 18 or int(digits) > MAX_ROW_ID):
            raise BadInputError(f"{name[:40]}={value[:30]}: larger than any id or count here (at most {MAX_ROW_ID})")
