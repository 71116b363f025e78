"""Sentence boundaries: a linear scan, no backtracking regex."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

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


@cache
def abbreviations(language: str = "en") -> tuple[frozenset[str], frozenset[str]]:
    """Words whose full stop ends no sentence ("Feb.", "Lt."), and those that do so only before a number."""
    path = resources.files("warcrimes.extract").joinpath("lexicons", language, "abbreviations.json")
    lexicon = json.loads(path.read_text(encoding="utf-8"))
    return frozenset(lexicon["abbreviations"]), frozenset(lexicon["before_number"])


def _is_abbreviation(text: str, dot: int) -> bool:
    """A dot after a known abbreviation ("Feb.", "Col.") or a single letter ("U.", "V.") ends no sentence.

    Short ordinary words do end sentences: "... in May. On May 23 ..." is two sentences.
    """
    k = dot
    while k > 0 and (text[k - 1].isalpha() or (text[k - 1] == "." and k - 2 >= 0 and text[k - 2].isalpha())):
        k -= 1
    word = text[k:dot]
    if len(word) == 1 or (len(word) > 1 and all(len(part) == 1 for part in word.split("."))):
        return word[:1].isupper() or "." in word
    always, before_number = abbreviations()
    lowered = word.lower()
    if lowered in always:
        return True
    return lowered in before_number and text[dot + 1:dot + 3].strip()[:1].isdigit()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@step("segment", adds=("sentences",))
def segment(doc: Document) -> None:
    doc.sentences = sentence_spans(doc.text)
