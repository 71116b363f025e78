"""Actors: who is alleged to have done it (party, unit) and who the report cites (people, bodies).

Adds mentions of kind "party" (value "RU"/"UA", rule says agent or mention), "unit"
(value Unit), "source" (value Source: a person or body the text cites, with title), and
"speech" (an attribution cue). A unit that *reports* ("the 110th Brigade reported") becomes a
source, never a perpetrator.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from warcrimes.extract.document import Document, Mention
from warcrimes.extract.pipeline import step
from warcrimes.extract.steps.index import Index, Spans
from warcrimes.extract.steps.lexicon import Hit, compiled, fold, table
from warcrimes.extract.steps.cues import keep_longest

_LEX = "actors.json"
# Capitalised runs of one to four words ("Dmytro Lubinets", "Oleh Syniehubov"); linear, no nesting overlap.
_CAPITALISED = re.compile(r"[A-Z][a-zA-Z\u00c0-\u024f'\u2019\u02bc\-]*(?:[ \t]+[A-Z][a-zA-Z\u00c0-\u024f'\u2019\u02bc\-]*){0,3}")
_WORD = re.compile(r"\b[A-Z][a-zA-Z'\u2019\-]+")
_ORDINAL_UNIT = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)\b")
_AGENT_VERBS = ("killed", "killing", "kill", "shot", "shoot", "executed", "executing", "execute", "tortured",
                "torturing", "shelled", "shelling", "attacked", "attacking", "struck", "hit", "fired", "abducted",
                "deported", "launched", "murdered", "raped", "detained", "beheaded", "bombed", "targeted",
                "destroyed", "of shelling", "of killing", "of executing", "of torturing", "of attacking",
                "opened fire", "carried out", "committed")
_AGENT_NOUNS = ("attack", "attacks", "strike", "strikes", "missile", "missiles", "shelling", "airstrike",
                "drone", "drones", "rocket", "rockets", "artillery", "bombardment", "shell", "shells", "troops",
                "forces", "invaders", "occupiers", "military", "soldiers", "army", "terrorist", "fire",
                "nighttime attack", "mercenaries", "fighter", "fighters", "uniforms", "servicemen", "occupation")
_VICTIM_NOUNS = ("prisoners", "prisoner", "pows", "pow", "captives", "servicemen", "soldiers", "soldier",
                 "citizens", "civilians", "children", "people", "hostages", "troops", "defenders")


@dataclass(frozen=True, slots=True)
class Source:
    """A person or body the report cites; `title` keeps "Ombudsman" or "head of the National Police"."""

    name: str
    kind: str  # person | organisation | role
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Unit:
    """A named armed unit ("155th Naval Infantry Brigade", "Wagner Group") and its side if known."""

    name: str
    party: str | None


def _scan(folded: str, language: str, sections: tuple[str, ...]) -> list[Hit]:
    return keep_longest(list(compiled(language, _LEX, sections).scan(folded)))


@cache
def _given_names(language: str) -> frozenset[str]:
    return frozenset(fold(n) for group in table(language, "names.json")["given"].values() for n in group)


def _persons(text: str, folded: str, language: str, titles: list[Hit]) -> list[tuple[int, int, str]]:
    """Spans of people's names: capitalised words from a given name on, or right after a title."""
    given = _given_names(language)
    title_ends = sorted(h.end for h in titles)
    found = []
    for match in _CAPITALISED.finditer(text):
        run = match.group()
        offsets, words, k = [], [], 0
        for word in run.split():
            k = run.index(word, k)
            offsets.append(match.start() + k)
            words.append(word)
            k += len(word)
        at = next((i for i, w in enumerate(words[:-1]) if fold(w).rstrip("'\u2019s") in given
                   or fold(w) in given), None)
        if at is None:
            first = match.start()
            at_title = bisect_right(title_ends, first) - 1
            e = title_ends[at_title] if at_title >= 0 else -10
            titled = 0 <= first - e <= 3 and not text[e:first].strip(" ,")
            if not (titled and 2 <= len(words) <= 3):
                continue
            at = 0
        name_words = words[at:at + 3]
        begin = offsets[at]
        finish = offsets[at + len(name_words) - 1] + len(name_words[-1])
        found.append((begin, finish, " ".join(w.rstrip(",") for w in name_words)))
    return found


_AUXILIARIES = frozenset({"have", "had", "has", "were", "was", "reportedly", "allegedly", "deliberately", "then",
                          "also", "who", "which", "ruthlessly", "brutally", "had been", "again", "later",
                          "apparently", "of", "probably", "likely", "once", "again", "just", "had"})


def _agent_role(folded: str, start: int, end: int) -> str:
    """'agent' when the party is doing the harm ("Russian troops killed", "by Russian forces")."""
    before = folded[max(0, start - 4):start]
    if before.endswith("by "):
        return "agent"
    words = folded[end:end + 60].replace(",", " ").split()
    while words and words[0] in _AUXILIARIES:
        words.pop(0)
    if not words:
        return "mention"
    head = words[0]
    if head in _VICTIM_NOUNS:
        return "victim"
    if head in _AGENT_VERBS or head in _AGENT_NOUNS or " ".join(words[:2]) in _AGENT_VERBS:
        return "agent"
    return "mention"


def _units(text: str, folded: str, language: str) -> list[Mention]:
    words = compiled(language, _LEX, ("unit_word",))
    out = []
    for match in _ORDINAL_UNIT.finditer(text):
        tail = folded[match.end():match.end() + 60]
        hit = next((h for h in words.scan(tail) if h.start < 45), None)
        if hit is None:
            continue
        end = match.end() + hit.end
        name = " ".join(text[match.start():end].split())
        name = name[0].upper() + name[1:]
        before = folded[max(0, match.start() - 14):match.start()]
        party = "UA" if "ukrain" in before else ("RU" if "russia" in before else None)
        out.append(Mention("unit", match.start(), end, Unit(name, party), "unit:ordinal"))
    for hit in _scan(folded, language, ("named_unit",)):
        name = " ".join(text[hit.start:hit.end].split())
        out.append(Mention("unit", hit.start, hit.end, Unit(name, hit.value), "unit:named"))
    return out


def find_actors(doc: Document) -> list[Mention]:
    """Party, unit, speech and source mentions of one document."""
    language = doc.language if doc.language != "und" else "en"
    text = doc.text
    folded = fold(text)
    mentions: list[Mention] = []
    for hit in _scan(folded, language, ("party",)):
        role = _agent_role(folded, hit.start, hit.end)
        mentions.append(Mention("party", hit.start, hit.end, hit.value, f"party:{role}"))
    units = _units(text, folded, language)
    mentions.extend(units)
    speech = _scan(folded, language, ("speech",))
    mentions.extend(Mention("speech", h.start, h.end, h.value, f"speech:{h.phrase}") for h in speech)
    orgs = [h for h in _scan(folded, language, ("organisation",)) if _looks_named(text, h)]
    titles = _scan(folded, language, ("title",))
    persons = _persons(text, folded, language, titles)
    # Surnames alone ("Lubinets wrote") point back to the full name seen first.
    by_surname: dict[str, str] = {}
    for start, end, name in persons:
        by_surname.setdefault(fold(name.split()[-1]), name)
    candidates: list[tuple[int, int, Source]] = []
    title_spans = Spans(titles)
    for start, end, name in persons:
        title = _title_before(title_spans, start, text)
        candidates.append((start, end, Source(by_surname.get(fold(name.split()[-1]), name), "person", title)))
    taken = Spans([Hit(s, e, n, "person", n) for s, e, n in persons])
    for match in _WORD.finditer(text):
        person = by_surname.get(fold(match.group()))
        if person and not _inside(taken, match.start()):
            candidates.append((match.start(), match.end(), Source(person, "person")))
    for hit in orgs:
        if _inside(taken, hit.start):
            continue
        name = hit.value
        if name in {"regional administration", "city council"}:
            name = _with_place_before(text, hit.start, text[hit.start:hit.end])
        candidates.append((hit.start, hit.end, Source(name, "organisation")))
    for unit in units:
        candidates.append((unit.start, unit.end, Source(unit.value.name, "unit")))
    for hit in titles:
        if taken.starting(hit.end, hit.end + 41) or hit.value in {"head", "president"}:
            continue
        candidates.append((hit.start, hit.end, Source(_role_name(text, hit), "role", hit.value)))
    index, speech_spans = Index(doc), Spans(speech)
    for start, end, source in candidates:
        if _attributed(speech_spans, start, end, index):
            mentions.append(Mention("source", start, end, source, f"source:{source.kind}"))
    return mentions


def _looks_named(text: str, hit: Hit) -> bool:
    """Short acronyms and outlet names count only when written with capitals ("ICC", not "icc")."""
    surface = text[hit.start:hit.end]
    if hit.value in {"city council", "regional administration", "Ukrainian officials", "National Police",
                     "Prosecutor General's Office", "OHCHR", "Ministry of Internal Affairs", "Ministry of Defence",
                     "Ukraine's military", "Russian authorities", "State Emergency Service",
                     "Security Service of Ukraine"}:
        return True
    return surface[:1].isupper()


def _with_place_before(text: str, start: int, phrase: str) -> str:
    k = start
    while k > 0 and text[k - 1] == " ":
        k -= 1
    j = k
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] in "-'"):
        j -= 1
    word = text[j:k]
    if word[:1].isupper() and word.lower() not in {"the", "a", "said", "of"}:
        return f"{word} {phrase}"
    return phrase


def _title_before(titles: Spans, start: int, text: str) -> str | None:
    for hit in titles.starting(start - 120, start):
        if 0 <= start - hit.end <= 60 and "." not in text[hit.end:start]:
            return text[hit.start:hit.end]
    return None


def _inside(spans: Spans, offset: int) -> bool:
    return any(item.start <= offset < item.end for item in spans.starting(offset - 80, offset + 1))


def _role_name(text: str, hit: Hit) -> str:
    """'the governor' -> 'governor'; 'mayor of Dnipro' keeps its place."""
    tail = text[hit.end:hit.end + 30]
    if tail.startswith(" of ") and tail[4:5].isupper():
        return text[hit.start:hit.end] + " of " + tail[4:].split()[0].strip(",.")
    return text[hit.start:hit.end]


def _attributed(speech: Spans, start: int, end: int, index: Index) -> bool:
    """Cited as a source: a speech cue in the same sentence, soon after the name or just before it."""
    s_start, s_end = index.sentence_of(start)
    for hit in speech.starting(s_start, s_end):
        if end <= hit.start <= end + 120 or 0 <= start - hit.end <= 60:
            return True
    return False


@step("actors", requires=("sentences",), adds=("actors",))
def actors(doc: Document) -> None:
    for mention in find_actors(doc):
        doc.add(mention)
