"""Folding place names so that spellings which differ only in case, accents or punctuation meet.

"Kam'yanka-Dniprovs'ka", "KAMYANKA DNIPROVSKA" and "Kamʼyanka–Dniprovska" all fold to
"kamyanka dniprovska". The same fold is applied to gazetteer names and to report text, so an
Aho-Corasick automaton over folded names can run over folded text; `fold_with_offsets` keeps the
way back to the original characters for spans.
"""

from __future__ import annotations

import unicodedata

APOSTROPHES = frozenset("'’ʼ`´‘′\"")
DASHES = frozenset("-‐‑‒–—―")


def _fold_char(char: str) -> str:
    """The folded form of one character: '' (dropped), ' ' (separator) or letters."""
    if char in APOSTROPHES:
        return ""
    if char in DASHES or char.isspace():
        return " "
    return unicodedata.normalize("NFKD", char).translate(_COMBINING).casefold()


#: Below U+2100 both tables list every character, those they keep as it is too: str.translate on a text not all
#: ASCII looks each character up, and one missing from the table costs an exception raised and caught inside
#: CPython (as engine/text.py's fold tables avoid): a Cyrillic place name folds in half the time so
#: (docs/extraction.md, speed pass 4). A character mapped to itself is one the table does not change.
_LISTED = 0x2100
_SAME = {code: chr(code) for code in range(_LISTED)}
_PUNCTUATION: dict[int, str | None] = {**_SAME, **str.maketrans({**{c: None for c in APOSTROPHES},
                                                                 **{c: " " for c in DASHES}})}
# Every combining mark (none lies above U+1FFFF), so str.translate can drop them at C speed.
_COMBINING: dict[int, str | None] = {**_SAME, **{code: None for code in range(0x20000)
                                                 if unicodedata.combining(chr(code))}}


def fold(text: str) -> str:
    """NFKD, strip combining marks, casefold, drop apostrophes, one space for hyphens and spaces.

    Whole-string operations at C speed (the gazetteer folds ~120,000 spellings at load); gives the
    same result as `fold_with_offsets(text)[0].strip()`, which works character by character.
    """
    text = text.translate(_PUNCTUATION)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).translate(_COMBINING)
    return " ".join(text.casefold().split())


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold `text` and say, for each folded character, the index of the original character.

    Runs of separators collapse to one space, so the folded text can be shorter; the offsets
    list lets a match in the folded text be mapped back to a span of the original.
    """
    out: list[str] = []
    offsets: list[int] = []
    previous_space = False
    for index, char in enumerate(text):
        piece = _fold_char(char)
        if piece == " ":
            if previous_space:
                continue
            previous_space = True
        elif piece:
            previous_space = False
        for folded_char in piece:
            out.append(folded_char)
            offsets.append(index)
    return "".join(out), offsets
