"""Two counted groups joined by a conjunction: "затримали двох фермерів і трьох їхніх працівників", "погибли двое
мужчин и три женщины" tell five people, not two. The joining words are the language's class `group_joiner`
(classes.json; English lists none yet, so English counts are unchanged); the groups' kinds come from their nouns.
"""

from __future__ import annotations

from dataclasses import replace

from warcrimes.extract.engine.document import Document, Mention
from warcrimes.extract.engine.index import Spans
from warcrimes.extract.engine.values import CountValue

GROUP_REACH = 4  # tokens after a count within which its noun stands ("двох місцевих фермерів")
_FIGHTERS = frozenset({"pow", "combatant", "wounded_combatant"})


def _kind(first: str, second: str) -> str | None:
    """The kind of two groups counted together: one kind kept; civilians of two kinds (adults and children,
    volunteers and drivers) civilians; fighters of two kinds prisoners of war where one is; fighters and civilians
    None: a figure of each kind ("повернулися 185 військових і 20 цивільних")."""
    if first == second:
        return first
    if {first, second} <= _FIGHTERS:
        return "pow" if "pow" in (first, second) else first
    if not {first, second} & _FIGHTERS and "mixed" not in (first, second):
        return "civilian"
    return None


def _sum(a: CountValue, b: CountValue) -> CountValue:
    return replace(
        a,
        min=None if a.min is None or b.min is None else a.min + b.min,
        max=None if a.max is None or b.max is None else a.max + b.max,
        qualifier=a.qualifier if a.qualifier == b.qualifier else "at_least",
        value=a.value + b.value,
    )


def _noun_end(doc: Document, victims: Spans, mention: Mention) -> int | None:
    """The token after the noun of the people a count counts, when the noun follows it closely."""
    reach = doc.reach_after(mention.end, GROUP_REACH)
    noun = next(iter(victims.starting(mention.end, reach)), None)
    return None if noun is None else doc.token_at(noun.end)


def _joined(doc: Document, victims: Spans, a: Mention, b: Mention) -> bool:
    """`b` is the second of two groups joined by a conjunction right after `a`'s noun, of one measure."""
    first, second = a.value, b.value
    if first.count.unit != "persons" or second.count.unit != "persons" or not first.category or not second.category:
        return False
    if first.count.min is None or second.count.min is None or a.start == a.end or b.start == b.end:
        return False  # a person told without a numeral is counted by the noun, not joined here
    if first.measure and second.measure and first.measure != second.measure:
        return False  # "46 загинули і 212 поранено": two measures, two figures
    if _kind(first.category, second.category) is None:
        return False  # "повернулися 185 військових і 20 цивільних": a figure of each kind
    after = _noun_end(doc, victims, a)
    if after is None or after >= len(doc.tokens) or not doc.in_class("group_joiner", after):
        return False
    return doc.token_at(b.start) == after + 1 and _noun_end(doc, victims, b) is not None


def join_groups(doc: Document, victims: Spans, out: list[Mention]) -> list[Mention]:
    """The casualty mentions with each pair of groups joined by a conjunction counted as one group: the first
    mention counts both; the second is dropped, unless it counts children (the children among them)."""
    if not doc.lang.classes.forms.get("group_joiner"):
        return out
    ordered = sorted(out, key=lambda m: (m.start, m.end))
    kept: list[Mention] = []
    skip: set[int] = set()
    for n, mention in enumerate(ordered):
        if n in skip:
            continue
        later = ordered[n + 1] if n + 1 < len(ordered) else None
        if later is None or not _joined(doc, victims, mention, later):
            kept.append(mention)
            continue
        first, second = mention.value, later.value
        both = replace(
            first,
            count=_sum(first.count, second.count),
            category=_kind(first.category, second.category) or first.category,
            measure=first.measure or second.measure,
        )
        kept.append(Mention("casualty", mention.start, mention.end, both, f"{mention.rule}+joined"))
        if second.category != "child":
            skip.add(n + 1)
    return kept
