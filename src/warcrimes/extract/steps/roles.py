"""Sentence roles: what each sentence does, decided once, before incidents are assembled.

    event       tells a specific violation (an act with its place, date, victims or harm)
    background  tells an earlier or other event after a marker ("Previously,", "In a similar case")
    aggregate   states figures over a period, region or category (its counts are statistics)
    pattern     states a law or a pattern ("POWs are tortured every day"): yields nothing
    court       a court or investigation step, an arrest warrant, a resolution: yields nothing
    reaction    condemnation or rhetoric ("an act of terror"), an editor's correction notice: yields nothing
    other       attribution or detail: joins the incident being told; a question (a questioner's line, or a
                sentence ending in "?" opened by a question word) asks and tells no act

Only event and background sentences open or define incidents; aggregates feed statistics (the
statistics step) and never become incidents. The cues are the language's patterns
(lang/<xx>/roles.json); each role mention's rule names the cue that decided it.
"""

from __future__ import annotations

from dataclasses import dataclass

from warcrimes.extract.engine.document import Document, Mention
from warcrimes.extract.engine.index import Index
from warcrimes.extract.engine.pipeline import step
from warcrimes.extract.engine.text import opens_line
from warcrimes.extract.steps.captivity_span import custody_stops, link_place, since_day
from warcrimes.extract.steps.headline import sums_up_items
from warcrimes.extract.steps.sentence_facts import CAPTIVE_ACTS, SentenceFacts, read_sentence
from warcrimes.extract.steps.statistics import tells_release
from warcrimes.extract.steps.turns import Structure, structure

CLAUSE_OPENERS = frozenset({":", "-", "\u2013", "\u2014"})  # a question's own clause may open after these
CLOSERS = "\"'\u00bb\u201d\u2019)]"  # closing quotes and brackets after a sentence's last mark
ROLES = ("event", "background", "aggregate", "pattern", "court", "reaction", "other")
YIELDING = frozenset({"event", "background"})


@dataclass(frozen=True, slots=True)
class SentenceRole:
    """A sentence's role and what it says (its facts, sorted for assembly)."""

    role: str
    facts: SentenceFacts


def role_of(facts: SentenceFacts) -> tuple[str, str]:
    """The role of a sentence and the name of the cue that decided it."""
    if facts.correction:
        return "reaction", "correction"  # an editor's notice taking back a figure or a town: no event, no source
    if facts.legal_act:
        return "court", "legal_act"
    if facts.court:
        return ("background", "court_act") if facts.court_act else ("court", "court_step")
    if facts.reaction:
        return "reaction", "reaction"
    if facts.generic:
        return "pattern", "generic"
    if facts.topic:
        return "pattern", "topic"
    if facts.statistical:
        return "aggregate", "aggregate-counts"
    if facts.tallied and facts.labels:
        return ("aggregate", "tally") if facts.casualties else ("pattern", "tally")
    if facts.war_long and (facts.casualties or facts.harm):
        # "Ukraine says Russia has killed tens of thousands of civilians since the invasion": a toll over the whole
        # war with no scene of its own tells no incident (its figures, if any, are the statistics step's)
        return ("aggregate", "war_tally") if facts.casualties else ("pattern", "war_tally")
    if facts.attack_tally:
        return "aggregate", "attack_tally"  # "X came under fire 14 times, but no casualties were reported"
    if facts.launch_tally:
        # "launched 80 drones, 65 of which were shot down": a night's tally, no strike; its speaker may still be
        # the source of the strike told beside it, so it stays a detail of the account (other), not an aggregate
        return "other", "launch_tally"
    if facts.summary:
        return "other", "summary"  # the acts it sums up are told one by one after it
    if facts.biography and not (facts.labels or facts.strong_attack or facts.weak_attack or _doer(facts)):
        return "other", "biography"  # "His wife died in 2019 and is buried in X": a life, not a case
    if facts.remains_returned and not (facts.labels or facts.strong_attack or facts.weak_attack or _doer(facts)):
        return "other", "remains_returned"  # "The body of X, who died in captivity, was returned on ...": the aftermath
    if facts.mandate:
        return "other", "mandate"  # "an NGO that provides legal aid to families of detained civilians": its work
    if facts.over_a_period:
        return "pattern", "over_a_period"  # "X has been shelled almost daily since the spring" (stage 23)
    if facts.tells_event():
        return ("background", "boundary") if facts.boundary and facts.another else ("event", "event")
    return "other", "other"


def _there(doc: Document, facts: SentenceFacts, before: SentenceFacts) -> bool:
    """'Следствие по делу об убийстве жителей села X продолжается. Ранее было установлено, что в августе 2024 года
    там были убиты четверо': a sentence naming no place of its own that says the act happened 'there' (class
    `there`) tells it at the place the sentence before it names, in one paragraph (stage 20). A language without
    the class keeps such sentences placeless."""
    lo, hi = facts.span
    if "there" not in doc.lang.classes or facts.places or facts.regions or not before.places:
        return False
    if "\n\n" in doc.text[before.span[1] : lo]:
        return False
    return doc.first_in_class("there", doc.token_at(lo), doc.token_at(hi)) >= 0


BYLINE_SENTENCES = 4  # a by-line stands among the report's first lines
BYLINE_WORDS = 6  # words of an outlet's name (and a place of publication) beside the by-line's date
_QUOTED = (("\u00ab", "\u00bb"), ('"', '"'), ("\u201c", "\u201d"), ("\u201e", "\u201c"))


def _byline(doc: Document, facts: SentenceFacts) -> bool:
    """'The Southern Ledger, 11 March 2025', '«Вільна хвиля», 17 вересня 2025 року': a line of its own near the top
    holding one date and a name (capitalised words, or any words in quotes) and nothing else is the by-line of the
    outlet; its name is no place, its day the publication's, not an act's (stage 21)."""
    lo, hi = facts.span
    text = doc.text
    if len(facts.dates) != 1 or not opens_line(text, lo) or text[hi : hi + 1] not in ("", "\n"):
        return False
    date = facts.dates[0]
    rest = text[lo : date.start] + " " + text[date.end : hi]
    quoted = False
    for opening, closing in _QUOTED:
        a = rest.find(opening)
        b = rest.find(closing, a + 1) if a >= 0 else -1
        if a >= 0 and b > a + 1 and len(rest[a:b].split()) <= BYLINE_WORDS:
            rest, quoted = rest[:a] + rest[b + 1 :], True
    words = [w for w in rest.replace(",", " ").split() if any(c.isalpha() for c in w)]
    if not (words or quoted) or len(words) > BYLINE_WORDS or any(c.isdigit() or c in ":;" for c in rest):
        return False
    k = doc.token_at(date.end)
    tail = doc.tokens.lower[k] if k < len(doc.tokens) and doc.tokens.starts[k] < hi else ""
    return all(w[:1].isupper() or w.lower() == tail for w in words)


def _answer_topic(doc: Document, turns: Structure, facts: SentenceFacts) -> None:
    """'- Has the hospital itself been hit? - Last November a shell hit the roof.': an answer telling a strike with
    no target of its own struck what the question asked about (its protected object), stage 21."""
    if not turns.answers or not facts.strong_attack or facts.protected or facts.places:
        return
    question = turns.question_before(turns.answer_at(facts.span[0]))
    if question is not None:
        facts.protected = list(doc.within("protected", *question))


def _case_detention(turns: Structure, facts: SentenceFacts) -> None:
    """'Волонтёрку из Чаплинки задержали на блокпосту 2 февраля.' in a case paragraph of a rights group's release:
    the detention of the people counted is the case's act, though no word of the occupier or of unlawfulness
    stands beside the verb (stage 21; outside an announced case a detention may be a police arrest)."""
    if facts.labels or not turns.cases or facts.span[0] < turns.cases[0]:
        return
    held = next((c for c in facts.casualties if c.value.measure == "detained"), None)
    if held is not None:
        facts.labels = [Mention("violation", held.start, held.end, "unlawful_detention", "violation:case<-detained")]


def _told_of_the_group(doc: Document, facts: SentenceFacts, before: SentenceFacts) -> bool:
    """'Twelve of them were held in X. All of them describe systematic beatings.': a sentence opening with words
    pointing back to people the sentence before counted (`group_back`) tells that group's treatment, so a pattern
    word in it is no statement of a pattern (stage 21). One paragraph; a language without the label keeps it."""
    lo = facts.span[0]
    if not facts.generic or not before.casualties or "\n\n" in doc.text[before.span[1] : lo]:
        return False
    return doc.starts_with("group_back", lo)


COMPOSITION_LEAD = 3  # tokens from a sentence's start within which "Among them" / "Some of those" opens it
HELD_ONLY = frozenset({"unlawful_detention"})


def _composition(doc: Document, facts: SentenceFacts, before: SentenceFacts | None) -> bool:
    """'Among those released were marines and border guards captured in X, some held for two years.', 'Some of those
    who returned today had been in captivity since 2022.': a sentence opening with a partitive (`partitive`) that
    points to people freed (a measure word of freeing in it, or in the sentence before in its paragraph) and tells no
    act but their having been held, at no place but where they were captured, says who the released are: the
    exchange's composition, no incident (stage 21).
    'Among them was a medic who saw guards shoot two prisoners in X' tells an act of its own and stays an event."""
    lo, hi = facts.span
    if not facts.label_values <= HELD_ONLY or facts.strong_attack or facts.harm & {"killed", "injured"}:
        return False
    if not doc.hits_within("partitive", lo, doc.reach_after(lo, COMPOSITION_LEAD)):
        return False
    if any(not doc.ending_at("capture_before", m.start) for m in facts.places + facts.regions):
        return False  # "Among those released were civilians seized in X in March": a detention with its scene
    held = doc.hits_within("held_state", lo, hi)
    if not all(any(h.start <= m.start < h.end for h in held) for m in facts.labels):
        return False  # "... were women illegally imprisoned by the occupiers since 2019": an act, not a state
    if tells_release(doc, lo, hi):
        return True
    return (
        before is not None
        and "\n\n" not in doc.text[before.span[1] : lo]
        and tells_release(doc, *before.span)
    )


COURT_CUES = frozenset({"legal_act", "court_step", "court_act"})
FINDING_LEAD = 6  # tokens from a sentence's start within which "The court found that" / "Суд установил, что" opens it


def _finding_of_the_court(doc: Document, facts: SentenceFacts, court: SentenceFacts | None) -> bool:
    """'He was found guilty of the cruel treatment of civilians. The court established that on 14 March 2022 in X he
    fired at a man leaving his building.': a court step naming the act it punishes in legal phrasing, with no scene
    (role court), followed in its paragraph by the court's or the investigators' finding (`finding_of_fact`, or
    roles.json `sentencing.finding`, opening the sentence) that names the act's place or day but no act word of its
    own: the finding tells the act the verdict names, so it takes the verdict's act and its own place and day, not
    the court day (stage 22)."""
    if court is None or not court.labels or facts.labels or facts.court or not (facts.places or facts.dates):
        return False
    lo = facts.span[0]
    if "\n\n" in doc.text[court.span[1] : lo]:
        return False
    lead = doc.reach_after(lo, FINDING_LEAD)
    return any(
        h.start < lead and (h.kind != "sentencing" or h.value == "finding")
        for label in ("finding_of_fact", "sentencing")
        for h in doc.hits_within(label, lo, facts.span[1])
    )


def _unplaced_court_step(doc: Document, facts: SentenceFacts) -> bool:
    """'Військовому повідомили про підозру у вбивстві цивільного.': a court step (`court_step`) naming its act with
    neither the act's place nor its day, in a language whose court steps are no role of their own."""
    return not (facts.places or facts.dates) and doc.has_hit("court_step", *facts.span)


def _first_day(facts: SentenceFacts) -> Mention | None:
    return next((d for d in facts.dates if d.value.granularity not in ("since", "window", "year")), None)


def _tells_custody(doc: Document, facts: SentenceFacts) -> str:
    """'capture' for a capture told ("we were taken prisoner"), 'seizure' for a seizure or a captive act ("его
    задержали"), 'held' for a custody of either ("in Russian captivity", a release from it), else '': what a captivity
    link may follow (stage 23)."""
    lo, hi = facts.span
    if doc.has_hit("capture", lo, hi):
        return "capture"
    if facts.label_values & CAPTIVE_ACTS or doc.first_in_class("seizure_verb", doc.token_at(lo), doc.token_at(hi)) >= 0:
        return "seizure"
    # "Сьогодні з полону повернулися 90 захисників": people released were held before
    released = any(h.value == "release" for h in doc.hits_within("aftermath", lo, hi))
    return "held" if released or doc.has_hit("held_state", lo, hi) else ""


def _asks(doc: Document, lo: int, hi: int) -> bool:
    """A question asking about something other than whether an act happened: a sentence that ends in a question
    mark (past closing quotes or brackets) whose first clause, or the one after a colon or dash, opens with a
    question word (class `question_word`: "When will the shelter in the school be repaired?", "My question is
    about the school: who will pay?"). It tells no act, whoever asks it and with no questioner's label. A yes-no
    question ("Was the kindergarten hit last night?") may be the act the answer confirms: it keeps its role."""
    if not doc.text[lo:hi].rstrip().rstrip(CLOSERS).endswith("?"):
        return False
    tokens = doc.tokens
    first, last = doc.token_at(lo), doc.token_at(hi - 1)
    return any(
        doc.in_class("question_word", i)
        for i in range(first, min(last + 1, len(tokens.words)))
        if i == first or tokens.words[i - 1] in CLAUSE_OPENERS
    )


def _doer(facts: SentenceFacts) -> bool:
    return any(m.rule == "party:agent" for m in facts.parties)


def read_roles(doc: Document) -> list[Mention]:
    aggregate = {m.start for m in doc.of_kind("aggregate")}
    index = Index(doc)
    out: list[Mention] = []
    before: SentenceFacts | None = None
    court: SentenceFacts | None = None  # the last court step naming its act, for the finding told after it
    held_told = ""  # "capture", "seizure" or "held" told so far: a captivity link may follow (stage 23)
    staying = False  # a captivity link told and no other place named since: acts told are the stay's
    turns = structure(doc)
    for number, (lo, hi) in enumerate(doc.sentences):
        facts = read_sentence(doc, lo, hi, aggregate, index)
        if before is not None and _there(doc, facts, before):
            facts.places = list(before.places)  # "... в селе Гончаровка. Ранее ... расстреляли там четырех"
        if before is not None and _told_of_the_group(doc, facts, before):
            facts.generic = False
        if staying and facts.generic and facts.label_values & CAPTIVE_ACTS and not facts.places:
            facts.generic = False  # "Then they took us to a colony in X. Guards beat us every day.": the stay's regime
        if number < BYLINE_SENTENCES and _byline(doc, facts):
            # "«Вільна хвиля», 17 вересня 2025 року": the outlet's name is no place, its day the report's, no act's
            facts.places, facts.reported_dates, facts.dates = [], facts.dates + facts.reported_dates, []
            doc.cache.setdefault("bylines", []).append(facts.span)
        _answer_topic(doc, turns, facts)
        _case_detention(turns, facts)
        found = court is not None and _finding_of_the_court(doc, facts, court)
        if found and court is not None:
            facts.labels = list(court.labels)  # "Суд установил, что 14 марта в X подсудимый выстрелил в мужчину"
        role, cue = ("other", "question") if turns.asked(lo) or _asks(doc, lo, hi) else role_of(facts)
        if found and role == "event":
            cue = "court_finding"
        if facts.labels and (cue in COURT_CUES or _unplaced_court_step(doc, facts)):
            court = facts  # "He was jailed for the murder of a civilian.": its act, for the court's finding after it
        if role == "event" and _composition(doc, facts, before):
            role, cue = "aggregate", "composition"
        elif role == "event" and sums_up_items(doc, facts):
            role, cue = "other", "summary_headline"
        if role in ("event", "other") and (stops := custody_stops(doc, facts, held_told)):
            role, cue, facts.stops = "event", "custody_stops", stops  # "held in X, then moved to Y": one per place
        elif role in ("event", "other") and (link := link_place(doc, facts, held_told)) is not None:
            role, cue, facts.link = "other", "captivity_link", link  # "then they brought us to a prison in X"
            # the arrival's day, or "з березня 2024 року утримувався у колонії у X": the day the holding there began
            facts.link_kind, facts.link_from = held_told, _first_day(facts) or since_day(doc, facts)
        if facts.link is not None or facts.places:
            staying = facts.link is not None  # the stay a link opened runs on until another place is named
        told = _tells_custody(doc, facts)
        held_told = held_told if held_told in ("capture", "seizure") and told in ("held", "") else told or held_told
        before = facts
        facts.role = role
        out.append(Mention("role", lo, hi, SentenceRole(role, facts), f"role:{role}<-{cue}"))
    return out


@step(
    "roles",
    requires=(
        "sentences",
        "date",
        "place",
        "region",
        "violation",
        "attack",
        "harm",
        "victim",
        "casualty",
        "aggregate",
        "source",
        "party",
    ),
    adds=("role",),
)
def roles(doc: Document) -> None:
    for mention in read_roles(doc):
        doc.add(mention)
