"""Walking a large JSON file piece by piece, keeping each piece's exact bytes and byte offsets.

A Telegram export of a busy channel is hundreds of megabytes in one JSON document; loading it
whole would hold it all in memory twice. This walker reads it in chunks and hands over one value
at a time (one message), parsed by the standard library's C decoder (`raw_decode`), together with
its byte span in the file, so each message keeps its original bytes. ijson streams too but gives
no byte offsets; bench/bench_telegram.py compares the speeds.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

from warcrimes.errors import BadInputError

CHUNK = 1 << 20
_WHITESPACE = " \t\r\n\ufeff"  # a byte-order mark may open the file


class JsonWalker:
    """A cursor over a JSON text read from `handle`, with the byte offset of every position."""

    def __init__(self, handle: TextIO, name: str, max_value_bytes: int, chunk: int = CHUNK) -> None:
        self._handle = handle
        self._name = name
        self._max_value = max_value_bytes
        self._chunk = chunk
        self._decoder = json.JSONDecoder()
        self._buffer = ""
        self._pos = 0
        self._counted = 0  # a position in the buffer ...
        self._counted_bytes = 0  # ... and the byte offset in the file it stands for
        self._eof = False

    # -- reading ------------------------------------------------------------------------------
    def _fill(self) -> bool:
        if self._eof:
            return False
        try:
            chunk = self._handle.read(self._chunk)
        except UnicodeDecodeError as exc:
            raise BadInputError(f"{self._name}: is not valid UTF-8 ({exc.reason})") from exc
        if not chunk:
            self._eof = True
            return False
        if self._pos > self._chunk:  # drop what is consumed
            self._count_to(self._pos)
            self._buffer = self._buffer[self._pos:]
            self._pos = self._counted = 0
        self._buffer += chunk
        return True

    def _count_to(self, position: int) -> int:
        """Byte offset in the file of a buffer position at or after the last one counted."""
        self._counted_bytes += len(self._buffer[self._counted:position].encode("utf-8"))
        self._counted = position
        return self._counted_bytes

    def peek(self) -> str:
        """The next character that is not whitespace ('' at the end of the file)."""
        while True:
            while self._pos < len(self._buffer) and self._buffer[self._pos] in _WHITESPACE:
                self._pos += 1
            if self._pos < len(self._buffer):
                return self._buffer[self._pos]
            if not self._fill():
                return ""

    def expect(self, char: str) -> None:
        found = self.peek()
        if found != char:
            raise self._error(f"expected {char!r}, found {found or 'the end of the file'!r}")
        self._pos += 1

    def value(self) -> tuple[Any, str, int]:
        """The next JSON value, its exact text, and the byte offset where it starts."""
        self.peek()
        while True:  # the cursor stays at the value's start; a fill may move the buffer under it
            try:
                found, end = self._decoder.raw_decode(self._buffer, self._pos)
            except json.JSONDecodeError as exc:
                if self._needs_more() and self._fill():
                    continue
                raise self._error(exc.msg, exc.pos) from exc
            if end == len(self._buffer) and not self._eof and self._fill():
                continue  # a number or literal may go on in the next chunk
            break
        if end - self._pos > self._max_value:
            raise self._error(f"one value is larger than {self._max_value // 1_048_576} MB")
        start_byte = self._count_to(self._pos)
        text = self._buffer[self._pos:end]
        self._pos = end
        return found, text, start_byte

    def _needs_more(self) -> bool:
        if len(self._buffer) - self._pos > self._max_value:
            raise self._error(f"one value is larger than {self._max_value // 1_048_576} MB")
        return not self._eof

    # -- structure ----------------------------------------------------------------------------
    def object_keys(self) -> Iterator[str]:
        """The keys of the object at the cursor; the caller reads (or skips) each key's value."""
        self.expect("{")
        if self.peek() == "}":
            self._pos += 1
            return
        while True:
            key, _, _ = self.value()
            if not isinstance(key, str):
                raise self._error("expected a key")
            self.expect(":")
            yield key
            if self.peek() == ",":
                self._pos += 1
                continue
            self.expect("}")
            return

    def array_items(self) -> Iterator[None]:
        """Step through the array at the cursor; at each step the caller reads one element."""
        self.expect("[")
        if self.peek() == "]":
            self._pos += 1
            return
        while True:
            yield None
            if self.peek() == ",":
                self._pos += 1
                continue
            self.expect("]")
            return

    def _error(self, problem: str, position: int | None = None) -> BadInputError:
        at = max(self._pos if position is None else position, self._counted)
        return BadInputError(f"{self._name}: malformed JSON near byte {self._count_to(at):,}: {problem}")
