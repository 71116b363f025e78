"""People's names in a report: capitalised words from a given name on, or right after a title.

Given names are data (lang/<xx>/names.json); a run like "Ukraine's Ombudsman Dmytro
Lubinets" yields "Dmytro Lubinets", and "Mission head Danielle Bell" is found by its title.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any

from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.index import Spans
from warcrimes.extract.engine.language import table
from warcrimes.extract.engine.patterns import Match
from warcrimes.extract.engine.text import fold

_UPPER = "A-Z\u00c0-\u00de\u0400-\u042f"  # Latin and Cyrillic capitals: names in either script
_LETTER = "a-zA-Z\u00c0-\u024f\u0400-\u04ff"
_CAPITALISED = re.compile(
    rf"[{_UPPER}][{_LETTER}'\u2019\u02bc\-]*(?:[ \t]+[{_UPPER}][{_LETTER}'\u2019\u02bc\-]*){{0,5}}"
)


@cache
def given_names(language: str) -> frozenset[str]:
    """Folded given names of names.json with their other spellings: "Heorhii" stands for "Heorhiy" too
    (`given_spellings`), so a surname after either is not read as a village."""
    names = table(language, "names.json")
    plain = {fold(n) for group in names["given"].values() for n in group}
    pairs = (names.get("given_spellings") or {}).get("endings", [])
    variants = {
        name[: -len(a)] + b
        for name in plain
        for one, other in pairs
        for a, b in ((one, other), (other, one))
        if name.endswith(a) and len(name) > len(a) + 2
    }
    return frozenset(plain | variants)


def find_persons(doc: Document, titles: list[Match]) -> list[tuple[int, int, str]]:
    """Spans of people's names: capitalised words from a given name on, or right after a title.

    The actors and casualties steps both ask, with the same titles: the names found are kept in
    the document for the titles' spans, so the text is scanned once."""
    title_ends = sorted(h.end for h in titles)
    title_starts = frozenset(h.start for h in titles)
    key = (tuple(title_ends), title_starts)
    known = doc.cache.get("persons")
    if known is None or known[0] != key:
        known = doc.cache["persons"] = (key, _find_persons(doc, title_ends, title_starts))
    return list(known[1])


NAME_PARTS = frozenset({"Name", "Surn", "Patr"})  # pymorphy3's grammemes of a person's given name, surname, patronymic
# a surname the dictionary lacks, in the case of the given name before it: its ending in the nominative
SURNAME_ENDINGS = {"masc": (("ського", "ський"), ("цького", "цький"), ("ского", "ский"), ("цкого", "цкий"),
                            ("ова", "ов"), ("ева", "ев"), ("єва", "єв"), ("ина", "ин"), ("іна", "ін")),
                   "femn": (("ської", "ська"), ("ской", "ская"), ("ової", "ова"), ("овой", "ова"), ("евой", "ева"),
                            ("іної", "іна"), ("иной", "ина"))}


def nominative_name(doc: Document, name: str) -> str:
    """'по словам главы округа Владимира Жданова', 'за словами Сергія Лисака': a person named in another case is
    cited by the name's nominative ("Владимир Жданов", "Сергій Лисак"), read from the given name's case and gender
    (pymorphy3's readings; a surname it lacks by its ending). A language without a morphology keeps the name as
    written, and so does a name whose first word is no given name outside the nominative (stage 20)."""
    parses: Callable[[str], list[Any]] | None = getattr(doc.lang.lemmatizer, "parses", None)
    words = name.split()
    if parses is None or len(words) < 2:
        return name
    given = next((p for p in parses(fold(words[0])) if "Name" in p.tag.grammemes), None)
    if given is None or given.tag.case in (None, "nomn", "voct"):
        return name
    case, gender = given.tag.case, given.tag.gender
    out = []
    for word in words:
        folded = fold(word)
        readings = (p for p in parses(folded) if p.tag.case == case and p.tag.gender == gender)
        reading = next((p for p in readings if NAME_PARTS & p.tag.grammemes), None)
        nominative = reading.inflect({"nomn"}) if reading is not None else None
        if nominative is not None:
            new = fold(nominative.word)
        elif case == "gent":
            new = next((folded[: -len(a)] + b for a, b in SURNAME_ENDINGS.get(gender or "", ()) if folded.endswith(a)),
                       folded)
        else:
            return name  # a word neither the dictionary nor the endings read: the name as written
        out.append(word[:1] + new[1:] if new[:1] == folded[:1] else new.capitalize())
    return " ".join(out)


def _find_persons(doc: Document, title_ends: list[int], title_starts: frozenset[int]) -> list[tuple[int, int, str]]:
    text, language = doc.text, doc.lang.code
    given = given_names(language)
    part: Callable[[str], str | None] | None = getattr(doc.lang.lemmatizer, "person_part", None)
    found = []
    for match in _CAPITALISED.finditer(text):
        run = match.group()
        if " " not in run and "\t" not in run:
            continue  # one capitalised word names nobody (most runs: "The", "Russian")
        offsets, words, k = [], [], 0
        for word in run.split():
            k = run.index(word, k)
            offsets.append(match.start() + k)
            words.append(word)
            k += len(word)
        at = next(
            (i for i, w in enumerate(words[:-1]) if _bare(fold(w), language) in given),
            None,
        )
        if at is None and part is not None and len(words) == 2 and part(fold(words[0])) == "given":
            at = 0  # "Сергія Лисака", "Ірини Коваленко": a given name in another case, read by the dictionary
        if at is None:
            if not 2 <= len(words) <= 3:
                continue
            first = match.start()
            at_title = bisect_right(title_ends, first) - 1
            e = title_ends[at_title] if at_title >= 0 else -10
            titled = 0 <= first - e <= 3 and not text[e:first].strip(" ,")
            named = (
                titled
                or _titled_after(text, match.end(), words, title_starts, language)
                or _looks_like_name(words, language)
            )
            if not named:
                continue
            at = 0
        name_words = words[at : at + 3]
        begin = offsets[at]
        finish = offsets[at + len(name_words) - 1] + len(name_words[-1])
        found.append((begin, finish, " ".join(w.rstrip(",") for w in name_words)))
    return found


@cache
def _surname_endings(language: str) -> tuple[str, ...]:
    return tuple(table(language, "names.json")["surname_endings"]["ending"])


def _looks_like_name(words: list[str], language: str) -> bool:
    """'Zorian Kvitko': two capitalised words, the second with a surname's ending, neither a known word
    of places or bodies. Sources still need a verb of speech, so a stray match cites no one."""
    return len(words) == 2 and _name_pair(words[0], words[1], language)


@lru_cache(maxsize=1 << 16)
def _name_pair(given: str, surname: str, language: str) -> bool:
    """`_looks_like_name` of two words, remembered: every pair of capitalised words of a report is asked, by the
    places and actors steps both (docs/extraction.md, speed pass 6)."""
    if not all(w.isalpha() and w[1:].islower() for w in (given, surname)):
        return False
    first, last = fold(given), fold(surname)
    ending = next((e for e in _surname_endings(language) if last.endswith(e)), None)
    long_enough = ending is not None and len(last) >= len(ending) + 3  # "Gov" is no "-ov" surname
    return first not in _words(language, "not_names") and first not in _not_first(language) and long_enough


def report_given_names(doc: Document) -> frozenset[str]:
    """Folded words a report uses as given names: the first of two capitalised words whose second has a
    surname's ending ("Nadiia Kravets"). A village named like a given name the names table lacks is then no
    scene where the report says "Nadiia learned" or "Nadiia's cousin" (steps/places.py)."""
    tokens, language = doc.tokens, doc.lang.code
    words, starts = tokens.words, tokens.starts
    capitalised = [i for i, word in enumerate(words) if word[:1].isupper()]  # few: one test each, not two
    found = set()
    for i, after in zip(capitalised, capitalised[1:], strict=False):
        if after != i + 1 or starts[after] != starts[i] + len(words[i]) + 1:
            continue  # two words with one space between: "Nadiia Kravets", not "Nadiia,\nKravets"
        if _looks_like_name([words[i], words[after]], language):
            found.add(tokens.lower[i])
    return frozenset(found)


@cache
def _words(language: str, section: str) -> frozenset[str]:
    return frozenset(table(language, "names.json")[section])


@lru_cache(maxsize=1 << 16)
def _bare(word: str, language: str) -> str:
    """A word without its possessive ending ("Dmytro's" -> "dmytro"); remembered, as every capitalised
    word of a report is asked."""
    for ending in table(language, "names.json")["possessive_suffixes"]:
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


def _not_first(language: str) -> frozenset[str]:
    return _words(language, "not_first") | _words(language, "openers")


NAME_WORDS = 3  # capitalised words a person's name may run to ("Ivan Petrenko", "Olha Ivanivna Sukhenko")


def name_before(doc: Document, offset: int) -> int | None:
    """Where a person's name ending with the word just before `offset` starts ("Ivan Petrenko and four
    others"), or None: up to three capitalised words, one before the last a given name (names.json) or the
    two shaped as given name and surname, or a given name alone in any of its cases ("Олену і ще трьох"),
    none of them inside a place ("Kherson Oblast and two others")."""
    tokens, language = doc.tokens, doc.lang.code
    k = doc.token_before(offset)
    words: list[int] = []
    while k >= 0 and len(words) < NAME_WORDS and tokens.is_cap(k) and tokens.lower[k].isalpha():
        words.insert(0, k)
        k -= 1
    if not words:
        return None
    lo, hi = tokens.starts[words[0]], tokens.end(words[-1])
    if any(doc.within(kind, max(0, lo - 1), hi + 1) for kind in ("place", "region", "district")):
        return None
    given = given_names(language)
    # a given name in any of its cases ("Івана Петренка", "Olena"); alone, it is the name ("Максима разом із ще 14")
    firsts = words if len(words) == 1 else words[:-1]
    if any(_bare(lemma, language) in given for j in firsts for lemma in tokens.lemmas[j]):
        return lo
    names = [tokens.words[j] for j in words]
    if len(words) > 1 and _looks_like_name(names[-2:], language):
        return lo
    return None


def _word_before_capitalised(doc: Document, offset: int) -> bool:
    """Whether the word before `offset` (a run of touching tokens, "Kyiv," or "Oleh") begins with a capital."""
    tokens, k = doc.tokens, doc.token_before(offset)
    while k > 0 and tokens.touching(k - 1):
        k -= 1
    return k >= 0 and tokens.is_cap(k)


def lone_surnames(doc: Document, speech_starts: list[int]) -> list[tuple[int, int, str]]:
    """'Zelensky said', ', Lubinets wrote': one capitalised word with a surname's ending right before
    a verb of speech, when no full name was given (a well-known speaker)."""
    text, language = doc.text, doc.lang.code
    found = []
    for at in speech_starts:
        if at < 2 or text[at - 1] != " ":
            continue
        begin = at - 1
        while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] in "'\u2019-"):
            begin -= 1
        word = text[begin : at - 1]
        before = text[max(0, begin - 2) : begin]
        if not word[:1].isupper() or not word[1:].islower() or before[-1:].isalpha():
            continue
        if _word_before_capitalised(doc, begin):
            continue  # "Oleh Syniehubov said" is a full name, found as one
        last = fold(word)
        ending = next((e for e in _surname_endings(language) if last.endswith(e)), None)
        if (
            ending is not None
            and len(last) >= len(ending) + 3
            and last not in _words(language, "not_names") | _not_first(language)
        ):
            found.append((begin, at - 1, word))
    return found


def _titled_after(text: str, end: int, words: list[str], title_starts: frozenset[int], language: str) -> bool:
    """'Ivan Prikhodko, the head of the city': two or three capitalised words set off before a title."""
    if not text.startswith(", ", end):
        return False
    if any(_bare(fold(w).strip(",."), language) in _words(language, "not_names") for w in words):
        return False
    if fold(words[0]) in _words(language, "openers") or names_a_body(words):
        return False
    at = end + 2
    for article in _words(language, "articles"):
        if text.startswith(f"{article} ", at):
            at += len(article) + 1
            break
    return at in title_starts


def names_a_body(words: list[str]) -> bool:
    """'Сумська ОВА', 'Kharkiv OVA': a run with a word all in capitals (an abbreviation: ОВА, МВА, ГУНП, СК) among
    words in mixed case names a body, not a person; a name shouted in capitals throughout still is one (stage 24)."""
    bare = [w.strip(",.") for w in words]
    shouted = [len(w) >= 2 and w.isalpha() and w.isupper() for w in bare]
    return any(shouted) and not all(shouted)


TITLE_REACH = 9  # tokens between a title's end and the name of the person holding it ("Governor of X Oblast Y")


def title_before(doc: Document, titles: Spans, start: int) -> str | None:
    """The first title in the name's sentence that ends within TITLE_REACH tokens before it, no full stop between."""
    lo, tokens = doc.sentence_of(start)[0], doc.tokens
    near = doc.reach_before(start, TITLE_REACH)
    for hit in titles.starting(lo, start):
        if hit.end <= start and hit.end >= near and not any(
            tokens.lower[j] == "." for j in range(doc.token_at(hit.end), doc.token_at(start))
        ):
            return doc.text[hit.start : hit.end]
    return None
