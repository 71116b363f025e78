"""Russian: pymorphy3 lemmas (pymorphy3-dicts-ru), ё folded to е, and the date and count grammars of
inflected languages (engine/inflected_dates.py, engine/inflected_counts.py) reading this folder's words."""

from __future__ import annotations

from warcrimes.extract.engine.inflected import cyrillic_language
from warcrimes.extract.engine.language import Language


def language() -> Language:
    return cyrillic_language("ru", {"ё": "е", "Ё": "Е"})
