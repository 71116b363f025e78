"""Cue words for violations, attacks, harm, protected objects, victims and evidence, from data.

One scan of the folded text with one automaton (lexicons/<lang>/cues.json). Adds mentions of
kinds "violation" (value: a taxonomy label, or "execution" for killing words that need the
victim's status to choose between civilians and hors de combat), "attack", "harm"
("killed"/"injured"), "protected", "victim" (a victim category), "evidence" and "transfer"
(a removal verb or a destination beyond Ukraine's control: together they tell a deportation).
"""

from __future__ import annotations

from warcrimes.extract.document import Document, Mention
from warcrimes.extract.pipeline import step
from warcrimes.extract.steps.lexicon import Hit, compiled, fold

SECTIONS = ("violation", "attack", "harm", "protected", "victim", "evidence", "transfer")


def keep_longest(hits: list[Hit]) -> list[Hit]:
    """Drop a hit lying inside a longer hit of the same kind ("wounded" inside "wounded soldiers")."""
    hits = sorted(hits, key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    reach: dict[str, int] = {}
    for hit in hits:
        if hit.start < reach.get(hit.kind, -1):
            continue
        kept.append(hit)
        reach[hit.kind] = hit.end
    return kept


def find_cues(text: str, language: str = "en") -> list[Mention]:
    """Every cue mention of `text`, sorted by offset."""
    lexicon = compiled(language, "cues.json", SECTIONS)
    hits = keep_longest(list(lexicon.scan(fold(text))))
    return [Mention(h.kind, h.start, h.end, h.value, f"cue:{h.phrase}") for h in hits]


def _by_offset(mention: Mention) -> tuple[int, int]:
    return mention.start, mention.end


@step("cues", requires=("sentences",), adds=("cues",))
def cues(doc: Document) -> None:
    language = doc.language if doc.language != "und" else "en"
    for mention in sorted(find_cues(doc.text, language), key=_by_offset):  # in order: Document.add stays O(1)
        doc.add(mention)
