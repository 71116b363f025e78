"""Which language a report is in: English, Ukrainian, Russian, a mix of them, or another language.

Letters alone cannot tell a short Ukrainian post without і/ї/є from Russian, nor Belarusian or
Bulgarian from either; so each sentence is scored on three kinds of evidence written down per
language in data/markers.json: letters only that alphabet has, function words, and word endings
(Ukrainian -ння/-ів/-ив where Russian has -ние/-ов/-ил). A sentence whose evidence is weak takes
the language of the whole text in its script; a text whose sentences are in two of en/uk/ru, each
with a fifth of the letters or more, is "mixed" (an English article quoting a Ukrainian post).
Measured against lingua-language-detector in bench/bench_language_id.py.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from warcrimes.errors import ConfigError

KNOWN = ("en", "uk", "ru")
#: A language with at least this share of the letters counts towards "mixed".
MIXED_SHARE = 0.2
#: Below this much evidence a sentence says nothing on its own.
MIN_EVIDENCE = 2.0
#: A sentence overrides the whole text's language only with a lead this large (and twice the runner-up).
SENTENCE_LEAD = 3.0
SAMPLE = 50_000

# One or more letters, apostrophe-joined parts allowed (п'ять, zv'yazok): each repetition must start
# with an apostrophe, so the pattern cannot backtrack.
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?…\n«»“”„\"]+")


@dataclass(frozen=True, slots=True)
class Markers:
    """One language's evidence: weights per letter, per function word, per word ending, and per
    pair of letters seen together (і with ы is Belarusian: Ukrainian has no ы, Russian no і)."""

    letters: dict[str, float]
    words: dict[str, float]
    endings: tuple[tuple[str, float], ...]  # longest first
    letter_pairs: dict[str, float]


@dataclass(frozen=True)
class LanguageId:
    """The verdict: `language` is en, uk, ru, mixed, other or und (no letters to judge).

    `main` is the language with most letters (en, uk, ru or other), the one to extract with when the
    text is mixed; `shares` gives each language's share of the letters judged.
    """

    language: str
    main: str
    shares: dict[str, float] = field(default_factory=dict)


@cache
def markers() -> dict[str, dict[str, Markers]]:
    """script -> language -> markers, from the shipped data file (loaded once)."""
    path = resources.files("warcrimes.language_id") / "data" / "markers.json"
    try:
        raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        _check_weights(raw, path)
        return {script: {lang: Markers(dict(m["letters"]), dict(m["words"]),
                                       tuple(sorted(m["endings"].items(), key=lambda e: -len(e[0]))),
                                       dict(m.get("letter_pairs", {})))
                         for lang, m in raw[script].items()}
                for script in ("cyrillic", "latin")}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(f"The language markers file {path} is not usable ({exc}); "
                          "restore it from the repository.") from exc


def _check_weights(raw: dict[str, Any], path: object) -> None:
    """Refuse a weight that is not a multiple of 1/64: such sums are exact in floating point, so a
    sentence scores the same whichever order its words' weights are added in (`_scores` adds each
    word's weight, summed once per word, rather than letter by letter)."""
    for script in ("cyrillic", "latin"):
        for lang, found in raw[script].items():
            for kind in ("letters", "words", "endings", "letter_pairs"):
                for key, weight in found.get(kind, {}).items():
                    if float(weight) * 64 != int(float(weight) * 64):
                        raise ConfigError(f"The language markers file {path}: {script}.{lang}.{kind}[{key!r}] "
                                          f"= {weight} is not a multiple of 1/64; round it.")


_CYRILLIC = re.compile("[\u0400-\u04ff]+")
_LATIN = re.compile("[\x00-\x7f\u00c0-\u024f]+")


def _script(words: list[str]) -> tuple[str, int]:
    """'cyrillic' or 'latin' by which has more letters, and the letter count."""
    joined = "".join(words)
    if joined.isascii():  # every letter Latin (the class below holds all of ASCII): an English sentence
        return "latin", len(joined)
    cyrillic = len(joined) - len(_CYRILLIC.sub("", joined))
    latin = len(joined) - len(_LATIN.sub("", joined))
    return ("cyrillic", cyrillic) if cyrillic > latin else ("latin", latin)


#: Each word's weight in each language of a script's table, computed once per word and process.
_WORD_WEIGHTS: dict[int, tuple[dict[str, Markers], dict[str, tuple[float, ...]]]] = {}
_MAX_REMEMBERED = 200_000  # words per script: bounded by the vocabulary, cleared if it runs away


def _word_weights(table: dict[str, Markers]) -> dict[str, tuple[float, ...]]:
    known = _WORD_WEIGHTS.get(id(table))
    if known is None or known[0] is not table:
        known = _WORD_WEIGHTS[id(table)] = (table, {})
    if len(known[1]) > _MAX_REMEMBERED:
        known[1].clear()
    return known[1]


class _Weigher:
    """A script's table made ready to weigh new words: each language's endings by length, longest first, so
    a word's longest listed ending is found by at most one look-up per length rather than a test per ending
    (a new Cyrillic word tested up to 44 endings in each of 6 languages: dev-uk's 683 words weighed in 8.5 ms,
    2.7 ms so; docs/extraction.md, speed pass 4); and the letters any language weighs, so a word holding none
    of them skips the letter loop."""

    def __init__(self, table: dict[str, Markers]) -> None:
        self.table = table
        self.rows: list[tuple[dict[str, float], dict[str, float], tuple[int, ...], dict[str, float]]] = []
        for found in table.values():
            by_text: dict[str, float] = {}
            for ending, weight in found.endings:  # longest first: of two alike (none are), the first counts
                by_text.setdefault(ending, weight)
            lengths = tuple(sorted({len(ending) for ending in by_text}, reverse=True))
            self.rows.append((found.words, found.letters, lengths, by_text))
        self.letters = frozenset(char for found in table.values() for char in found.letters)
        self.pair_letters = frozenset(char for found in table.values() for pair in found.letter_pairs for char in pair)

    def weigh(self, word: str) -> tuple[float, ...]:
        """One word's evidence for each language: function word, letters, and its longest listed ending. The
        sums are those of adding every letter's weight in order (0 for a letter not listed) and then the
        ending's: every weight is a multiple of 1/64 (`_check_weights`), so they are exact."""
        weights = []
        lettered = not self.letters.isdisjoint(word)
        size = len(word)
        for words, letters, lengths, endings in self.rows:
            total = words.get(word, 0.0)
            if lettered:
                for char in word:
                    total += letters.get(char, 0.0)
            for length in lengths:
                if size > length + 1:
                    weight = endings.get(word[size - length :])
                    if weight is not None:
                        total += weight
                        break
            weights.append(total)
        return tuple(weights)


_WEIGHERS: dict[int, _Weigher] = {}


def _weigher(table: dict[str, Markers]) -> _Weigher:
    weigher = _WEIGHERS.get(id(table))
    if weigher is None or weigher.table is not table:
        weigher = _WEIGHERS[id(table)] = _Weigher(table)
    return weigher


def _weigh(word: str, table: dict[str, Markers]) -> tuple[float, ...]:
    """One word's evidence for each language of the table (`_Weigher.weigh`)."""
    return _weigher(table).weigh(word)


def _scores(words: list[str], table: dict[str, Markers]) -> dict[str, float]:
    return _with_pairs(_word_sums(words, table), words, table)


def _word_sums(words: list[str], table: dict[str, Markers]) -> list[float]:
    """Each language's sum of the words' weights, in the table's order (letter pairs aside)."""
    remembered = _word_weights(table)
    rows = list(map(remembered.get, words))
    if None in rows:  # words met for the first time in this process
        for at, word in enumerate(words):
            if rows[at] is None:
                row = remembered.get(word)
                rows[at] = row if row is not None else remembered.setdefault(word, _weigh(word, table))
    return [sum(column) for column in zip(*rows, strict=True)] if rows else [0] * len(table)


def _with_pairs(sums: list[float], words: list[str], table: dict[str, Markers]) -> dict[str, float]:
    """The scores: word sums plus the weights of letter pairs seen together in the words."""
    paired = _weigher(table).pair_letters
    if not paired:  # the Latin table has none
        return dict(zip(table, sums, strict=True))
    # only the letters some pair names: a pair is inside them exactly when it is inside all the words' letters
    # (the set of every letter of a sentence took 43 % of identifying a Cyrillic text)
    seen = paired.intersection("".join(words))
    return {lang: sum((weight for pair, weight in found.letter_pairs.items() if set(pair) <= seen), total)
            for (lang, found), total in zip(table.items(), sums, strict=True)}


def _best(scores: dict[str, float]) -> tuple[str, float, float]:
    """The leading language, its score and its lead over the runner-up (the first listed wins a tie,
    as a stable sort by score would have it)."""
    values = list(scores.values())
    top = max(values)
    at = values.index(top)
    rest = values[:at] + values[at + 1:]
    return list(scores)[at], top, top - (max(rest) if rest else 0.0)


def _decided(lang: str, score: float, lead: float, fallback: str | None) -> str | None:
    strong = score >= MIN_EVIDENCE and lead >= SENTENCE_LEAD and score >= 2 * (score - lead)
    if strong or fallback is None:
        return lang if score >= MIN_EVIDENCE and lead > 0 else fallback
    return fallback


def _apostrophes(text: str) -> str:
    """’ and ʼ as '. Two replace() calls, not a translate() table: on a text not all ASCII that looks every
    character up and pays an exception for each one missing (four times as long on the dev reports)."""
    return text.replace("’", "'").replace("ʼ", "'")


def _words(text: str) -> list[str]:
    return _WORD.findall(_apostrophes(text.lower()))


def _sentences(sample: str) -> list[list[str]]:
    """The words of each sentence holding any, lowercased. The sample is lowercased whole, which is each
    sentence lowercased alone (no end of sentence is a cased letter) but for a capital sigma, whose small
    form depends on the letter after it: a text holding one is lowercased sentence by sentence."""
    if "\u03a3" in sample:
        return [words for part in _SENTENCE_END.split(sample) if (words := _words(part))]
    lowered = _apostrophes(sample.lower())
    return [words for part in _SENTENCE_END.split(lowered) if (words := _WORD.findall(part))]


#: The text judged last and the verdict, by identity: `warcrimes extract` asks about each file twice (which
#: rules to load, then extract() itself), and the second answer is the first's (docs/extraction.md, speed pass 4).
_LAST_IDENTIFIED: tuple[str, LanguageId] | None = None
_LAST_RUNS: tuple[str, list[tuple[int, int, str]]] | None = None


def identify(text: str) -> LanguageId:
    """The language of `text` (its first 50,000 characters), judged sentence by sentence."""
    global _LAST_IDENTIFIED
    last = _LAST_IDENTIFIED
    if last is not None and last[0] is text:  # the very same string object: the same verdict
        return last[1]
    found = _identify(text)
    _LAST_IDENTIFIED = (text, found)
    return found


def _identify(text: str) -> LanguageId:
    sample = text[:SAMPLE]
    table = markers()
    sentences = _sentences(sample)
    scripts = [_script(words) for words in sentences]
    sums = [_word_sums(words, table[script]) for words, (script, _) in zip(sentences, scripts, strict=True)]
    by_script: dict[str, list[str]] = {"cyrillic": [], "latin": []}
    totals: dict[str, list[float]] = {}  # a script's word sums over its sentences: each word is weighed once
    for words, (script, _), found in zip(sentences, scripts, sums, strict=True):
        by_script[script].extend(words)
        totals[script] = [a + b for a, b in zip(totals[script], found, strict=True)] if script in totals else found
    overall = {script: _overall(script, _with_pairs(totals[script], words, table[script]) if words else None)
               for script, words in by_script.items()}
    letters: Counter[str] = Counter()
    for words, (script, count), found in zip(sentences, scripts, sums, strict=True):
        lang, score, lead = _best(_with_pairs(found, words, table[script]))
        chosen = _decided(lang, score, lead, overall[script])
        if chosen is not None:
            letters[chosen if chosen in KNOWN else "other"] += count
    return _verdict(letters)


def _overall(script: str, scores: dict[str, float] | None) -> str | None:
    """The language of all the text's sentences in one script (their words' `scores`, None when the
    script has no words), on whatever evidence there is.

    Latin script with no sign of another language is English (the only Latin-script language the
    system reads); Cyrillic with no sign at all stays undecided.
    """
    if scores is None:
        return None
    lang, score, lead = _best(scores)
    if lead > 0:
        return lang
    return "en" if script == "latin" else None


def _verdict(letters: Counter[str]) -> LanguageId:
    total = sum(letters.values())
    if not total:
        return LanguageId("und", "und", {})
    shares = {lang: round(count / total, 3) for lang, count in letters.most_common()}
    main = next(iter(shares))
    present = [lang for lang in KNOWN if shares.get(lang, 0.0) >= MIXED_SHARE]
    if main == "other" and shares[main] >= 0.5:
        return LanguageId("other", main, shares)
    if len(present) > 1:
        return LanguageId("mixed", main, shares)
    return LanguageId(main, main, shares)


def detect_language(text: str) -> str:
    """Just the verdict's code: en, uk, ru, mixed, other or und."""
    return identify(text).language


#: A run with fewer letters than this (a quoted name, a one-word caption) joins the run before it.
MIN_RUN_LETTERS = 40


def language_runs(text: str) -> list[tuple[int, int, str]]:
    """The text cut into runs of one language each (`_language_runs`); the last text's runs are remembered
    by identity, as identify()'s verdict is."""
    global _LAST_RUNS
    last = _LAST_RUNS
    if last is None or last[0] is not text:
        last = _LAST_RUNS = (text, _language_runs(text))
    return list(last[1])


def _language_runs(text: str) -> list[tuple[int, int, str]]:
    """The text cut into runs of one language each, `(start, end, language)`, covering it end to end.

    Pieces are judged as identify() judges sentences (quote marks end a piece, so a quoted post is
    a piece of its own); a piece with no verdict takes the language before it, and a run shorter
    than MIN_RUN_LETTERS letters between two runs of one language joins them, so a Cyrillic name
    quoted in an English sentence does not cut the sentence. Languages are en, uk, ru or other.
    """
    table = markers()
    pieces: list[tuple[int, int, list[str]]] = []
    at = 0
    for stop in _SENTENCE_END.finditer(text):
        pieces.append((at, stop.end(), _words(text[at:stop.end()])))
        at = stop.end()
    if at < len(text):
        pieces.append((at, len(text), _words(text[at:])))
    by_script: dict[str, list[str]] = {"cyrillic": [], "latin": []}
    for _, _, words in pieces:
        if words:
            by_script[_script(words)[0]].extend(words)
    overall = {script: _overall(script, _scores(words, table[script]) if words else None)
               for script, words in by_script.items()}
    judged: list[tuple[int, int, str | None, int]] = []
    for start, end, words in pieces:
        chosen, count = None, 0
        if words:
            script, count = _script(words)
            chosen = _decided(*_best(_scores(words, table[script])), overall[script])
        judged.append((start, end, None if chosen is None else chosen if chosen in KNOWN else "other", count))
    return _smoothed(judged)


def _smoothed(judged: list[tuple[int, int, str | None, int]]) -> list[tuple[int, int, str]]:
    """Pieces merged into runs: an unjudged piece takes the language before it, and a short run
    between two runs of one language (a quoted name inside a sentence) joins them."""
    first = next((lang for _, _, lang, _ in judged if lang is not None), "und")
    runs: list[list[Any]] = []  # [start, end, language, letters]
    for start, end, lang, count in judged:
        _extend(runs, [start, end, lang or (runs[-1][2] if runs else first), count])
    merged: list[list[Any]] = []
    for run in runs:
        if len(merged) >= 2 and merged[-1][3] < MIN_RUN_LETTERS and merged[-2][2] == run[2]:
            short = merged.pop()
            merged[-1][1], merged[-1][3] = short[1], merged[-1][3] + short[3]
        _extend(merged, list(run))
    return [(start, end, language) for start, end, language, _ in merged]


def _extend(runs: list[list[Any]], run: list[Any]) -> None:
    """Append `run`, or lengthen the last run when it is in the same language."""
    if runs and runs[-1][2] == run[2]:
        runs[-1][1], runs[-1][3] = run[1], runs[-1][3] + run[3]
    else:
        runs.append(run)
