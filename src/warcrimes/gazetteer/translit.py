"""Ukrainian to Latin by the national rules (KMU 2010), driven by the table in data/.

The table is data (translit_kmu2010.json) so that the rules can be read and checked against
the resolution without reading code; this module only applies it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from warcrimes.errors import ConfigError

TABLE_FILE = "translit_kmu2010.json"


@dataclass(frozen=True, slots=True)
class TranslitTable:
    """Letter correspondences: anywhere, at the start of a word, and two-letter sequences."""

    letters: dict[str, str]
    word_initial: dict[str, str]
    sequences: dict[str, str]
    dropped: frozenset[str]

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> TranslitTable:
        try:
            return cls(dict(raw["letters"]), dict(raw.get("word_initial", {})),
                       dict(raw.get("sequences", {})), frozenset(raw.get("dropped", [])))
        except (KeyError, TypeError) as exc:
            raise ConfigError(f"The transliteration table {TABLE_FILE} lacks {exc}; "
                              "restore it from the repository.") from exc


@cache
def kmu2010() -> TranslitTable:
    """The KMU 2010 table shipped with the package (loaded once)."""
    path = resources.files("warcrimes.gazetteer") / "data" / TABLE_FILE
    return TranslitTable.from_json(json.loads(path.read_text(encoding="utf-8")))


def _cased(latin: str, source: str, word_is_upper: bool) -> str:
    if not source.isupper():
        return latin
    return latin.upper() if word_is_upper else latin.capitalize()


def _word_is_upper(text: str, start: int, dropped: frozenset[str]) -> bool:
    """True when the word starting at `start` is in capitals (ЩУКА -> SHCHUKA, not ShchUKA)."""
    end = start
    while end < len(text) and (text[end].isalpha() or text[end] in dropped):
        end += 1
    letters = [c for c in text[start:end] if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def transliterate(text: str, table: TranslitTable | None = None) -> str:
    """Transliterate Ukrainian `text`; characters outside the table pass through unchanged.

    A word starts after anything that is neither a letter nor an apostrophe, so Знам'янка gives
    Znamianka (я after the apostrophe is inside the word) and Южне gives Yuzhne.
    """
    table = table or kmu2010()
    out: list[str] = []
    at_word_start = True
    upper_word = False
    index = 0
    while index < len(text):
        char = text[index]
        if at_word_start and char.isalpha():
            upper_word = _word_is_upper(text, index, table.dropped)
        pair = text[index:index + 2].lower()
        if pair in table.sequences:
            out.append(_cased(table.sequences[pair], char, upper_word))
            step = 2
        elif char in table.dropped:
            step = 1
        elif at_word_start and char.lower() in table.word_initial:
            out.append(_cased(table.word_initial[char.lower()], char, upper_word))
            step = 1
        elif char.lower() in table.letters:
            out.append(_cased(table.letters[char.lower()], char, upper_word))
            step = 1
        else:
            out.append(char)
            step = 1
        at_word_start = not (char.isalpha() or char in table.dropped)
        index += step
    return "".join(out)
