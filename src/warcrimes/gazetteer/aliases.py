"""Which other spellings a place keeps as aliases (build time).

GeoNames alternate names mix useful spellings (Artemivsk, Avdeyevka, Kiew) with airport codes
(IEV), one- and two-letter forms (Ko), lower-case romanizations of CJK names (bafumuto) and
names in scripts no report we read uses; an alias that short or that odd would match ordinary
words in a report, so it is left out.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from warcrimes.gazetteer.fold import fold

MIN_ALIAS_LETTERS = 4
SCRIPTS = ("LATIN", "CYRILLIC")


def _script_ok(text: str) -> bool:
    return all(unicodedata.name(c, "").startswith(SCRIPTS) for c in text if c.isalpha())


def usable_alias(alias: str) -> bool:
    """True for a spelling worth matching in report text."""
    folded = fold(alias)
    if len(folded.replace(" ", "")) < MIN_ALIAS_LETTERS:
        return False
    if any(c.isdigit() for c in alias) or (alias.isupper() and len(alias) <= 5):
        return False
    if alias[:1].islower():
        return False  # GeoNames' romanizations of Chinese, Japanese, Korean names: bafumuto, ji fu
    return _script_ok(alias)


def merge_aliases(display: str, spellings: Iterable[str]) -> tuple[str, ...]:
    """Usable spellings, one per folded form, leaving out those that fold like the display name."""
    seen = {fold(display)}
    kept: list[str] = []
    for spelling in spellings:
        spelling = " ".join(spelling.split())
        key = fold(spelling)
        if key in seen or not usable_alias(spelling):
            continue
        seen.add(key)
        kept.append(spelling)
    return tuple(kept)
