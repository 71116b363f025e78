"""Other spellings of a Ukrainian place name: the older romanization and the Russian form.

Reports spell the same village Robotyne (KMU 2010), Robotine, or Rabotino (from the Russian
Работино); Bakhmut's oblast neighbour is Avdiivka, Avdiyivka or Avdeyevka. The rules are data
(spelling_variants.json); the build script calls these functions for every settlement so that
villages GeoNames does not know still get their Russian-style aliases.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

from warcrimes.gazetteer.translit import TranslitTable, kmu2010, transliterate

VARIANTS_FILE = "spelling_variants.json"
RUSSIAN_NAMES_FILE = "russian_names.json"
VOWELS = frozenset("аеёиоуыэюяіїє")
MAX_FORMS = 4  # alternatives multiply across words; a few forms are enough for an alias list


@dataclass(frozen=True, slots=True)
class RussianRules:
    """Ukrainian -> Russian correspondences and the romanization of the result."""

    roots: tuple[tuple[str, str], ...]
    endings: tuple[tuple[str, tuple[str, ...]], ...]
    letters: dict[str, str]
    romanization: dict[str, str]
    romanization_bgn: dict[str, str]
    romanization_alternative: dict[str, str]

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> RussianRules:
        endings = [(a, tuple(b) if isinstance(b, list) else (b,)) for a, b in raw["endings"]]
        endings.sort(key=lambda pair: -len(pair[0]))
        return cls(tuple((a, b) for a, b in raw["roots"]), tuple(endings), dict(raw["letters"]),
                   dict(raw["romanization"]), dict(raw["romanization_bgn"]),
                   dict(raw.get("romanization_alternative", {})))


@cache
def _rules() -> dict[str, Any]:
    path = resources.files("warcrimes.gazetteer") / "data" / VARIANTS_FILE
    return dict(json.loads(path.read_text(encoding="utf-8")))


@cache
def older_table() -> TranslitTable:
    """KMU 2010 with є ї й ю я as ye yi y yu ya everywhere (Mykolayiv, Zaporizhzhya)."""
    overrides = _rules()["older_ukrainian"]
    base = kmu2010()
    return replace(base, letters={**base.letters, **overrides})


@cache
def russian_rules() -> RussianRules:
    return RussianRules.from_json(_rules()["russian"])


def older_romanization(name_uk: str) -> str:
    """The pre-2010 romanization of a Ukrainian name (Миколаїв -> Mykolayiv)."""
    return transliterate(name_uk, older_table())


def russian_forms(name_uk: str, rules: RussianRules | None = None) -> tuple[str, ...]:
    """Approximate Russian Cyrillic forms, lower case (Роботине -> работино; Гракове -> граковое, граково)."""
    rules = rules or russian_rules()
    text = name_uk.lower().replace("’", "'").replace("ʼ", "'")
    for ukrainian, russian in rules.roots:
        text = text.replace(ukrainian, russian)
    forms = [""]
    for separator, part in _parts(text):
        options: tuple[str, ...] = (part,)
        for ending, replacements in rules.endings:
            if part.endswith(ending) and len(part) > len(ending):
                options = tuple(part[: len(part) - len(ending)] + r for r in replacements)
                break
        converted = ["".join(rules.letters.get(c, c) for c in option) for option in options]
        forms = [f"{form}{separator}{option}" for form in forms for option in converted][:MAX_FORMS]
    return tuple(dict.fromkeys(forms))


def russian_form(name_uk: str, rules: RussianRules | None = None) -> str:
    """The first Russian Cyrillic form (Роботине -> работино, Харків -> харков)."""
    return russian_forms(name_uk, rules)[0]


def _parts(text: str) -> list[tuple[str, str]]:
    """Words and hyphenated parts with the separator before each ('' for the first)."""
    parts: list[tuple[str, str]] = []
    separator, current = "", list[str]()
    for char in text:
        if char in " -":
            parts.append((separator, "".join(current)))
            separator, current = char, []
        else:
            current.append(char)
    parts.append((separator, "".join(current)))
    return parts


def romanize_russian(text: str, rules: RussianRules | None = None, *, bgn: bool = False) -> str:
    """Romanize Russian Cyrillic as English media do; `bgn` writes е as ye after vowels (Avdeyevka)."""
    rules = rules or russian_rules()
    out: list[str] = []
    previous = " "
    index = 0
    while index < len(text):
        char = text[index]
        pair = text[index:index + 2]
        end_of_word = index + 2 >= len(text) or not text[index + 2].isalpha()
        if bgn and pair in rules.romanization_bgn and end_of_word:
            out.append(rules.romanization_bgn[pair])
            index += 2
            previous = pair[-1]
            continue
        if bgn and char == "е" and (not previous.isalpha() or previous in VOWELS or previous in "ьъ"):
            out.append(rules.romanization_bgn["е"])
        else:
            out.append(rules.romanization.get(char, char))
        previous = char
        index += 1
    return _title("".join(out))


def _title(text: str) -> str:
    """Capitalise each word and each hyphenated part (Velikaya Novoselka, Ivano-Frankovsk)."""
    return " ".join("-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in text.split(" "))


def russian_variants(name_uk: str) -> tuple[str, ...]:
    """Russian-style romanizations of a Ukrainian name: plain and BGN (Avdeevka, Avdeyevka)."""
    rules = russian_rules()
    alternative = replace(rules, romanization={**rules.romanization, **rules.romanization_alternative})
    forms = []
    for russian in russian_forms(name_uk, rules):
        forms += [romanize_russian(russian, rules), romanize_russian(russian, rules, bgn=True),
                  romanize_russian(russian, alternative)]
    return tuple(dict.fromkeys(forms))


def simplified(latin: str) -> str:
    """A KMU 2010 spelling with the letter groups media shorten (Balakliia -> Balaklia)."""
    for long, short in _rules()["kmu_simplified"]:
        latin = latin.replace(long, short)
    return latin


def spelling_variants(name_uk: str) -> tuple[str, ...]:
    """Every generated spelling of a Ukrainian name other than its KMU 2010 form."""
    official = transliterate(name_uk)
    forms = (simplified(official), older_romanization(name_uk), *russian_variants(name_uk))
    return tuple(f for f in dict.fromkeys(forms) if f != official)


@cache
def russian_names() -> dict[str, Any]:
    """The hand-written table of Russian names the rules miss (Харків -> Харьков), by Ukrainian name."""
    path = resources.files("warcrimes.gazetteer") / "data" / RUSSIAN_NAMES_FILE
    return dict(json.loads(path.read_text(encoding="utf-8")))


def russian_cyrillic(name_uk: str) -> tuple[str, ...]:
    """Russian Cyrillic spellings of a Ukrainian name, capitalised as names (Роботине -> Работино).

    The table's names first, then the rule-made forms; a text in Russian finds the place by them.
    """
    listed = russian_names()["settlements"].get(name_uk.replace("’", "'").replace("ʼ", "'"), [])
    made = [_title(form) for form in russian_forms(name_uk)]
    return tuple(dict.fromkeys([*listed, *made]))
