"""Offsets sorted once per step, so looking up a sentence's mentions costs a bisection, not a scan.

Document.within and sentence_of rebuild their offset lists on each call; a step asking once
per sentence would make a long report quadratic (measured: 180 kB in 2.1 s before, see
bench/bench_extract.py).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from operator import attrgetter
from typing import Any, TypeVar

from warcrimes.extract.engine.document import Document, Mention

T = TypeVar("T")
_SPAN = attrgetter("start", "end")


class Spans:
    """Items with .start/.end sorted by start, sliced by offset range in O(log n)."""

    def __init__(self, items: Sequence[Any]) -> None:
        self.items = sorted(items, key=_SPAN)
        self.starts = [item.start for item in self.items]

    def within(self, start: int, end: int) -> list[Any]:
        lo, hi = bisect_left(self.starts, start), bisect_right(self.starts, end)
        if lo == hi:
            return []  # most kinds asked of a sentence have nothing in it: no comprehension to run
        return [item for item in self.items[lo:hi] if item.end <= end]

    def starting(self, start: int, end: int) -> list[Any]:
        """Items starting in [start, end), whatever their end."""
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return self.items[lo:hi]


class Index:
    """A document's sentences and mentions by kind, each sorted once."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._sentence_starts = [s for s, _ in doc.sentences]
        self._kinds: dict[str, Spans] = {}

    def sentence_of(self, offset: int) -> tuple[int, int]:
        i = bisect_right(self._sentence_starts, offset) - 1
        return self.doc.sentences[i] if i >= 0 else (0, len(self.doc.text))

    def sentence_number(self, offset: int) -> int:
        """The index of the sentence holding a character offset (-1 before the first)."""
        return bisect_right(self._sentence_starts, offset) - 1

    def within(self, kind: str, start: int, end: int) -> list[Mention]:
        spans = self._kinds.get(kind)
        if spans is None:
            spans = self._kinds[kind] = Spans(self.doc.of_kind(kind))
        starts = spans.starts  # Spans.within, inlined: asked about 200 times per report
        lo, hi = bisect_left(starts, start), bisect_right(starts, end)
        if lo == hi:
            return []
        return [item for item in spans.items[lo:hi] if item.end <= end]
