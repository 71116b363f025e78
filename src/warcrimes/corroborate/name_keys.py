"""A cited name as a key: folded, little words dropped, case endings cut, synonyms made one.

"Запорізької обласної прокуратури", "Запорізька обласна прокуратура" and "прокуратура Запорізької
області" all give the key {запорізьк, област, прокуратур}; "Prosecutor's Office of Zaporizhzhia Region"
and "Zaporizhzhia Regional Prosecutor's Office" give {zaporizhzhia, oblast, prosecutor, office}. The
key is a set of stems, so word order does not matter. Cutting endings is a stand-in for a lemmatizer
(issue 15 allows simple stem rules until the languages are read); the rules are data in
data/name_forms.json.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from warcrimes.corroborate.shipped import read_json
from warcrimes.errors import ConfigError
from warcrimes.gazetteer import fold

FORMS_FILE = "name_forms.json"
Key = frozenset[str]


@dataclass(frozen=True)
class Stemmer:
    """Cuts case and number endings: Cyrillic by the longest ending, Latin by a plural ending."""

    cyrillic_endings: tuple[str, ...]  # longest first
    fleeting: tuple[tuple[str, str], ...]  # Лубінець / Лубінця: the vowel that drops out
    latin_endings: tuple[tuple[str, str], ...]  # longest first
    latin_kept: tuple[str, ...]
    min_stem: int

    def stem(self, word: str) -> str:
        """One folded word without its ending (if at least min_stem letters are left)."""
        if not word.isascii():
            for ending, replacement in self.fleeting:
                if word.endswith(ending) and len(word) > len(ending) + 1:
                    word = word[: -len(ending)] + replacement
                    break
            for ending in self.cyrillic_endings:
                if word.endswith(ending) and len(word) - len(ending) >= self.min_stem:
                    return word[: -len(ending)]
            return word
        if word.endswith(self.latin_kept):
            return word
        for ending, replacement in self.latin_endings:
            if word.endswith(ending) and len(word) - len(ending) >= self.min_stem:
                return word[: -len(ending)] + replacement
        return word


@dataclass(frozen=True)
class NameForms:
    """The folding rules of data/name_forms.json, folded and stemmed once so that text and rules meet."""

    stemmer: Stemmer
    stopwords: frozenset[str]
    equivalents: dict[str, str]
    speakers: tuple[tuple[str, ...], ...]  # stemmed phrases, longest first
    channels: frozenset[str]

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> NameForms:
        try:
            endings = raw["endings"]
            stemmer = Stemmer(tuple(sorted({fold(e) for e in endings["cyrillic"]}, key=len, reverse=True)),
                              tuple((fold(k), fold(v)) for k, v in endings["fleeting"].items()),
                              tuple(sorted(endings["latin"].items(), key=lambda kv: len(kv[0]), reverse=True)),
                              tuple(endings["latin_kept"]), int(endings["min_stem"]))
            stem = stemmer.stem
            phrases = {tuple(stem(t) for t in fold(p).split()) for lang in raw["speakers"].values() for p in lang}
            return cls(stemmer, frozenset(fold(w) for language in raw["stopwords"].values() for w in language),
                       {stem(fold(k)): stem(fold(v)) for k, v in raw["equivalents"].items()},
                       tuple(sorted(phrases, key=len, reverse=True)), frozenset(fold(c) for c in raw["channels"]))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ConfigError(f"corroborate/data/{FORMS_FILE} is not usable ({exc!r}); restore it from the "
                              "repository.") from exc

    def stems(self, text: str) -> tuple[str, ...]:
        """The stems of a name in order, little words dropped and synonyms made one."""
        words = fold(_letters_and_digits(text)).split()
        stemmed = (self.stemmer.stem(w) for w in words if w not in self.stopwords)
        return tuple(self.equivalents.get(s, s) for s in stemmed)

    def without_speakers(self, stems: tuple[str, ...]) -> tuple[str, ...]:
        """The stems with every 'head of', 'press service of', 'глава' ... phrase taken out."""
        out: list[str] = []
        i = 0
        while i < len(stems):
            phrase = next((p for p in self.speakers if stems[i:i + len(p)] == p), None)
            if phrase:
                i += len(phrase)
            else:
                out.append(stems[i])
                i += 1
        return tuple(out)

    def without_channel(self, publisher: str) -> str:
        """A publisher's name without the platform it starts with ('Telegram: X' -> 'X')."""
        head, sep, rest = publisher.partition(":")
        if sep and fold(head) in self.channels:
            return rest.strip()
        return publisher


def _letters_and_digits(text: str) -> str:
    """Everything but letters, digits, apostrophes and dashes becomes a space (fold keeps the rest apart)."""
    return "".join(c if c.isalnum() or c in "'’ʼ`-‐‑–—" else " " for c in text)


@cache
def name_forms() -> NameForms:
    """The shipped rules, loaded and checked once."""
    return NameForms.from_json(read_json(FORMS_FILE))
