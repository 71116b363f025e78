"""The folder contract of a language, and the loader that checks it.

A language is a package `warcrimes.extract.lang.<xx>` holding data files and one small module:

    lang/<xx>/__init__.py   def language() -> Language: its lemmatizer and any extra folding
    lang/<xx>/classes.json  {"source", "classes": {name: [form | @lemma, ...]}}: word classes
    lang/<xx>/*.json        every file with a "patterns" section is compiled into the language's
                            one matcher: {"patterns": {label: {value: [pattern, ...]}}}; the other
                            sections are tables (numbers, dates, names...) read by the steps

Every file carries a "source" line of provenance. The steps ask a Language for tables, word
classes and pattern matches by name; they never hold a word of any language themselves.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import pkgutil
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from warcrimes.errors import ConfigError, UnsupportedLanguageError
from warcrimes.extract.engine.lemmas import Lemmatizer
from warcrimes.extract.engine.patterns import Matcher, Pattern, WordClasses, parse
from warcrimes.extract.engine.text import FOLD_TABLE, Tokens, folding_table, tokenise

LANG_PACKAGE = "warcrimes.extract.lang"


@dataclass
class Language:
    """One language's data and its lemmatizer; built once per process by load()."""

    code: str
    lemmatizer: Lemmatizer | None = None
    extra_folding: Mapping[str, str] = field(default_factory=dict)
    learns_pattern_lemmas: bool = True  # a lookup lemmatizer learns the forms of the lemmas patterns name
    # The language's grammars of dates and counts: (tokens, publication date) -> date mentions and
    # (tokens, text, date mentions) -> count mentions. Their word tables live in the folder's data.
    read_dates: Callable[[Tokens, dt.date, frozenset[int]], list[Any]] | None = None  # tokens, published, frame starts
    read_counts: Callable[[Tokens, str, Sequence[Any]], list[Any]] | None = None
    # The date grammar reads the frame starts (where a told year stops carrying): when it does not (English),
    # the dates step neither works them out nor reads the text a second time with the dated lines as frames
    date_frames: bool = True
    _tables: dict[str, dict[str, Any]] = field(default_factory=dict, repr=False)
    _classes: WordClasses | None = field(default=None, repr=False)
    _matcher: Matcher | None = field(default=None, repr=False)
    _memo: dict[str, dict[str, bool]] = field(default_factory=dict, repr=False)  # class -> form -> member

    def __post_init__(self) -> None:
        self.fold_table = folding_table(dict(self.extra_folding)) if self.extra_folding else FOLD_TABLE

    @property
    def package(self) -> str:
        return f"{LANG_PACKAGE}.{self.code}"

    # -- data files ---------------------------------------------------------------------------------
    def files(self) -> list[str]:
        return sorted(p.name for p in resources.files(self.package).iterdir() if p.name.endswith(".json"))

    def table(self, name: str, sections: Sequence[str] = ()) -> dict[str, Any]:
        """The data file `name` (e.g. "numbers.json"), refusing one without provenance or sections."""
        found = self._tables.get(name)
        if found is None:
            where = f"extract/lang/{self.code}/{name}"
            try:
                text = resources.files(self.package).joinpath(name).read_text("utf-8")
                found = json.loads(text)
            except FileNotFoundError as exc:
                raise ConfigError(f"{where} is missing; reinstall the package") from exc
            except json.JSONDecodeError as exc:
                raise ConfigError(f"{where} is not valid JSON ({exc}); fix the file") from exc
            if not isinstance(found, dict) or "source" not in found:
                raise ConfigError(f"{where} needs a 'source' key saying where its knowledge comes from")
            self._tables[name] = found
        if sections and not all(map(found.get, sections)):  # asked about 60 times a report: the check in C
            missing = [s for s in sections if not found.get(s)]
            raise ConfigError(f"extract/lang/{self.code}/{name} lacks sections {missing}; add them")
        return found

    def words(self, name: str, section: str, key: str | None = None) -> Any:
        """One section of a table (or one key of it), e.g. words("dates.json", "months")."""
        part = self.table(name, (section,))[section]
        if key is None:
            return part
        if key not in part:
            raise ConfigError(f"extract/lang/{self.code}/{name}: section {section!r} lacks {key!r}")
        return part[key]

    # -- word classes and patterns ------------------------------------------------------------------
    @property
    def classes(self) -> WordClasses:
        if self._classes is None:
            raw = self.table("classes.json", ("classes",))["classes"]
            self._classes = WordClasses(raw, self.fold_table)
        return self._classes

    def has(self, name: str, tokens: Tokens, i: int) -> bool:
        """Whether token i belongs to the word class `name`."""
        lower = tokens.lower
        if not 0 <= i < len(lower):  # the list's own length: asked for every token of every class test
            return False
        form = lower[i]
        memo = self._memo.get(name)
        if memo is None:
            memo = self._memo[name] = {}
        found = memo.get(form)
        if found is None:  # a form's lemmas follow from the form, so membership can be remembered by form
            found = memo[form] = self.classes.has(name, form, tokens.lemmas[i])
        return found

    def class_forms(self, name: str) -> frozenset[str]:
        """The folded forms listed in a word class (lemma members excluded)."""
        if name not in self.classes:
            raise ConfigError(f"word class <{name}> is not defined in extract/lang/{self.code}/classes.json")
        return self.classes.forms[name]

    @property
    def matcher(self) -> Matcher:
        if self._matcher is None:
            self._matcher = Matcher(self._patterns())
            learn = getattr(self.lemmatizer, "learn", None)
            if learn is not None and self.learns_pattern_lemmas:
                learn(self._matcher.lemmas() | self.classes.all_lemmas())
        return self._matcher

    def _patterns(self) -> list[Pattern]:
        out: list[Pattern] = []
        for name in self.files():
            raw = self.table(name)
            sections = raw.get("patterns")
            if sections is None:
                continue
            stem = name[: -len(".json")]
            for label, groups in sections.items():
                if not isinstance(groups, dict):
                    raise ConfigError(f"extract/lang/{self.code}/{name}: patterns.{label} must map values to lists")
                for value, written in groups.items():
                    for k, item in enumerate(written):
                        out.append(self._pattern(stem, label, value, k, item))
        return out

    def _pattern(self, stem: str, label: str, value: str, k: int, item: Any) -> Pattern:
        if isinstance(item, dict):
            body, pid = item.get("tokens"), item.get("id")
        else:
            body, pid = item, None
        if not isinstance(body, (str, list)):
            raise ConfigError(f"extract/lang/{self.code}/{stem}.json: patterns.{label}.{value}[{k}] has no tokens")
        where = f"{self.code}/{stem}:{label}.{value}"
        written = body if isinstance(body, str) else json.dumps(body)
        ident = f"{self.code}/{stem}:{label}.{value}:{pid or written}"
        return Pattern(ident, label, _typed(value), parse(body, self.classes, self.fold_table, where))

    # -- text -----------------------------------------------------------------------------------------
    def tokenise(self, text: str) -> Tokens:
        self.matcher  # noqa: B018 - compiling the patterns first teaches a lookup lemmatizer their lemmas
        return tokenise(text, self.lemmatizer, self.fold_table)


def _typed(value: str) -> Any:
    """Pattern values are strings in JSON; "1"/"-1" stand for numbers (shifts, counts)."""
    if value.lstrip("-").isdigit():
        return int(value)
    return value


@cache
def available() -> frozenset[str]:
    """The language codes that have a folder under extract/lang/."""
    package = importlib.import_module(LANG_PACKAGE)
    return frozenset(m.name for m in pkgutil.iter_modules(package.__path__) if m.ispkg)


_LOADED: dict[str, Language] = {}


def load(code: str) -> Language:
    """The Language for `code`, built once; refuses a code with no folder in a sentence."""
    found = _LOADED.get(code)
    if found is not None:
        return found
    if code not in available():
        raise UnsupportedLanguageError(
            f"language {code!r} is not supported yet (extraction rules ship for: {', '.join(sorted(available()))})"
        )
    module = importlib.import_module(f"{LANG_PACKAGE}.{code}")
    factory = getattr(module, "language", None)
    if factory is None:
        raise ConfigError(f"extract/lang/{code}/__init__.py must define language() -> Language")
    language = factory()
    if not isinstance(language, Language) or language.code != code:
        raise ConfigError(f"extract/lang/{code}/__init__.py: language() must return Language(code={code!r})")
    _LOADED[code] = language
    return language


def detect_language(text: str) -> str:
    """The code of the rules to extract `text` with: 'en', 'uk', 'ru', 'other' or 'und'.

    Routed by warcrimes.language_id (letters, function words and endings, sentence by sentence):
    a mixed text (an English article quoting a Ukrainian post) is named by the language most of its
    letters are in, and extract() reads each of its runs by that run's own rules (engine/mixed.py);
    'other' is refused by load() in a sentence.
    """
    from warcrimes.language_id import identify

    found = identify(text)
    return found.main if found.language == "mixed" else found.language


_TABLES: dict[tuple[str, str], dict[str, Any]] = {}


def table(code: str, name: str) -> dict[str, Any]:
    """The data file `name` of language `code` ('und' reads as English)."""
    found = _TABLES.get((code, name))
    if found is None:
        found = _TABLES[(code, name)] = load(code if code != "und" else "en").table(name)
    return found
