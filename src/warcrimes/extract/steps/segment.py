"""Sentence boundaries: a linear scan, no backtracking regex."""

from __future__ import annotations

import re
from functools import cache

from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.language import table
from warcrimes.extract.engine.pipeline import step

_TERMINATORS = frozenset(".!?\n")
_CLOSERS = frozenset("\"'\u201d\u2019)")


MAX_SENTENCE = 1500  # characters: a longer run without a stop is no sentence (a hostile one-line file);
# cutting it at a space keeps every later step's per-sentence work bounded, so extraction stays linear


def sentence_spans(text: str, language: str = "en") -> list[tuple[int, int]]:
    """Spans of sentences: split after . ! ? or newline when followed by space and not an abbreviation;
    a run longer than MAX_SENTENCE characters is cut at its last space before the limit."""
    spans = [piece for span in _stops(text, language) for piece in _bounded(text, *span)]
    return spans


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        out.append(_trim(text, start, cut))
        start = cut
    if text[start:end].strip():
        out.append(_trim(text, start, end))
    return out


def _stops(text: str, language: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start, n = 0, len(text)
    terminators = _terminator(language)
    found = terminators.search(text)
    while found is not None:  # from one terminator to the next at C speed, not character by character
        i = found.start()
        ch = text[i]
        j = i + 1
        while j < n and text[j] in _CLOSERS:
            j += 1
        ends = ch == "\n" or j >= n or text[j].isspace()
        if ch == "\n" and _wrapped(text, i, language):
            ends = False  # "Синельниківського\nрайону": a line wrapped inside its sentence
        if ends and (ch != "." or not _is_abbreviation(text, i, language)):
            if text[start:j].strip():
                spans.append(_trim(text, start, j))
            start = j
        found = terminators.search(text, j)
    if text[start:].strip():
        spans.append(_trim(text, start, n))
    return spans


LAST_WORD = 12  # characters looked back for a line's last word (the longest word of `line_continues_after`)


def _wrapped(text: str, newline: int, language: str) -> bool:
    """A single line break inside a sentence, in a language whose copy is wrapped at a fixed width
    (abbreviations.json `wrapped_lines`): the line ends in a letter or a comma and the next one begins with a small
    letter. A blank line, a line ending in a stop or a colon, and a list item opening with a capital still end.
    In any language a line ending in a word no sentence ends with (`line_continues_after`: "at the entrance to\nIzium.",
    "на въезде в\nЛьгов.") goes on into the next line, whatever letter opens it (stage 22)."""
    if newline == 0:
        return False
    before, after = text[newline - 1], text[newline + 1 : newline + 2]
    if before.isalpha() and after.isalpha() and _last_word(text, newline) in continues_after(language):
        return True
    if not wraps_lines(language):
        return False
    return (before.isalnum() or before == ",") and after.isalpha() and after.islower()


def _last_word(text: str, end: int) -> str:
    start = end
    while start > max(0, end - LAST_WORD) and text[start - 1].isalpha():
        start -= 1
    return text[start:end].lower() if start == 0 or not text[start - 1].isalnum() else ""


@cache
def continues_after(language: str) -> frozenset[str]:
    return frozenset(table(language, "abbreviations.json").get("line_continues_after", ()))


@cache
def wraps_lines(language: str) -> bool:
    return bool(table(language, "abbreviations.json").get("wrapped_lines"))


@cache
def abbreviations(language: str = "en") -> tuple[frozenset[str], frozenset[str]]:
    """Words whose full stop ends no sentence ("Feb.", "Lt."), and those that do so only before a number."""
    lexicon = table(language, "abbreviations.json")
    return frozenset(lexicon["abbreviations"]), frozenset(lexicon["before_number"])


@cache
def clause_breaks(language: str = "en") -> frozenset[str]:
    """Marks that end a unit of reporting in the language's copy besides . ! ? (Ukrainian and Russian
    daily tallies list one settlement per clause: "у Боровій загинув чоловік; у Ізюмі ...")."""
    return frozenset(table(language, "abbreviations.json").get("clause_breaks", ()))


@cache
def _terminator(language: str) -> re.Pattern[str]:
    """One character that may end a sentence: . ! ? newline and the language's clause breaks."""
    marks = sorted(mark for mark in _TERMINATORS | clause_breaks(language) if len(mark) == 1)
    return re.compile("[" + "".join(re.escape(mark) for mark in marks) + "]")


def _is_abbreviation(text: str, dot: int, language: str = "en") -> bool:
    """A dot after a known abbreviation ("Feb.", "Col.") or a single letter ("U.", "V.") ends no sentence.

    Short ordinary words do end sentences: "... in May. On May 23 ..." is two sentences.
    """
    k = dot
    floor = max(0, dot - 40)  # an abbreviation is short: never walk back over a hostile run of letters
    while k > floor and (text[k - 1].isalpha() or (text[k - 1] == "." and k - 2 >= 0 and text[k - 2].isalpha())):
        k -= 1
    word = text[k:dot]
    always, before_number = abbreviations(language)
    if word.lower() in always:
        return True  # "у с. Борова", "в г. Курск": a lowercase one-letter abbreviation the language lists
    if len(word) == 1 or (len(word) > 1 and all(len(part) == 1 for part in word.split("."))):
        return word[:1].isupper() or "." in word
    lowered = word.lower()
    if lowered in always:
        return True
    return lowered in before_number and text[dot + 1 : dot + 3].strip()[:1].isdigit()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@step("segment", adds=("sentences",))
def segment(doc: Document) -> None:
    doc.sentences = sentence_spans(doc.text, doc.lang.code)
