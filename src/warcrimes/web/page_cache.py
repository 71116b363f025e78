"""The busiest read pages (the list, search, the map's points, an incident page) kept as rendered,
per data version and role, until the next change to the data.

Every committed change raises the store's data version (store/versioning.py: triggers in the
database, so a CLI command or another worker process raises it too). The gate reads the version
with the session, before the route reads any data, so a page kept under a version is never older
than that version: after a change, the next request of any person sees it. A page is shared by
everyone of one role (a viewer never gets an analyst's page: the role is in the key); the person's
name and CSRF token are put into the kept page per request (it is rendered with random markers in
their place, unknown outside this process). What lives outside the database (the letters folder
the dossier form lists) shows at most `MAX_AGE` late.

Why: one list page costs ~50 ms of CPU to read and render at 100,000 incidents, and 50 analysts
reloading it queue behind each other on a 2-core machine (bench/bench_workspace.py).
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from markupsafe import escape

from warcrimes.domain.access import Login

#: Pages kept at most (the oldest used goes first), and their bytes at most.
MAX_ENTRIES = 512
MAX_BYTES = 64 * 1024 * 1024
#: Seconds a page is kept at most, for what is not in the database (the letters folder's recipients).
MAX_AGE = 60.0
#: Seconds a request waits for another one building the same page before building it itself.
BUILD_WAIT = 30.0
#: Stand-ins for the person's name and CSRF token in a kept page; random per process, so no report
#: text can hold them.
Endpoint = TypeVar("Endpoint", bound=Callable[..., Any])
USER_MARK = "u" + secrets.token_hex(16)
TOKEN_MARK = "t" + secrets.token_hex(16)


@dataclass(frozen=True)
class Kept:
    body: bytes
    status: int
    headers: tuple[tuple[str, str], ...]
    media_type: str
    html: bool
    at: float


_KEPT = "__warcrimes_kept_page__"


def keeps(endpoint: Endpoint) -> Endpoint:
    """A route whose answers are kept (`kept` in web/render.py): the gate answers a kept one itself,
    before FastAPI reads the parameters and runs the route in a worker thread."""
    setattr(endpoint, _KEPT, True)
    return endpoint


def is_kept(endpoint: object) -> bool:
    return bool(getattr(endpoint, _KEPT, False))


class KeptAnswer(Exception):  # noqa: N818 (not an error: how the gate hands back a kept page)
    """Raised by the gate with the kept page; web/errors.py sends it as it is."""

    def __init__(self, response: Response) -> None:
        super().__init__("a kept page")
        self.response = response


class PageCache:
    """Rendered pages of one data version; a newer version empties it."""

    def __init__(self, entries: int = MAX_ENTRIES, size: int = MAX_BYTES, max_age: float = MAX_AGE) -> None:
        self._pages: OrderedDict[tuple[str, str, str, bool], Kept] = OrderedDict()
        self._version = -1
        self._bytes = 0
        self._limits = (entries, size, max_age)
        self._lock = threading.Lock()
        self._building: dict[tuple[int, tuple[str, str, str, bool]], threading.Event] = {}
        self.hits = 0
        self.misses = 0

    def answer(self, request: Request, build: Callable[[], Response], *, as_json: bool) -> Response:
        """The kept page for this request's role, path and query at its data version, or `build()`'s
        answer (kept when it is a 200 page)."""
        visit = getattr(request.state, "visit", None)
        login: Login | None = getattr(request.state, "login", None)
        if visit is None or login is None:
            return build()
        key = (login.role, request.url.path, request.url.query, as_json)
        version = visit.data_version
        kept = self._get(version, key)
        if kept is None:
            built, mine = self._claim(version, key)
            if not mine:  # another request of this process is building this very page: wait for it
                built.wait(BUILD_WAIT)
                kept = self._get(version, key)
            if kept is None:
                try:
                    made = self._build(request, build, login)
                finally:
                    if mine:
                        self._release(version, key)
                if not isinstance(made, Kept):
                    return made
                kept = made
                if kept.html or not _marked(kept.body):  # JSON never carries the person; never keep one that does
                    self._put(version, key, kept)
        return _answer(kept, login)

    def lookup(self, request: Request, *, as_json: bool) -> Response | None:
        """The kept page for this request (role, path, query, data version), or None: nothing built."""
        visit = getattr(request.state, "visit", None)
        login: Login | None = getattr(request.state, "login", None)
        if visit is None or login is None:
            return None
        kept = self._get(visit.data_version, (login.role, request.url.path, request.url.query, as_json))
        return _answer(kept, login) if kept is not None else None

    @staticmethod
    def _build(request: Request, build: Callable[[], Response], login: Login) -> Kept | Response:
        """The page rendered with markers for the person, to keep; or an answer that is not kept."""
        request.state.render_marked = True
        try:
            response = build()
        finally:
            request.state.render_marked = False
        if not isinstance(response, HTMLResponse | JSONResponse) or response.status_code != 200:
            return _personal(response, login) if isinstance(response, HTMLResponse) else response
        return Kept(bytes(response.body), response.status_code,
                    tuple((k.decode("latin-1"), v.decode("latin-1")) for k, v in response.raw_headers
                          if k not in (b"content-length", b"content-type")),
                    response.media_type or "text/html", isinstance(response, HTMLResponse), time.monotonic())

    def _claim(self, version: int, key: tuple[str, str, str, bool]) -> tuple[threading.Event, bool]:
        """Who builds a page missing from the cache: the first request asking for it; the others of
        this process wait for it (after a change, 50 requests for the list build it once, not 50 times)."""
        with self._lock:
            building = self._building.get((version, key))
            if building is not None:
                return building, False
            building = self._building[(version, key)] = threading.Event()
            return building, True

    def _release(self, version: int, key: tuple[str, str, str, bool]) -> None:
        with self._lock:
            building = self._building.pop((version, key), None)
        if building is not None:
            building.set()

    def _get(self, version: int, key: tuple[str, str, str, bool]) -> Kept | None:
        with self._lock:
            if version != self._version:
                if version > self._version:
                    self._pages.clear()
                    self._bytes = 0
                    self._version = version
                self.misses += 1
                return None
            kept = self._pages.get(key)
            if kept is None or time.monotonic() - kept.at > self._limits[2]:
                self.misses += 1
                return None
            self._pages.move_to_end(key)
            self.hits += 1
            return kept

    def _put(self, version: int, key: tuple[str, str, str, bool], kept: Kept) -> None:
        entries, size, _ = self._limits
        if len(kept.body) > size // 8:
            return
        with self._lock:
            if version != self._version:  # a change came in while this page was built
                return
            old = self._pages.pop(key, None)
            self._bytes -= len(old.body) if old else 0
            self._pages[key] = kept
            self._bytes += len(kept.body)
            while len(self._pages) > entries or self._bytes > size:
                _, dropped = self._pages.popitem(last=False)
                self._bytes -= len(dropped.body)


def marked_login(request: Request, login: Login | None) -> tuple[Login | None, str | None]:
    """The login and CSRF token a page is rendered with: markers when the page is to be kept."""
    if login is None or not getattr(request.state, "render_marked", False):
        return login, None
    return replace(login, username=USER_MARK, csrf_token=TOKEN_MARK), TOKEN_MARK


def _marked(body: bytes) -> bool:
    return USER_MARK.encode() in body or TOKEN_MARK.encode() in body


def _fill(body: bytes, login: Login) -> bytes:
    """The page for this person: their name (escaped as the template escapes it) and CSRF token."""
    return body.replace(USER_MARK.encode(), str(escape(login.username)).encode()).replace(
        TOKEN_MARK.encode(), login.csrf_token.encode())


def _answer(kept: Kept, login: Login) -> Response:
    body = _fill(kept.body, login) if kept.html else kept.body
    return Response(body, status_code=kept.status, headers=dict(kept.headers), media_type=kept.media_type)


def _personal(response: HTMLResponse, login: Login) -> Response:
    """A page not kept (an error page) still rendered with markers: the person's values put in."""
    response.body = _fill(bytes(response.body), login)
    response.headers["content-length"] = str(len(response.body))
    return response
