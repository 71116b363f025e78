"""Normalising a person's name and the keys that bring its Ukrainian, Russian and Latin spellings together.

Шевченко, SHEVCHENKO, Schewtschenko and Ševčenko have one matching form (`match_form`,
"shevchenko") and one blocking key (`phonetic_key`, "xvxnk"); Олійник and Олейник, Гордієнко and
Gordienko meet the same way. The rules are data (data/name_keys.json); this module applies them.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

from warcrimes.errors import ConfigError
from warcrimes.gazetteer.fold import APOSTROPHES, DASHES

Script = Literal["uk", "ru", "cyrillic", "latin", "none"]
UKRAINIAN_ONLY = frozenset("іїєґ")
RUSSIAN_ONLY = frozenset("ыэъё")
APOSTROPHE = "ʼ"  # U+02BC, the Ukrainian apostrophe as Unicode recommends it for letters


@dataclass(frozen=True)
class NameRules:
    """The tables of data/name_keys.json."""

    cyrillic: dict[str, str]
    cyrillic_fold: dict[str, str]
    homoglyphs: dict[str, str]
    latin_letters: dict[str, str]
    latin_pre: tuple[tuple[str, str], ...]
    latin_units: tuple[tuple[str, str], ...]
    latin_rewrites: tuple[tuple[str, str], ...]
    latin_final: tuple[tuple[str, str], ...]
    phonetic: dict[str, Any]
    reverse: dict[str, tuple[str, ...]]


@cache
def name_rules() -> NameRules:
    path = resources.files("warcrimes.registry") / "data" / "name_keys.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        lists = ("latin_pre", "latin_units", "latin_rewrites", "latin_final")
        pairs = {k: tuple((a, b) for a, b in raw[k]) for k in lists}
        return NameRules(dict(raw["cyrillic"]), dict(raw["cyrillic_fold"]), dict(raw["homoglyphs"]),
                         dict(raw["latin_letters"]), pairs["latin_pre"], pairs["latin_units"],
                         pairs["latin_rewrites"], pairs["latin_final"], dict(raw["phonetic"]),
                         {k: tuple(v) for k, v in raw["reverse"].items()})
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"registry/data/name_keys.json is damaged ({exc}); restore it from the repository.") from exc


def is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


def script_of(text: str) -> Script:
    """uk or ru when letters only one language has decide it; cyrillic when none does; latin; none."""
    lowered = text.lower()
    if any(is_cyrillic(c) for c in lowered):
        if UKRAINIAN_ONLY & set(lowered):
            return "uk"
        return "ru" if RUSSIAN_ONLY & set(lowered) else "cyrillic"
    return "latin" if any(c.isalpha() for c in lowered) else "none"


def _fix_homoglyphs(word: str, rules: NameRules) -> str:
    """Latin look-alikes typed inside a Cyrillic word (Iван with a Latin I) become Cyrillic."""
    if not any(is_cyrillic(c) for c in word):
        return word
    out = []
    for char in word:
        lower = char.lower()
        if lower in rules.homoglyphs:
            cyr = rules.homoglyphs[lower]
            out.append(cyr.upper() if char.isupper() else cyr)
        else:
            out.append(char)
    return "".join(out)


def clean_name(text: str, rules: NameRules | None = None) -> str:
    """The name for display and storage: NFC, one space, one apostrophe, hyphens, words capitalised.

    A word typed all in capitals or all in small letters is capitalised (ШЕВЧЕНКО -> Шевченко);
    mixed case is kept as written (МакДональд).
    """
    rules = rules or name_rules()
    text = unicodedata.normalize("NFC", text)
    text = "".join(APOSTROPHE if c in APOSTROPHES else "-" if c in DASHES else c for c in text)
    words = []
    for word in text.replace(" -", "-").replace("- ", "-").split():
        word = _fix_homoglyphs(word, rules)
        letters = [c for c in word if c.isalpha()]
        if letters and (all(c.isupper() for c in letters) or all(c.islower() for c in letters)):
            word = "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
        words.append(word)
    return " ".join(words)


def cyrillic_key(text: str, rules: NameRules | None = None) -> str:
    """Cyrillic folded across Ukrainian and Russian: і ї ы й -> и, є ё э -> е, ґ -> г, no ь ъ or apostrophes."""
    rules = rules or name_rules()
    lowered = clean_name(text, rules).lower().replace(APOSTROPHE, "").replace("-", " ")
    return "".join(rules.cyrillic_fold.get(c, c) for c in lowered)


def _latin_letters(text: str, rules: NameRules) -> str:
    text = "".join(rules.latin_letters.get(c, c) for c in text)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _reduce_latin(text: str, rules: NameRules) -> str:
    """Rewrite until nothing changes, so a form is its own form: a rewrite can make what an earlier
    rule reads ('x' -> 'ks' before 'ch' makes the 'sch' of German spellings: XCH -> ksch -> ksh)."""
    while True:  # after one pass only shortening rules can still apply, so this ends
        before = text
        text = _reduce_once(text, rules)
        if text == before:
            return text


def _reduce_once(text: str, rules: NameRules) -> str:
    for old, new in rules.latin_pre:
        text = text.replace(old, new)
    for unit, placeholder in rules.latin_units:
        text = text.replace(unit, placeholder)
    for old, new in rules.latin_rewrites:
        text = text.replace(old, new)
    for unit, placeholder in rules.latin_units:
        text = text.replace(placeholder, unit)
    text = _collapse(text)
    while True:  # every final rule shortens the text, so this ends
        before = text
        for old, new in rules.latin_final:
            text = text.replace(old, new)
        text = _collapse(text)
        if text == before:
            return text


def _collapse(text: str) -> str:
    """Doubled letters collapse: Hanna/Ганна/Анна, Illia/Ilya, Yurii/Yuriy."""
    out: list[str] = []
    for char in text:
        if not out or char != out[-1]:
            out.append(char)
    return "".join(out)


def match_form(text: str, rules: NameRules | None = None) -> str:
    """The one Latin form every spelling of a name is compared in (Гордієнко, Гордиенко, Hordiienko -> gordenko)."""
    rules = rules or name_rules()
    text = unicodedata.normalize("NFKC", text)  # styled and full-width letters (𝐀, Ａ) are the plain letter
    lowered = cyrillic_key(text, rules) if any(is_cyrillic(c) for c in text) else text.casefold()
    mapped = "".join(rules.cyrillic.get(c, c) for c in lowered)
    mapped = _latin_letters(mapped, rules)
    letters = "".join(c.lower() if c.isalpha() and c.isascii() else " " for c in mapped if c not in APOSTROPHES)
    return " ".join(_reduce_latin(w, rules) for w in letters.split())


def phonetic_key(text: str, rules: NameRules | None = None) -> str:
    """A coarse key for blocking: the first letter's class, then consonant classes, vowels dropped.

    Шевченко, Shevchenko and Schewtschenko -> xvxnk; Мельник and Melnik -> mlnk. Two spellings of
    one family name share it unless a typo hits a consonant (matching has other blocks for that).
    """
    rules = rules or name_rules()
    spec = rules.phonetic
    form = match_form(text, rules).replace(" ", "")
    if not form:
        return ""
    for unit, symbol in spec["units"]:
        form = form.replace(unit, symbol.upper())
    out: list[str] = []
    for index, char in enumerate(form):
        if char.isupper():
            symbol = char.lower()
        elif char in spec["vowels"]:
            symbol = spec["initial_vowel"] if index == 0 else ""
        else:
            symbol = spec["letters"].get(char, "")
        if symbol and (not out or out[-1] != symbol):
            out.append(symbol)
    return "".join(out)[: int(spec["length"])]
