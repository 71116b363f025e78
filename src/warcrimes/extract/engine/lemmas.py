"""The lemmatizer interface, and a lookup lemmatizer compiled from a language's inflection tables.

A lemmatizer maps a folded word form to its lemmas; a form may have several ("shot": the noun and
the verb "shoot"), and a pattern asking for a lemma matches if any of them is it. Ukrainian and
Russian plug in pymorphy3 behind the same call; English needs no dictionary because patterns only
ever ask for lemmas they name: the forms of those lemmas are generated from the language's
suffix rules and irregular table, and every other word is its own lemma.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol

#: Forms whose pymorphy3 parses a process keeps (about 1 kB each, 50 MB at most): far above a report's vocabulary.
MAX_PARSED = 50_000


class Lemmatizer(Protocol):
    def __call__(self, form: str) -> tuple[str, ...]: ...


class _Remembered:
    """A lemmatizer that remembers each form's lemmas in `_cache`, filled by its own `__call__`."""

    _cache: dict[str, tuple[str, ...]]

    def __call__(self, form: str) -> tuple[str, ...]:
        raise NotImplementedError

    def every(self, forms: Sequence[str]) -> list[tuple[str, ...]]:
        """Each form's lemmas, as a call per form gives them: the forms seen before in one pass over the
        cache (a report's tokens are mostly known words, and a call each cost 1.5 % of extraction)."""
        known = list(map(self._cache.get, forms))
        if None not in known:
            return known  # type: ignore[return-value]  # no None in it, as just checked
        return [found if found is not None else self(form) for form, found in zip(forms, known, strict=True)]


class InflectionLemmatizer(_Remembered):
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


class MorphologyLemmatizer(_Remembered):
    """Lemmas from pymorphy3's dictionary of a language (uk, ru): every parse's normal form.

    Forms arrive folded by the language's table; `to_dictionary` maps the folded spelling back to
    the dictionary's (Ukrainian apostrophes are U+02BC in our tokens, ASCII in pymorphy3's data)
    and `fold` brings lemmas into the folded spelling patterns are written in. Parses are cached
    by form (measured in docs/languages.md: 5,458 uncached against 628,551 cached lemmas/s).
    """

    def __init__(self, code: str, fold: Callable[[str], str], to_dictionary: Callable[[str], str] = str) -> None:
        import pymorphy3  # imported here: English never pays its 0.1-0.6 s load

        self.analyzer = pymorphy3.MorphAnalyzer(lang=code)
        self.fold = fold
        self.to_dictionary = to_dictionary
        self._cache: dict[str, tuple[str, ...]] = {}
        self._nominatives: dict[str, tuple[str, ...]] = {}
        self._parsed: dict[str, list[Any]] = {}

    def parses(self, form: str) -> list[Any]:
        """pymorphy3's parses of a folded form, remembered per process: lemmas, nominatives and the tag
        questions below all read the same parses (each parsed afresh before: 2,830 parses of 1,326 forms for
        dev-uk and dev-ru, 29 % of those reports' instructions; docs/extraction.md, speed pass 4). Parses are
        named tuples, read and never changed."""
        found = self._parsed.get(form)
        if found is None:
            if len(self._parsed) >= MAX_PARSED:  # bounded by the vocabulary; cleared if it runs away
                self._parsed.clear()
            found = self._parsed[form] = self.analyzer.parse(self.to_dictionary(form))
        return found

    def __call__(self, form: str) -> tuple[str, ...]:
        found = self._cache.get(form)
        if found is None:
            if not form[:1].isalpha():
                found = (form,)
            else:
                lemmas = dict.fromkeys(self.fold(p.normal_form) for p in self.parses(form))
                found = (form, *(x for x in lemmas if x != form))
            self._cache[form] = found
        return found

    def nominatives(self, form: str) -> tuple[str, ...]:
        """The form put in the nominative, keeping gender and number ("великій" -> "велика"), then
        its lemmas: how a place name in any case is looked up among the gazetteer's spellings."""
        found = self._nominatives.get(form)
        if found is None:
            out: dict[str, None] = {}
            for parse in self.parses(form)[:4]:
                inflected = parse.inflect({"nomn"})
                if inflected is not None:
                    out[self.fold(inflected.word)] = None
                out[self.fold(parse.normal_form)] = None
            out.setdefault(form, None)
            found = self._nominatives[form] = tuple(out)
        return found

    def person_part(self, form: str) -> str | None:
        """'given' or 'surname' when the dictionary's likeliest reading of `form` is a person's name
        and no reading is a place (Russian marks places Geox); None otherwise. "Олег" is a given
        name though villages bear it; "Муром" may be a surname, so it is one only beside a given name."""
        parses = self.parses(form)
        if not parses or any("Geox" in p.tag.grammemes for p in parses):
            return None
        grammemes = parses[0].tag.grammemes
        if "Name" in grammemes or "Patr" in grammemes:
            return "given"
        return "surname" if "Surn" in grammemes else None

    def is_function_word(self, form: str) -> bool:
        """Whether some reading of `form` is a preposition or conjunction ("Серед", "Після", "Під" opening a
        sentence): such a word is never the place name a gazetteer spelling of it suggests."""
        return any(p.tag.POS in {"PREP", "CONJ"} for p in self.parses(form))

    def is_inflected_adjective(self, form: str) -> bool:
        """Whether the likeliest reading of `form` is an adjective outside the nominative
        ("Покровському", "Ізюмського"): the shape of a raion, sector or hromada named by its adjective."""
        parses = self.parses(form)
        return bool(parses) and parses[0].tag.POS == "ADJF" and parses[0].tag.case != "nomn"
