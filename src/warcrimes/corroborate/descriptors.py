"""What was hit and with what, read from an account's text: the field that tells apart two strikes
in one town in one week (a guided bomb on a hospital, a drone on a house three days later).

The concepts and their words in English, Ukrainian and Russian are data (data/descriptors.json).
One soft field of the linking score: matching objects raise it, different ones lower it, and an
account that names none is neutral. Pure: text in, concepts out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from warcrimes.corroborate.memo import by_text
from warcrimes.corroborate.shipped import read_json

_WORD = re.compile(r"[^\W_]+(?:[-'\u2019][^\W_]+)*")  # separators between runs: no backtracking
_LATIN_ENDINGS = ("", "s", "es", "ed", "ing", "ings")


@dataclass(frozen=True)
class _Entry:
    concept: str
    words: tuple[str, ...]
    latin: bool
    not_after: frozenset[str]
    not_before: frozenset[str]


@dataclass(frozen=True)
class Descriptors:
    """The means of attack and the objects hit an account names; the first object is the one it leads with."""

    weapons: frozenset[str] = frozenset()
    targets: frozenset[str] = frozenset()
    first_target: str | None = None

    def to_list(self) -> list[str]:
        """As stored in an incident's corroboration record: 'weapon:drone', 'target:car', 'first:car'."""
        return sorted([f"weapon:{w}" for w in self.weapons] + [f"target:{t}" for t in self.targets]
                      + ([f"first:{self.first_target}"] if self.first_target else []))

    @classmethod
    def from_list(cls, stored: list[str] | None) -> Descriptors:
        kinds: dict[str, set[str]] = {"weapon": set(), "target": set(), "first": set()}
        for item in stored or ():
            kind, _, concept = item.partition(":")
            if kind in kinds and concept:
                kinds[kind].add(concept)
        first = sorted(kinds["first"])
        return cls(frozenset(kinds["weapon"]), frozenset(kinds["target"]), first[0] if len(first) == 1 else None)

    def union(self, other: Descriptors) -> Descriptors:
        """An incident's descriptors over its accounts; its leading object only when they agree on one."""
        firsts = {f for f in (self.first_target, other.first_target) if f}
        return Descriptors(self.weapons | other.weapons, self.targets | other.targets,
                           next(iter(firsts)) if len(firsts) == 1 else None)

    @property
    def empty(self) -> bool:
        return not (self.weapons or self.targets)


@cache
def _entries() -> tuple[tuple[str, tuple[_Entry, ...]], ...]:
    raw: dict[str, Any] = read_json("descriptors.json")
    out = []
    for axis in ("weapons", "targets"):
        entries = []
        for concept, by_language in raw[axis].items():
            not_after = frozenset(w.casefold() for w in by_language.get("not_after", ()))
            not_before = frozenset(w.casefold() for w in by_language.get("not_before", ()))
            for language in ("en", "uk", "ru"):
                for phrase in by_language.get(language, ()):
                    words = tuple(phrase.casefold().split())
                    entries.append(_Entry(concept, words, language == "en", not_after, not_before))
        out.append((axis, tuple(entries)))
    return tuple(out)


def _matches(entry: _Entry, words: list[str], at: int) -> bool:
    if at + len(entry.words) > len(words):
        return False
    for offset, wanted in enumerate(entry.words):
        word = words[at + offset]
        if entry.latin and not wanted.endswith("-"):
            if not any(word == wanted + ending for ending in _LATIN_ENDINGS):
                return False
        elif not word.startswith(wanted.rstrip("-")):
            return False
    if at > 0 and words[at - 1] in entry.not_after:
        return False
    after = at + len(entry.words)
    return not (after < len(words) and any(words[after].startswith(w) for w in entry.not_before))


def describe(text: str) -> Descriptors:
    """The weapons and objects named in `text`, the first object named first."""
    words = [w.casefold() for w in _WORD.findall(text)]
    found: dict[str, list[str]] = {"weapons": [], "targets": []}
    for axis, entries in _entries():
        for at in range(len(words)):
            for entry in entries:
                if entry.words[0][:1] == words[at][:1] and _matches(entry, words, at):
                    if entry.concept not in found[axis]:
                        found[axis].append(entry.concept)
                    break
    targets = found["targets"]
    return Descriptors(frozenset(found["weapons"]), frozenset(targets), targets[0] if targets else None)


def agreement(a: Descriptors, b: Descriptors) -> float | None:
    """1 same weapon and leading object, lower as they part, 0 nothing in common; None when either names nothing."""
    scores = []
    if a.weapons and b.weapons:
        scores.append(1.0 if a.weapons & b.weapons else 0.0)
    if a.targets and b.targets:
        if a.first_target and a.first_target == b.first_target:
            scores.append(1.0)
        elif (a.first_target and a.first_target in b.targets) or (b.first_target and b.first_target in a.targets):
            scores.append(0.7)
        else:
            scores.append(0.35 if a.targets & b.targets else 0.0)
    return sum(scores) / len(scores) if scores else None


def of_account(report_text: str, span: tuple[int, int] | list[int] | None, alone: bool) -> Descriptors:
    """An account's descriptors: the whole report when it tells one incident, else the account's own
    stretch of text, falling back to the whole report when that stretch names nothing."""
    start, end = (int(span[0]), int(span[1])) if span else (0, 0)
    return _of_account(report_text, start, end, alone)


@by_text  # pure, and asked again for every account of an incident each time one joins
def _of_account(report_text: str, start: int, end: int, alone: bool) -> Descriptors:
    if not alone and end > start:
        found = describe(report_text[start:end])
        if not found.empty:
            return found
    return describe(report_text)
