"""Sentence boundaries: a linear scan, no backtracking regex."""

from __future__ import annotations

from warcrimes.extract.document import Document
from warcrimes.extract.pipeline import step

_TERMINATORS = frozenset(".!?\n")
_CLOSERS = frozenset("\"'\u201d\u2019)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Spans of sentences: split after . ! ? or newline when followed by space and not an abbreviation."""
    spans: list[tuple[int, int]] = []
    start, n, i = 0, len(text), 0
    while i < n:
        ch = text[i]
        if ch in _TERMINATORS:
            j = i + 1
            while j < n and text[j] in _CLOSERS:
                j += 1
            ends = ch == "\n" or j >= n or text[j].isspace()
            if ends and (ch != "." or not _is_abbreviation(text, i)):
                if text[start:j].strip():
                    spans.append(_trim(text, start, j))
                start = j
            i = j
        else:
            i += 1
    if text[start:].strip():
        spans.append(_trim(text, start, n))
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    """A dot after a short capitalised word or a single letter ("Feb.", "Dr.", "U.") ends no sentence."""
    k = dot
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    word = text[k:dot]
    return 0 < len(word) <= 4 and word[0].isupper() and not word.isupper() or len(word) == 1


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@step("segment", adds=("sentences",))
def segment(doc: Document) -> None:
    doc.sentences = sentence_spans(doc.text)
