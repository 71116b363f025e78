"""Cue words for violations, attacks, harm, protected objects, victims and evidence: matches of the
language's cue patterns (lang/<xx>/cues.json).

Adds mentions of kinds "violation" (value: a taxonomy label, or "execution" for killing words that
need the victim's status to choose between civilians and hors de combat), "attack", "harm"
("killed"/"injured"), "protected", "victim" (a victim category), "evidence" and "transfer"
(a removal verb or a destination beyond Ukraine's control: together they tell a deportation).
Each mention's rule is the id of the pattern that matched.
"""

from __future__ import annotations

from bisect import bisect_left

from warcrimes.extract.engine.document import Document, Mention
from warcrimes.extract.engine.language import table
from warcrimes.extract.engine.patterns import Match, keep_longest
from warcrimes.extract.engine.pipeline import step
from warcrimes.extract.engine.text import opens_line
from warcrimes.extract.steps.people import given_names

UNFAIR_TRIAL = "unfair_trial_forced_service"
SECTIONS = ("violation", "attack", "harm", "protected", "victim", "evidence", "transfer")


def find_cues(doc: Document) -> list[Mention]:
    """Every cue mention of the document, sorted by offset."""
    hits = keep_longest(doc.hits(*SECTIONS))
    referents = doc.hits("referent")
    # "ordered troops not to take prisoners": the prisoners named by an order of no quarter were not harmed
    victimless = set(table(doc.language, "cues.json").get("victimless_violations", ()))
    orders = [h for h in hits if h.kind == "violation" and h.value in victimless]
    carried, feigned = _carried_flags(doc, hits)
    found = [
        Mention(h.kind, h.start, h.end, h.value, h.id)
        for h in hits
        if not _compound_head(doc, h) and not _lawful_trial(doc, h) and not _landmark(doc, h)
        and not _speaker_label(doc, h)
        and not _listener(doc, h)
        and not _doer(doc, h)
        and not (h.kind == "victim" and inside_any(h, orders))
        and not (h.kind == "violation" and inside_any(h, referents))
        and not (h.kind == "violation" and h.value == PERFIDY and inside_any(h, carried))
        and h not in feigned
        and not _intercepted(doc, h)
        and not _turn_label(doc, h)
    ]
    return _aged(doc, _compounds(doc, found))


GESTURE = ":gesture "  # the id of a `victim.pow` pattern telling a surrender by a gesture (stage 24)
WHITE_FLAG = ":gesture white flag"
PERFIDY = "perfidy"
OWN_CLAUSE = 8  # tokens before a white flag within which the relative pronoun opening its bearers' clause stands


def _carried_flags(doc: Document, hits: list[Match]) -> tuple[list[Match], list[Match]]:
    """A white flag is a surrender's or a perfidy's sign. Carried in a relative clause of the men ("two men who were
    leaving a basement with a white cloth", "які виходили з білим прапором") it is their surrender, not a feigned one:
    the perfidy cue inside it is dropped (the first list). Carried by a subject ("soldiers came out with a white flag
    and opened fire") it stays the perfidy's and tells no surrender: the victim cue is dropped (the second list)."""
    flags = [h for h in hits if h.kind == "victim" and WHITE_FLAG in h.id]
    own = [h for h in flags if any(doc.in_class("relative_pronoun", j) for j in _before(h.first, OWN_CLAUSE))]
    return own, [h for h in flags if h not in own]


def _before(first: int, reach: int) -> range:
    """The `reach` tokens before token `first`, never before the text's first."""
    return range(max(0, first - reach), first)


def _listener(doc: Document, hit: Match) -> bool:
    """'told reporters', 'розповів журналістам': people a verb of telling (casualties.json `people_telling`) is
    addressed to heard the account; they are no victims of it."""
    if hit.kind != "victim":
        return False
    return bool(doc.ending_at("people_telling", hit.start))


def _doer(doc: Document, hit: Match) -> bool:
    """'officers took her phone', 'soldiers detained two men': soldiers named right before a verb of seizing, abusing
    or taking that has its object after it (cues.json `doer_act`) are the ones acting, no victims (stage 25b); a
    participle with no object ('soldiers detained in X') stays a victim word."""
    return hit.kind == "victim" and hit.value == "combatant" and doc.starts_with("doer_act", hit.end)


LABEL_NAME = 5  # tokens between a label word and its colon: "REPORTER ANNA KOVAL:", "JOURNALIST (Radio Sumy):"
_LABEL_PUNCTUATION = frozenset({"(", ")", ",", "-", "\u2013"})


def _turn_label(doc: Document, hit: Match) -> bool:
    """"JOURNALIST:", "Reporter Anna Koval:" opening a line of a briefing or interview transcript: the one asking,
    never a victim of the act the question is about (`question_turn`)."""
    if hit.kind != "victim":
        return False
    first = doc.token_at(hit.start)
    if doc.tokens.end(first) != hit.end:
        return False
    i = hit.start  # walk back over the blanks and bullets only (a 5 MB one-line report must stay linear)
    while i > 0 and doc.text[i - 1] in " \t-*\u2022":
        i -= 1
    return (i == 0 or doc.text[i - 1] == "\n") and question_turn(doc, first)


def _glue(doc: Document, j: int) -> bool:
    """A small word of an affiliation inside a speaker's label ("Reporter of Radio Sumy:"; class `label_glue`)."""
    return "label_glue" in doc.lang.classes and doc.in_class("label_glue", j)


def question_turn(doc: Document, first: int) -> bool:
    """A questioner's label at token `first`: a word of class `question_label`, then at most LABEL_NAME capitalised
    words, brackets or small words of an affiliation, then a colon, on one line ("JOURNALIST:", "Reporter (Radio
    Sumy):", "CORRESPONDENT ANNA HRYTSENKO:"). Not "Journalists killed:" (a lower-case word between)."""
    tokens, text = doc.tokens, doc.text
    if not doc.in_class("question_label", first):
        return False
    for j in range(first + 1, min(len(tokens), first + 2 + LABEL_NAME)):
        if "\n" in text[tokens.end(first) : tokens.starts[j]]:
            return False
        word = tokens.words[j]
        if word == ":":
            return True
        if not word[:1].isupper() and tokens.lower[j] not in _LABEL_PUNCTUATION and not _glue(doc, j):
            return False
    return False


def _intercepted(doc: Document, hit: Match) -> bool:
    """'shot' in "air defence shot down 14 drones" (`interception`) hurts no one. Dropping the weapons brought down
    as strikes too cost the fictional held-out set an incident (0.896 -> 0.889; the night of the interceptions dates
    the strike told next), so they stay."""
    if hit.kind != "harm":
        return False
    lo, hi = doc.sentence_of(hit.start)
    return any(h.value == "before" and h.start == hit.start for h in doc.hits_within("interception", lo, hi))


LABEL_TOKENS = 6  # tokens from a line's opening noun to the colon of a speaker label ("JOURNALIST (Reuters):")


def _speaker_label(doc: Document, hit: Match) -> bool:
    """'JOURNALIST:', 'Journalist (Channel 5):', 'ЖУРНАЛІСТ:': a victim noun opening a line and closed by a colon
    with only a name or a bracket between is the label of who speaks next in a transcript, no victim (stage 20)."""
    if hit.kind != "victim":
        return False
    if not opens_line(doc.text, hit.start):
        return False
    tokens, first = doc.tokens, doc.token_at(hit.end)
    depth = 0
    for j in range(first, min(first + LABEL_TOKENS, len(tokens))):
        word = tokens.lower[j]
        if word == ":":
            return depth == 0
        if "\n" in doc.text[hit.end : tokens.starts[j]]:
            return False
        depth += (word == "(") - (word == ")")
        if depth == 0 and word != ")" and not tokens.is_cap(j):
            return False  # a name may stand between ("Journalist Olena Koval:"), no other word
    return False


def inside_any(hit: Match, spans: list[Match]) -> bool:
    """'two of the detained men were shot', 'the funeral was held in X': a cue overlapping a `referent` (people
    named by an act told before, a gathering held) tells no act of its own sentence."""
    return any(s.start < hit.end and hit.start < s.end for s in spans)


LANDMARK_WORDS = 3  # words between a preposition of nearness or care and the object ("at the Kherson city hospital")


def _landmark(doc: Document, hit: Match) -> bool:
    """A protected object after a preposition of nearness (`landmark_before`: "a bus stop next to a school",
    "hit a car near the hospital") tells where the act was, not what was struck; one after a word of care
    ("taken to the regional hospital", "died in hospital") is where the hurt were brought."""
    return hit.kind == "protected" and (_after_landmark_word(doc, hit) or _place_of_care(doc, hit))


def _after_landmark_word(doc: Document, hit: Match) -> bool:
    """A word of nearness, care or a way to or from (`landmark_before`) at most LANDMARK_WORDS words before the
    object, in one phrase: "near the school", "taken to the regional hospital", "on their way to church"."""
    tokens, k = doc.tokens, doc.token_at(hit.start)
    words = 0
    j = k
    while j >= 0 and words <= LANDMARK_WORDS:
        if doc.ending_at("landmark_before", tokens.starts[j]):
            return True
        if j > 1 and tokens.lower[j - 1] in _APOSTROPHES and tokens.touching(j - 2):
            j -= 2  # "the children's hospital": a possessive is part of its word
            continue
        if j > 0 and not tokens.lower[j - 1].isalpha():
            return False  # a comma or a stop ends the phrase
        j -= 1
        words += 1
    return False


def _place_of_care(doc: Document, hit: Match) -> bool:
    """'у лікарні помер чоловік', 'в больнице остаются двое': a protected object in the locative after 'in' (class
    `place_in_preposition`) with a verb of dying, staying or treatment right after it (`landmark_after`) is where the
    hurt were, not what was struck ("влучили в лікарню, де перебували", accusative, stays the target). Off in a
    language without the class (English tells it before the noun: `landmark_before` care)."""
    if "place_in_preposition" not in doc.lang.classes:
        return False
    tokens = doc.tokens
    first, last = doc.token_at(hit.start), doc.token_at(hit.end) - 1
    if first < 1 or last + 1 >= len(tokens):
        return False
    before = first - 1 if doc.in_class("place_in_preposition", first - 1) else first - 2
    if before < 0 or not doc.in_class("place_in_preposition", before):
        return False
    parses = getattr(doc.lang.lemmatizer, "parses", None)
    readings = parses(tokens.lower[last]) if parses is not None else []
    if not any({"loct", "loc2"} & set(p.tag.grammemes) for p in readings):
        return False  # "в лікарню" (accusative) is where a strike went
    return bool(doc.starting_at("landmark_after", tokens.starts[last + 1]))


_APOSTROPHES = frozenset({"'", "\u2019"})


def _compounds(doc: Document, found: list[Mention]) -> list[Mention]:
    """Victim nouns side by side name one person or group: "a volunteer driver", "her elderly husband", "a woman
    doctor". They are one victim mention of the more telling kind: any kind before civilian, else the last
    noun's (the head)."""
    out: list[Mention] = []
    for mention in found:
        last = out[-1] if out else None
        if (
            mention.kind == "victim"
            and last is not None
            and last.kind == "victim"
            and doc.token_at(last.end) == doc.token_at(mention.start)
            and not doc.text[last.end : mention.start].strip()
            and doc.tokens.starts[doc.token_at(mention.start)] > last.end  # a space between, not "-"
        ):
            kind = last.value if mention.value == "civilian" else mention.value
            rule = mention.rule if kind == mention.value else last.rule
            out[-1] = Mention("victim", last.start, mention.end, kind, rule)
            continue
        out.append(mention)
    return out


AGE_REACH = 2  # tokens between an age and the noun it describes: "a 15-year-old Ukrainian resident"


def _aged(doc: Document, found: list[Mention]) -> list[Mention]:
    """Ages (the language's `age` cues): a civilian noun after an age under 18 names a child ("a 15-year-old
    resident"); an age after an article with no noun of its own names one person ("killed a 66-year-old in
    Nikopol", "a 16-year-old was wounded"), a child under 18, else a civilian."""
    ages = keep_longest(doc.hits("age"))
    if not ages:
        return found
    victims = [m for m in found if m.kind == "victim"]
    starts = [doc.token_at(m.start) for m in victims]
    kinds = {id(m): m.value for m in victims}
    added: list[Mention] = []
    for age in ages:
        if age.value == "years_after":
            kinds.update(_aged_after(doc, age, victims, kinds))
            continue
        if age.value in ("copula", "apposition"):  # "she was fifteen", "Olena, 15,": a child told or set beside
            child = (_child_told if age.value == "copula" else _child_apposed)(doc, age, victims, kinds)
            if isinstance(child, Mention):
                added.append(child)
            elif child is not None:
                kinds[child] = "child"
            continue
        last = doc.token_at(age.end)
        at = bisect_left(starts, last)
        minor = _minor(doc, age)
        if at < len(victims) and starts[at] - last <= AGE_REACH and not _apart(doc, last, starts[at]):
            if minor and victims[at].value == "civilian":
                kinds[id(victims[at])] = "child"
        elif _noun_less(doc, age, last) or _named_after(doc, last):
            added.append(Mention("victim", age.start, age.end, "child" if minor else "civilian", age.id))
    kept = [m._replace(value=kinds[id(m)]) if m.kind == "victim" and kinds[id(m)] != m.value else m for m in found]
    return sorted(kept + added, key=_by_offset)


def _aged_after(doc: Document, age: Match, victims: list[Mention], kinds: dict[int, str]) -> dict[int, str]:
    """'двох сестер 9 і 12 років', 'двух братьев 10 и 14 лет': ages told after the people (value `years_after`)
    make them children when every age is under 18; the nearest civilian noun before the ages is theirs."""
    first = doc.token_at(age.start)
    numbers = [j for j in range(first, doc.token_at(age.end)) if doc.tokens.lower[j][:1].isdigit()]
    if not numbers or not all(doc.in_class("minor_age", j) for j in numbers):
        return {}
    after = doc.token_at(age.end)
    if after < len(doc.tokens) and doc.in_class("ago", after):
        return {}  # "9 і 12 років тому": a time ago, not ages
    before = [m for m in victims if m.end <= age.start and first - doc.token_at(m.end) <= AGE_REACH]
    if not before or kinds[id(before[-1])] != "civilian" or _apart(doc, doc.token_at(before[-1].end), first):
        return {}
    return {id(before[-1]): "child"}


def _child_apposed(doc: Document, age: Match, victims: list[Mention], kinds: dict[int, str]) -> int | Mention | None:
    """'her son, 16, was taken', 'Maksym, 14, was deported': an age under 18 between commas (value `apposition`,
    numbers of class `minor_age`) right after a civilian noun makes it a child (the noun's id), and right after a
    given name (names.json) names one child (a victim mention on the age)."""
    before = next((m for m in victims if m.end == age.start), None)
    if before is not None:
        return id(before) if kinds[id(before)] == "civilian" else None
    name = doc.token_before(age.start)
    if name >= 0 and doc.tokens.end(name) == age.start and _named_after(doc, name):
        return Mention("victim", age.start, age.end, "child", age.id)
    return None


def _child_told(doc: Document, age: Match, victims: list[Mention], kinds: dict[int, str]) -> int | Mention | None:
    """'She was fifteen.', 'Йому було шістнадцять', 'Ей было 15 лет': a pronoun with a copula and an age under 18
    (value `copula`, numbers of class `minor_age` or `minor_age_word`) makes the last person named before it, in
    its sentence or the one before, a child when a civilian (the noun's id); with none named, the age names one
    child (a victim mention on it). Stage 20."""
    j = next((k for k in range(doc.token_at(age.start), doc.token_at(age.end)) if _minor_word(doc, k)), None)
    if j is None:
        return None
    lo = doc.sentence_of(age.start)[0]
    lo = doc.sentence_of(lo - 1)[0] if lo > 0 else lo
    before = [m for m in victims if lo <= m.start and m.end <= age.start]
    if before:
        return id(before[-1]) if kinds[id(before[-1])] == "civilian" else None
    return Mention("victim", age.start, age.end, "child", age.id)


def _minor_word(doc: Document, j: int) -> bool:
    return doc.in_class("minor_age", j) or doc.in_class("minor_age_word", j)


def _named_after(doc: Document, after: int) -> bool:
    """'депортували 12-річного Максима', 'вывезли 15-летнюю Олену': an age right before a given name (names.json,
    by any of the word's lemmas, so every case) names that one person."""
    if after >= len(doc.tokens) or not doc.text[doc.tokens.starts[after]].isupper():
        return False
    given = given_names(doc.lang.code)
    return any(lemma in given for lemma in doc.tokens.lemmas[after])


def _apart(doc: Document, first: int, stop: int) -> bool:
    """A conjunction or a punctuation mark among tokens [first, stop): "a 70-year-old and her neighbour" are two."""
    return any(doc.in_class("conjunction", j) or not doc.tokens.lower[j][:1].isalnum() for j in range(first, stop))


def _minor(doc: Document, age: Match) -> bool:
    """Under 18: months, weeks or days old, or years told by a number of class `minor_age` (a compound number,
    "twenty-one-year-old", is one longer match starting with its tens)."""
    return age.value == "infant" or doc.in_class("minor_age", doc.token_at(age.start))


def _noun_less(doc: Document, age: Match, after: int) -> bool:
    """'a 66-year-old was killed', 'killed a 66-year-old in ...': an article before the age, and after it no
    noun: the sentence's end or a comma, an auxiliary, a conjunction, a relative pronoun, a preposition of
    place or a measure word."""
    before = doc.token_before(age.start)
    if before < 0 or not (doc.in_class("indefinite", before) or doc.in_class("definite", before)):
        return False
    if after >= len(doc.tokens) or not doc.tokens.lower[after][:1].isalnum():
        return True
    return any(
        doc.in_class(name, after)
        for name in ("auxiliary", "conjunction", "relative_pronoun", "locative_preposition")
    ) or bool(doc.starting_at("measure", doc.tokens.starts[after]))


def _compound_head(doc: Document, hit: Match) -> bool:
    """A victim word opening a hyphenated compound ("военно-следственный орган") names nobody; "a mother-of-three"
    (casualties.json `parent_of`) is the mother."""
    text = doc.text
    return (
        hit.kind == "victim"
        and text[hit.end : hit.end + 1] == "-"
        and text[hit.end + 1 : hit.end + 2].isalpha()
        and not doc.starts_with("parent_of", hit.start)
    )


def _lawful_trial(doc: Document, hit: Match) -> bool:
    """A sentence passed on the accused side, or for a crime of war, is no unfair trial of the one
    sentenced unless the sentence calls it unlawful (patterns trial.lawful / trial.unlawful; a
    language without them keeps every cue): the crime it tries is the incident, not the trial."""
    if hit.kind != "violation" or hit.value != UNFAIR_TRIAL:
        return False
    lo, hi = doc.sentence_of(hit.start)
    lawful = [m for m in doc.hits_within("trial", lo, hi) if m.value == "lawful"]
    return bool(lawful) and not any(m.value == "unlawful" for m in doc.hits_within("trial", lo, hi))


def _by_offset(mention: Mention) -> tuple[int, int]:
    return mention.start, mention.end


@step("cues", requires=("sentences",), adds=SECTIONS)
def cues(doc: Document) -> None:
    for mention in sorted(find_cues(doc), key=_by_offset):  # in order: Document.add stays O(1)
        doc.add(mention)
