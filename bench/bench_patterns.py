"""The pattern matcher against spaCy's, on the same English patterns and the same text, one core.

Our matcher (extract/engine/patterns.py) indexes every pattern variant by what its first token can
be; spaCy's Matcher tries its patterns at every token. Where spaCy is installed (it is not a
dependency: `pip install spacy` in a scratch venv, then `PYTHONPATH=src python -m bench patterns`)
the same patterns run through spacy.blank("en") + Matcher, with each lemma test expanded to the
forms our lemmatizer knows, so both find the same matches; the rows print side by side.
"""

from __future__ import annotations

import time

from bench.bench_grammar import generated_text
from warcrimes.extract.engine.language import load


def _best(fn, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def _spacy_rows(text: str, words: int, ours: int) -> list[tuple[str, str]]:
    try:
        import spacy  # type: ignore[import-not-found]
        from spacy.matcher import Matcher  # type: ignore[import-not-found]
    except ImportError:
        return [("spaCy Matcher", "not installed here (not a dependency); see the module docstring")]
    english = load("en")
    lemmatizer = english.lemmatizer
    forms_of: dict[str, set[str]] = {}
    for form, lemmas in getattr(lemmatizer, "forms", {}).items():
        for lemma in lemmas:
            forms_of.setdefault(lemma, set()).add(form)
    nlp = spacy.blank("en")
    matcher = Matcher(nlp.vocab)
    for n, pattern in enumerate(english.matcher.patterns):
        from warcrimes.extract.engine.patterns import _variants

        for k, variant in enumerate(_variants(pattern.tests, pattern.id)):
            spec = []
            for test in variant:
                forms = set(test.forms) | {f for lemma in test.lemmas for f in forms_of.get(lemma, {lemma})}
                spec.append({"LOWER": {"IN": sorted(forms)}} if forms else {"IS_DIGIT": True})
            matcher.add(f"{n}.{k}", [spec])
    started = time.perf_counter()
    doc = nlp.make_doc(text.lower())
    tokenised = time.perf_counter() - started
    seconds = _best(lambda: matcher(doc), runs=1)
    found = len(matcher(doc))
    return [
        ("spaCy tokenizer (blank en)", f"{words / tokenised:,.0f} words/s"),
        ("spaCy Matcher, same patterns", f"{words / seconds:,.0f} words/s, {found:,} matches (ours {ours:,})"),
    ]


def run() -> list[tuple[str, str]]:
    english = load("en")
    text = generated_text(1 << 19)
    words = len(text.split())
    matcher = english.matcher
    tokens = english.tokenise(text)
    tokens.lemmas  # noqa: B018 - lemmatised once, as a Document does
    found = len(matcher(tokens))
    rows = [
        ("text", f"{len(text) / 1e6:.2f} MB, {words:,} words; {len(matcher.patterns):,} patterns"),
        ("tokenise + lemmas (ours)", f"{words / _best(lambda: english.tokenise(text).lemmas):,.0f} words/s"),
        ("match all patterns (ours)", f"{words / _best(lambda: matcher(tokens)):,.0f} words/s, {found:,} matches"),
    ]
    return rows + _spacy_rows(text, words, found)
