"""English: a lookup lemmatizer built from the inflection rules in lemmas.json, and the English date
and count grammars (dates.py, numbers.py); every word they and the steps use is data in this folder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from warcrimes.extract.engine.language import Language
from warcrimes.extract.engine.lemmas import InflectionLemmatizer
from warcrimes.extract.engine.text import Tokens


def _dates(tokens: Tokens, published: dt.date, frames: frozenset[int] = frozenset()) -> list[Any]:
    """English dates carry no told year from one sentence to the next, so the frame starts are not needed."""
    from warcrimes.extract.lang.en.dates import find_dates

    return find_dates(tokens, published)


def _counts(tokens: Tokens, text: str, dates: Sequence[Any]) -> list[Any]:
    from warcrimes.extract.lang.en.numbers import find_counts

    return find_counts(tokens, text, dates)


def language() -> Language:
    english = Language("en", read_dates=_dates, read_counts=_counts, date_frames=False)
    table = english.table("lemmas.json", ("rules", "irregular"))
    english.lemmatizer = InflectionLemmatizer([tuple(rule) for rule in table["rules"]], table["irregular"])
    return english
