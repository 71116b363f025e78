"""The busiest page answered without FastAPI's per-request machinery, through the same gate.

An incident page is built on nearly every request (a random one of 100,000 is rarely kept), and
FastAPI's dependency solving, its walk over every included router's routes and its parameter
checks cost ~0.15-0.25 ms of a ~1.3 ms page in process (docs/web.md "Twelfth pass"). A `DirectRoute`
stands in front of the app's routes for one `APIRoute` whose endpoint takes only the request and its
path parameters: it matches the same path (the route's own pattern and converters), runs the very
same `auth.gate` (login, permission, CSRF, numbers in bounds, a kept page), then the same endpoint in
a worker thread. What it raises goes to the app's one error renderer (web/errors.py), as from any
route. The `APIRoute` stays registered behind it (the route walk of the tests, a request it does not
take).
"""

from __future__ import annotations

import inspect
from typing import Any

from fastapi import Request
from fastapi.routing import APIRoute
from starlette.concurrency import run_in_threadpool
from starlette.routing import BaseRoute, Match, get_route_path
from starlette.types import Receive, Scope, Send

from warcrimes.web.auth import gate, served_routes


class DirectRoute(BaseRoute):
    """`route` matched and answered directly: the gate, then its endpoint(request, **path params)."""

    def __init__(self, route: APIRoute) -> None:
        names = list(inspect.signature(route.endpoint).parameters)
        if names[:1] != ["request"] or set(names[1:]) != set(route.param_convertors):
            raise TypeError(f"{route.path}: a direct route's endpoint takes the request and its path "
                            f"parameters only, not {names}")
        if inspect.iscoroutinefunction(route.endpoint):
            raise TypeError(f"{route.path}: a direct route's endpoint is a plain function (run in a worker thread)")
        self.route = route
        self.path = route.path
        self.path_format = route.path_format  # what FastAPI's telemetry names a matched route by
        self.methods = frozenset(route.methods or ())
        self.endpoint = route.endpoint

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope["type"] != "http" or scope["method"] not in self.methods:
            return Match.NONE, {}
        found = self.route.path_regex.match(get_route_path(scope))
        if found is None:
            return Match.NONE, {}
        convertors = self.route.param_convertors
        params: dict[str, Any] = {name: convertors[name].convert(value) for name, value in found.groupdict().items()}
        return Match.FULL, {"endpoint": self.endpoint, "path_params": params, "route": self.route}

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive, send)
        await gate(request)
        response = await run_in_threadpool(self.endpoint, request, **scope["path_params"])
        await response(scope, receive, send)


def answer_directly(routes: list[BaseRoute], endpoint: object) -> None:
    """Put a `DirectRoute` first in `routes` for every `APIRoute` (nested routers included) of `endpoint`."""
    direct = [DirectRoute(r) for r in served_routes(routes) if r.endpoint is endpoint]
    if not direct:
        raise ValueError(f"no route serves {endpoint!r}")
    routes[:0] = direct
