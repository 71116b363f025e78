"""The one document object every extraction step reads and adds to."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from operator import attrgetter, itemgetter
from typing import Any, NamedTuple

from warcrimes.domain.records import ExtractedIncident, ExtractedStatistic
from warcrimes.extract.engine.language import Language, load
from warcrimes.extract.engine.patterns import Match
from warcrimes.extract.engine.text import Tokens


class Mention(NamedTuple):
    """A value found in the text: its kind, character span, parsed value and the rule (pattern id) that found it.

    A named tuple (immutable, as a frozen dataclass is, and built in a third of its time: a report of
    200 words makes about 90 of them; docs/extraction.md, speed pass 2)."""

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
    _hits: dict[str, list[Match]] | None = field(default=None, repr=False)
    _found: dict[str, list[Match]] = field(default_factory=dict, repr=False)  # per label, in the matcher's order
    _ends: dict[str, dict[int, list[Match]]] = field(default_factory=dict, repr=False)  # built per label when asked
    _starts: dict[str, dict[int, list[Match]]] = field(default_factory=dict, repr=False)
    _offsets: dict[str, list[int]] = field(default_factory=dict, repr=False)  # start offsets per kind, kept in step
    cache: dict[str, Any] = field(default_factory=dict, repr=False)  # steps' private indexes of this document

    # lang, tokens and folded are read hundreds of thousands of times per megabyte: cached_property
    # keeps each in the instance after the first read, so later reads are plain attribute lookups
    @cached_property
    def lang(self) -> Language:
        """The rules of the report's language ('und' reads as English, the language most reports are in)."""
        return load(self.language if self.language != "und" else "en")

    @cached_property
    def tokens(self) -> Tokens:
        return self.lang.tokenise(self.text)

    @cached_property
    def folded(self) -> str:
        """The text folded (lowercase, no accents), same length: offsets are the text's. Tokenising
        folded it already, with the same table."""
        return self.tokens.folded

    # -- pattern matches (one pass of the language's matcher, shared by every step) ---------------
    def _match(self) -> dict[str, list[Match]]:
        if self._hits is not None:
            return self._hits
        found: dict[str, list[Match]] = {}
        for match in self.lang.matcher.scan(self.tokens):
            label = match.pattern.label
            bucket = found.get(label)
            if bucket is None:
                bucket = found[label] = []
            bucket.append(match)
        self._found = found
        self._hits = {label: _in_text_order(bucket) for label, bucket in found.items()}
        return self._hits

    def _by_token(self, label: str, edge: str) -> dict[int, list[Match]]:
        """Matches of `label` by their first token (edge "first") or the token after their last ("stop"), in
        the matcher's order; built for a label when first asked (most labels are never asked by position)."""
        self._match()
        index: dict[int, list[Match]] = {}
        for match in self._found.get(label, ()):
            at = getattr(match, edge)
            bucket = index.get(at)
            if bucket is None:
                index[at] = [match]
            else:
                bucket.append(match)
        return index

    def hits(self, *labels: str) -> list[Match]:
        """Every match of the patterns labelled `labels`, in text order."""
        found = self._match()
        if len(labels) == 1:
            return found.get(labels[0], [])
        return sorted((m for label in labels for m in found.get(label, [])), key=lambda m: (m.start, -m.end))

    def token_at(self, offset: int) -> int:
        """Index of the first token starting at or after character `offset`."""
        return bisect_left(self.tokens.starts, offset)

    def token_before(self, offset: int) -> int:
        """Index of the last token ending at or before character `offset` (-1 if none)."""
        return bisect_left(self.tokens.starts, offset) - 1

    def reach_after(self, offset: int, words: int) -> int:
        """The character offset `words` tokens on from `offset`: what starts before it starts within those tokens."""
        i = self.token_at(offset) + words
        return self.tokens.starts[i] if i < len(self.tokens) else len(self.text)

    def reach_before(self, offset: int, words: int) -> int:
        """The start of the `words`-th token before `offset` (0 when fewer lie before it)."""
        i = self.token_at(offset) - words
        return self.tokens.starts[i] if i > 0 else 0

    def ending_at(self, label: str, offset: int) -> list[Match]:
        """Matches of `label` whose last token is the one just before character `offset`."""
        index = self._ends.get(label)
        if index is None:
            index = self._ends[label] = self._by_token(label, "stop")
        return index.get(bisect_left(self.tokens.starts, offset), [])

    def starting_at(self, label: str, offset: int) -> list[Match]:
        """Matches of `label` whose first token is the first one at or after character `offset`."""
        index = self._starts.get(label)
        if index is None:
            index = self._starts[label] = self._by_token(label, "first")
        return index.get(bisect_left(self.tokens.starts, offset), [])

    def ends_with(self, label: str, offset: int, lo: int = 0) -> bool:
        """A match of `label` ends right before `offset` (and starts at or after `lo`)."""
        return any(m.start >= lo for m in self.ending_at(label, offset))

    def starts_with(self, label: str, offset: int, hi: int | None = None) -> bool:
        """A match of `label` starts right at/after `offset` (and ends by `hi`)."""
        return any(hi is None or m.end <= hi for m in self.starting_at(label, offset))

    def has_hit(self, label: str, lo: int, hi: int) -> bool:
        """A match of `label` lies inside characters [lo, hi)."""
        bucket = (self._hits if self._hits is not None else self._match()).get(label)
        if not bucket:
            return False  # most labels a sentence is asked about match nowhere in the report
        at, size = bisect_left(bucket, lo, key=_START), len(bucket)
        while at < size and bucket[at].start < hi:
            if bucket[at].end <= hi:
                return True
            at += 1
        return False

    def hits_within(self, label: str, lo: int, hi: int, first_only: bool = False) -> list[Match]:
        """Matches of `label` lying inside characters [lo, hi), in text order."""
        bucket = (self._hits if self._hits is not None else self._match()).get(label, [])
        at, out = bisect_left(bucket, lo, key=_START), []
        while at < len(bucket) and bucket[at].start < hi:
            if bucket[at].end <= hi:
                out.append(bucket[at])
                if first_only:
                    break
            at += 1
        return out

    def in_class(self, name: str, i: int) -> bool:
        """Whether token i belongs to the word class `name` (Language.has, whose answers it remembers per
        form: a remembered answer is read here without a second call; asked about 300 times per report)."""
        lang = self.lang
        memo = lang._memo.get(name)
        if memo is not None and i >= 0:
            lower = self.tokens.lower
            if i >= len(lower):
                return False
            found = memo.get(lower[i])
            if found is not None:
                return found
        return lang.has(name, self.tokens, i)

    def first_in_class(self, name: str, first: int, stop: int) -> int:
        """The first token of tokens [first, stop) that belongs to the word class `name`, or -1: in_class
        over a run, the remembered answers read in one loop (a scan of every token of an incident's
        sentences made 178,000 in_class calls over the bench corpus; docs/extraction.md, stage 22)."""
        lower, lang = self.tokens.lower, self.lang
        memo = lang._memo.get(name)
        for j in range(max(first, 0), min(stop, len(lower))):
            found = memo.get(lower[j]) if memo is not None else None
            if found is None:
                found = lang.has(name, self.tokens, j)
                memo = lang._memo[name]
            if found:
                return j
        return -1

    # -- mentions ---------------------------------------------------------------------------------------
    def add(self, mention: Mention) -> None:
        """Record a mention; mentions of a kind are kept sorted by start offset."""
        bucket = self.mentions.setdefault(mention.kind, [])
        self._offsets.pop(mention.kind, None)
        if bucket and bucket[-1].start > mention.start:
            bucket.append(mention)
            bucket.sort(key=_SPAN)
        else:
            bucket.append(mention)

    def of_kind(self, kind: str) -> list[Mention]:
        return self.mentions.get(kind, [])

    def within(self, kind: str, start: int, end: int) -> list[Mention]:
        """Mentions of `kind` lying wholly inside [start, end), found by bisection."""
        bucket = self.mentions.get(kind, [])
        starts = self._offsets.get(kind)
        if starts is None or len(starts) != len(bucket):
            starts = self._offsets[kind] = [m.start for m in bucket]
        lo, hi = bisect_left(starts, start), bisect_right(starts, end)
        if lo == hi:
            return []
        return [m for m in bucket[lo:hi] if m.end <= end]

    def sentence_of(self, offset: int) -> tuple[int, int]:
        """The sentence holding a character offset (the whole text if not segmented)."""
        starts = self._offsets.get(" sentences")
        if starts is None or len(starts) != len(self.sentences):
            starts = self._offsets[" sentences"] = [s for s, _ in self.sentences]
        i = bisect_right(starts, offset) - 1
        return self.sentences[i] if i >= 0 else (0, len(self.text))


def _by_start_longest_first(match: Match) -> tuple[int, int]:
    return match.start, -match.end


def _in_text_order(bucket: list[Match]) -> list[Match]:
    """A label's matches by start, the longest first where several start at one token. The matcher gives
    them by first token already: only a token where two of the label's patterns start needs a sort."""
    if len(bucket) == 1 or len(set(map(_START, bucket))) == len(bucket):
        return list(bucket)
    return sorted(bucket, key=_by_start_longest_first)


_START = itemgetter(Match._fields.index("start"))
_SPAN = attrgetter("start", "end")
