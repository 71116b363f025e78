"""Who tells a first-person account (stage 24): the speaker behind each 'we', 'our', 'I', 'my' of a report.

A clinic's own statement ("transferred to us"), an OSINT collective's thread ("we geolocated"), a wife quoted on
her husband's arrest ("they took my husband"), a caller's turn in a phone-in: the acts told in a first-person
account are the account's, whoever else the report named before. A first-person word (class `account_voice`) is
a point where its speaker opens or goes on with an attribution: inside a quotation, the quotation's named speaker;
on a transcript's turn, the turn's speaker; outside quotations, the report's own author (a publisher, a post's
header, a by-lined team), and nobody in a report that has none (a reporter's aside, "I visited the site", leaves
the police the story cites the source). Read by `incident_facts._governing_attribution`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import NamedTuple

from warcrimes.extract.engine.document import Document
from warcrimes.extract.steps.people import given_names
from warcrimes.extract.steps.quotations import quotations, speaker_at

# the rules naming a report's own author: the body publishing it, a post's header line (steps/actors.py)
AUTHOR_RULES = ("source:publisher", "source:header")


class Voice(NamedTuple):
    """A first-person word at `offset`, told by `speaker`."""

    offset: int
    speaker: str


def report_author(doc: Document) -> str | None:
    """The report's own author, the 'we' of its text outside quotations: its publisher (a statement's, a thread's,
    a by-lined team's, a first-person writer's), else a header on its first line ("Name | Office"), else None."""
    if "report author" not in doc.cache:
        stop = doc.text.find("\n", len(doc.text) - len(doc.text.lstrip()))
        stop = len(doc.text) if stop < 0 else stop
        sources = doc.of_kind("source")
        found = next((m for m in sources if m.rule == AUTHOR_RULES[0]), None)
        found = found or next((m for m in sources if m.rule == AUTHOR_RULES[1] and m.start < stop), None)
        doc.cache["report author"] = str(found.value.name) if found is not None else None
    return doc.cache["report author"]


LABEL_TOKENS = 8  # tokens of a turn's label before its colon: "CALLER (Mykola, Lukashivka):"


def _turn_speaker(doc: Document, at: int) -> str | None:
    """The speaker a transcript's turn names before its colon on the line holding `at` ("KORNIIENKO: ... our
    town"): a header source standing there, else a given name alone in the label's brackets ("CALLER (Mykola,
    Lukashivka):", a phone-in's caller known by first name only)."""
    text, tokens = doc.text, doc.tokens
    line = text.rfind("\n", 0, at) + 1
    first = doc.token_at(line)
    colon = next((j for j in range(first, min(first + LABEL_TOKENS, len(tokens))) if tokens.lower[j] == ":"), -1)
    if colon < 0 or tokens.starts[colon] > at:
        return None
    named = [m for m in doc.within("source", line, tokens.starts[colon] + 1) if m.rule == AUTHOR_RULES[1]]
    if named:
        return str(named[-1].value.name)
    if not (tokens.words[first].isupper() and "(" in tokens.lower[first:colon]):
        return None  # a label in capitals with an aside in brackets, not a sentence's clause
    given = given_names(doc.lang.code)
    opened = tokens.lower.index("(", first, colon)
    return next((tokens.words[j] for j in range(opened + 1, colon) if tokens.is_cap(j) and tokens.lower[j] in given),
                None)


def _quoted(doc: Document, starts: list[int], at: int) -> bool:
    """Whether `at` lies inside a quotation (named or not); `starts`: the quotations' starts."""
    found = quotations(doc)
    k = bisect_right(starts, at) - 1
    return k >= 0 and found[k].start <= at < found[k].end


def voices(doc: Document) -> list[Voice]:
    """Every first-person word of the report with its speaker, in text order (computed once per document). A word
    in a quotation whose speaker is unnamed, or outside quotations in a report with no author, has none."""
    found = doc.cache.get("account voices")
    if found is not None:
        return found
    found = doc.cache["account voices"] = []
    if "account_voice" not in doc.lang.classes:
        return found
    tokens, author = doc.tokens, report_author(doc)
    starts = [q.start for q in quotations(doc)]
    j = doc.first_in_class("account_voice", 0, len(tokens))
    while j >= 0:
        word, at = tokens.words[j], tokens.starts[j]
        if not (len(word) > 1 and word.isupper()):  # "US officials": a country's initials, no 'us'
            speaker = speaker_at(doc, at) or _turn_speaker(doc, at)
            if speaker is None and not _quoted(doc, starts, at):
                speaker = author
            if speaker is not None:
                found.append(Voice(at, speaker))
        j = doc.first_in_class("account_voice", j + 1, len(tokens))
    return found


def last_voice(doc: Document, before: int) -> Voice | None:
    """The last first-person word with a speaker before character `before`, if any."""
    found = voices(doc)
    k = bisect_left(found, before, key=lambda v: v.offset)
    return found[k - 1] if k else None
