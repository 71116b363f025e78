"""Case folding and tokens: one linear pass, offsets always into the original text.

Folding lowercases Latin and Cyrillic alike ("Київ" -> "київ"), strips Latin diacritics and unifies
apostrophes and hyphens, one character for one character, so a folded offset is a text offset.
Cyrillic letters keep their identity (й, ї, ё stay themselves): a language may fold more (Russian
ё -> е) through its own table.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

APOSTROPHES = "'\u2019\u02bc`\u2018"
HYPHENS = "-\u2010\u2011\u2012\u2013\u2014"


def _fold_char(ch: str) -> str:
    if ch in APOSTROPHES:
        return "'"
    if ch in HYPHENS:
        return "-"
    lower = ch.lower()
    if len(lower) != 1:
        return ch
    if ch <= "\u024f":  # Latin: drop accents ("Kyïv" -> "kyiv"); Cyrillic letters are letters, not accents
        base = "".join(c for c in unicodedata.normalize("NFKD", lower) if not unicodedata.combining(c))
        return base[:1] if base else lower
    return lower


#: Characters the tables list even where they map to themselves: str.translate on a text that is not all
#: ASCII looks every character up, and one missing from the table costs an exception raised and caught
#: inside CPython (folding the dev reports took 7.1 ms with the changed characters alone, 2.7 ms so).
#: Up to U+20FF: every letter folded, and the punctuation of news text (’ “ ” — … €).
LISTED = 0x2100
_SAME = {i: chr(i) for i in range(LISTED)}


def _table(extra: dict[str, str] | None = None) -> dict[int, str]:
    ranges = (range(0x250), range(0x370, 0x3FF), range(0x400, 0x530))
    table = dict(_SAME)  # a character mapped to itself is one the table does not change
    table.update({i: _fold_char(chr(i)) for r in ranges for i in r})
    table.update({ord(c): "'" for c in APOSTROPHES})
    table.update({ord(c): "-" for c in HYPHENS})
    for source, target in (extra or {}).items():
        table[ord(source)] = target
    return table


FOLD_TABLE = _table()


def fold(text: str, table: dict[int, str] = FOLD_TABLE) -> str:
    """Lowercase, strip Latin diacritics, unify apostrophes and hyphens; same length as `text`."""
    return text.translate(table)


def folding_table(extra: dict[str, str]) -> dict[int, str]:
    """The fold table plus a language's own one-to-one foldings (e.g. {"ё": "е"})."""
    if any(len(k) != 1 or len(v) != 1 for k, v in extra.items()):
        raise ValueError("a folding maps one character to one character, or offsets break")
    return _table(extra)


_TOKEN = re.compile(r"\w+|[^\w\s]")  # no alternation can backtrack: linear in the text


@dataclass(slots=True)
class Tokens:
    """Parallel lists over the tokens of one text: start offset, surface, folded form, lemmas."""

    starts: list[int]
    words: list[str]
    lower: list[str]  # folded forms (lowercase, no diacritics); the name the grammars use
    lemmatize: Callable[[str], tuple[str, ...]] | None = None
    folded: str = ""  # the whole text folded, as tokenised (Document.folded reads it rather than fold again)
    _lemmas: list[tuple[str, ...]] | None = field(default=None, repr=False)

    def __len__(self) -> int:
        return len(self.words)

    def end(self, i: int) -> int:
        """Character offset just past token i."""
        return self.starts[i] + len(self.words[i])

    def touching(self, i: int) -> bool:
        """True when token i+1 follows token i with no space between ("28" "," "000")."""
        return i + 1 < len(self.words) and self.starts[i + 1] == self.starts[i] + len(self.words[i])

    @property
    def lemmas(self) -> list[tuple[str, ...]]:
        """Every token's lemmas (a form may have several: "shot" is "shot" and "shoot")."""
        if self._lemmas is None:
            lemmatize = self.lemmatize or (lambda form: (form,))
            every = getattr(lemmatize, "every", None)  # the whole list in one call, when the lemmatizer can
            self._lemmas = every(self.lower) if every is not None else [lemmatize(form) for form in self.lower]
        return self._lemmas

    def is_cap(self, i: int) -> bool:
        return self.words[i][:1].isupper()


def tokenise(
    text: str, lemmatize: Callable[[str], tuple[str, ...]] | None = None, table: dict[int, str] = FOLD_TABLE
) -> Tokens:
    """Tokens of `text`: word runs and single punctuation marks, with offsets into `text` itself."""
    folded = fold(text, table)  # tokenised folded: every apostrophe is "'" (U+02BC alone would be a letter)
    matches = list(_TOKEN.finditer(folded))
    words = [text[m.start() : m.end()] for m in matches]
    lower = [m.group() for m in matches]
    return Tokens([m.start() for m in matches], words, lower, lemmatize, folded)


def phrase_forms(phrase: str, table: dict[int, str] = FOLD_TABLE) -> tuple[str, ...]:
    """The folded tokens of a phrase written in a data file, tokenised exactly as report text is."""
    return tuple(_TOKEN.findall(fold(phrase, table)))


def token_index(starts: Sequence[int], offset: int) -> int:
    """The index of the first token starting at or after `offset`."""
    from bisect import bisect_left

    return bisect_left(starts, offset)


def on_word_boundary(text: str, start: int, end: int) -> bool:
    """True when [start, end) neither starts nor ends inside a word."""
    return (start == 0 or not text[start - 1].isalnum()) and (end >= len(text) or not text[end].isalnum())


def opens_line(text: str, start: int, openers: str = "") -> bool:
    """Only blanks (and at most one of `openers`, "(" for "(Kyiv, May 3)") stand between the line's start and
    `start`. Walks back over those characters only, never to the line's start: on a report written as one
    5 MB line, a search for the line break before each mention would make a step quadratic."""
    i = start
    while i > 0 and text[i - 1] != "\n" and text[i - 1].isspace():
        i -= 1
    if i > 0 and openers and text[i - 1] in openers:
        i -= 1
        while i > 0 and text[i - 1] != "\n" and text[i - 1].isspace():
            i -= 1
    return i == 0 or text[i - 1] == "\n"
