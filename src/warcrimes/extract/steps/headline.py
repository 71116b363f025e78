"""A report's headline sums up the items told below it: no incident of its own (stage 22; stage 21 wrote it twice).

The headline is the report's first sentence when it ends its line. roles.json `headline_summary` says per language
which of two summaries the language's releases write:

    items  a headline with no stop naming a strike and an act of another family (custody, torture, a killing of
           captives) sums up several items, told one by one below: `role:other<-summary_headline`, no incident
    case   a headline telling an act with no day or count of its own sums up the one case told below at its place:
           it joins the first later incident telling its act, whose facts stand; a toll the headline tells that
           another incident's own sentences tell again is that incident's
"""

from __future__ import annotations

from dataclasses import replace

from warcrimes.domain.records import ExtractedIncident
from warcrimes.extract.engine.document import Document, Mention
from warcrimes.extract.engine.language import table
from warcrimes.extract.steps.coreference import same_location
from warcrimes.extract.steps.drafts import Draft
from warcrimes.extract.steps.sentence_facts import SentenceFacts

STRIKES = frozenset({"attack_on_civilians", "attack_on_protected_objects", "prohibited_weapons"})


def summaries(doc: Document) -> dict[str, bool]:
    """The summaries a headline writes in the report's language (roles.json `headline_summary`)."""
    return table(doc.language, "roles.json").get("headline_summary", {})


def headline(doc: Document) -> tuple[int, int] | None:
    """The span of the report's first sentence when it ends its line ('Police identify ...\\n\\n...')."""
    if not doc.sentences:
        return None
    lo, hi = doc.sentences[0]
    return (lo, hi) if doc.text[hi : hi + 1] == "\n" else None


def sums_up_items(doc: Document, facts: SentenceFacts) -> bool:
    """'Police document the Easter strikes and identify those who tortured residents of X': a headline with no stop
    naming a strike and an act of another family sums up several items the release then tells one by one."""
    if not summaries(doc).get("items") or headline(doc) != facts.span:
        return False
    if doc.text[facts.span[1] - 1] in ".!?":
        return False
    acts = facts.label_values - {"execution"}
    strikes = bool(acts & STRIKES) or facts.strong_attack or facts.weak_attack
    return strikes and bool(acts - STRIKES)


def tolls_told_below(doc: Document, draft: Draft, drafts: list[Draft]) -> list[Mention]:
    """'Night attack on X: a ship hit in the port, a pensioner killed in Y' over a story telling each place: a toll the
    headline tells that another incident's own sentences tell again is that incident's, so this one counts by its own
    sentences ("three crew members were injured"). Empty (count as usual) when nothing moved or nothing would be
    left."""
    if not draft.events or not summaries(doc).get("case") or headline(doc) != draft.events[0].span:
        return []
    head = draft.events[0]
    told = {
        (c.value.measure, c.value.count.value) for d in drafts if d is not draft for s in d.events for c in s.casualties
    }
    moved = {id(c) for c in head.casualties if (c.value.measure, c.value.count.value) in told}
    if not moved:
        return []
    return [c for s in draft.events for c in s.casualties if id(c) not in moved and not c.value.loose]


def fold_into_case(doc: Document, incidents: list[ExtractedIncident], untold: bool) -> list[ExtractedIncident]:
    """'Police identify those behind the torture of X's residents' over a release telling each case: the first
    incident, told in the headline alone with no day and no count of its own (`untold`), joins the first later
    incident at its place that tells its act, whose facts stand (its day, its count), whatever the later one's day
    or its being told as another case ("Крім того, ...")."""
    told = headline(doc)
    if not incidents or not untold or not summaries(doc).get("case") or told is None:
        return incidents
    head = incidents[0].facts
    if head.span[1] > told[1]:
        return incidents
    for n, later in enumerate(incidents[1:], start=1):
        facts = later.facts
        place = head.location is None or (facts.location is not None and same_location(head.location, facts.location))
        if not place or not head.violations or head.violations[0] not in facts.violations:
            continue
        joined = replace(
            facts,
            span=(head.span[0], facts.span[1]),
            reported_by=tuple(dict.fromkeys(facts.reported_by + head.reported_by)),
            evidence=tuple(dict.fromkeys(facts.evidence + head.evidence)),
            relays=tuple(dict.fromkeys(facts.relays + head.relays)),
        )
        folded = ExtractedIncident(joined, incidents[0].provenance + later.provenance)
        return incidents[1:n] + [folded] + incidents[n + 1 :]
    return incidents
