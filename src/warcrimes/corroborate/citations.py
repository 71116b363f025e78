"""Who one report cites, and in what role: its publisher and every party it gives the word to.

The publisher is an originator when it had its own access (a prosecutor's post about its own
proceedings, an outlet whose reporters saw the site, an NGO that interviewed the detained), a
commentator when it only reacts (to a video already public), else a relay. A cited party is
resolved to one entity (source_identity) and gets its role from the words around it: written
to is a recipient, only reacting is a commentator, the side accused is the accused; a name the
report never gives its word to is not counted. Cue words are data (data/role_cues.json); pure.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from warcrimes.corroborate.memo import by_text
from warcrimes.corroborate.name_keys import name_forms
from warcrimes.corroborate.roles import Citation, Role, usual_role
from warcrimes.corroborate.shipped import read_json
from warcrimes.corroborate.source_identity import Context, Resolution, resolve, resolve_publisher
from warcrimes.domain.facts import IncidentFacts
from warcrimes.gazetteer import fold

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_NEWS = frozenset({"outlet", "news_agency"})
Cue = tuple[str, ...]


@dataclass(frozen=True)
class _Cues:
    skip: frozenset[str]
    own_reporting: tuple[Cue, ...]
    access: tuple[tuple[str, tuple[Cue, ...]], ...]  # (kind of access, cues)
    reaction: tuple[Cue, ...]
    recipient: tuple[Cue, ...]
    attribution: tuple[Cue, ...]
    local_markers: tuple[Cue, ...]


def _words(text: str, skip: frozenset[str] = frozenset()) -> list[str]:
    """Folded words, punctuation gone, little words dropped: the form cues and names are matched in."""
    return [w for w in "".join(c if c.isalnum() or c in "-*{}" else " " for c in fold(text)).split() if w not in skip]


@cache
def _cues() -> _Cues:
    raw: dict[str, Any] = read_json("role_cues.json")
    skip = frozenset(w for words in raw["skip"].values() for w in words)

    def cues(by_language: dict[str, list[str]]) -> tuple[Cue, ...]:
        return tuple(tuple(_words(cue, skip)) for words in by_language.values() for cue in words)

    return _Cues(skip, cues(raw["own_reporting"]),
                 tuple((kind, cues(by_language)) for kind, by_language in raw["access"].items()),
                 cues(raw["reaction"]), cues(raw["recipient"]), cues(raw["attribution"]), cues(raw["local_markers"]))


def _word_matches(pattern: str, word: str) -> bool:
    if pattern == "*":
        return True
    return word.startswith(pattern[:-1]) if pattern.endswith("*") else word == pattern


def find(cue: Cue, words: Sequence[str], own_name: Cue = ()) -> list[int]:
    """Where `cue` starts in `words` ('{self}' is the publisher's own name)."""
    pattern: list[str] = []
    for part in cue:
        pattern.extend(own_name if part == "{self}" else (part,))
    if not pattern or (not own_name and "{self}" in cue):
        return []
    rest = list(enumerate(pattern))[1:]
    return [i for i in _starts(pattern[0], words, len(words) - len(pattern) + 1)
            if all(_word_matches(p, words[i + k]) for k, p in rest)]


def _starts(first: str, words: Sequence[str], stop: int) -> Sequence[int]:
    """Where the cue's first word matches, before `stop`: an exact word is looked for by the list's own
    search (every cue against every word in Python was 80% of working out an incident's originators)."""
    if stop <= 0:  # longer than the words (a negative stop would count from the end in `index`)
        return []
    if first == "*":
        return range(stop)
    if first.endswith("*"):
        prefix = first[:-1]
        return [i for i in range(stop) if words[i].startswith(prefix)]
    found: list[int] = []
    at = -1
    while True:
        try:
            at = words.index(first, at + 1, stop)
        except ValueError:
            return found
        found.append(at)


def _any(cues: tuple[Cue, ...], words: list[str], own_name: Cue = ()) -> bool:
    """Whether any cue is in the words: only those whose first word is (a bisection of the words in order)
    are looked for, every cue tried at the words was a tenth of an import's storing process (cProfile)."""
    distinct = sorted(set(words))
    return any(find(cue, words, own_name) for cue in cues if not cue or _may_start(cue[0], distinct))


def _may_start(first: str, distinct: list[str]) -> bool:
    """Whether a cue's first word can match one of these words (sorted, distinct): an exact word or a prefix
    that none of them is or starts with cannot; '*' and the publisher's own name may."""
    if first == "*" or first == "{self}":
        return True
    wanted = first[:-1] if first.endswith("*") else first
    at = bisect_left(distinct, wanted)
    if at == len(distinct):
        return False
    return distinct[at].startswith(wanted) if first.endswith("*") else distinct[at] == wanted


def _access(words: list[str]) -> str | None:
    """The first kind of own access the words tell (investigated, visited, interviewed, recorded, saw)."""
    return next((kind for kind, cues in _cues().access if _any(cues, words)), None)


@dataclass(frozen=True)
class Reading:
    """A report as citing reads it: its sentences as folded words, and all its words."""

    sentences: tuple[tuple[str, ...], ...]
    words: tuple[str, ...]

    @classmethod
    def of(cls, text: str) -> Reading:
        skip = _cues().skip
        sentences = tuple(tuple(_words(s, skip)) for s in _SENTENCE_END.split(text) if s.strip())
        return cls(sentences, tuple(w for s in sentences for w in s))


def publisher_citation(reading: Reading, publisher: str, context: Context, alleged: str | None,
                       label: str | None) -> Citation:
    """The publisher's own part: originator with its own access, commentator, accused or relay."""
    found = resolve_publisher(publisher, context)
    bare = name_forms().without_channel(publisher).split("(")[0]
    own_name = tuple(_words(bare, _cues().skip))
    words = list(reading.words)
    if found.status == "resolved" and found.kind not in _NEWS:
        role = usual_role(found, alleged) or Role.ORIGINATOR
        access = _access(words)
        if role is Role.ORIGINATOR and access is None and _any(_cues().reaction, words):
            return Citation(found, Role.COMMENTATOR, label, why="reacts to what others made public, with no "
                            "access of its own")
        return Citation(found, role, label, access=access or "its own record", why="publisher")
    if _any(_cues().own_reporting, words, own_name):
        entity = found if found.status != "ambiguous" else replace(found, status="unlisted",
                                                                    entity=f"name:{' '.join(own_name)}")
        return Citation(entity, Role.ORIGINATOR, label, access="own reporting", why="its own reporters or "
                        "researchers saw or interviewed")
    return Citation(found, Role.RELAY, label, why="publisher: gives others' word, no reporting of its own")


def _widened(name: str, sentence: tuple[str, ...], at: int, size: int, context: Context) -> Resolution | None:
    """The cited name read with the words around it, when they make it one body: 'Parliament Commissioner'
    followed by 'for Human Rights'; 'military administration' after 'the community's' in a report about
    Tiahynka (a place marker before it names the report's place)."""
    def listed(words: list[str]) -> Resolution | None:  # a body of the table, not a place read from stray words
        found = resolve(" ".join(words), context)
        return found if found.status == "resolved" and "@" not in (found.entity or "@") else None

    following = list(sentence[at + size:at + size + 4])
    stop = next((i for i in range(len(following))
                 if any(0 in find(cue, following[i:]) for cue in _cues().attribution)), len(following))
    for after in range(min(stop, len(following)), 0, -1):
        if found := listed(list(sentence[at:at + size]) + following[:after]):
            return found
    before = list(sentence[max(0, at - 3):at])
    for start in range(len(before)):
        if found := listed([*before[start:], *sentence[at:at + size]]):
            return found
    if context.place:
        for cue in _cues().local_markers:
            for i in find(cue, before):
                found = resolve(f"{context.place} {' '.join(before[i:i + len(cue)])} {name}", context)
                if found.status == "resolved":
                    return found
    return None


def cited_citations(reading: Reading, names: list[str], context: Context, alleged: str | None,
                    label: str | None) -> list[Citation]:
    """Each party the report gives its word to, with its role; a name never given the word is not counted."""
    out = []
    for name in dict.fromkeys(names):
        found = resolve(name, context)
        key = tuple(_words(name, _cues().skip))
        spot = _locate(reading, key)
        if spot is None:
            out.append(Citation(replace(found, status="ambiguous", why="the report never gives it the word"),
                                Role.ORIGINATOR, label))
            continue
        sentence, at, size = spot
        if found.status != "resolved":
            found = _widened(name, sentence, at, size, context) or found
        if found.status == "unlisted" and len(key) == 1:
            found = replace(found, status="ambiguous", why="a first name only: a witness of the publisher's "
                            "reporting, or someone nobody can identify")
        out.append(_role_in(found, sentence, at, alleged, label))
    return out


def _locate(reading: Reading, key: Cue) -> tuple[tuple[str, ...], int, int] | None:
    """The first sentence that gives the name the word, where the name starts in it and its length."""
    tries = [key] + ([key[-1:]] if len(key) > 1 and len(key[-1]) >= 4 else [])
    for attempt in tries:
        for sentence in reading.sentences:
            spots = find(attempt, list(sentence))
            if spots and _any(_cues().attribution, list(sentence)):
                return sentence, spots[0], len(attempt)
    return None


def _role_in(found: Resolution, sentence: tuple[str, ...], at: int, alleged: str | None,
             label: str | None) -> Citation:
    words = list(sentence)
    if (role := usual_role(found, alleged)) is Role.ACCUSED:
        return Citation(found, role, label, why="speaks for the side accused")
    if any(i < at for cue in _cues().recipient for i in find(cue, words)):
        return Citation(found, Role.RECIPIENT, label, why="was written to or informed")
    access = _access(words)
    if access is None and _any(_cues().reaction, words):
        return Citation(found, Role.COMMENTATOR, label, why="reacts, with no access of its own")
    return Citation(found, role or Role.ORIGINATOR, label, access=access, why="given the word in the report")


def citations(text: str, publisher: str | None, facts: IncidentFacts, context: Context,
              label: str | None = None) -> list[Citation]:
    """Every party one account's report cites, the publisher first, each with its role."""
    return list(_citations(text, publisher, facts, context, label))


@by_text  # pure, and asked again for every account of an incident each time one joins
def _citations(text: str, publisher: str | None, facts: IncidentFacts, context: Context,
               label: str | None) -> tuple[Citation, ...]:
    reading = Reading.of(text)
    alleged = facts.perpetrator.party if facts.perpetrator.party != "unknown" else None
    found = [publisher_citation(reading, publisher, context, alleged, label)] if publisher else []
    names = [*facts.reported_by, *(source for source, _ in facts.relays)]
    return (*found, *cited_citations(reading, names, context, alleged, label))
