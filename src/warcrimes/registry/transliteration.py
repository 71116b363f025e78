"""Names between scripts: Ukrainian -> Latin (KMU 2010), Russian -> Latin (BGN/PCGN), Latin -> Cyrillic candidates.

Ukrainian uses the gazetteer's KMU 2010 table (the law for Ukrainian passports since 2010), Russian
the gazetteer's BGN/PCGN romanization without diacritics (Sergey, Andreyevich: the spelling English
media and most NGO lists use). Latin -> Cyrillic cannot be exact (h is г or х, i is і, и or й; ь and
apostrophes are not written), so it yields a few candidate spellings, best first, for search.
"""

from __future__ import annotations

from functools import lru_cache

from warcrimes.gazetteer.translit import transliterate
from warcrimes.gazetteer.variants import romanize_russian
from warcrimes.registry.spelling import NameRules, clean_name, name_rules, script_of

MAX_CANDIDATES = 8


@lru_cache(maxsize=100_000)
def ukrainian_to_latin(text: str) -> str:
    """KMU 2010: Олександр Гордієнко -> Oleksandr Hordiienko; Юрій -> Yurii (remembered: a list repeats
    its given names and patronymics, and this was a tenth of an import's time)."""
    return transliterate(clean_name(text))


def russian_to_latin(text: str) -> str:
    """BGN/PCGN without diacritics: Сергей Андреевич -> Sergey Andreyevich; Фёдор -> Fyodor."""
    words = clean_name(text).split()
    return " ".join(romanize_russian(w.lower(), bgn=True) for w in words)


def to_latin(text: str, language: str | None = None) -> str:
    """Latin letters for a Cyrillic name: Russian if `language` or its letters say so, else Ukrainian."""
    script = script_of(text)
    if script == "latin" or script == "none":
        return clean_name(text)
    if language == "ru" or (language is None and script == "ru"):
        return russian_to_latin(text)
    return ukrainian_to_latin(text)


def _units(word: str, rules: NameRules) -> list[str]:
    """Split a Latin word into the longest letter groups the reverse table knows."""
    longest = max(len(k) for k in rules.reverse)
    units, index = [], 0
    while index < len(word):
        for size in range(min(longest, len(word) - index), 0, -1):
            piece = word[index:index + size]
            if piece in rules.reverse or size == 1:
                units.append(piece)
                index += size
                break
    return units


def cyrillic_candidates(latin: str, limit: int = MAX_CANDIDATES, rules: NameRules | None = None) -> tuple[str, ...]:
    """Cyrillic spellings a Latin name may stand for, best first (Hryhorii -> григорій, ...), lower case.

    A beam search over the reverse table: each choice costs its position in the list of options
    (Ukrainian first), and only the `limit` cheapest spellings survive each step, so a long name
    stays cheap. Letters the table does not know pass through.
    """
    rules = rules or name_rules()
    words = clean_name(latin).lower().replace("ʼ", "").replace("-", " ").split()
    beam: list[tuple[int, str]] = [(0, "")]
    for number, word in enumerate(words):
        if number:
            beam = [(cost, text + " ") for cost, text in beam]
        for unit in _units(word, rules):
            options = rules.reverse.get(unit, (unit,))
            grown = [(cost + rank, text + option) for cost, text in beam for rank, option in enumerate(options)]
            grown.sort()
            beam = grown[:limit]
    return tuple(dict.fromkeys(text for _, text in beam if text))
