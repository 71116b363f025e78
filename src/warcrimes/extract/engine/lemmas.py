"""The lemmatizer interface, and a lookup lemmatizer compiled from a language's inflection tables.

A lemmatizer maps a folded word form to its lemmas; a form may have several ("shot": the noun and
the verb "shoot"), and a pattern asking for a lemma matches if any of them is it. Ukrainian and
Russian plug in pymorphy3 behind the same call; English needs no dictionary because patterns only
ever ask for lemmas they name: the forms of those lemmas are generated from the language's
suffix rules and irregular table, and every other word is its own lemma.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol


class Lemmatizer(Protocol):
    def __call__(self, form: str) -> tuple[str, ...]: ...


class InflectionLemmatizer:
    """Lemmas by lookup in a table of generated forms: form -> lemmas; unknown forms are their own lemma.

    `rules` are (lemma ending, form ending) pairs ("e" -> "ed": "execute" -> "executed"; "" -> "s");
    `irregular` maps a lemma to its irregular forms ("shoot": ["shot", "shooting"]).
    """

    def __init__(self, rules: Iterable[tuple[str, str]], irregular: dict[str, list[str]]) -> None:
        self.rules = tuple(rules)
        self.irregular = irregular
        self.forms: dict[str, tuple[str, ...]] = {}
        self._cache: dict[str, tuple[str, ...]] = {}

    def inflect(self, lemma: str) -> set[str]:
        """Every form the rules and the irregular table give for `lemma` (the lemma itself included)."""
        forms = {lemma, *self.irregular.get(lemma, ())}
        if " " in lemma or not lemma.isalpha():
            return forms
        for ending, replacement in self.rules:
            if ending.startswith("+"):  # "+double": stop -> stopped, shell -> shelled
                last = lemma[-1:]
                if len(lemma) > 2 and last not in "aeiouwxy" and lemma[-2:-1] in "aeiou":
                    forms.update(lemma + last + tail for tail in replacement.split(","))
                continue
            if lemma.endswith(ending):
                forms.add(lemma[: len(lemma) - len(ending)] + replacement)
        return forms

    def learn(self, lemmas: Iterable[str]) -> None:
        """Add the forms of `lemmas` (the lemmas the patterns name) to the lookup table."""
        for lemma in lemmas:
            for form in self.inflect(lemma):
                known = self.forms.get(form, ())
                if lemma not in known:
                    self.forms[form] = (*known, lemma)
        self._cache.clear()

    def __call__(self, form: str) -> tuple[str, ...]:
        found = self._cache.get(form)
        if found is None:
            lemmas = self.forms.get(form)
            found = self._cache[form] = (form, *(x for x in lemmas if x != form)) if lemmas else (form,)
        return found
