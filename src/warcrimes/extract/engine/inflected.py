"""How an inflected language with a pymorphy3 dictionary is put together (Ukrainian, Russian).

The folder lang/<xx>/ holds the words (dates.json, numbers.json, cues, actors...); this builds its
Language: folding, the pymorphy3 lemmatizer (which also puts place names in the nominative for
steps/place_cases.py) and the table-driven date and count grammars.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from warcrimes.extract.engine.inflected_counts import CountGrammar
from warcrimes.extract.engine.inflected_dates import DateGrammar
from warcrimes.extract.engine.language import Language
from warcrimes.extract.engine.lemmas import MorphologyLemmatizer
from warcrimes.extract.engine.text import Tokens, fold


def cyrillic_language(code: str, folding: Mapping[str, str], to_dictionary: Callable[[str], str] = str) -> Language:
    """The Language of lang/<code>/ with pymorphy3 lemmas and the inflected date and count grammars."""
    language = Language(code, extra_folding=dict(folding), learns_pattern_lemmas=False)
    table = language.fold_table
    language.lemmatizer = MorphologyLemmatizer(code, lambda word: fold(word, table), to_dictionary)
    dates = DateGrammar(code, language.table("dates.json", ("months",)), table, language.lemmatizer)
    counts = CountGrammar(code, language.table("numbers.json", ("units",)), table)

    def read_dates(tokens: Tokens, published: dt.date, frames: frozenset[int] = frozenset()) -> list[Any]:
        return dates.read(tokens, published, frames)

    def read_counts(tokens: Tokens, text: str, found: Sequence[Any]) -> list[Any]:
        return counts.read(tokens, text, found)

    language.read_dates, language.read_counts = read_dates, read_counts
    return language
