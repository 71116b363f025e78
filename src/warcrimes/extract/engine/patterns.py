"""Declarative token patterns with ids, and the matcher that finds them in one pass.

A pattern is a sequence of token tests written in a language's data files, either compactly
("@shoot <armed_noun>? dead") or spaCy-style ([{"LEMMA": "shoot"}, {"LOWER": "dead"}]):

    word        the folded form equals word ("dead")
    @lemma      one of the token's lemmas is lemma ("@shoot": shoot, shoots, shot, shooting)
    <class>     the token belongs to a word class of the language (forms and @lemmas, listed in data)
    #num #cap #any   digits / a capitalised word / any token
    a|@b|<c>    any of the alternatives
    x?          the test is optional

Optional tests are expanded into fixed-length variants when compiled; each variant is indexed
by the keys its first test can match, so matching costs one dict lookup per token plus the
few candidates that start there (measured in bench/bench_grammar.py against spaCy's Matcher).
Every match names the pattern id that made it, and that id travels into the extracted value.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import product
from typing import Any, NamedTuple

from warcrimes.errors import ConfigError
from warcrimes.extract.engine.text import FOLD_TABLE, Tokens, fold, phrase_forms

MAX_OPTIONALS = 6  # 2**6 variants at most per pattern: a longer optional run is a sign to split it


@dataclass(frozen=True, slots=True)
class Test:
    """One token test: forms (folded), lemmas, or a flag; any hit passes."""

    forms: frozenset[str] = frozenset()
    lemmas: frozenset[str] = frozenset()
    flag: str = ""  # num | cap | any
    optional: bool = False


@dataclass(frozen=True, slots=True)
class Pattern:
    """A pattern as written: its id, what a match of it is (label, value) and its token tests."""

    id: str
    label: str
    value: Any
    tests: tuple[Test, ...]


class Match(NamedTuple):
    """A pattern found at tokens [first, stop) = characters [start, end).

    A named tuple rather than a frozen dataclass: it is as immutable, and the matcher makes one for
    about every word of a report (137,102 for 177,334 words on bench_extract), which a tuple builds
    in a third of a frozen dataclass's time (docs/extraction.md, speed pass 2)."""

    first: int
    stop: int
    start: int
    end: int
    pattern: Pattern

    @property
    def id(self) -> str:
        return self.pattern.id

    @property
    def label(self) -> str:
        return self.pattern.label

    @property
    def kind(self) -> str:
        return self.pattern.label

    @property
    def value(self) -> Any:
        return self.pattern.value

    @property
    def phrase(self) -> str:
        return self.pattern.id


class WordClasses:
    """Named sets of forms and lemmas ("victim_noun": civilian, @soldier, ...), from a language's data."""

    def __init__(self, classes: Mapping[str, Sequence[str]], table: dict[int, str] = FOLD_TABLE) -> None:
        self.forms: dict[str, frozenset[str]] = {}
        self.lemmas: dict[str, frozenset[str]] = {}
        for name, members in classes.items():
            forms, lemmas = set(), set()
            for member in members:
                if member.startswith("@"):
                    lemmas.add(fold(member[1:], table))  # lemmas in the language's folded spelling
                else:
                    forms.add(" ".join(phrase_forms(member, table)))
            self.forms[name], self.lemmas[name] = frozenset(forms), frozenset(lemmas)

    def __contains__(self, name: str) -> bool:
        return name in self.forms

    def has(self, name: str, form: str, lemmas: Iterable[str] = ()) -> bool:
        """Whether a token (its folded form and lemmas) belongs to the class `name`."""
        if name not in self.forms:
            raise ConfigError(f"word class <{name}> is not defined in this language's data")
        return form in self.forms[name] or any(lemma in self.lemmas[name] for lemma in lemmas)

    def all_lemmas(self) -> set[str]:
        return {lemma for lemmas in self.lemmas.values() for lemma in lemmas}


def _alternative(text: str, classes: WordClasses, table: dict[int, str], where: str) -> tuple[set, set, str]:
    forms: set[str] = set()
    lemmas: set[str] = set()
    flag = ""
    for option in text.split("|"):
        if option.startswith("@") and len(option) > 1:
            lemmas.add(fold(option[1:], table))
        elif option.startswith("<") and option.endswith(">"):
            name = option[1:-1]
            if name not in classes:
                raise ConfigError(f"{where}: word class <{name}> is not defined; add it to the language's classes")
            forms |= classes.forms[name]
            lemmas |= classes.lemmas[name]
        elif option in ("#num", "#cap", "#any"):
            flag = option[1:]
        else:
            found = phrase_forms(option, table)
            if len(found) != 1:
                raise ConfigError(f"{where}: alternative {option!r} is not one token")
            forms.add(found[0])
    return forms, lemmas, flag


def parse(
    text: str | Sequence[Mapping[str, Any]],
    classes: WordClasses,
    table: dict[int, str] = FOLD_TABLE,
    where: str = "pattern",
) -> tuple[Test, ...]:
    """Token tests of a pattern written compactly (a string) or spaCy-style (a list of dicts)."""
    tests: list[Test] = []
    if isinstance(text, str):
        for chunk in text.split():
            optional = chunk.endswith("?") and len(chunk) > 1
            body = chunk[:-1] if optional else chunk
            special = body[:1] in "@<#" or "|" in body
            if not special:
                tests.extend(Test(frozenset([form]), optional=optional) for form in phrase_forms(body, table))
                continue
            forms, lemmas, flag = _alternative(body, classes, table, where)
            tests.append(Test(frozenset(forms), frozenset(lemmas), flag, optional))
    else:
        for spec in text:
            tests.append(_spacy_style(spec, classes, table, where))
    if not tests or all(t.optional for t in tests):
        raise ConfigError(f"{where}: a pattern needs at least one required token test")
    return tuple(tests)


def _spacy_style(spec: Mapping[str, Any], classes: WordClasses, table: dict[int, str], where: str) -> Test:
    def values(key: str) -> list[str]:
        raw = spec.get(key)
        if raw is None:
            return []
        if isinstance(raw, Mapping):
            raw = raw.get("IN", [])
        return [raw] if isinstance(raw, str) else list(raw)

    forms = {f for v in values("LOWER") for f in phrase_forms(v, table)}
    lemmas = {fold(v, table) for v in values("LEMMA")}
    for name in values("CLASS"):
        if name not in classes:
            raise ConfigError(f"{where}: word class <{name}> is not defined")
        forms |= classes.forms[name]
        lemmas |= classes.lemmas[name]
    flag = "num" if spec.get("IS_DIGIT") else "cap" if spec.get("IS_TITLE") else ""
    if not (forms or lemmas or flag):
        flag = "any"
    return Test(frozenset(forms), frozenset(lemmas), flag, spec.get("OP") == "?")


def _variants(tests: tuple[Test, ...], where: str) -> list[tuple[Test, ...]]:
    """The fixed-length sequences of tests a pattern's optional tests allow, longest first, each once: a run
    of alike optional tests ("#any? #any? #any?") gives the same sequence whichever of them it drops, and
    a sequence tested twice at a token finds nothing the first test did not (12 variants of "to
    <determiner>? #any? #any? #any? #any? #any? near|outside|in" instead of 64)."""
    optional = [i for i, t in enumerate(tests) if t.optional]
    if len(optional) > MAX_OPTIONALS:
        raise ConfigError(f"{where}: more than {MAX_OPTIONALS} optional tokens; split the pattern")
    out: dict[tuple[Test, ...], None] = {}
    for keep in product((True, False), repeat=len(optional)):
        dropped = {i for i, k in zip(optional, keep, strict=True) if not k}
        variant = tuple(t for i, t in enumerate(tests) if i not in dropped)
        if variant:
            out.setdefault(variant)
    return list(out)


class Matcher:
    """Finds every pattern in a token list; patterns are indexed by what their first token can be."""

    def __init__(self, patterns: Iterable[Pattern]) -> None:
        self.patterns = list(patterns)
        self.by_form: dict[str, list[tuple[Pattern, tuple[Test, ...]]]] = {}
        self.by_lemma: dict[str, list[tuple[Pattern, tuple[Test, ...]]]] = {}
        self.by_flag: dict[str, list[tuple[Pattern, tuple[Test, ...]]]] = {}
        self._heads: dict[str, _Head] = {}
        self._lemma_tests = any(t.lemmas for p in self.patterns for t in p.tests)
        self._serial = {id(pattern): k for k, pattern in enumerate(self.patterns)}
        # per variant, made once (a head is built for every new form): its entry, and the forms its second
        # test lists when it lists forms alone (None otherwise), by which a head indexes it
        self._compiled: dict[int, tuple[_Entry, frozenset[str] | None]] = {}
        ids: set[str] = set()
        for pattern in self.patterns:
            if pattern.id in ids:
                raise ConfigError(f"pattern id {pattern.id!r} is used twice; ids name one rule each")
            ids.add(pattern.id)
            for variant in _variants(pattern.tests, pattern.id):
                head = variant[0]
                entry = (pattern, variant)
                second = variant[1] if len(variant) > 1 else Test(flag="any")
                listed = second.forms if second.forms and not second.lemmas and not second.flag else None
                self._compiled[id(variant)] = self._entry(pattern, variant), listed
                for form in head.forms:
                    self.by_form.setdefault(form, []).append(entry)
                for lemma in head.lemmas:
                    self.by_lemma.setdefault(lemma, []).append(entry)
                if head.flag:
                    self.by_flag.setdefault(head.flag, []).append(entry)
        self._shared: dict[tuple[int, ...], _Head] = {}  # heads by the index lists they are made from
        self._capped = tuple(self._compiled[id(v)][0] for _, v in self.by_flag.get("cap", ()))
        self._capped_next: dict[str | None, tuple[_Entry, ...]] = {}  # by the next token's surface
        self._capped_seconds = _SecondTests(self._capped)

    def lemmas(self) -> set[str]:
        """Every lemma any pattern asks for (a lookup lemmatizer learns their forms)."""
        return {lemma for p in self.patterns for t in p.tests for lemma in t.lemmas}

    def __call__(self, tokens: Tokens) -> list[Match]:
        return self.scan(tokens)

    def iter(self, tokens: Tokens) -> Iterator[Match]:
        return iter(self.scan(tokens))

    def _head(self, form: str, lemmas: tuple[str, ...]) -> _Head:
        """The head of a form: made once per set of index lists it draws on, which most new forms share
        (a word no pattern names draws on none: 1,693 of the 2,773 new forms of the dev batch)."""
        drawn = []
        found = self.by_form.get(form)
        if found:
            drawn.append(found)
        for lemma in lemmas:
            found = self.by_lemma.get(lemma)
            if found:
                drawn.append(found)
        if form[:1].isdigit() and "num" in self.by_flag:
            drawn.append(self.by_flag["num"])
        key = tuple(map(id, drawn))
        head = self._shared.get(key)
        if head is None:
            head = self._shared[key] = self._make_head(drawn)
        return head

    def _make_head(self, drawn: list[list[tuple[Pattern, tuple[Test, ...]]]]) -> _Head:
        """The variants that can start at a token whose form and lemmas draw on the index lists `drawn`,
        split into those indexed by the next token's form and the rest, so a common first word ("in",
        "the") costs one more lookup instead of a test per pattern; and, when the rest are all one token
        long ("civilians", "strike"), their patterns, which match wherever the form stands."""
        found = {id(variant): variant for listed in drawn for _, variant in listed}
        for _, variant in self.by_flag.get("any", ()):
            found.setdefault(id(variant), variant)
        general: list[_Entry] = []
        by_next: dict[str, list[_Entry]] = {}
        for number in found:
            entry, next_forms = self._compiled[number]
            if next_forms is None:
                general.append(entry)
                continue
            for next_form in next_forms:
                bucket = by_next.get(next_form)
                if bucket is None:
                    by_next[next_form] = [entry]
                else:
                    bucket.append(entry)
        singles = None
        if general and all(entry[3] == 1 for entry in general):
            first: dict[int, Pattern] = {}
            for pattern, key, *_ in general:
                first.setdefault(key, pattern)
            singles = tuple(first.values())
        # the gate: when every variant here has a probe (a form test past its second token), the probes
        # themselves, each once: at a token where none passes, no variant can match ("#any #any hospital",
        # which starts at every token of a report, fails on one look-up without the loop over variants)
        gate = None
        if general and all(entry[3] > 1 and entry[4] is not None for entry in general):
            gate = tuple(dict.fromkeys(entry[4] for entry in general if entry[4] is not None))
        return tuple(general), {k: tuple(v) for k, v in by_next.items()}, singles, gate

    def _entry(self, pattern: Pattern, variant: tuple[Test, ...]) -> _Entry:
        """A variant as the scan reads it: its pattern, the pattern's number (a dict key cheaper than the
        pattern's own hash), the tests after the first as (forms, lemmas or None, flag), its length, and
        a probe: the offset and forms of the narrowest test past the second that only lists forms, tried
        before the tests in order. The second test needs none: the scan reaches a variant only when the
        next token passes it, or when it is not one of forms alone. Each variant of a gap ("to <determiner>?
        #any? #any? #any? in|near|outside", tried at every "to") then fails on one look-up."""
        tail = tuple((t.forms, t.lemmas or None, t.flag) for t in variant[1:])
        listed = [(len(forms), -k, k + 1, forms) for k, (forms, lemmas, flag) in enumerate(tail)
                  if k and forms and lemmas is None and not flag]
        probe = min(listed)[2:] if listed else None
        return pattern, self._serial[id(pattern)], tail, len(variant), probe

    def scan(self, tokens: Tokens) -> list[Match]:
        """Every match (the longest variant of each pattern at a token), in order of the first token;
        linear in the tokens (patterns are bounded in length)."""
        lower, words, starts, n = tokens.lower, tokens.words, tokens.starts, len(tokens)
        lemmas = tokens.lemmas if self._lemma_tests else None
        heads, capped_next = self._heads, self._capped_next
        if len(heads) > 500_000:  # a cache per form: bounded by the vocabulary, cleared if it runs away
            heads.clear()
            self._shared.clear()
        if len(capped_next) > 200_000:
            capped_next.clear()
        capped = self._capped
        make = tuple.__new__
        out: list[Match] = []
        for i in range(n):
            form = lower[i]
            head = heads.get(form)
            if head is None:
                head = heads[form] = self._head(form, lemmas[i] if lemmas is not None else (form,))
            entries, by_next, singles, gate = head
            extended = False
            if by_next and i + 1 < n:
                more = by_next.get(lower[i + 1])
                if more:
                    entries, extended = entries + more, True
            if capped and words[i][:1].isupper():  # only the variants whose second test the next token passes
                after = words[i + 1] if i + 1 < n else None
                more = capped_next.get(after)
                if more is None:
                    more = capped_next[after] = self._capped_seconds.passed_by(
                        after, lower[i + 1] if after is not None else "", lemmas[i + 1] if after and lemmas else None)
                if more:
                    entries, extended = entries + more, True
            if not entries:
                continue
            if gate is not None and not extended:
                for ahead, forms in gate:
                    if i + ahead < n and lower[i + ahead] in forms:
                        break
                else:
                    continue  # no variant's probe passes: none can match here
            if singles is not None and not extended:  # one-token patterns only: each matches here, once
                at = starts[i]
                end = at + len(words[i])
                for pattern in singles:
                    out.append(make(Match, (i, i + 1, at, end, pattern)))
                continue
            best: dict[int, tuple[int, Pattern]] = {}
            for pattern, key, tail, size, probe in entries:
                stop = i + size
                if size == 1:
                    if key not in best:  # one token is the shortest match: a longer one found first stays
                        best[key] = (stop, pattern)
                    continue
                if stop > n:
                    continue
                if probe is not None and lower[i + probe[0]] not in probe[1]:
                    continue  # before the look-up below: most variants tried fail here (stage 22)
                known = best.get(key)
                if known is not None and known[0] >= stop:
                    continue
                j = i
                for forms, wanted, flag in tail:
                    j += 1
                    f = lower[j]
                    if f in forms:
                        continue
                    if wanted is not None and lemmas is not None and not wanted.isdisjoint(lemmas[j]):
                        continue
                    if flag and (
                        flag == "any"
                        or (flag == "num" and f[:1].isdigit())
                        or (flag == "cap" and words[j][:1].isupper())
                    ):
                        continue
                    break
                else:
                    best[key] = (stop, pattern)
            at = starts[i]
            for stop, pattern in best.values():
                last = stop - 1
                out.append(make(Match, (i, stop, at, starts[last] + len(words[last]), pattern)))
        return out


_Entry = tuple[Pattern, int, tuple[tuple[frozenset[str], frozenset[str] | None, str], ...], int,
               tuple[int, frozenset[str]] | None]
_Head = tuple[tuple[_Entry, ...], dict[str, tuple[_Entry, ...]], tuple[Pattern, ...] | None,
              tuple[tuple[int, frozenset[str]], ...] | None]


class _SecondTests:
    """Entries indexed by what their second token test accepts, to keep, in their own order, only those
    a given next token passes: the entries that start at any capitalised word (37 in English: "#cap
    #cap? <body_head>" and kin) are otherwise each tested at every one, and 86 % fail on the next token."""

    def __init__(self, entries: tuple[_Entry, ...]) -> None:
        self.entries = entries
        self.always: list[int] = []  # one token long, or a second test any token passes
        self.by_form: dict[str, list[int]] = {}
        self.by_lemma: dict[str, list[int]] = {}
        self.num: list[int] = []
        self.cap: list[int] = []
        for k, (_, _, tail, *_) in enumerate(entries):
            if not tail or tail[0][2] == "any":
                self.always.append(k)
                continue
            forms, lemmas, flag = tail[0]
            for form in forms:
                self.by_form.setdefault(form, []).append(k)
            for lemma in lemmas or ():
                self.by_lemma.setdefault(lemma, []).append(k)
            if flag == "num":
                self.num.append(k)
            elif flag == "cap":
                self.cap.append(k)

    def passed_by(self, word: str | None, form: str, lemmas: tuple[str, ...] | None) -> tuple[_Entry, ...]:
        """The entries, in order, that can match before a token `word` (folded `form`, its `lemmas`, None
        when no test asks for lemmas), exactly those whose second test it passes; with no next token
        (`word` None) those one token long."""
        if word is None:
            return tuple(entry for entry in self.entries if entry[3] == 1)
        kept = set(self.always)
        kept.update(self.by_form.get(form, ()))
        for lemma in lemmas or ():
            kept.update(self.by_lemma.get(lemma, ()))
        if form[:1].isdigit():
            kept.update(self.num)
        if word[:1].isupper():
            kept.update(self.cap)
        return tuple(self.entries[k] for k in sorted(kept))


def keep_longest(matches: Iterable[Any]) -> list[Any]:
    """Drop a match lying inside a longer one of the same label ("wounded" inside "wounded soldiers")."""
    ordered = sorted(matches, key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Any] = []
    reach: dict[str, int] = {}
    for match in ordered:
        if match.start < reach.get(match.kind, -1):
            continue
        kept.append(match)
        reach[match.kind] = match.end
    return kept
