"""Cue lexicons as data: loaded once per language, validated, compiled into one Aho-Corasick automaton.

Every step that looks for words (violation cues, victim nouns, speech verbs, titles) shares
this module, so a report's text is lowered once and scanned once per lexicon, never with a
loop of regexes over a word list.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

import ahocorasick

from warcrimes.errors import ConfigError

_APOSTROPHES = "'\u2019\u02bc`\u2018"
_HYPHENS = "-\u2010\u2011\u2012\u2013\u2014"


def _fold_char(ch: str) -> str:
    if ch in _APOSTROPHES:
        return "'"
    if ch in _HYPHENS:
        return "-"
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)).lower()
    return base[:1] if base else ch


# One-to-one character table: folding never changes the text's length, so offsets stay valid.
FOLD_TABLE = {i: _fold_char(chr(i)) for i in range(0x250) if _fold_char(chr(i)) != chr(i)}
FOLD_TABLE.update({ord(c): "'" for c in _APOSTROPHES})
FOLD_TABLE.update({ord(c): "-" for c in _HYPHENS})


def fold(text: str) -> str:
    """Lowercase, strip diacritics, unify apostrophes and hyphens; same length as `text`."""
    return text.translate(FOLD_TABLE)


def on_word_boundary(text: str, start: int, end: int) -> bool:
    """True when [start, end) neither starts nor ends inside a word."""
    return (start == 0 or not text[start - 1].isalnum()) and (end >= len(text) or not text[end].isalnum())


@dataclass(frozen=True, slots=True)
class Hit:
    """A lexicon entry found in the text: span, the matched phrase and what the lexicon says of it."""

    start: int
    end: int
    phrase: str
    kind: str
    value: str


class Lexicon:
    """Phrases of several kinds compiled into one automaton over folded text."""

    def __init__(self, entries: dict[str, list[tuple[str, str]]]) -> None:
        self._automaton = ahocorasick.Automaton()
        for phrase, tags in entries.items():
            self._automaton.add_word(phrase, (phrase, tuple(tags)))
        if entries:
            self._automaton.make_automaton()
        self._empty = not entries

    def scan(self, folded: str) -> Iterator[Hit]:
        """Every whole-word match, overlapping ones included, in order of end offset."""
        if self._empty:
            return
        for last, (phrase, tags) in self._automaton.iter(folded):
            start, end = last - len(phrase) + 1, last + 1
            if on_word_boundary(folded, start, end):
                for kind, value in tags:
                    yield Hit(start, end, phrase, kind, value)


def _read(language: str, name: str) -> dict:
    try:
        text = resources.files("warcrimes.extract").joinpath("lexicons", language, name).read_text("utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(f"lexicon extract/lexicons/{language}/{name} is missing; reinstall the package") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"lexicon extract/lexicons/{language}/{name} is not valid JSON: {exc}") from exc


@cache
def table(language: str, name: str) -> dict:
    """A lexicon file as a dict (its 'source' key says where the knowledge comes from)."""
    raw = _read(language, name)
    if "source" not in raw:
        raise ConfigError(f"lexicon extract/lexicons/{language}/{name} lacks a 'source' line of provenance")
    return raw


@cache
def compiled(language: str, name: str, sections: tuple[str, ...]) -> Lexicon:
    """The automaton over `sections` of a lexicon file: each section maps a value to its phrases."""
    raw = table(language, name)
    entries: dict[str, list[tuple[str, str]]] = {}
    for section in sections:
        groups = raw.get(section)
        if not isinstance(groups, dict):
            raise ConfigError(f"lexicon {language}/{name}: section {section!r} must map values to phrase lists")
        for value, phrases in groups.items():
            for phrase in phrases:
                entries.setdefault(fold(phrase), []).append((section, value))
    return Lexicon(entries)
