"""A count told over a span of time with no scene of one act is a tally, whatever it counts (stage 23).

CONTRACT.md: "Aggregate figures (totals over a period, a region, a category) are statistics, not incidents". What
makes a figure a period's is not its measure word but its frame: the clause that holds the count runs over a span
from a day on ("since 2022", "з лютого", "between 1 January and 31 March", a month or more long) or names one
(`long_since`: "since the start of the year", "this year alone"), dates nothing to a day, tells no single attack
("the strike": `one_attack`) and names no settlement. Then "the group has documented the detention of 214 civilians",
"31 civilians were killed and 118 injured in the region", "з початку року депортовано 40 дітей" count many acts, not
one. A clause is the sentence's part between semicolons, so "...; the total leaves out the victims of the strike on
X" names X in another clause.

Stage 24: a toll (killed, wounded) is many acts' figure by the same reading of its clause over a shorter span, a
week or more, where the clause's scope is wider than one act (`toll_over_a_period`): "over the week the shelling of
the district killed nine", "у вересні внаслідок атак дронів на Херсонщині загинули 19 людей".

One person is never a tally ("since March 2022 a teacher has been held"), and a settlement in the clause keeps the
act's scene ("since May, 12 men have been held in the basement of X's school": one detention, the acts at its
place are the other rules' to weigh).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from warcrimes.extract.engine.document import Document, Mention
from warcrimes.extract.steps.captivity_span import until_release
from warcrimes.extract.steps.casualty_words import MONTH_DAYS, day_of_earlier_event

if TYPE_CHECKING:
    from warcrimes.extract.steps.sentence_facts import SentenceFacts

ONE_DAY = frozenset({"day", "night"})
TOLLS = frozenset({"killed", "wounded"})
CLAUSE_END = ";"


def clause_of(doc: Document, at: int, lo: int, hi: int) -> tuple[int, int]:
    """The part of sentence [lo, hi) around offset `at` between semicolons."""
    start = doc.text.rfind(CLAUSE_END, lo, at)
    end = doc.text.find(CLAUSE_END, at, hi)
    return (lo if start < 0 else start + 1, hi if end < 0 else end)


def _span_from(doc: Document, date: Mention, toll: bool) -> bool:
    """A date that opens a span a month or more long. Open spans, running to the report ("since 2022", "з лютого",
    "over the past year"), frame any count; a closed one ("between 1 January and 31 March") frames a toll of killed
    or wounded (`toll`) only: "deported 367 children in February-March 2022" is one operation, its act told."""
    value = date.value
    first = doc.token_at(date.start)
    since = value.granularity == "since" or doc.in_class("since", first) or doc.in_class("since", first - 1)
    since = since or doc.in_class("definite", first - 1) and doc.in_class("since", first - 2)  # "since the spring"
    if day_of_earlier_event(doc, date):
        return False  # "since February 19, when a drone struck a hotel": the day of an earlier event
    if value.granularity == "range":
        return toll and (value.end - value.start).days >= MONTH_DAYS
    if since and _ends(doc, date):
        return False  # "from October 2023 until the exchange": a stay with its end told, one captivity
    end = doc.published if since or value.granularity == "window" else value.end
    return (since or value.granularity == "window") and (end - value.start).days >= MONTH_DAYS


def _ends(doc: Document, date: Mention) -> bool:
    """A word of 'until' right after the date, or a release named as the end ("until the exchange"): a stretch whose
    end is told, no span running to the report."""
    after = doc.token_at(date.end)
    if "until_word" in doc.lang.classes and after < len(doc.tokens) and doc.in_class("until_word", after):
        return True
    return until_release(doc, date, doc.sentence_of(date.start)[1])


def over_a_period(doc: Document, count: Mention, lo: int, hi: int) -> bool:
    """The count (a casualty mention in sentence [lo, hi)) is a figure of a period: see the module."""
    if count.value.count.value is None or count.value.count.value < 2:
        return False
    start, end = clause_of(doc, count.start, lo, hi)
    if doc.has_hit("one_attack", start, end):
        return False
    if any(getattr(p.value, "role", None) == "event" for p in doc.within("place", start, end)):
        return False
    dates = [d for d in doc.within("date", start, end) if getattr(d.value, "role", "event") == "event"]
    if any(d.value.granularity in ONE_DAY for d in dates):
        return False
    toll = count.value.measure in TOLLS
    return doc.has_hit("long_since", start, end) or any(_span_from(doc, d, toll) for d in dates)


WEEK_DAYS = 7  # a week's toll is already many acts' ("over the week the shelling killed nine")
WEEKS_OR_MORE = frozenset({"week", "month", "part_of_month", "season", "part_of_year", "year", "window"})


def _runs_over_weeks(doc: Document, date: Mention) -> bool | None:
    """True for a date that spans a week or more ("last week", "in September", "since 1 May", "between 1 and 20
    May"), False for one that dates a day ("on Monday", "the night before"), None for the rest (a weekend)."""
    value = date.value
    if _since(doc, date):
        return (doc.published - value.start).days >= WEEK_DAYS
    if value.granularity == "range":
        return (value.end - value.start).days >= WEEK_DAYS
    if value.granularity in ONE_DAY:
        return False
    return True if value.granularity in WEEKS_OR_MORE else None


def toll_over_a_period(doc: Document, count: Mention, lo: int, hi: int) -> bool:
    """A toll (killed, wounded) of two or more whose clause runs over a week or more and tells no one act: the
    clause's frame, not its words, makes the count many acts' figure. The frame is a span (a date of a week or more,
    none of a day, or statistics.json `tally_frame` period / `long_since`: "over the week", "за тиждень", "за время
    войны") and a scope wider than one act's: a region or district (`tally_frame` scope, an oblast named), acts in
    the plural (`repeated_acts`: "attacks", "обстріли") or no act told at all ("since February 23 were killed").
    A settlement in the clause keeps its scene (statistics._toll_over_span weighs a town's week), and so does a
    single attack ("the strike on the market", `one_attack` attack); a mass noun ("the shelling", `one_attack`
    mass) is the period's shelling."""
    if count.value.measure not in TOLLS or count.value.count.value is None or count.value.count.value < 2:
        return False
    start, end = clause_of(doc, count.start, lo, hi)
    if any(_scene(doc, p) for p in doc.within("place", start, end)):
        return False
    words = range(doc.token_at(start), doc.token_at(end))
    if "there" in doc.lang.classes and any(doc.in_class("there", j) for j in words):
        return False  # "у березні 2022 року там загинули троє": the settlement of the sentence before
    if one_strike(doc, start, end):
        return False
    dates = [_runs_over_weeks(doc, d) for d in doc.within("date", start, end) if _event_date(d)]
    if False in dates:
        return False
    frames = doc.hits_within("tally_frame", start, end)
    period = True in dates or any(h.value == "period" for h in frames) or doc.has_hit("long_since", start, end)
    running = doc.has_hit("cumulative", start, end)  # "overall", "in total", "загалом", "в общей сложности"
    if not (period or running):
        return False
    regions = doc.within("region", start, end)
    # a region named ("in the Kharkiv region", "у Харківській області") is a place an act can have, its noun alone
    # ("in the district", "в районі") the scope of a tally
    scope = any(h.value == "scope" and not any(r.start <= h.start < r.end for r in regions) for h in frames)
    acts = {h.value for h in doc.hits_within("repeated_acts", start, end)}
    mass = any(h.value == "mass" for h in doc.hits_within("one_attack", start, end))
    if any(settled_scope(doc, p) for p in doc.within("place", start, end)) and not (acts or mass):
        # "in October a drone hit a bus in the Kherson community, killing 3": one act told at the community's name
        return not doc.within("attack", start, end)
    if scope or "plural" in acts or doc.has_hit("country", start, end):
        return True
    if not period:
        return False  # "overall, 5 people were killed" with no scope of its own: the toll of the act told
    if "weapons" in acts:
        return not regions  # "In March 2022, missiles killed five people in the Kharkiv region": one act there
    # no act told at all ("since February 23 were killed", "in January nine civilians were killed"), and the people
    # nobody's own: "two of his comrades died of beatings in January" are one account's dead (`kin_possessive`)
    return not doc.within("violation", start, end) and not _someones(doc, count)


def one_strike(doc: Document, start: int, end: int) -> bool:
    """[start, end) tells one strike: "the strike", "this attack" (statistics.json `one_attack` attack), or one weapon
    or act with an indefinite article ("an artillery shell", "a missile", "one drone": `toll_span` single). Its dead
    are that strike's, even told in a month ("In August 2024 a shell landed by the market, killing three": stage 25);
    a mass noun ("the shelling", `one_attack` mass) is the period's shelling."""
    if any(h.value != "mass" for h in doc.hits_within("one_attack", start, end)):
        return True
    return any(h.value == "single" for h in doc.hits_within("toll_span", start, end))


def _scene(doc: Document, place: Mention) -> bool:
    """An event place that is an act's scene, not a settlement named as a toll's scope (`settled_scope`)."""
    return getattr(place.value, "role", None) == "event" and not settled_scope(doc, place)


def settled_scope(doc: Document, place: Mention) -> bool:
    """A settlement named with a scope noun right after its name ("in the Kherson city community", "у Херсонській
    міській громаді": statistics.json `tally_frame` settled, inside the place's span or just after it): the unit a
    toll is counted over, not one act's scene (stage 24, aggV)."""
    inside = doc.hits_within("tally_frame", place.start + 1, place.end)
    after = doc.starting_at("tally_frame", place.end)
    return any(h.value == "settled" and h.start > place.start for h in inside + after)


KIN_REACH = 2  # "двое его сослуживцев", "his two comrades": the possessive within two words of the count


def _someones(doc: Document, count: Mention) -> bool:
    """The counted people are someone's ("his comrades", "її сини", "его сослуживцев"): a possessive of a person
    (classes.json `kin_possessive`) within two words of the count."""
    at = doc.token_at(count.start)
    return any(doc.in_class("kin_possessive", j) for j in range(max(0, at - KIN_REACH), at + KIN_REACH + 1))


def _since(doc: Document, date: Mention) -> bool:
    """A date opening a span that runs to the report ("since 1 May", "з травня"), not an earlier event's day."""
    first = doc.token_at(date.start)
    return date.value.granularity == "since" or doc.in_class("since", first - 1) and not day_of_earlier_event(doc, date)


def _event_date(date: Mention) -> bool:
    """A date of what the clause tells, not of its telling."""
    return getattr(date.value, "role", "event") == "event"


def act_measure(doc: Document, count: Mention, lo: int, hi: int) -> str | None:
    """The measure of a period's count told by the act noun nearest it in its clause (statistics.json `tally_act`:
    "the detention of 214 civilians", "затримання 214 цивільних"); None where the clause names no such act."""
    start, end = clause_of(doc, count.start, lo, hi)
    acts = doc.hits_within("tally_act", start, end)
    if not acts:
        return None
    at = doc.token_at(count.start)
    return str(min(acts, key=lambda h: abs(doc.token_at(h.start) - at)).value)


def framed_by_a_period(doc: Document, lo: int, hi: int) -> bool:
    """Sentence [lo, hi) dates what it tells only by spans a month or more long. Once each of its counts is a
    period's (each checked in its own clause), it is a tally even where another clause names a settlement ("31 were
    killed in the region between January and March; the total leaves out the strike on X")."""
    dates = [d for d in doc.within("date", lo, hi) if getattr(d.value, "role", "event") == "event"]
    if any(d.value.granularity in ONE_DAY for d in dates):
        return False
    toll = any(c.value.measure in TOLLS for c in doc.within("casualty", lo, hi))
    return doc.has_hit("long_since", lo, hi) or bool(dates) and all(_span_from(doc, d, toll) for d in dates)


STRIKES = frozenset({"attack_on_civilians", "attack_on_protected_objects"})


def strikes_over_a_period(doc: Document, facts: SentenceFacts) -> bool:
    """'X has been shelled almost daily since the spring', 'Since January the occupiers have struck the town's
    hospital again and again': strikes told only over a span of a month or more, with no one hurt counted, are the
    place's pattern of attacks, no single strike (one strike has its day). A continuing act (held since May) runs
    over its span and is not read here."""
    if not (facts.strong_attack or facts.weak_attack) or facts.casualties or facts.label_values - STRIKES:
        return False
    if facts.harm & {"killed", "injured"}:
        return False
    return framed_by_a_period(doc, *facts.span) or _frequent(doc, *facts.span)


def _frequent(doc: Document, lo: int, hi: int) -> bool:
    """'X has been hit almost daily by drones this autumn', 'the town is shelled night after night this month': strikes
    told with a word of frequency (roles.json `frequency`) and dated only by a season, a month or longer are the
    place's pattern of attacks; a strike told with its day ("on Monday it was hit again and again") is one (25b)."""
    if not doc.has_hit("frequency", lo, hi):
        return False
    dates = [d for d in doc.within("date", lo, hi) if getattr(d.value, "role", "event") == "event"]
    return not any(d.value.granularity in ONE_DAY for d in dates)
