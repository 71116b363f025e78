"""Reports in two languages (an English article quoting a Ukrainian post): each run read by its own rules.

The text is cut into runs of one language (warcrimes.language_id.language_runs). Each language reads
a copy of the whole text in which every other language's runs are blanked to spaces (line breaks
kept), so every span it finds is already an offset into the report. The accounts of all languages
are then put in text order, and an account joins an earlier one of another language when nothing
in them tells them apart (coreference.compatible): the article's paraphrase and the quoted post of
one killing become one incident, a quote about another event stays its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from warcrimes.domain.facts import IncidentFacts
from warcrimes.domain.records import ExtractedIncident, ExtractedStatistic, Extraction
from warcrimes.extract.engine.text import fold
from warcrimes.extract.steps.coreference import compatible, merge

Runs = Sequence[tuple[int, int, str]]
_SENTENCE_END = re.compile(r"[.!?…]\s|\n")  # a full stop, question or exclamation mark before a space; a line break
#: Acts a short quote and its paraphrase may label differently: a quote of one sentence often lacks
#: the words that tell a prisoner from a civilian, or a hospital from a house.
_ACT_KINDS = {"killing_hors_de_combat": "killing", "killing_civilians": "killing",
              "attack_on_civilians": "attack", "attack_on_protected_objects": "attack"}


def blanked(text: str, keep: list[tuple[int, int]]) -> str:
    """`text` with everything outside the `keep` spans turned into spaces, line breaks kept."""
    out = []
    at = 0
    for start, end in sorted(keep):
        out.append(_blank(text[at:start]))
        out.append(text[start:end])
        at = end
    out.append(_blank(text[at:]))
    return "".join(out)


def _blank(part: str) -> str:
    return "".join("\n" if char == "\n" else " " for char in part)


def spans_by_language(runs: Runs, readable: frozenset[str], main: str) -> dict[str, list[tuple[int, int]]]:
    """The spans each language reads; runs in a language without rules are read by the main one."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for start, end, language in runs:
        spans.setdefault(language if language in readable else main, []).append((start, end))
    return spans


def extract_runs(text: str, runs: Runs, readable: frozenset[str], main: str,
                 extract_one: Callable[[str, str], Extraction]) -> Extraction | None:
    """The report read run by run, or None when fewer than two languages with rules are in it."""
    spans = spans_by_language(runs, readable, main)
    if len(spans) < 2:
        return None
    readings = [(language, extract_one(blanked(text, kept), language)) for language, kept in spans.items()]
    accounts = [(language, i) for language, found in readings for i in found.incidents]
    sources = sorted(source for _, found in readings for source in found.sources)
    incidents = join_across_languages(accounts, main, lambda at: frame_source(text, runs, sources, at))
    statistics = once_each([s for _, found in readings for s in found.statistics])
    version = readings[0][1].extractor_version
    return Extraction(tuple(incidents), tuple(statistics), main, version)


def once_each(statistics: list[ExtractedStatistic]) -> list[ExtractedStatistic]:
    """Statistics in text order, a figure the quote repeats (same measure, population, value and
    unit) kept once, as first told."""
    kept: list[ExtractedStatistic] = []
    seen: set[tuple[str, str, float, str]] = set()
    for statistic in sorted(statistics, key=lambda s: s.facts.span):
        figure = (statistic.facts.measure, statistic.facts.population, statistic.facts.value, statistic.facts.unit)
        if figure not in seen:
            seen.add(figure)
            kept.append(statistic)
    return kept


def frame_source(text: str, runs: Runs, sources: Sequence[tuple[int, str]], at: int) -> tuple[str, ...]:
    """The source a reading found in the run just before the run holding offset `at`, with no sentence
    end between them: the frame of a quote inside one sentence ("the governor wrote that «...»",
    "Гладков сообщил, что «...»"), whose own words are read by another language's rules."""
    index = next((i for i, (start, end, _) in enumerate(runs) if start <= at < end), 0)
    if index == 0:
        return ()
    start, end, _ = runs[index - 1]
    before = [(offset, name) for offset, name in sources if start <= offset < end]
    if not before:
        return ()
    offset, name = before[-1]
    return () if _SENTENCE_END.search(text, offset, end) else (name,)


def join_across_languages(
    accounts: list[tuple[str, ExtractedIncident]],
    main: str,
    framed: Callable[[int], tuple[str, ...]] = lambda at: (),
) -> list[ExtractedIncident]:
    """Accounts in text order, each joined into the latest earlier one told in another language
    that it restates. Accounts of one language were already joined (or kept apart) by their own
    reading. A quoted account (not in the main language) that names no source takes the sources
    of the main-language account before it ("the governor wrote:" followed by the post); any account
    still without one takes the source `framed` finds in the words before it in its sentence."""
    kept: list[tuple[set[str], ExtractedIncident]] = []
    for language, incident in sorted(accounts, key=lambda pair: pair[1].facts.span):
        at = next((i for i in range(len(kept) - 1, -1, -1)
                   if language not in kept[i][0] and restates(kept[i][1].facts, incident.facts)), None)
        if at is not None:
            languages, first = kept[at]
            kept[at] = (languages | {language}, merge(first, incident))
            continue
        if not incident.facts.reported_by:
            told = () if language == main else next((i.facts.reported_by for tongues, i in reversed(kept)
                                                     if main in tongues and i.facts.reported_by), ())
            sources = told or framed(incident.facts.span[0])
            incident = replace(incident, facts=replace(incident.facts, reported_by=sources))
        kept.append(({language}, incident))
    return [incident for _, incident in kept]


def restates(a: IncidentFacts, b: IncidentFacts) -> bool:
    """Two accounts in different languages of one event: compatible (coreference), or labelled as
    acts of one kind (a killing, an attack) and otherwise compatible, with a place, day or count
    they both give and agree on."""
    if compatible(a, b):
        return True
    if not a.violations or not b.violations:
        return False
    kind = _ACT_KINDS.get(a.violations[0])
    if kind is None or kind != _ACT_KINDS.get(b.violations[0]):
        return False
    relabelled = replace(b, violations=a.violations, victims=replace(b.victims, category=a.victims.category))
    return compatible(a, relabelled) and _agree_on_something(a, b)


def _agree_on_something(a: IncidentFacts, b: IncidentFacts) -> bool:
    place = a.location is not None and b.location is not None and bool(a.location.name) \
        and fold(a.location.name or "") == fold(b.location.name or "")
    count = a.victims.min is not None and a.victims.min == b.victims.min
    day = a.date is not None and a.date == b.date
    return place or count or day
