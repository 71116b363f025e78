"""Cue words for violations, attacks, harm, protected objects, victims and evidence: matches of the
language's cue patterns (lang/<xx>/cues.json).

Adds mentions of kinds "violation" (value: a taxonomy label, or "execution" for killing words that
need the victim's status to choose between civilians and hors de combat), "attack", "harm"
("killed"/"injured"), "protected", "victim" (a victim category), "evidence" and "transfer"
(a removal verb or a destination beyond Ukraine's control: together they tell a deportation).
Each mention's rule is the id of the pattern that matched.
"""

from __future__ import annotations

from warcrimes.extract.engine.document import Document, Mention
from warcrimes.extract.engine.patterns import Match, keep_longest
from warcrimes.extract.engine.pipeline import step

UNFAIR_TRIAL = "unfair_trial_forced_service"
SECTIONS = ("violation", "attack", "harm", "protected", "victim", "evidence", "transfer")


def find_cues(doc: Document) -> list[Mention]:
    """Every cue mention of the document, sorted by offset."""
    hits = keep_longest(doc.hits(*SECTIONS))
    return [
        Mention(h.kind, h.start, h.end, h.value, h.id)
        for h in hits
        if not _compound_head(doc, h) and not _lawful_trial(doc, h)
    ]


def _compound_head(doc: Document, hit: Match) -> bool:
    """A victim word opening a hyphenated compound ("военно-следственный орган") names nobody."""
    text = doc.text
    return hit.kind == "victim" and text[hit.end : hit.end + 1] == "-" and text[hit.end + 1 : hit.end + 2].isalpha()


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
