"""Which language a report is in, by script and letters; only English has lexicons so far."""

from __future__ import annotations

from warcrimes.errors import UnsupportedLanguageError

SUPPORTED = frozenset({"en"})
_UKRAINIAN_ONLY = frozenset("іїєґІЇЄҐ")
_RUSSIAN_ONLY = frozenset("ыэъЫЭЪё")


def detect_language(text: str, sample: int = 20_000) -> str:
    """'en', 'uk', 'ru' or 'und' from the first `sample` characters (letters only).

    Script is enough to route a report to its lexicons: Cyrillic with і/ї/є/ґ is
    Ukrainian, with ы/э/ъ Russian; Latin script is taken as English for now.
    """
    latin = cyrillic = uk = ru = 0
    for ch in text[:sample]:
        if not ch.isalpha():
            continue
        if "\u0400" <= ch <= "\u04ff":
            cyrillic += 1
            if ch in _UKRAINIAN_ONLY:
                uk += 1
            elif ch in _RUSSIAN_ONLY:
                ru += 1
        elif ch.isascii():
            latin += 1
    if cyrillic > latin:
        return "uk" if uk >= ru else "ru"
    return "en" if latin else "und"


def require_supported(language: str) -> None:
    """Refuse a language without lexicons, in a sentence (no crash, no empty result)."""
    if language == "und":
        return
    if language not in SUPPORTED:
        raise UnsupportedLanguageError(
            f"language {language!r} is not supported yet (only English lexicons ship so far)"
        )
