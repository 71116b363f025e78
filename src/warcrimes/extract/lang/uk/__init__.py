"""Ukrainian: pymorphy3 lemmas (pymorphy3-dicts-uk), and the date and count grammars of inflected
languages (engine/inflected_dates.py, engine/inflected_counts.py) reading this folder's words."""

from __future__ import annotations

from warcrimes.extract.engine.inflected import cyrillic_language
from warcrimes.extract.engine.language import Language
from warcrimes.extract.engine.text import APOSTROPHES

# Apostrophes inside Ukrainian words ("п'ять", "Мар'їнка") fold to U+02BC, a letter, so that the
# word stays one token; pymorphy3's dictionary spells them with the ASCII apostrophe.
APOSTROPHE = "\u02bc"


def language() -> Language:
    return cyrillic_language("uk", dict.fromkeys(APOSTROPHES, APOSTROPHE), to_dictionary=lambda form: form.replace(APOSTROPHE, "'"))
