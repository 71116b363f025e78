"""Which acts told in a report are one case (stage 23): one rule of compatibility at the report's layout units.

A report telling several cases lays them out in units: paragraphs, list items (a line opened by a bullet, a dash, an
emoji or a number), headings. A unit's first act is another case than the incident being told when something they
both say contradicts: its settlement (its own, or the one its unit named before it: a heading, a victim's home), the
kind of act with victims of its own, or, in a list item, its count of the harmed. What the unit names before its act
(a day, a place) is the new case's; it never comes from a sibling item. Nothing here reads a word: the layout is read
from characters, the facts from the sentence facts every language fills.
"""

from __future__ import annotations

from dataclasses import dataclass

from warcrimes.extract.engine.document import Document, Mention
from warcrimes.extract.engine.text import opens_line
from warcrimes.extract.steps.drafts import Draft, acts_of, overlap, same_place, sets_scene
from warcrimes.extract.steps.sentence_facts import SentenceFacts

FLOORS = frozenset({"at_least", "about", "vague"})  # a figure told as a floor or a rough size: a tally's
HARM = frozenset({"killed", "wounded"})
MARK_REACH = 6  # characters a list mark may take before the sentence ("▪️ ", "12) ", "— ")
QUOTES = "\"'«»“”„‘’("


@dataclass
class Unit:
    """The layout unit being read (a paragraph or a list item) and what it told before its first act."""

    item: bool = False  # opened by a list mark
    told: bool = False  # an act was told in it
    own: bool = False  # victims counted in it before its first act
    day: Mention | None = None  # the first day it named before its first act
    named: bool = False  # a settlement named in it before its first act
    place: Mention | None = None  # the first settlement a scene-setting sentence of it named before its first act
    scene_day: Mention | None = None  # the first day a scene-setting sentence of it named before its first act
    first: bool = True  # no sentence read in it yet

    def read(self, facts: SentenceFacts, mark_only: bool = False) -> None:
        """Take what a sentence telling no act says before the unit's first act; a list's number or mark standing
        as a sentence of its own ("2.") leaves the next sentence the unit's first."""
        if mark_only:
            return
        self.first = False
        if facts.is_event:
            # a heading naming the section's acts ("Arbitrary detentions and torture") tells no act of its own yet
            self.told = self.told or bool(facts.places or facts.dates or any(c.value.measure for c in facts.casualties))
            return
        if self.told:
            return
        self.own = self.own or bool(facts.casualties)
        self.day = self.day or next(
            (
                d
                for d in (*facts.dates, *facts.reported_dates)
                if d.value.granularity in ("day", "night") and d.value.role == "event"
            ),
            None,
        )
        self.named = self.named or bool(facts.places or facts.other_places)
        if sets_scene(facts):  # "On 15 March, in X, ...": the unit's own scene, set before its act
            self.place = self.place or (facts.places[0] if facts.places else None)
            self.scene_day = self.scene_day or next(
                (d for d in facts.dates if d.value.granularity in ("day", "night")), None
            )


def list_mark(doc: Document, start: int) -> bool:
    """A sentence opening a line with a list mark ("▪️ X.", "- On 5 May ...", "2) ...") or right after one."""
    text = doc.text
    if start < len(text) and opens_line(text, start):
        return _mark(text[start]) or _numbered(text, start)
    i = start
    while i > 0 and start - i < MARK_REACH and text[i - 1] not in "\n" and not text[i - 1].isalnum():
        i -= 1
    while i > 0 and start - i < MARK_REACH and text[i - 1].isdigit():
        i -= 1
    return i < start and opens_line(text, i) and (_mark(text[i]) or _numbered(text, i))


def _mark(head: str) -> bool:
    c = head[:1]
    return bool(c) and not c.isalnum() and not c.isspace() and c not in QUOTES


def _numbered(text: str, i: int) -> bool:
    """'1. ', '12) ' at `i`: a list's number."""
    j = i
    while j < len(text) and j - i < 3 and text[j].isdigit():
        j += 1
    return i < j < len(text) - 1 and text[j] in ".)" and text[j + 1] in " \t\n"


def opens_unit(doc: Document, before: SentenceFacts | None, facts: SentenceFacts) -> Unit | None:
    """A new unit when `facts` opens a paragraph (a blank line before it) or a list item, else None."""
    if before is None:
        return None
    item = list_mark(doc, facts.span[0])
    if item or "\n\n" in doc.text[before.span[1] : facts.span[0]]:
        return Unit(item=item)
    return None


def sets_another_place(current: Draft, facts: SentenceFacts, unit: Unit) -> bool:
    """The unit's opening sentence tells no act and no day and names a victim and a settlement ("A farmer, 61, from
    Vasylivka.") other than the case before's: the unit is that person's case, at that place. One that sets a day
    ("On 3 March, in X, soldiers herded 130 residents into the school.") is a scene, read by the day rule."""
    named = facts.places or facts.other_places
    if not unit.first or not sets_scene(facts) or facts.dates or not named:
        return False
    if not (facts.casualties or facts.victims):
        return False
    told = current.place or next((p for s in current.sentences for p in (*s.places, *s.other_places)), None)
    return told is not None and not same_place(told, named[0])


def contradicts(current: Draft, facts: SentenceFacts, unit: Unit) -> str | None:
    """What the unit's first act says that the case being told cannot share, or None: 'day' or 'place' (the unit set
    a day or a settlement of its own, the act names none and counts victims of its own), 'act' (another kind of act,
    with victims of the unit's own), 'victims' (a list item's other count of the harmed)."""
    if unit.told or facts.part:
        return None
    # victims of its own, counted by the act or by its unit before it: a detail or a comment has none
    own = unit.own or any(c.value.measure for c in facts.casualties)
    if own and not facts.dates and unit.scene_day is not None and not overlap(current.date, unit.scene_day):
        return "day"
    if own and not (facts.places or facts.regions) and not same_place(current.place, unit.place):
        return "place"
    if _another_act(current, facts, unit):
        return "act"
    if unit.item and _other_count(current, facts):
        return "victims"
    return None


def _another_act(current: Draft, facts: SentenceFacts, unit: Unit) -> bool:
    """A kind of act the case has not told ("1. ... shot the owner. / 2. On 26 October ... locked two residents in a
    garage. The men were beaten."), with victims of its own; not a death told as a floor with no deed (a tally), not
    an attack (a strike and its dead told in two paragraphs: attacks are told apart by place and day)."""
    acts = acts_of(facts)
    if not acts or not current.acts_told or acts & current.acts_told:
        return False
    if not facts.labels and any(c.value.count.qualifier in FLOORS for c in facts.casualties):
        return False
    if current.attacked or facts.strong_attack or facts.weak_attack:
        return False
    return unit.own or any(c.value.measure for c in facts.casualties)


def _other_count(current: Draft, facts: SentenceFacts) -> bool:
    """A list item counting its killed or wounded, of a measure the case counted with another figure: each item of a
    summary tells its own harmed ("▪️ X. A woman was wounded." then "▪️ The wounded of yesterday's strike on a plant in
    X have risen to nine."); a toll update inside one item is the item's own."""
    told: dict[str, set[float]] = {}
    for event in current.events:
        for c in event.casualties:
            if c.value.measure in HARM:
                told.setdefault(c.value.measure, set()).add(c.value.count.value)
    counted = [c for c in facts.casualties if c.value.measure in HARM and (c.value.count.min or 0) > 0]
    return bool(counted) and all(
        c.value.measure in told and c.value.count.value not in told[c.value.measure] for c in counted
    )
