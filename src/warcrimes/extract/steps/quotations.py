"""Quotations and their speakers: who speaks the words between an opening and a closing quote mark.

A quotation of several sentences names its speaker once, after the closing mark ('..." the governor
said') or before the opening one ('The governor said: "...'). Every event told inside it is that
speaker's account, not only the one told in the sentence that names them.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from warcrimes.extract.engine.document import Document
from warcrimes.extract.steps.casualty_words import QUOTE_MARKS


@dataclass(frozen=True, slots=True)
class Quotation:
    """Characters [start, end) between the marks, and the name of who speaks them (None: unnamed)."""

    start: int
    end: int
    speaker: str | None


def _marks(doc: Document) -> list[tuple[int, bool]]:
    """Quote marks as (offset, opens): a mark touching the word after it and not the one before opens,
    the reverse closes; a mark touching both or neither is read as neither."""
    tokens = doc.tokens
    out = []
    for j, form in enumerate(tokens.lower):
        if form not in QUOTE_MARKS:
            continue
        after = tokens.touching(j)
        before = j > 0 and tokens.touching(j - 1)
        if after != before:
            out.append((tokens.starts[j], after))
    return out


def _speaker(doc: Document, start: int, end: int) -> str | None:
    """The source named in the sentence the closing mark ends, after the mark and in its paragraph ('..."
    the governor said'), else the one named last before the opening mark, in its sentence or in the line
    before when that line ends with a colon ('The governor wrote:' then the quotation)."""
    text = doc.text
    rest = text[end + 1 :]
    after = end + 1 + (len(rest) - len(rest.lstrip()))
    if after < len(text) and "\n" not in text[end:after]:
        _, stop = doc.sentence_of(after)
        named = doc.within("source", after, stop)
        if named:
            return str(named[0].value.name)
    head = text[:start].rstrip()
    if not head or ("\n" in text[len(head) : start] and not head.endswith(":")):
        return None
    lo, _ = doc.sentence_of(len(head) - 1)
    named = doc.within("source", lo, start)
    return str(named[-1].value.name) if named else None


def quotations(doc: Document) -> list[Quotation]:
    """The document's quotations in text order (computed once per document)."""
    found = doc.cache.get("quotations")
    if found is None:
        found = []
        opened: int | None = None
        for offset, opens in _marks(doc):
            if opens:
                opened = offset  # an unclosed quotation before (a paragraph read on) is left unread
            elif opened is not None:
                found.append(Quotation(opened, offset, _speaker(doc, opened, offset)))
                opened = None
        doc.cache["quotations"] = found
    return found


def speaker_at(doc: Document, offset: int) -> str | None:
    """Who speaks the quotation holding a character offset, if one does and is named."""
    found = quotations(doc)
    starts = doc.cache.get("quotation starts")
    if starts is None:
        starts = doc.cache["quotation starts"] = [q.start for q in found]
    at = bisect_right(starts, offset) - 1
    if at >= 0 and found[at].start <= offset < found[at].end:
        return found[at].speaker
    return None
