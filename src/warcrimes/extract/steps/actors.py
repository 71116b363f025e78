"""Actors: who is alleged to have done it (party, unit) and who the report cites (people, bodies).

Adds mentions of kind "party" (value "RU"/"UA", rule says agent or mention), "unit"
(value Unit), "source" (value Source: a person or body the text cites, with title), and
"speech" (an attribution cue). A unit that *reports* ("the 110th Brigade reported") becomes a
source, never a perpetrator.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from warcrimes.extract.engine.document import Document, Mention
from warcrimes.extract.engine.index import Index, Spans
from warcrimes.extract.engine.patterns import Match, keep_longest
from warcrimes.extract.engine.pipeline import step
from warcrimes.extract.engine.text import fold, opens_line
from warcrimes.extract.steps.parties import agent_role, find_units, russian_voice, side_of
from warcrimes.extract.steps.people import (
    find_persons,
    given_names,
    lone_surnames,
    names_a_body,
    nominative_name,
    title_before,
)
from warcrimes.extract.steps.source_refs import (
    Defined,
    acronym_hits,
    case_voices,
    defined_bodies,
    described_bodies,
    descriptor_references,
    documents,
    forward_scopes,
    monitor_references,
    title_line,
)
from warcrimes.extract.steps.turns import structure

_LEX = "actors.json"


@dataclass(frozen=True, slots=True)
class Source:
    """A person or body the report cites; `title` keeps "Ombudsman" or "head of the National Police"."""

    name: str
    kind: str  # person | organisation | role
    title: str | None = None
    side: str | None = None  # the state the body or person speaks for, where its name tells it ("Russia's ...")


def _scan(doc: Document, sections: tuple[str, ...]) -> list[Match]:
    return keep_longest(doc.hits(*sections))


@dataclass(frozen=True, slots=True)
class _Named:
    """A person's name found at [start, end)."""

    start: int
    end: int
    value: str


def _set_in_russia(doc: Document, at: int) -> bool:
    """The sentence at `at` names scenes and all of them lie in Russia ("Противник атаковал дроном село Тёткино
    Курской области"): 'the enemy' striking there is Ukraine's forces, whoever tells it (stage 20b)."""
    if not doc.sentences:
        return False
    lo, hi = doc.sentence_of(at)
    if not lo <= at < hi:
        return False
    scenes = [m for m in doc.within("place", lo, hi) if m.value.role == "event"]
    scenes += doc.within("region", lo, hi)
    return bool(scenes) and all((m.value.country or "UA") == "RU" for m in scenes)


def find_actors(doc: Document) -> list[Mention]:
    """Party, unit, speech and source mentions of one document."""
    text = doc.text
    bodies_table = doc.lang.table(_LEX, ("bodies",))["bodies"]
    mentions: list[Mention] = []
    russian_told = russian_voice(doc)
    for hit in _scan(doc, ("party",)):
        role = agent_role(doc, hit.start, hit.end)
        party = side_of(doc, hit, russian_told or _set_in_russia(doc, hit.start))
        mentions.append(Mention("party", hit.start, hit.end, party, f"party:{role}"))
    units = find_units(doc)
    mentions.extend(units)
    speech = [
        h
        for h in _scan(doc, ("speech",))
        if not doc.ends_with("negation", h.start)
        and not doc.ends_with("not_speech", h.end)  # "named the accused as ...": a noun, no one speaking
        and not (h.value == "finding" and doc.starts_with("found_body", h.end))
        and not doc.starting_at("order", h.start)  # "told his men to shoot": an order, no words reported
        and not doc.starting_at("reminder", h.start)  # "Напомним, ...": the outlet recalls; it cites nobody
    ]
    mentions.extend(Mention("speech", h.start, h.end, h.value, h.id) for h in speech)
    links = bodies_table.get("name_links", [])
    formal = keep_longest(h for h in doc.hits("body") if _capitalised_name(text[h.start : h.end], links))
    orgs = _formal_or_listed(
        h
        for h in sorted(
            _scan(doc, ("organisation", "ngo", "outlet_named", "court_body")) + formal, key=lambda h: (h.start, h.end)
        )
        if _looks_named(text, h, bodies_table["common"]) and not _in_compound(text, h)
    )
    # "the Eastern Observation Office (EOO) ... EOO recorded": a body defined with its acronym, and each use of it
    defined = defined_bodies(doc)
    acronym_name: dict[tuple[int, int], str] = {}
    if defined:
        listed = Spans(orgs)
        for hit, name in acronym_hits(doc, defined):
            if not any(o.start < hit.end and hit.start < o.end for o in listed.starting(hit.start - 200, hit.end)):
                acronym_name[(hit.start, hit.end)] = name
                orgs.append(hit)
        orgs.sort(key=lambda h: (h.start, h.end))
    titles = _scan(doc, ("title",))
    places = sorted((m.start, m.end) for m in doc.of_kind("place"))
    # "по словам Владимира Жданова": a name in another case is cited in the nominative (uk, ru; stage 20)
    persons = [(s, e, nominative_name(doc, n)) for s, e, n in find_persons(doc, titles) if not _a_place(places, s, e)]
    # Surnames alone ("Lubinets wrote") point back to the full name seen first.
    by_surname: dict[str, str] = {}
    for _, _, name in persons:
        by_surname.setdefault(fold(name.split()[-1]), name)
    victims = _named_victims(doc, persons, Spans(speech))
    persons = [p for p in persons if p[2] not in victims]
    candidates: list[tuple[int, int, Source]] = []
    title_spans = Spans(titles)
    for start, end, name in persons:
        title = title_before(doc, title_spans, start)
        candidates.append((start, end, Source(by_surname.get(fold(name.split()[-1]), name), "person", title)))
    taken = Spans([_Named(s, e, n) for s, e, n in persons])
    tokens = doc.tokens
    for i, low in enumerate(tokens.lower):
        if low not in by_surname or not tokens.is_cap(i):
            continue  # no person: most tokens are no known surname, so that is asked first
        person = by_surname[low]
        if person in victims:
            continue
        if person and not _inside(doc, taken, tokens.starts[i]):
            candidates.append((tokens.starts[i], tokens.end(i), Source(person, "person")))
    bodies = Spans(orgs)
    full_names = bodies_table.get("full_names", {})
    for start, end, name in lone_surnames(doc, [h.start for h in speech]):
        if fold(name) in by_surname or _inside(doc, taken, start) or _inside(doc, bodies, start):
            continue
        if not _a_place(places, start, end):
            candidates.append((start, end, Source(name, "person")))
    for hit in orgs:
        if _inside(doc, taken, hit.start):
            continue
        # "Human Rights Group Vostok", "Правозахисна група «Січ»", "the Eastern Monitoring Group" (label `ngo`): a
        # group no table lists, as written
        as_written = hit.label in ("ngo", "body", "outlet_named", "court_body")  # "видання «Схід»": as named
        name = text[hit.start : hit.end].removeprefix("the ").removeprefix("The ") if as_written else hit.value
        name = acronym_name.get((hit.start, hit.end), name)
        if not as_written and name in full_names:
            name = _full_name(doc, hit, full_names[name]) or name
        if name in bodies_table["needs_place"]:
            name = _with_place_before(text, hit.start, text[hit.start : hit.end], bodies_table["not_place_words"])
        candidates.append((hit.start, hit.end, Source(name, "organisation")))
    candidates.extend(_head_noun_references(doc, orgs, candidates, taken))
    candidates = _narrowed(candidates, text, bodies_table.get("narrowed", {}))
    bodies_named = sorted((s, e, c.name) for s, e, c in candidates if c.kind == "organisation")
    candidates.extend(
        (s, e, Source(name, "organisation"))
        for s, e, name in monitor_references(doc, bodies_named)
        if not _inside(doc, bodies, s)
    )
    # "the charity Blue Harbour ... the charity said at the time": a body named beside what it is, and 'the' + that
    spans = Spans([_Named(c[0], c[1], "") for c in candidates])
    for s, e, name in [(s, e, n) for s, e, n, _ in described_bodies(doc)] + descriptor_references(doc):
        if not _inside(doc, spans, s) and not spans.starting(s, e):
            candidates.append((s, e, Source(name, "organisation")))
    for unit in units:
        candidates.append((unit.start, unit.end, Source(unit.value.name, "unit")))
    holders = _title_holders(doc, titles, persons, by_surname, bodies_table["title_link"])
    for hit in titles:
        named = taken.starting(hit.end, doc.reach_after(hit.end, TITLE_REACH))  # "Governor Oleh Syniehubov"
        if named or hit.value in bodies_table["untitled_holders"]:
            continue
        holder = holders.get(hit.value)
        if holder:  # "the governor said" after "Governor Oleh Syniehubov": the same person
            candidates.append((hit.start, hit.end, Source(holder, "person", hit.value)))
        else:
            candidates.append(
                (hit.start, hit.end, Source(_role_name(doc, hit, bodies_table["role_link"]), "role", hit.value))
            )
    index, speech_spans = Index(doc), Spans(speech)
    outlets = frozenset(bodies_table.get("outlets", []))
    sided = Spans(keep_longest(doc.hits("party", "russian_side")))
    headed = _headers(doc, candidates, titles, orgs)
    if doc.lang.table(_LEX).get("signature_line"):
        editorial = set(doc.lang.table(_LEX).get("publisher", {}).get("editorial", []))
        headed.update(_signature(text, candidates, titles, orgs, editorial))
    if doc.lang.table(_LEX).get("byline"):
        headed.update(_byline(text, candidates, doc.lang.table(_LEX).get("addressee_labels", [])))
    header_line = doc.lang.table(_LEX).get("header_line")
    if header_line == "capitalised":  # English: a channel's name in title case, never a headline in sentence case
        links = bodies_table.get("name_links", [])
        first = text.lstrip().split("\n", 1)[0]
        # "Dnipro Policy Lab | Policy brief": a piece of the line between bars naming the body that publishes it
        header_line = any(_capitalised_name(piece.strip(), links) for piece in first.split(HEADER_SEPARATORS))
    first_end = _first_line_end(text)
    if header_line and not any(doc.has_hit(label, 0, first_end) for label in ("violation", "attack")):
        # "Поліцейські Харківщини встановили причетних до катувань ...": a headline telling an act names no author
        headed.update(_header_line(text, candidates, titles, orgs))
    published: dict[tuple[int, int], Source] = {}
    if not any(start < _first_line_end(text) for start, _ in headed):
        published = (
            _publisher(doc, persons, bodies_table.get("outlets", []))
            or _defined_publisher(doc, defined)
            or _first_person_author(doc, bodies_table.get("outlets", []))
            or _investigating_team(doc)
            or _signed_statement(doc, bodies_table.get("outlets", []), candidates)
        )
        headed.update(published)
    forwarded = forward_scopes(doc)
    if forwarded:  # "Forwarded from X": X speaks for its own post only (incident_facts), no header of the whole text
        lines = [(lo, text.find("\n", lo) if "\n" in text[lo:] else len(text)) for _, _, lo, _, _ in forwarded]
        headed = {k: v for k, v in headed.items() if not any(lo <= k[0] < hi for lo, hi in lines)}
    # a judgment's court and the office that prosecuted it speak for its counts (stage 20)
    bodies_named = sorted((s, e, c.name) for s, e, c in candidates if c.kind == "organisation")
    case = {(s, e): Source(name, "organisation") for s, e, name in case_voices(doc, bodies_named)}
    case = {k: v for k, v in case.items() if k not in headed}
    headed.update(case)
    known = {(start, end) for start, end, _ in candidates}
    candidates.extend((start, end, source) for (start, end), source in headed.items() if (start, end) not in known)
    # "слідчі спільно з СБУ встановили": the partner of a joint investigation is no subject of its verb (stage 21)
    candidates = [c for c in candidates if (c[0], c[1]) in headed or not _partnered(doc, c[0])]
    candidates.sort(key=lambda c: c[0])
    starts = [c[0] for c in candidates]
    asked = _question_turns(doc)
    quoted = _quotations(text)
    # "Prosecutors said Colonel X ordered ...": a verb of saying right after a cited name is that name's; X is what
    # they said, cited only by a verb of its own
    ends = sorted(c[1] for c in candidates)
    subjects = frozenset(h.start for h in speech if h.value == "said" and _subject_before(doc, ends, h))
    for start, end, source in candidates:
        lo, hi = index.sentence_of(start)
        if any(a <= start < b for a, b in asked):
            continue  # "QUESTION: Officials say Russia fired the missile ...": the one asking cites, not the text
        if _addressed(doc, start, lo):
            continue  # "in a letter to the ICRC, the families said": the one written to tells nothing
        if (start, end) in headed:
            rule = (
                "source:publisher"
                if (start, end) in published
                else "source:case" if (start, end) in case else "source:header"
            )
            mentions.append(Mention("source", start, end, headed[(start, end)], rule))
            continue
        # "the Office has launched a pre-trial investigation": a verb of saying right after the name
        after = speech_spans.starting(end, hi)[:1]  # a slice: the first verb after the name only
        speaks = bool(after) and doc.token_at(after[0].start) - doc.token_at(end) <= SPEAKS_AFTER
        # "according to X, troops shot ...": X is cited though the act follows it
        cited = any(
            h.value == "citing" and h.end <= start and doc.token_at(start) - doc.token_at(h.end) <= CITED_BEFORE
            for h in speech_spans.starting(lo, start)
        )
        if not (speaks or cited) and agent_role(doc, start, end, after_only=True) == "agent":
            continue  # "the Armed Forces of Ukraine struck": the accused, not the one who reports
        # A unit reports only as the subject ("the 110th Brigade reported"), never as the object of a finding.
        reach = UNIT_REACH if source.kind == "unit" else SOURCE_REACH
        cue = _attributed(
            doc, speech_spans, start, end, index, reach, cite_only_before=source.kind == "unit", taken=subjects
        )
        if (
            cue is not None
            and cue.start >= end
            and _speaker_between(doc, starts, end, cue.start)
            and not (source.kind == "organisation" and _headed_by(doc, title_spans, start, bodies_table))
        ):
            cue = None  # "X is accused of shooting ..., the prosecutors said": the verb is the nearer name's
        if cue is not None and cue.start >= end and _quotation_closes(quoted, start, cue.start):
            continue  # "«Ми передали все до СБУ», — сказала X": the body is named in X's words (stage 22)
        if cue is None and source.kind == "organisation":
            cue = documents(doc, start, end)  # "EOO assessed", "verified by the Mission", "a released man told EOO"
            if cue is not None and cue.value == "listener" and source.name in outlets:
                cue = None  # "residents told the Kyiv Independent": a newsroom listening relays, it documents nothing
        if cue is not None:
            if source.name in bodies_table["generic"]:
                source = _named_before(mentions, start, bodies_table["generic"], index) or source
            side = _side_of_source(doc, start, end, source, sided)
            if side is not None:
                source = replace(source, side=side)
            mentions.append(Mention("source", start, end, source, f"source:{source.kind}<-{cue.id}"))
    mentions.extend(_interviewee_answers(doc, asked, persons))
    _interviewee_turns(doc, persons)
    mentions.extend(_pronoun_speakers(doc, speech, persons, by_surname, index, mentions))
    return mentions


PRONOUN_BACK = 2  # sentences back within which "he said" finds the person it stands for
CLAUSE_CLOSERS = frozenset({",", '"', "\u201d", "'", "\u2019"})  # what stands before ', he said' closing a report
POSSESSIVE = ("'s", "\u2019s")


def _head_noun_references(
    doc: Document, orgs: list[Match], candidates: list[tuple[int, int, Source]], taken: Spans
) -> list[tuple[int, int, Source]]:
    """'The Coordination Headquarters for the Treatment of Prisoners of War said ... The headquarters said it had
    passed his account to prosecutors': 'the' and the head noun of a body named before it (the last word before its
    first link word) stand for that body (actors.json `head_reference`), so the verb is the body's and the
    prosecutors it passed the account to are no source. Not when a capitalised word or a link word follows ('the
    Office of the President' is a name of its own)."""
    config = doc.lang.table(_LEX).get("head_reference")
    if not config:
        return []
    text, tokens = doc.text, doc.tokens
    links, articles = set(config["links"]), set(config["articles"])
    heads: dict[str, tuple[list[int], list[Source]]] = {}  # head noun folded -> where bodies with it are named, them
    by_start = {c[0]: c[2] for c in candidates if c[2].kind == "organisation"}
    sided = Spans(keep_longest(doc.hits("party", "russian_side")))
    for hit in orgs:
        words = text[hit.start : hit.end].split()
        if len(words) < 2 or hit.start not in by_start:
            continue
        head = next((w for w, after in zip(words, [*words[1:], ""], strict=True) if fold(after) in links), words[-1])
        if fold(head) not in links and not head.endswith(("'s", "\u2019s")) and head[:1].isupper():
            body = by_start[hit.start]  # "the ministry" after "the Russian Defence Ministry" speaks for Russia too
            side = _side_of_source(doc, hit.start, hit.end, body, sided)
            starts, bodies = heads.setdefault(fold(head), ([], []))
            starts.append(hit.start)  # orgs are in text order
            bodies.append(replace(body, side=side) if side else body)
    if not heads:
        return []
    out = []
    known = Spans(orgs)
    for j in range(1, len(tokens) - 1):
        if tokens.lower[j - 1] not in articles:
            continue
        start = tokens.starts[j]
        found = heads.get(tokens.lower[j])
        at = bisect_left(found[0], start) if found else 0
        if not found or at == 0 or _inside(doc, known, start) or _inside(doc, taken, start):
            continue
        named = found[1][at - 1]  # the last body with that head noun named before it
        if j + 1 < len(tokens) and (tokens.is_cap(j + 1) or tokens.lower[j + 1] in links):
            continue  # "the Office of the President": another name
        out.append((tokens.starts[j - 1], tokens.end(j), named))
    return out


def _narrowed(
    candidates: list[tuple[int, int, Source]], text: str, narrowed: dict
) -> list[tuple[int, int, Source]]:
    """'According to the prosecutor's office, ...' in a report that named the Kharkiv Regional Prosecutor's Office
    before: the office named, not the national one the listed name gives (actors.json `bodies.narrowed`)."""
    if not narrowed or not any(c.name in narrowed for _, _, c in candidates):
        return candidates
    # the narrower offices named, in text order, per listed name (one pass: a report may name hundreds of bodies)
    narrower: dict[str, tuple[list[int], list[str]]] = {}
    for start, _, c in sorted(candidates, key=lambda c: c[0]):
        for listed, rule in narrowed.items():
            words = fold(c.name).split()
            if c.kind == "organisation" and c.name != listed and rule["holds"] in fold(c.name) and any(
                w in words for w in rule["narrower"]
            ):
                at, names = narrower.setdefault(listed, ([], []))
                at.append(start)
                names.append(c.name)
    out = []
    for start, end, source in candidates:
        rule = narrowed.get(source.name)
        if rule is not None and source.kind == "organisation" and source.name in narrower:
            surface = fold(text[start:end])
            at, names = narrower[source.name]
            k = bisect_left(at, start)
            if k and not any(w in surface for w in rule["unless_said"]):
                source = replace(source, name=names[k - 1])
        out.append((start, end, source))
    return out


def _pronoun_speakers(
    doc: Document,
    speech: list[Match],
    persons: list[tuple[int, int, str]],
    by_surname: dict[str, str],
    index: Index,
    cited: list[Mention],
) -> list[Mention]:
    """'Andrii Melnyk was captured near X ... Soldiers shot two of the wounded men, he said.': a verb of saying whose
    subject is a personal pronoun (class `personal_pronoun`, the `pronoun_speaker` patterns) cites the person last
    named before it, in its sentence or the PRONOUN_BACK before, when its sentence cites nobody else."""
    starts = [p[0] for p in persons]  # in text order, named victims left out already
    sources = sorted(m.start for m in cited if m.kind == "source")
    out = []
    for hit in speech:
        j = doc.token_at(hit.start) - 1
        if hit.value != "said" or j < 0 or not doc.in_class("personal_pronoun", j):
            continue
        pronoun = doc.tokens.starts[j]
        lo, hi = index.sentence_of(pronoun)
        closes = pronoun == lo or doc.tokens.lower[j - 1] in CLAUSE_CLOSERS  # "He said ...", ", he said."
        if not (closes and doc.has_hit("pronoun_speaker", pronoun, hit.start)):
            continue  # "shot him after he said ...": a clause of the act, not the report's attribution
        at = bisect_left(sources, lo)
        if at < len(sources) and sources[at] < hi:
            continue  # the sentence cites someone by name: the pronoun may be theirs
        k = bisect_left(starts, pronoun) - 1
        while k >= 0 and persons[k][2].endswith(POSSESSIVE):
            k -= 1  # "in Ivan Fedorov's office": an owner named, not a speaker
        if k < 0 or index.sentence_number(pronoun) - index.sentence_number(starts[k]) > PRONOUN_BACK:
            continue
        name = by_surname.get(fold(persons[k][2].split()[-1]), persons[k][2])
        source = Source(name, "person")
        out.append(Mention("source", pronoun, doc.tokens.end(j), source, f"source:person<-pronoun:{hit.id}"))
    return out


def _interviewee_answers(
    doc: Document, asked: list[tuple[int, int]], persons: list[tuple[int, int, str]]
) -> list[Mention]:
    """In an interview set out as questions and answers ("Q: ... A: ..."), what the answers tell is the
    interviewee's account: the person named before the first question, cited by each sentence of an answer."""
    if not asked:
        return []
    named = [p for p in persons if p[1] <= asked[0][0]]
    if not named:
        return []
    speaker = Source(named[0][2], "person")
    out = []
    turns = [a for a, _ in asked] + [len(doc.text)]
    for (_, ends), stop in zip(asked, turns[1:], strict=False):
        answer = doc.token_at(ends)
        labelled = answer + 1 < len(doc.tokens) and doc.tokens.lower[answer + 1] == ":"
        if not (labelled and doc.in_class("answer_label", answer)):
            continue
        for lo, _ in doc.sentences:
            if ends <= lo < stop:
                first = doc.token_at(lo)
                out.append(Mention("source", lo, doc.tokens.end(first), speaker, "source:interviewee"))
    return out


def _side_of_source(doc: Document, start: int, end: int, source: Source, sided: Spans) -> str | None:
    """The state a source speaks for, told by a side's name inside its own ("Russia's Defence Ministry", "the
    Russian Foreign Ministry", a Russian-side body of `russian_side`) or by the bodies table (`sides`: "Kremlin")."""
    for hit in sided.starting(max(0, start - 1), end):
        if hit.start < end and start <= hit.end:
            return "RU" if hit.label == "russian_side" else hit.value
    for side, names in doc.lang.table(_LEX, ("bodies",))["bodies"].get("sides", {}).items():
        if source.name in names:
            return str(side)
    return None


HEAD_OF_REACH = 2  # tokens between a title and the body it heads: "head of the", "spokesperson for"


def _headed_by(doc: Document, titles: Spans, start: int, bodies_table: dict) -> bool:
    """'The head of the X Mission, Name, said': the body speaks through its head, named after it; its title
    stands right before the body, joined by 'of' or 'for', and is one who speaks for it (`speaks_for`: a head, a
    spokesperson; not the investigators of the body)."""
    heads = bodies_table.get("speaks_for", [])
    first = doc.token_at(start)
    lo = doc.sentence_of(start)[0]
    for hit in titles.starting(lo, start):
        if hit.value not in heads:
            continue
        gap = range(doc.token_at(hit.end), first)
        if len(gap) <= HEAD_OF_REACH and gap and doc.tokens.lower[gap[0]] in ("of", "for"):
            return True
    return False


def _speaker_between(doc: Document, starts: list[int], end: int, verb: int) -> bool:
    """Another name, or a pronoun right before the verb ('they said'), stands between a name and the verb
    of saying after it: the verb is theirs."""
    j = doc.token_at(verb) - 1
    if j >= 0 and doc.tokens.starts[j] >= end and doc.has_hit("pronoun_speaker", doc.tokens.starts[j], verb):
        return True
    at = bisect_right(starts, end - 1)
    return at < len(starts) and starts[at] < verb


def _subject_before(doc: Document, ends: list[int], verb: Match) -> bool:
    """A cited name ends right before a verb of saying (at most one token between: "Prosecutors said",
    "the ministry has said"): the verb is that name's, not a later name's. `ends` sorted: only the
    nearest name ending before the verb can be that close (one look, not one per name)."""
    at = bisect_right(ends, verb.start)
    return at > 0 and doc.token_at(verb.start) - doc.token_at(ends[at - 1]) <= 1


CITING_BEFORE = 3  # tokens before a person's noun within which "according to" makes the person the one cited


def _named_victims(doc: Document, persons: list[tuple[int, int, str]], speech: Spans) -> set[str]:
    """'journalist Viktoriia Roshchyna, who died in captivity, was tortured': a person named right after a
    victim noun, in a sentence telling harm, is the victim; neither the name nor the surname is a source."""
    index = Index(doc)
    victims: set[str] = set()
    for start, end, name in persons:
        before = index.within("victim", doc.reach_before(start, 4), start)  # "prisoner of war Ivan Petrenko"
        if not before or doc.text[before[-1].end : start].strip() or speech.starting(end, doc.reach_after(end, 2)):
            continue  # "journalist Olena Marchenko said": she speaks
        if any(h.value == "citing" for h in speech.starting(doc.reach_before(before[-1].start, CITING_BEFORE), start)):
            continue  # "за словами старости Олега Мельника, загинув чоловік": the one cited, not a victim
        lo, hi = index.sentence_of(start)
        if index.within("violation", lo, hi) or index.within("harm", lo, hi):
            victims.add(name)
    return victims | _named_with_others(doc, persons, index, speech)


OTHERS_AFTER = 3  # tokens after "and" within which "other" marks the people counted with a named one


def _named_with_others(doc: Document, persons: list[tuple[int, int, str]], index: Index, speech: Spans) -> set[str]:
    """'Olena Shevchuk and two other volunteers were abducted': a person named before 'and N other ...' (casualties.json
    `with_person`) in a sentence telling an act is one of the victims counted, not a source; unless a verb of saying
    follows the people counted ('X and two other volunteers said ...')."""
    victims: set[str] = set()
    for start, end, name in persons:
        joint = next((h for h in doc.hits_within("with_person", start, end + 6) if h.start < end), None)
        if joint is None:
            continue
        first = doc.token_at(joint.end)
        if doc.first_in_class("other_after", first, min(first + OTHERS_AFTER, len(doc.tokens))) < 0:
            continue
        if speech.starting(joint.end, doc.reach_after(joint.end, SPEAKS_AFTER + OTHERS_AFTER)):
            continue  # "X and two other volunteers said": they speak
        lo, hi = index.sentence_of(start)
        if index.within("violation", lo, hi) or index.within("harm", lo, hi):
            victims.add(name)
    return victims


TITLE_REACH = 9  # tokens after a title within which the person holding it is named
BACK_SENTENCES = 5  # "the officials wrote" points back to the body cited in the last five sentences


def _named_before(mentions: list[Mention], start: int, generic: list[str], index: Index) -> Source | None:
    """The body or person last cited before "the officials wrote": the same source, named."""
    here = index.sentence_number(start)
    for mention in reversed(mentions):
        if here - index.sentence_number(mention.start) > BACK_SENTENCES:
            return None
        if mention.kind == "source" and mention.value.kind != "role" and mention.value.name not in generic:
            return mention.value
    return None


def _interviewee_turns(doc: Document, persons: list[tuple[int, int, str]]) -> None:
    """In a print interview whose turns are dash-led, bold or labelled by name (steps/turns.py), each answer is the
    account of the person the introduction names before the first question ("Dr Viktor Palamarchuk, 52, heads ...",
    "Максим, 27 років, — морський піхотинець"): kept for the incidents told in the answers (incident_facts), not as
    a source mention on each sentence, which would make a scene-setting sentence of an answer a citing one."""
    turns = structure(doc)
    if not turns.answers or turns.named_answers:
        return  # "DOVBYSH: Yes. On 22 April ...": the label names who answers (the speaker-label sources)
    first = turns.questions[0][0]
    named = [p for p in persons if p[1] <= first]
    name = named[0][2] if named else _given_name_before(doc, first)
    if name is not None:
        doc.cache["interviewee"] = name


def _given_name_before(doc: Document, stop: int) -> str | None:
    """A person introduced by a given name alone, opening a line before `stop` ("Максим, 27 років, — ...")."""
    given, tokens = given_names(doc.lang.code), doc.tokens
    for lo, _ in doc.sentences:
        if lo >= stop:
            break
        k = doc.token_at(lo)
        if k + 1 < len(tokens) and tokens.is_cap(k) and tokens.lower[k + 1] == "," and opens_line(doc.text, lo):
            lemmas = tokens.lemmas[k] if tokens.lemmas[k] else ()
            if tokens.lower[k] in given or any(lemma in given for lemma in lemmas):
                return tokens.words[k]
    return None


HEADER_TOKENS = 24  # a line's first clause: "Name Surname, head of the Kharkiv Regional Military Administration:"


def _question_turns(doc: Document) -> list[tuple[int, int]]:
    """Lines of an interview or briefing transcript opened by a question label and a colon ("Q:", "QUESTION:",
    "Journalist:"; class `question_label`): what the one asking quotes is no source the report cites."""
    turns = []
    text, tokens = doc.text, doc.tokens
    line_start = 0
    while line_start < len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        first = doc.token_at(line_start)
        if (
            first + 1 < len(tokens)
            and tokens.starts[first + 1] < line_end
            and doc.in_class("question_label", first)
            and tokens.lower[first + 1] == ":"
        ):
            turns.append((line_start, line_end))
        line_start = line_end + 1
    return turns


def _header_colon(doc: Document, line_start: int, line_end: int) -> int:
    """Offset of a colon among a line's first HEADER_TOKENS tokens, or -1."""
    tokens, first = doc.tokens, doc.token_at(line_start)
    for j in range(first, min(len(tokens), first + HEADER_TOKENS)):
        if tokens.starts[j] >= line_end:
            break
        if tokens.lower[j] == ":":
            return tokens.starts[j]
    return -1


def _headers(
    doc: Document, candidates: list[tuple[int, int, Source]], titles: list[Match], orgs: list[Match]
) -> dict[tuple[int, int], Source]:
    """Telegram-style openings, "Ombudsman Dmytro Lubinets:" or "Name Surname, head of X:": the author.

    The name (or, with none, the body or title) before a colon that ends a line's first clause is
    the source of everything the post then says, though no verb of speech follows it.
    """
    text = doc.text
    found: dict[tuple[int, int], Source] = {}
    starts = [c[0] for c in candidates]  # candidates are in text order
    title_spans, org_spans = Spans(titles), Spans(orgs)
    line_start = 0
    while line_start < len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        colon = _header_colon(doc, line_start, line_end)
        head = text[line_start:colon] if colon > line_start else ""
        lead = next((c for c in head if c.isalnum()), "")  # past any bullet or emoji
        if lead.isupper() and ". " not in head and '"' not in head:
            nearby = candidates[bisect_left(starts, line_start) : bisect_left(starts, colon)]
            inside = [c for c in nearby if c[1] <= colon]
            # the people are listed before the bodies, so the slice misses a person named on the line after a body
            # ("X Military Administration, head Name Surname, 07:12:", "Belgorod governor Name Surname, 08:03:")
            people = [c for c in candidates if c[2].kind == "person" and line_start <= c[0] and c[1] <= colon]
            inside = people + [c for c in inside if c not in people]
            chosen = _header_author(text, line_start, colon, inside, title_spans, org_spans)
            lead = text[line_start:colon].split(",")[0].strip()
            if chosen is not None and chosen[2].kind == "organisation" and names_a_body(lead.split()):
                at = text.index(lead, line_start)  # "Сумська ОВА, 14:05:": the oblast's adjective is the body's name
                chosen = (at, at + len(lead), Source(lead, "organisation")) if at <= chosen[0] else chosen
            if chosen is not None:
                found[(chosen[0], chosen[1])] = chosen[2]
        line_start = line_end + 1
    return found


_SIGNATURE_WORDS = 12  # "Сергій Лисак, начальник Дніпропетровської ОВА" fits; a sentence is longer


def _signature(
    text: str,
    candidates: list[tuple[int, int, Source]],
    titles: list[Match],
    orgs: list[Match],
    editorial: frozenset[str] | set[str] = frozenset(),
) -> dict[tuple[int, int], Source]:
    """A post signed on its last line ("Дмитро Лубінець", "Name Surname, head of X"): the author, the source of
    everything the post says. A short last line, after others, with no sentence's full stop. A newsroom signing
    its own correction ("The Editors", actors.json `publisher` `editorial`) is the outlet's voice, no source."""
    body = text.rstrip()
    line_start = body.rfind("\n") + 1
    line = body[line_start:]
    words = line.split()
    if line_start == 0 or not line[:1].isupper() or "." in line.rstrip(".")[:-1] or len(words) > _SIGNATURE_WORDS:
        return {}
    if any(fold(w.strip(".,")) in editorial for w in words):
        return {}
    if line.rstrip().endswith((".", "!", "?")) and len(line.split()) > 3:
        return {}
    inside = [c for c in candidates if c[0] >= line_start]
    chosen = _header_author(text, line_start, len(body), inside, Spans(titles), Spans(orgs))
    if chosen is None and len(line.split()) in (2, 3) and all(w[:1].isupper() and w.isalpha() for w in line.split()):
        chosen = line_start, len(body), Source(line.strip(), "person")  # a name alone
    return {(chosen[0], chosen[1]): chosen[2]} if chosen is not None else {}


BYLINE_LINES = 3  # lines after a headline where a release names the body issuing it


def _byline(
    text: str, candidates: list[tuple[int, int, Source]], addressee_labels: list[str]
) -> dict[tuple[int, int], Source]:
    """A press release's byline, a short line of its own under the headline that names a body ("Kharkiv
    Regional Prosecutor's Office", "Prosecutor General's Office, press service"): the issuer, the source of
    everything the release says, though no verb of speech follows it. A letter's line naming whom it is written
    to ("To: the President of the ICRC", "Cc: ...", actors.json `addressee_labels`) names no issuer."""
    lines: list[tuple[int, int]] = []
    at = 0
    while at < len(text) and len(lines) < BYLINE_LINES + 1:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if text[at:end].strip():
            lines.append((at, end))
        at = end + 1
    for start, end in lines[1:]:
        line = text[start:end].strip()
        if not line[:1].isupper() or "." in line or len(line.split()) > _SIGNATURE_WORDS:
            continue  # a sentence, not a byline
        if ":" in line and fold(line.split(":", 1)[0].strip()) in addressee_labels:
            continue  # "To: the President of the ICRC": the one written to
        bodies = [c for c in candidates if start <= c[0] and c[1] <= end and c[2].kind == "organisation"]
        if bodies:
            return {(bodies[0][0], bodies[0][1]): bodies[0][2]}
    return {}


HEADER_SEPARATORS = "|"  # "Андрій Гнатюк | Запорізька ОВА": a channel's name and its author's


def _header_line(
    text: str, candidates: list[tuple[int, int, Source]], titles: list[Match], orgs: list[Match]
) -> dict[tuple[int, int], Source]:
    """A Telegram channel's header, the post's first line naming its author and nothing else ("Харківська
    обласна прокуратура", "Андрій Гнатюк | Запорізька ОВА"): the source of everything the post tells. A short
    line with no sentence's stop and no colon (the colon header is `_headers`); a headline telling an act is a
    sentence, so it names no author here unless a person or body is all it holds."""
    body = text.lstrip()
    start = len(text) - len(body)
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end].rstrip()
    if line.endswith(".") and not line.endswith(".."):
        line = line[:-1]  # "Петро Іваненко, староста Гремяча.": a signature line closed by a stop (stage 19)
    plain = line  # the line without the names of rights groups, whose quotes are part of the name
    for hit in orgs:
        if hit.label == "ngo" and start <= hit.start and hit.end <= start + len(line):
            plain = plain.replace(text[hit.start : hit.end], "")
    plain = _BRACKETED.sub("", plain)  # "(Сумська обл., Шосткинський р-н)": an aside, no sentence
    if end == len(text) or not line[:1].isupper() or any(c in plain for c in ".!?:;«\""):
        return {}  # quotes only inside a rights group's own name ("Правозахисна група «Січ»")
    if len(line.split()) > _SIGNATURE_WORDS:
        return {}
    inside = [c for c in candidates if start <= c[0] and c[1] <= start + len(line)]
    for piece_start, piece_end in _pieces(text, start, start + len(line)):
        chosen = _header_author(text, piece_start, piece_end, [c for c in inside if piece_start <= c[0] < piece_end],
                                Spans(titles), Spans(orgs))
        if chosen is not None and chosen[2].kind == "organisation":
            # "Харківська обласна прокуратура": the whole piece is the body's name, its place adjective too
            return {(piece_start, piece_end): Source(text[piece_start:piece_end], "organisation")}
        if chosen is not None:
            return {(chosen[0], chosen[1]): chosen[2]}
    return {}


_BRACKETED = re.compile(r"\([^()\n]*\)")  # an aside in brackets on a header line (stage 22)


def _first_line_end(text: str) -> int:
    """The end of the report's first non-empty line (the whole text when it is one line)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    return len(text) if end < 0 else end


_NAME_MARKS = str.maketrans("", "", "'\u2019-")  # apostrophes and hyphens inside a name's words
PUBLISHER_NOT_NAME = ("violation", "attack", "count", "date")  # a headline tells an act or a count; a name neither


# The expressions below are built from a language's data (actors.json) once per process, not once a report: building
# their text escaped every lead anew (17,259 `re.escape` calls over the bench corpus; docs/extraction.md, stage 24).


@cache
def _alternatives(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of `words` as written (a publisher line's separators)."""
    return re.compile("|".join(re.escape(s) for s in words))


@cache
def _own_document_line(leads: tuple[str, ...]) -> re.Pattern[str]:
    """'From the field diary of Name Surname,': a lead naming a first-person document, then its writer's name."""
    alternatives = "|".join(re.escape(lead).replace(r"\ ", r"[ \t]+") for lead in leads)
    name = r"([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3})"
    return re.compile(r"[ \t]*(?i:" + alternatives + r")[ \t]+" + name + r"[ \t]*(?:[,|\n]|$)")


@cache
def _team_byline(leads: tuple[str, ...], max_words: int) -> re.Pattern[str]:
    """'By the Ground Truth Desk |': a by-line lead, then a team's name of two to `max_words` capitalised words."""
    alternatives = "|".join(re.escape(lead).replace(r"\ ", r"[ \t]+") for lead in leads)
    name = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1," + str(max_words - 1) + "}"
    return re.compile(r"[ \t]*(?i:" + alternatives + r")[ \t]+(" + name + r")[ \t]*(?:[|,\u2013\u2014-]|\n|$)")


@cache
def _folded_outlets(outlets: tuple[str, ...]) -> frozenset[str]:
    """The news outlets' names (actors.json `outlets`) folded, once per language and process: three tests a report
    refuse an outlet's name, and folding the list each time made half of all `fold` calls of the bench corpus
    (66,750 of 132,885; docs/extraction.md, stage 24)."""
    return frozenset(fold(o) for o in outlets)


def _publisher(doc: Document, persons: list[tuple[int, int, str]], outlets: list[str]) -> dict[tuple[int, int], Source]:
    """The body whose own report the text is, named on its first line ('DNIPRO POLICY LAB - POLICY BRIEF 2025/07',
    'Annual Report of the Parliamentary Commissioner for Human Rights, 2024', 'THREAD by X, Grid Square Collective'):
    the source of every incident the report documents (actors.json `publisher`). A piece of the line between its
    separators, past a lead naming the document ('Annual Report of the', 'THREAD by'), is a name when all its words
    but the links are capitalised; it is the publisher only when the text refers back to it as a body: by its head
    noun ('the Lab found', 'interviewed by the Mission'), by its initials ('OHR staff'), or, for a name with no such
    reference, by a first-person plural narrator outside quotations in two sentences or more ('We geolocated it').
    A news outlet or an editorial desk publishing the text is no source (CONTRACT.md)."""
    config = doc.lang.table(_LEX).get("publisher")
    text = doc.text
    end = _first_line_end(text)
    if not config or end == len(text):
        return {}
    start = len(text) - len(text.lstrip())
    links = set(config["links"])
    refused = _folded_outlets(tuple(outlets)) | set(config["editorial"])
    separators = _alternatives(tuple(config["separators"]))
    bounds = [start, *(x for m in separators.finditer(text, start, end) for x in (m.start(), m.end())), end]
    weak: list[tuple[int, int, Source]] = []
    for lo, hi in zip(bounds[::2], bounds[1::2], strict=True):
        lead = max((h.end for h in doc.starting_at("publisher_lead", lo) if h.end <= hi), default=lo)
        led = lead > lo  # the piece names a document first ("Розслідування", "Report by")
        while lead < hi and text[lead].isspace():
            lead += 1
        while hi > lead and text[hi - 1].isspace():
            hi -= 1
        hi = _without_descriptor(text, lead, hi, config.get("descriptor_tail", []))
        words = text[lead:hi].split()
        # "Розслідування «Тихого сигналу»", "Заявление центра «Полынь»": a name in quotes after a document's noun
        quoted = _quoted_name(text[lead:hi], config["max_words"]) if led else None
        if quoted is not None:
            name, content = quoted
        else:
            content = [w for w in words if w.lower() not in links]
            if not 2 <= len(content) <= config["max_words"] or words[0].lower() in links or words[-1].lower() in links:
                continue
            if not all(w[:1].isupper() and w.translate(_NAME_MARKS).isalpha() for w in content):
                continue
        if any(doc.within(kind, lead, hi) for kind in PUBLISHER_NOT_NAME):
            continue
        shouting = quoted is None and all(w.isupper() for w in content)
        if quoted is None:
            name = " ".join(w.lower() if w.lower() in links else w.capitalize() if shouting else w for w in words)
        if fold(name) in refused or any(fold(w) in refused for w in content):
            continue
        source = Source(name, "organisation")
        if quoted is None and _referred_back(doc, end, content, shouting):
            return {(lead, hi): source}
        owners = (config.get("own_possessive", []), config.get("own_nouns", []))
        # "Over four months, Steppe Chronicle traced ... We spoke to 14 families": a name written out again below
        # the line needs one sentence of 'we' (as an investigating team's, stage 22)
        again = _quoted_again(text, end, content[0]) if quoted else text.find(text[lead:hi], end) >= 0
        needed = NARRATED_SENTENCES - 1 if again else NARRATED_SENTENCES
        if _narrated_by_us(doc, end, config["self_reference"], owners, needed) and not any(
            p[0] < hi and lead < p[1] for p in persons
        ):
            weak.append((lead, hi, source))
    return {(weak[0][0], weak[0][1]): weak[0][2]} if weak else {}


_OPENING_QUOTES = "«\u201e\u201c\""  # «…», „…“, “…”, "…"
_CLOSING_QUOTES = "»\u201c\u201d\""
QUOTED_LEAD_WORDS = 3  # lowercase words before a quoted name saying what the body is: "правозахисної мережі"


def _quoted_name(piece: str, max_words: int) -> tuple[str, list[str]] | None:
    """'«Тихого сигналу»', 'центра «Полынь»', 'правозахисної мережі «Берег»': a body named in quotes, after at most
    QUOTED_LEAD_WORDS lowercase words saying what it is; its name as written (the quotes kept only after such words)
    and the quoted words, or None (stage 24)."""
    if piece[-1:] not in _CLOSING_QUOTES:
        return None
    opening = next((i for i, c in enumerate(piece) if c in _OPENING_QUOTES), -1)
    inner = piece[opening + 1 : -1].strip(_OPENING_QUOTES + _CLOSING_QUOTES + " ")
    before = piece[: max(opening, 0)].split()
    quoted = inner.split()
    if opening < 0 or not 1 <= len(quoted) <= max_words or not inner[:1].isupper():
        return None
    if len(before) > QUOTED_LEAD_WORDS or not all(w.isalpha() and w.islower() for w in before):
        return None
    return (piece if before else inner), quoted


def _quoted_again(text: str, after: int, word: str) -> bool:
    """Whether the quoted name's first word stands again in quotes below the line, in any case ("«Тихий сигнал»"
    after "«Тихого сигналу»"): its letters but the last two after an opening quote."""
    stem = fold(word.strip(_OPENING_QUOTES + _CLOSING_QUOTES))[:-2]
    folded = fold(text[after:])
    return len(stem) >= 3 and any(q + stem in folded for q in _OPENING_QUOTES)


DESCRIPTOR_WORDS = 3  # lowercase words after a publisher's name saying what it is: "press office"


def _without_descriptor(text: str, lo: int, hi: int, heads: list[str]) -> int:
    """'Dnipro Regional Trauma Centre press office', 'Grid Square open-source collective': the end of the name before
    a run of at most DESCRIPTOR_WORDS lowercase words closing on a noun of what a body is (actors.json `publisher`
    `descriptor_tail`, stage 24), else `hi`."""
    words = text[lo:hi].split()
    if not heads or not words or words[-1] not in heads:
        return hi
    k = len(words)
    while k > 0 and len(words) - k < DESCRIPTOR_WORDS and words[k - 1].islower():
        k -= 1
    if k == 0 or not words[k - 1][:1].isupper():
        return hi
    return text.index(words[k - 1], lo) + len(words[k - 1]) if k < len(words) else hi


HEADER_BLOCK_LINES = 4  # a report's header: its first lines before the first blank one, each short
HEADER_LINE_WORDS = 20
ACRONYM_USES = 2  # uses of the acronym below the header that make its body the report's own voice


def _defined_publisher(doc: Document, defined: list[Defined]) -> dict[tuple[int, int], Source]:
    """'Periodic update No. 7 / UN Joint Human Rights Observation Mission in Ukraine (JHROM)', then 'JHROM recorded
    ...', 'JHROM considers ...': a body defined with its acronym in the report's header (its first lines, short,
    before the first blank one) and named by the acronym at least ACRONYM_USES times below it is the body whose own
    report the text is (the publisher), cited for every incident it documents."""
    if not defined:
        return {}
    text = doc.text
    start = len(text) - len(text.lstrip())
    end = start
    for _ in range(HEADER_BLOCK_LINES):
        stop = text.find("\n", end)
        stop = len(text) if stop < 0 else stop
        if len(text[end:stop].split()) > HEADER_LINE_WORDS:
            break
        end = stop
        if text.startswith("\n\n", stop) or stop == len(text):
            break
        end = stop + 1
    for body in defined:
        if start <= body.start < end and len(re.findall(r"\b" + re.escape(body.acronym) + r"\b", text[end:])) >= (
            ACRONYM_USES
        ):
            return {(body.start, body.end): Source(body.name, "organisation")}
    # "Healing Hands International condemns ..." (or "HHI condemns ...") as the title, then "Healing Hands International
    # (HHI)" below and "HHI" again: the organisation the title names and the text defines is the press statement's
    # author (its head "said" after a quote speaks for it)
    title_start, title_end = title_line(text, start)
    title = text[title_start:title_end]
    for body in defined:
        named = body.name in title or re.search(r"\b" + re.escape(body.acronym) + r"\b", title)
        if body.start > title_end and named:
            uses = re.findall(r"\b" + re.escape(body.acronym) + r"\b", text[title_end:])
            if len(uses) > ACRONYM_USES:  # the definition's own brackets are one of them
                return {(body.start, body.end): Source(body.name, "organisation")}
    return {}


# "By Iryna Savchuk | 22 May 2025": a bar or a dash may part the name from the day (stage 22)
BYLINE = re.compile(
    r"[ \t]*(?:[Bb]y|BY)[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3})[ \t]*(?:[,|\u2013\u2014]|\n|$)"
)


def _first_person_author(doc: Document, outlets: list[str]) -> dict[tuple[int, int], Source]:
    """An op-ed or a column by-lined 'By Name Surname, lawyer' whose writer tells in the first person singular
    outside quotations ('I have represented ...', 'my client', actors.json `author_line` `first_person`) in
    `sentences` sentences or more: the writer is the source of the cases the text tells (stage 20, from
    heldout_en11's list). A newsroom's byline ('By Staff Reporter', an outlet) is none."""
    config = doc.lang.table(_LEX).get("author_line")
    if not config:
        return {}
    found = _on_first_lines(doc.text, BYLINE, config["lines"])
    needed = NARRATED_SENTENCES
    if found is None and config.get("own_documents"):
        # "From the field diary of Name Surname, ...": a first-person document of its own names its writer; one
        # sentence in the first person will do (stage 22)
        document = _own_document_line(tuple(config["own_documents"]))
        found, needed = _on_first_lines(doc.text, document, config["lines"]), 1
    if found is None:
        return {}
    # the newsroom's words, folded only for a report with a byline (most have none: about 25 folds a report saved)
    editorial = set(doc.lang.table(_LEX).get("publisher", {}).get("editorial", [])) | _folded_outlets(tuple(outlets))
    if any(fold(w) in editorial for w in found.group(1).split()):
        return {}
    if not _narrated_by_us(doc, found.end(), config["first_person"], sentences=needed):
        return {}
    return {(found.start(1), found.end(1)): Source(found.group(1), "person")}


def _on_first_lines(text: str, pattern: re.Pattern[str], lines: int) -> re.Match[str] | None:
    """The first of the report's first `lines` non-empty lines that `pattern` matches at its start, if any."""
    at = len(text) - len(text.lstrip())
    for _ in range(lines):
        found = pattern.match(text, at)
        if found is not None:
            return found
        stop = text.find("\n", at)
        if stop < 0:
            return None
        at = stop + 1
        while at < len(text) and text[at] == "\n":
            at += 1
    return None


def _investigating_team(doc: Document) -> dict[tuple[int, int], Source]:
    """'By the Ground Truth Desk | 8 October 2025', then 'the Ground Truth Desk spoke to eleven residents', 'which we
    geolocated', 'told us': a team by-lined on the first lines (actors.json `investigation_byline`) whose text tells
    its own findings in the first person plural outside quotations in two sentences or more (one, when the team is
    named again below) is the source of what it found (stage 21). A wire's 'By Reuters Staff' tells nothing as 'we'
    and is none."""
    config = doc.lang.table(_LEX).get("investigation_byline")
    publisher = doc.lang.table(_LEX).get("publisher")
    if not config or not publisher:
        return {}
    text = doc.text
    found = _on_first_lines(text, _team_byline(tuple(config["leads"]), config["max_words"]), config["lines"])
    if found is None:
        return {}
    team = found.group(1)
    named_again = team in text[found.end() :]  # "the Ground Truth Desk spoke to eleven residents": one 'we' will do
    owners = (publisher.get("own_possessive", []), publisher.get("own_nouns", []) + config["own_findings"])
    needed = NARRATED_SENTENCES - 1 if named_again else NARRATED_SENTENCES
    if not _narrated_by_us(doc, found.end(), publisher["self_reference"], owners, needed):
        return {}
    return {(found.start(1), found.end(1)): Source(team, "organisation")}


SIGNATURE_LINES = 4  # the report's last non-empty lines looked at for a signature (name, title, day)
TITLE_WORDS = 12  # words of the title line under a signature's name


def _signed_statement(
    doc: Document, outlets: list[str], candidates: list[tuple[int, int, Source]]
) -> dict[tuple[int, int], Source]:
    """A statement told in the first person singular outside quotations ('I have spoken with them', 'my Office',
    actors.json `author_line` `first_person`) and signed at its foot by a name on a line of its own with a title line
    under it ('Name Surname,' then 'Commissioner for ...'), or unsigned under a title line naming its speaker
    ('Statement of the Commissioner for Human Rights on ...'): the signer, else the speaker the title names, is the
    source of every case the statement tells, the testimonies they relay included (stage 21). A news outlet's name
    at the foot is no signature."""
    config = doc.lang.table(_LEX).get("author_line")
    if not config:
        return {}
    signed = _signed_foot(doc, outlets)
    if not signed:
        title_end = _first_line_end(doc.text)
        refused = _folded_outlets(tuple(outlets))
        named = [c for c in candidates if c[1] <= title_end < len(doc.text) and fold(c[2].name) not in refused]
        signed = {(named[0][0], named[0][1]): named[0][2]} if len(named) == 1 else {}
    if not signed or not _narrated_by_us(doc, 0, config["first_person"]):
        return {}  # the narration is read only for a report that names a speaker at its foot or in its title
    return signed


def _signed_foot(doc: Document, outlets: list[str]) -> dict[tuple[int, int], Source]:
    """The name on the line above a title line among a report's last lines ('Name Surname,' then 'Commissioner
    for ...'), if it is no place and no outlet."""
    text = doc.text
    lines: list[tuple[int, int]] = []
    end = len(text.rstrip())
    while end > 0 and len(lines) < SIGNATURE_LINES:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            lines.append((start, end))
        end = start - 1
    lines.reverse()
    refused = _folded_outlets(tuple(outlets))
    for (start, end), (title_start, title_end) in zip(lines, lines[1:], strict=False):
        line = text[start:end].strip().rstrip(",")
        words = line.split()
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.translate(_NAME_MARKS).isalpha() for w in words):
            continue
        title = text[title_start:title_end].split()
        if not 1 <= len(title) <= TITLE_WORDS or not title[0][:1].isupper() or fold(line) in refused:
            continue
        lo = text.find(words[0], start, end)
        hi = lo + len(line)
        if any(doc.within(kind, lo, hi) for kind in ("place", "region")):
            continue  # "Kyiv, Ukraine" then a day: a dateline, not a name
        return {(lo, hi): Source(line, "person")}
    return {}


def _referred_back(doc: Document, after: int, content: list[str], shouting: bool) -> bool:
    """'the Mission verified', 'the Lab geolocated it', 'OHR staff': the body named on the first line, referred to
    below it by a capitalised head noun after 'the' (any of its words but the first) or by its initials."""
    text = doc.text
    heads = [w.capitalize() if shouting else w for w in content[1:] if not w.endswith(("'s", "\u2019s"))]
    named = {(m.start, m.end) for kind in ("place", "party") for m in doc.of_kind(kind)}
    for head in heads:
        for found in re.finditer(r"\b[Tt]he " + re.escape(head) + r"\b", text[after:]):
            at = after + found.start() + 4
            if (at, at + len(head)) not in named:
                return True
    initials = "".join(w[0] for w in content).upper()
    return len(initials) >= 2 and re.search(r"\b" + initials + r"\b", text[after:]) is not None


NARRATED_SENTENCES = 2  # sentences in which a first-person plural narrator speaks for the body named on top


SPEAKER_LABEL = re.compile(r"[ \t]*[A-Z][\w'. -]{0,40}:[ \t]")  # a transcript's turn: "HOST: ", "Olha Savchenko: "
OWN_REACH = 2  # tokens between 'our' and the staff or premises it owns: "our mobile teams", "our warehouse"


def _line_breaks_and_quotations(doc: Document) -> tuple[list[int], list[tuple[int, int]]]:
    """Offsets of the report's line breaks and its quotations' spans, found once: looking back to each pronoun's line
    start and over its line for a quote made a report written as one long line quadratic in its pronouns (stage 22)."""
    found = doc.cache.get("line breaks and quotations")
    if found is None:
        found = doc.cache["line breaks and quotations"] = (
            [m.start() for m in re.finditer("\n", doc.text)],
            _quotations(doc.text),
        )
    return found


def _in_a_quotation(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether `at` lies in one of `spans` (sorted by start; a straight-quoted span may overlap a paired one)."""
    k = bisect_right(spans, (at, math.inf))
    return any(a <= at < b for a, b in spans[max(0, k - 2) : k])


def _narrated_by_us(
    doc: Document,
    after: int,
    pronouns: list[str],
    owners: tuple[list[str], list[str]] = ([], []),
    sentences: int = NARRATED_SENTENCES,
) -> bool:
    """'We geolocated it.', 'told us', 'our staff' (stage 20): the text speaks as 'we' outside quotations in
    NARRATED_SENTENCES or more. 'our' counts only before a body's own people or premises (actors.json `publisher`
    `own_possessive`, `own_nouns`): a newsreader's 'our region', 'our correspondent' do not."""
    said: set[tuple[int, int]] = set()
    tokens = doc.tokens
    possessive, owned = owners
    for j in range(doc.token_at(after), len(tokens)):
        if tokens.lower[j] in possessive:
            if not any(tokens.lower[k] in owned for k in range(j + 1, min(j + 1 + OWN_REACH, len(tokens)))):
                continue
        elif tokens.lower[j] not in pronouns:
            continue
        lo, hi = doc.sentence_of(tokens.starts[j])
        breaks, quoted = _line_breaks_and_quotations(doc)
        k = bisect_left(breaks, tokens.starts[j])
        line_start = breaks[k - 1] + 1 if k else 0
        if _in_a_quotation(quoted, tokens.starts[j]):
            continue  # a quotation: the one quoted speaks as 'we'
        if SPEAKER_LABEL.match(doc.text, line_start):
            continue  # "HOST: With us is ...", "SAVCHENKO: our ambulance": a transcript's speaker, not the body on top
        said.add((lo, hi))
        if len(said) >= sentences:
            return True
    return False


_PAIRS = {"\u201c": "\u201d", "\u201e": "\u201c", "\u00ab": "\u00bb"}  # “…”, „…“ (uk, ru, de), «…»


_QUOTE_OR_BREAK = re.compile("[\n\"" + "".join(_PAIRS) + "".join(_PAIRS.values()) + "]")


def _quotations(text: str) -> list[tuple[int, int]]:
    """The quotations of a text as [open, close) spans, in one pass: paired marks (“…”, „…“, «…») nest, straight
    quotes alternate, and a line break closes whatever is open (a paragraph's quotation ends with it)."""
    spans: list[tuple[int, int]] = []
    open_marks: list[tuple[str, int]] = []
    straight = -1
    for found in _QUOTE_OR_BREAK.finditer(text):
        at, c = found.start(), found.group()
        if c == "\n":
            spans.extend((o, at) for _, o in open_marks[:1])
            spans.extend([(straight, at)] if straight >= 0 else [])
            open_marks, straight = [], -1  # a paragraph's quotation ends with it
        elif c == '"':
            if straight >= 0:
                spans.append((straight, at + 1))
            straight = at if straight < 0 else -1
        elif open_marks and c == _PAIRS[open_marks[-1][0]]:
            _, opened = open_marks.pop()
            if not open_marks:
                spans.append((opened, at + 1))
        elif c in _PAIRS:
            open_marks.append((c, at))
    spans.extend((o, len(text)) for _, o in open_marks[:1])
    spans.extend([(straight, len(text))] if straight >= 0 else [])
    spans.sort()
    return spans


def _quotation_closes(quoted: list[tuple[int, int]], start: int, cue: int) -> bool:
    """Whether `start` lies inside a quotation that closes before `cue`, with words before it ("«Кордон» повідомив"
    is a name in quotes): the words of whoever the cue names."""
    at = bisect_right(quoted, (start, len(quoted) + cue + 1)) - 1
    return at >= 0 and quoted[at][0] < start - 1 and start < quoted[at][1] <= cue


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a header line between its separators, each without its surrounding spaces."""
    pieces, at = [], start
    for i in range(start, end + 1):
        if i == end or text[i] in HEADER_SEPARATORS:
            lo, hi = at, i
            while lo < hi and text[lo].isspace():
                lo += 1
            while hi > lo and text[hi - 1].isspace():
                hi -= 1
            if hi > lo:
                pieces.append((lo, hi))
            at = i + 1
    return pieces


def _header_author(
    text: str,
    start: int,
    colon: int,
    inside: list[tuple[int, int, Source]],
    titles: Spans,
    orgs: Spans,
) -> tuple[int, int, Source] | None:
    people = [c for c in inside if c[2].kind == "person"]
    if people:
        return people[0]
    titled = titles.within(start, colon)
    named = orgs.within(start, colon)
    if not (titled or named):
        return None
    # "Vadym Filashkin, head of ...": two or three capitalised words before the comma are the person.
    lead = text[start:colon].split(",")[0].strip()
    words = lead.split()
    if (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and w.isalpha() for w in words)
        and not names_a_body(words)  # "Сумська ОВА, 14:05:": an oblast's adjective and an abbreviation, a body
        and (not titled or titled[0].start > start + len(lead))
    ):
        at = text.index(lead, start)
        title = text[titled[0].start : titled[0].end] if titled else None
        return at, at + len(lead), Source(lead, "person", title)
    bodies = [c for c in inside if c[2].kind in {"organisation", "role"}]
    return bodies[0] if bodies else None


def _title_holders(
    doc: Document,
    titles: list[Match],
    persons: list[tuple[int, int, str]],
    by_surname: dict[str, str],
    links: list[str],
) -> dict[str, str]:
    """Title kind -> the first person named with it in its sentence: within TITLE_REACH tokens after it
    ("Governor X", no full stop between) or right before it, nothing but commas and one link word between
    ("X, the governor")."""
    holders: dict[str, str] = {}
    spans = Spans([_Named(s, e, n) for s, e, n in persons])
    tokens = doc.tokens
    for hit in titles:
        lo = doc.sentence_of(hit.start)[0]
        for person in spans.starting(lo, doc.reach_after(hit.end, TITLE_REACH)):
            start, end, name = person.start, person.end, person.value
            if start >= hit.end:
                held = not any(tokens.lower[j] == "." for j in range(doc.token_at(hit.end), doc.token_at(start)))
            else:
                gap = range(doc.token_at(end), doc.token_at(hit.start))
                between = [tokens.lower[j] for j in gap if tokens.lower[j] != ","]
                held = end <= hit.start and (not between or (len(between) == 1 and between[0] in links))
            if held:
                holders.setdefault(hit.value, by_surname.get(fold(name.split()[-1]), name))
                break
    return holders


def _looks_named(text: str, hit: Match, common: list[str]) -> bool:
    """Multi-word names count in any case ("the prosecutor's office"); one-word names and acronyms
    only when capitalised ("ICC", "Amnesty"), so "who" or "icc" in running text is not a body."""
    surface = text[hit.start : hit.end]
    return " " in surface.strip() or surface[:1].isupper() or surface.lower() in common


FORMAL_LONGER = 2  # tokens a name found by its head noun must add to a listed one inside it to replace it


def _formal_or_listed(hits: Iterable[Match]) -> list[Match]:
    """A name found by its head noun and a listed one that overlap are one body. The listed one is kept ("Russia's
    Defence Ministry", "the Interior Ministry"), unless the found name holds it and is longer by two words or more
    ("the Eastern Donbas Monitoring Mission" over the listed "monitoring mission": another body)."""
    found = list(hits)
    listed = [h for h in found if h.value != "formal"]
    formal = [
        f
        for f in found
        if f.value == "formal" and all(o.end <= f.start or f.end <= o.start or _holds(f, o) for o in listed)
    ]
    if not formal:
        return listed
    return [h for h in found if h in formal or (h in listed and not any(_holds(f, h) for f in formal))]


def _holds(outer: Match, inner: Match) -> bool:
    """`outer` holds `inner` and names more: two words or more beyond it."""
    return outer.start <= inner.start and inner.end <= outer.end and outer.stop - outer.first >= (
        inner.stop - inner.first + FORMAL_LONGER
    )


def _capitalised_name(surface: str, links: list[str]) -> bool:
    """'the Eastern Monitoring Group', 'Ministry of Foreign Affairs': a body no table lists is found by its head
    noun only when every word but the linking ones is capitalised, so 'a Ukrainian rights group' is none, and
    within one line (a headline's last words are no part of the byline's body under it)."""
    words = [w for w in surface.replace("’", "'").split() if w.lower() not in links]
    return "\n" not in surface and len(words) >= 2 and all(w[:1].isupper() for w in words)


def _a_place(places: list[tuple[int, int]], start: int, end: int) -> bool:
    """'the village of Velykyi Burluk ... said': a settlement's two words are not a person (places sorted)."""
    at = bisect_left(places, (start + 1, -1))  # the places starting at or before the person
    return any(lo <= start and end <= hi for lo, hi in places[max(0, at - 3) : at])


def _in_compound(text: str, hit: Match) -> bool:
    """'pro-Kremlin channels', 'Kremlin-installed official': a body named inside an adjective is not cited."""
    dashes = "-\u2010\u2011"
    return (hit.start > 0 and text[hit.start - 1] in dashes) or text[hit.end : hit.end + 1] in tuple(dashes)


def _full_name(doc: Document, hit: Match, full: dict) -> str | None:
    """'Координаційний штаб з питань поводження з військовополоненими' found by its head words: the body's full name
    (actors.json `bodies` `full_names`), not the short one the table keys it by ('Коордштаб'), which shares no word
    with it. The full name only when the text writes it out: the hit's tokens open with the full name's lemmas; the
    short form or another name listed under the same key ('міськрада') keeps the key (stage 22)."""
    opening = full["opening"]
    lemmas = doc.tokens.lemmas
    if hit.stop - hit.first < len(opening):
        return None
    if all(word in lemmas[hit.first + k] for k, word in enumerate(opening)):
        return full["name"]
    return None


def _with_place_before(text: str, start: int, phrase: str, not_places: list[str]) -> str:
    k = start
    while k > 0 and text[k - 1] == " ":
        k -= 1
    j = k
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] in "-'"):
        j -= 1
    word = text[j:k]
    if word[:1].isupper() and word.lower() not in not_places:
        return f"{word} {phrase}"
    return phrase


def _inside(doc: Document, spans: Spans, offset: int) -> bool:
    """Whether a name or body found already covers `offset`; a name never spans sentences."""
    lo = doc.sentence_of(offset)[0]
    return any(item.start <= offset < item.end for item in spans.starting(lo, offset + 1))


def _role_name(doc: Document, hit: Match, links: list[str]) -> str:
    """'the governor' -> 'governor'; 'mayor of Dnipro' keeps its place."""
    tokens, j = doc.tokens, hit.stop
    if j + 1 < len(tokens) and tokens.lower[j] in links and tokens.is_cap(j + 1):
        return f"{doc.text[hit.start : hit.end]} {tokens.words[j]} {tokens.words[j + 1]}"
    return doc.text[hit.start : hit.end]


CITING_AFTER = 1  # tokens: a citing cue after a name attributes to it only right after it ("X, cited by Y")
SPEAKS_AFTER = 1  # tokens between a name and the verb it is the subject of ("the Office has launched")
CITED_BEFORE = 8  # tokens between "according to" and the name it cites


# Tokens between a name and its verb of saying: after the name ("X, the head of the regional military
# administration, said" fits), and before it ("said the governor"); a unit speaks only right beside its verb.
SOURCE_REACH = (20, 10)
UNIT_REACH = (5, 2)


def _attributed(
    doc: Document,
    speech: Spans,
    start: int,
    end: int,
    index: Index,
    reach: tuple[int, int] = SOURCE_REACH,
    *,
    cite_only_before: bool = False,
    taken: frozenset[int] = frozenset(),
) -> Match | None:
    """Cited as a source: a speech cue in the same sentence, soon after the name or just before it.

    With `cite_only_before` only "according to"/"reported by" count before the name: "..., said
    members of armed groups" names the doers, not a source.
    """
    s_start, s_end = index.sentence_of(start)
    after, before = reach
    first, last = doc.token_at(start), doc.token_at(end)
    for hit in speech.starting(s_start, s_end):
        if hit.value == "reaction":
            continue  # "the Kremlin denied", "the ministry condemned": a reaction to the allegation, not its source
        if hit.value == "citing" and hit.start >= end and doc.token_at(hit.start) - last > CITING_AFTER:
            continue  # "X, who died in captivity, was tortured, according to a report": the report is cited, not X
        if end <= hit.start and doc.token_at(hit.start) - last <= after:
            return hit
        if hit.value == "addressed" and hit.end <= start:
            continue  # "she told the Guardian": the one spoken to, not a source
        if hit.start in taken and hit.end <= start and not doc.has_hit("relay", hit.end, start):
            continue  # "Prosecutors said Colonel X ...": the verb is its subject's ("said, citing X" cites X)
        if (
            hit.end <= start
            and first - doc.token_at(hit.end) <= before
            and not (cite_only_before and hit.value != "citing")
        ):
            return hit
    return None


def _by_offset(mention: Mention) -> tuple[int, int]:
    return mention.start, mention.end


ADDRESSEE_WORDS = 3  # words between "a letter to", "Dear" and the name written to ("to the President of the ICRC")


def _addressed(doc: Document, start: int, sentence_start: int) -> bool:
    """A name written or appealed to (`addressee`: "wrote to the UN", "a petition to the ICRC", "Dear ..."):
    the addressee of a letter is not its source."""
    tokens, first = doc.tokens, doc.token_at(start)
    for k in range(first, max(doc.token_at(sentence_start) - 1, first - ADDRESSEE_WORDS - 1), -1):
        if doc.ending_at("addressee", tokens.starts[k]):
            return True
        if k > 0 and not (tokens.lower[k - 1].isalpha() or tokens.lower[k - 1] == "'"):
            return False
    return False


def _partnered(doc: Document, start: int) -> bool:
    """A body named right after a phrase of joint work (actors.json `partner`: "спільно з", "совместно с"): the
    partner of the sentence's subject, which tells what they found together; the partner is not cited by it."""
    return bool(doc.ending_at("partner", start))


RELAY_REACH = 10  # tokens between "citing" and the source it names ("citing the regional police")


def find_relays(doc: Document, sources: list[Mention]) -> list[Mention]:
    """'prosecutors said, citing the regional police': the police are the source, the prosecutors relay
    them; 'the governor said, as quoted by an agency' (the cue's value `relayed_by`): the agency relays
    the governor. Value: (source, relayed by); one relay mention per cue with a source on each side."""
    spans, out = Spans(sources), []
    for hit in doc.hits("relay"):
        lo, hi = doc.sentence_of(hit.start)
        after = next((s for s in spans.starting(hit.end, min(hi, doc.reach_after(hit.end, RELAY_REACH)))), None)
        before = [s for s in spans.starting(lo, hit.start) if s.end <= hit.start]
        if after is None or not before or before[-1].value.name == after.value.name:
            continue
        origin, relayer = (before[-1], after) if hit.value == "relayed_by" else (after, before[-1])
        out.append(Mention("relay", hit.start, hit.end, (origin.value.name, relayer.value.name), hit.id))
    return out


@step("actors", requires=("sentences", "place"), adds=("party", "unit", "speech", "source", "relay"))
def actors(doc: Document) -> None:
    found = find_actors(doc)
    found += find_relays(doc, [m for m in found if m.kind == "source"])
    for mention in sorted(found, key=_by_offset):  # in order: Document.add stays O(1)
        doc.add(mention)
