"""The one document object every extraction step reads and adds to."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from warcrimes.domain.records import ExtractedIncident, ExtractedStatistic


@dataclass(frozen=True, slots=True)
class Mention:
    """A value found in the text: its kind, character span, parsed value and the rule that found it."""

    kind: str
    start: int
    end: int
    value: Any
    rule: str


@dataclass
class Document:
    """A report under extraction: text, publication date, and what the steps found so far."""

    text: str
    published: dt.date
    language: str = "en"
    sentences: list[tuple[int, int]] = field(default_factory=list)
    mentions: dict[str, list[Mention]] = field(default_factory=dict)
    incidents: list[ExtractedIncident] = field(default_factory=list)
    statistics: list[ExtractedStatistic] = field(default_factory=list)
    tokens: Any = None  # extract.tokens.Tokens, cached by tokens_of() for the grammar steps

    def add(self, mention: Mention) -> None:
        """Record a mention; mentions of a kind are kept sorted by start offset."""
        bucket = self.mentions.setdefault(mention.kind, [])
        if bucket and bucket[-1].start > mention.start:
            bucket.append(mention)
            bucket.sort(key=lambda m: (m.start, m.end))
        else:
            bucket.append(mention)

    def of_kind(self, kind: str) -> list[Mention]:
        return self.mentions.get(kind, [])

    def within(self, kind: str, start: int, end: int) -> list[Mention]:
        """Mentions of `kind` lying wholly inside [start, end), found by bisection."""
        bucket = self.mentions.get(kind, [])
        starts = [m.start for m in bucket]
        lo, hi = bisect_left(starts, start), bisect_right(starts, end)
        return [m for m in bucket[lo:hi] if m.end <= end]

    def sentence_of(self, offset: int) -> tuple[int, int]:
        """The sentence holding a character offset (the whole text if not segmented)."""
        starts = [s for s, _ in self.sentences]
        i = bisect_right(starts, offset) - 1
        return self.sentences[i] if i >= 0 else (0, len(self.text))
