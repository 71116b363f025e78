"""Cut a report's text into segments so a page can mark an account's passage without raw HTML.

The template escapes every segment; nothing here builds markup, so a report holding
`<script>` can only ever be shown as text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from warcrimes.domain.facts import Span
from warcrimes.domain.records import Provenance


@dataclass(frozen=True)
class Segment:
    """A run of text with what covers it: the account's passage and the fields read from it."""

    text: str
    in_account: bool = False
    fields: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        """Tooltip naming each field and the rule that read it ('date: date.on_day')."""
        return "; ".join(f"{f}: {r}" for f, r in zip(self.fields, self.rules, strict=True))


def _clamp(start: int, end: int, length: int) -> Span | None:
    start, end = max(0, start), min(length, end)
    return (start, end) if start < end else None


def segments(text: str, account: Span | None, provenance: Iterable[Provenance] = ()) -> list[Segment]:
    """Split `text` at every span boundary; spans out of range or empty are ignored.

    Cost is text length plus boundaries x spans; an account has a handful of spans.
    """
    length = len(text)
    passage = _clamp(account[0], account[1], length) if account else None
    marks = [(span, p.field, p.rule) for p in provenance
             if (span := _clamp(p.start, p.end, length)) is not None]
    cuts = {0, length}
    if passage:
        cuts.update(passage)
    for span, _, _ in marks:
        cuts.update(span)
    bounds = sorted(cuts)
    out: list[Segment] = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        if start == end:
            continue
        covering = [(f, r) for (s, e), f, r in marks if s <= start and end <= e]
        inside = passage is not None and passage[0] <= start and end <= passage[1]
        out.append(Segment(text[start:end], inside, tuple(f for f, _ in covering),
                           tuple(r for _, r in covering)))
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
