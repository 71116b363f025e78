"""A multipart form read as it streams in, its one file written straight into a sink.

Starlette's `request.form()` spools a whole file to a temporary file before the route sees it;
an upload here goes piece by piece into the vault, hashed on the way and refused the moment it
passes its limit. The CSRF token must come before the file (the forms put it first, browsers send
fields in order): no byte of the file is kept for a request that does not carry it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar

from fastapi import Request
from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.concurrency import run_in_threadpool

from warcrimes.errors import BadInputError, TooLargeError
from warcrimes.web.auth import CSRF_FIELD, check_token

MAX_FIELDS = 32
MAX_FIELD_BYTES = 16 * 1024
#: Room for the form's other fields and the multipart framing beyond the file's own limit.
FRAMING = 256 * 1024


class Sink(Protocol):
    """Where the file's bytes go (custody/intake.Receiving)."""

    limit: int

    def write(self, piece: bytes) -> None: ...

    def discard(self) -> None: ...


S = TypeVar("S", bound=Sink)


@dataclass
class StreamedForm(Generic[S]):
    """The form's text fields, and the file's name and sink when one was sent."""

    fields: dict[str, str] = field(default_factory=dict)
    filename: str | None = None
    sink: S | None = None


class _Reader(Generic[S]):
    """python-multipart's callbacks: headers per part, text fields kept, the file passed on."""

    def __init__(self, request: Request, file_field: str, open_sink: Callable[[], S]) -> None:
        self.request, self.file_field, self.open_sink = request, file_field, open_sink
        self.form: StreamedForm[S] = StreamedForm()
        self.headers: dict[str, str] = {}
        self._field = self._value = b""
        self.name: str | None = None
        self.buffer = bytearray()
        self.to_file = False

    def part_begin(self) -> None:
        self.headers, self.buffer, self.to_file, self.name = {}, bytearray(), False, None

    def header_field(self, data: bytes, start: int, end: int) -> None:
        self._field += data[start:end]

    def header_value(self, data: bytes, start: int, end: int) -> None:
        self._value += data[start:end]

    def header_end(self) -> None:
        self.headers[self._field.decode("latin-1").lower()] = self._value.decode("latin-1")
        self._field = self._value = b""

    def headers_finished(self) -> None:
        _, options = parse_options_header(self.headers.get("content-disposition", ""))
        self.name = options.get(b"name", b"").decode("utf-8", "replace")
        filename = options.get(b"filename")
        if filename is None:
            if len(self.form.fields) >= MAX_FIELDS:
                raise BadInputError(f"the form has more than {MAX_FIELDS} fields")
            return
        if self.name != self.file_field or self.form.sink is not None:
            raise BadInputError(f"send one file, in the field {self.file_field!r}")
        check_token(self.request, self.form.fields.get(CSRF_FIELD))  # before any byte of the file is kept
        self.form.filename = filename.decode("utf-8", "replace")
        self.form.sink = self.open_sink()
        self.to_file = True

    def part_data(self, data: bytes, start: int, end: int) -> None:
        if self.to_file:
            assert self.form.sink is not None
            self.form.sink.write(data[start:end])
            return
        if len(self.buffer) + end - start > MAX_FIELD_BYTES:
            raise BadInputError(f"the form field {self.name!r} is longer than {MAX_FIELD_BYTES:,} bytes")
        self.buffer += data[start:end]

    def part_end(self) -> None:
        if not self.to_file and self.name:
            self.form.fields[self.name] = self.buffer.decode("utf-8", "replace")


async def read_streamed_form(request: Request, file_field: str, open_sink: Callable[[], S]) -> StreamedForm[S]:
    """The form of an upload, its file written into `open_sink()` as it arrives. On any failure the
    sink is discarded and the error raised (TooLargeError, BadInputError, CsrfRejected)."""
    kind, options = parse_options_header(request.headers.get("content-type", ""))
    boundary = options.get(b"boundary")
    if kind != b"multipart/form-data" or not boundary:
        raise BadInputError("send the upload as a multipart/form-data form with the file in "
                            f"the field {file_field!r}")
    reader = _Reader(request, file_field, open_sink)
    parser = MultipartParser(boundary, {
        "on_part_begin": reader.part_begin, "on_header_field": reader.header_field,
        "on_header_value": reader.header_value, "on_header_end": reader.header_end,
        "on_headers_finished": reader.headers_finished, "on_part_data": reader.part_data,
        "on_part_end": reader.part_end})
    try:
        async for piece in request.stream():
            if piece:
                await run_in_threadpool(parser.write, piece)
        parser.finalize()
    except MultipartParseError as exc:
        _discard(reader.form)
        raise BadInputError("the upload form is malformed; send it again from the page") from exc
    except BaseException:
        _discard(reader.form)
        raise
    if reader.form.sink is None:
        check_token(request, reader.form.fields.get(CSRF_FIELD))
        raise BadInputError(f"no file was sent; choose one in the field {file_field!r}")
    return reader.form


def refuse_oversized(request: Request, limit: int, what: str) -> None:
    """TooLargeError before reading when the request says it is larger than the limit allows."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit + FRAMING:
        raise TooLargeError(f"the {what} is larger than the {limit:,} byte limit for a {what} "
                            f"(WARCRIMES_MAX_{what.upper()}_BYTES raises it); nothing was kept")


def _discard(form: StreamedForm[S]) -> None:
    if form.sink is not None:
        form.sink.discard()
