"""Cut a report's text into segments so a page can mark passages without building HTML.

The template escapes every segment; nothing here builds markup, so a report holding
`<script>` can only ever be shown as text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from warcrimes.domain.facts import Span
from warcrimes.domain.records import Provenance

Key = TypeVar("Key")


@dataclass(frozen=True)
class Segment:
    """A run of text with what covers it: the account's passage and the fields read from it."""

    text: str
    in_account: bool = False
    fields: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    accounts: tuple[int, ...] = ()
    #: The account whose passage starts here, so the page can link to it (one anchor per account).
    anchor: int | None = None

    @property
    def title(self) -> str:
        """Tooltip naming each field and the rule that read it ('date: date.on_day')."""
        return "; ".join(f"{f}: {r}" for f, r in zip(self.fields, self.rules, strict=True))


def _clamp(start: int, end: int, length: int) -> Span | None:
    start, end = max(0, start), min(length, end)
    return (start, end) if start < end else None


def _cut(length: int, marks: list[tuple[Span, Key]]) -> list[tuple[int, int, list[Key]]]:
    """Pieces between every span boundary, each with the keys of the spans covering it.

    Cost is text length plus pieces x spans; an account has a handful of spans.
    """
    bounds = sorted({0, length, *(b for span, _ in marks for b in span)})
    return [(start, end, [key for (s, e), key in marks if s <= start and end <= e])
            for start, end in zip(bounds, bounds[1:], strict=False) if start < end]


def segments(text: str, account: Span | None, provenance: Iterable[Provenance] = ()) -> list[Segment]:
    """One account's view: its passage marked and each field's words flagged; bad spans ignored."""
    passage = _clamp(account[0], account[1], len(text)) if account else None
    marks: list[tuple[Span, Provenance | None]] = [(passage, None)] if passage else []
    marks += [(span, p) for p in provenance if (span := _clamp(p.start, p.end, len(text)))]
    out = []
    for start, end, keys in _cut(len(text), marks):
        fields = [p for p in keys if p is not None]
        out.append(Segment(text[start:end], None in keys, tuple(p.field for p in fields),
                           tuple(p.rule for p in fields)))
    return out


def passages(text: str, accounts: Iterable[tuple[int, Span]]) -> list[Segment]:
    """A report's view: every account's passage marked with the ids of the accounts it belongs to."""
    marks = [(span, account_id) for account_id, (start, end) in accounts
             if (span := _clamp(start, end, len(text)))]
    out, anchored = [], set()
    for start, end, keys in _cut(len(text), marks):
        fresh = [k for k in keys if k not in anchored]
        anchored.update(fresh[:1])
        out.append(Segment(text[start:end], bool(keys), accounts=tuple(keys),
                           anchor=fresh[0] if fresh else None))
    return out


@dataclass(frozen=True)
class Quote:
    """The words a field was read from, so a reviewer can check the value against the text."""

    field: str
    text: str
    rule: str
    start: int
    end: int


def quotes(text: str, provenance: Iterable[Provenance]) -> list[Quote]:
    """Each provenance span's words, in text order; spans out of range are skipped."""
    found = [Quote(p.field, text[span[0]:span[1]], p.rule, span[0], span[1]) for p in provenance
             if (span := _clamp(p.start, p.end, len(text))) is not None]
    return sorted(found, key=lambda q: (q.start, q.field))
