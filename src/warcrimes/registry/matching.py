"""Candidate pairs of records that may be one person, each with a score and the reasons for it.

Nothing here merges: a candidate is a proposal an analyst accepts or rejects. The score
(docs/registry.md, "Matching") is 0.8 x the name agreement (family 0.5, given 0.3, patronymic 0.2,
over the parts both records have) + 0.2 x the birth-date agreement, then lowered for a conflicting
sex, category or service number and raised for an equal service number. Reasons name the field
and the verdict, never a value, so they can be shown and logged.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Indel, Levenshtein

from warcrimes.registry.blocking import MatchProfile, family_keys, lookup_keys
from warcrimes.registry.records import PartialDate

THRESHOLD = 0.75
PER_ROW = 5
NAME_WEIGHTS = {"family_name": 0.5, "given_name": 0.3, "patronymic": 0.2}
BIRTH_SHARE = 0.2
BIRTH_POINTS = {"same": 1.0, "compatible": 0.8, "day_month_swapped": 0.7, "one_digit_differs": 0.5,
                "same_year": 0.4, "missing": 0.5, "conflict": 0.0}
SAME_GROUP = 0.95  # Олександр / Александр: the same name in the other language
INITIAL = 0.8  # "О." against Олександр
TYPO_EDITS = 2


@dataclass(frozen=True)
class Reason:
    """One field's verdict and the points it gave (0..1 within its share); no values."""

    field: str
    verdict: str
    detail: str = ""
    points: float = 0.0


@dataclass(frozen=True)
class MatchCandidate:
    """Two records that may be one person: `left` from the list or search, `right` in the registry."""

    left: str
    right: str
    score: float
    reasons: tuple[Reason, ...]


def _names(field: str, written_a: frozenset[str], written_b: frozenset[str], a: frozenset[str],
           b: frozenset[str], groups_a: frozenset[int] = frozenset(), groups_b: frozenset[int] = frozenset()) -> Reason:
    if not a or not b:
        return Reason(field, "missing_on_one_side")
    if written_a & written_b:
        return Reason(field, "same", points=1.0)
    if a & b:
        return Reason(field, "same_after_transliteration", points=1.0)
    if groups_a & groups_b:
        return Reason(field, "same_name_in_other_language", points=SAME_GROUP)
    if any(len(x) == 1 and y.startswith(x) or len(y) == 1 and x.startswith(y) for x in a for y in b):
        return Reason(field, "initial_agrees", points=INITIAL)
    similarity = max(Indel.normalized_similarity(x, y) for x in a for y in b)
    edits = min(Levenshtein.distance(x, y) for x in a for y in b)
    if edits <= TYPO_EDITS and similarity >= 0.7:
        return Reason(field, "typo", f"{edits} letter{'s' if edits > 1 else ''} differ", similarity)
    return Reason(field, "similar" if similarity >= 0.7 else "different", f"{similarity:.2f}", similarity)


def _digits(date: PartialDate) -> tuple[int, ...]:
    return (date.year, date.month or 0, date.day or 0)


def _one_digit_differs(a: PartialDate, b: PartialDate) -> bool:
    """Written alike (same precision) and one digit apart: Levenshtein 1 between equal-length strings."""
    left, right = a.iso(), b.iso()
    return sum(x != y for x, y in zip(left, right, strict=True)) == 1


def _birth_verdict(a: PartialDate | None, b: PartialDate | None) -> str:
    if a is None or b is None:
        return "missing"
    if a == b:
        return "same"
    if a.precision != b.precision:
        return "compatible" if a.overlaps(b) else "same_year" if a.year == b.year else "conflict"
    if a.day is not None and (a.year, a.month, a.day) == (b.year, b.day, b.month):
        return "day_month_swapped"
    if _one_digit_differs(a, b):
        return "one_digit_differs"
    return "same_year" if a.year == b.year else "conflict"


def _birth(a: PartialDate | None, b: PartialDate | None) -> Reason:
    verdict = _birth_verdict(a, b)
    return Reason("birth_date", verdict, points=BIRTH_POINTS[verdict])


def _swapped(a: MatchProfile, b: MatchProfile) -> bool:
    return bool(a.family & b.given) and bool(a.given & b.family) and not (a.family & b.family)


def best_possible(a: MatchProfile, b: MatchProfile, birth: Reason) -> float:
    """The highest score the pair can reach whatever its names: birth dates that conflict cap it at 0.64
    (0.74 with equal service numbers), below the 0.75 of a candidate, so most namesakes in a block are
    set aside without their names compared (81 % of an import's pairs on the benchmark's lists)."""
    bound = (1 - BIRTH_SHARE) + BIRTH_SHARE * birth.points
    if birth.verdict == "conflict":
        bound *= 0.8
    if a.service_number and a.service_number == b.service_number:
        bound = min(1.0, bound + 0.1)
    return bound


def compare_at_least(a: MatchProfile, b: MatchProfile, threshold: float) -> MatchCandidate | None:
    """The pair scored when it can reach `threshold` (None when its birth dates alone rule that out)."""
    birth = _birth(a.birth, b.birth)
    if best_possible(a, b, birth) < threshold:
        return None
    return _scored(a, b, birth)


def compare(a: MatchProfile, b: MatchProfile) -> MatchCandidate:
    """Score one pair and say why."""
    return _scored(a, b, _birth(a.birth, b.birth))


def _scored(a: MatchProfile, b: MatchProfile, birth: Reason) -> MatchCandidate:
    if _swapped(a, b):
        reasons = [Reason("family_name", "swapped_with_given_name", points=0.9),
                   Reason("given_name", "swapped_with_family_name", points=0.9),
                   _names("patronymic", a.patronymic_written, b.patronymic_written, a.patronymic, b.patronymic,
                          a.patronymic_groups, b.patronymic_groups)]
    else:
        reasons = [_names("family_name", a.family_written, b.family_written, a.family, b.family),
                   _names("given_name", a.given_written, b.given_written, a.given, b.given,
                          a.given_groups, b.given_groups),
                   _names("patronymic", a.patronymic_written, b.patronymic_written, a.patronymic, b.patronymic,
                          a.patronymic_groups, b.patronymic_groups)]
    present = [r for r in reasons if r.verdict != "missing_on_one_side"]
    weight = sum(NAME_WEIGHTS[r.field] for r in present)
    names = sum(NAME_WEIGHTS[r.field] * r.points for r in present) / weight if weight else 0.0
    reasons.append(birth)
    score = (1 - BIRTH_SHARE) * names + BIRTH_SHARE * birth.points
    if birth.verdict == "conflict":
        score *= 0.8
    for field, left, right, factor in (("sex", a.sex, b.sex, 0.7), ("category", a.category, b.category, 0.95)):
        if "unknown" not in (left, right) and left != right:
            reasons.append(Reason(field, "conflict"))
            score *= factor
    if a.service_number and b.service_number:
        same = a.service_number == b.service_number
        reasons.append(Reason("service_number", "same" if same else "conflict", points=1.0 if same else 0.0))
        score = min(1.0, score + 0.1) if same else score * 0.8
    return MatchCandidate(a.ref, b.ref, round(score, 4), tuple(reasons))


class MatchIndex:
    """The registry's persons filed under their blocking keys, to look list rows up against."""

    def __init__(self, persons: Iterable[MatchProfile] = ()) -> None:
        self.persons: list[MatchProfile] = []
        self.blocks: dict[str, list[int]] = defaultdict(list)
        self._by_family: dict[str, list[int]] | None = None
        for person in persons:
            self.add(person)

    def add(self, person: MatchProfile) -> None:
        number = len(self.persons)
        self.persons.append(person)
        for key in person.blocks:
            self.blocks[key].append(number)
        self._by_family = None

    @property
    def by_family(self) -> dict[str, list[int]]:
        """Persons by the family name's key alone, made when a search first needs it (a list never does)."""
        if self._by_family is None:
            self._by_family = defaultdict(list)
            for number, person in enumerate(self.persons):
                for key in family_keys(person):
                    self._by_family[key].append(number)
        return self._by_family

    def block_sizes(self) -> list[int]:
        return sorted((len(v) for v in self.blocks.values()), reverse=True)

    def _score(self, row: MatchProfile, numbers: set[int], threshold: float, limit: int) -> list[MatchCandidate]:
        found = [c for c in (compare_at_least(row, self.persons[n], threshold) for n in numbers
                             if self.persons[n].ref != row.ref) if c is not None and c.score >= threshold]
        found.sort(key=lambda c: (-c.score, c.right))
        return found[:limit]

    def candidates(self, row: MatchProfile, threshold: float = THRESHOLD, limit: int = PER_ROW) -> list[MatchCandidate]:
        """The best `limit` persons scoring at least `threshold` against a list row, best first."""
        numbers: set[int] = set()
        for key in lookup_keys(row):
            numbers.update(self.blocks.get(key, ()))
        return self._score(row, numbers, threshold, limit)

    def search(self, query: MatchProfile, threshold: float = THRESHOLD, limit: int = 20) -> list[MatchCandidate]:
        """Persons whose name matches a search in any spelling; a family name alone is enough."""
        if query.given:
            return self.candidates(query, threshold, limit)
        numbers: set[int] = set()
        for key in family_keys(query):
            numbers.update(self.by_family.get(key, ()))
        return self._score(query, numbers, threshold, limit)


def match_rows(rows: Sequence[MatchProfile], index: MatchIndex, threshold: float = THRESHOLD,
               limit: int = PER_ROW) -> list[MatchCandidate]:
    """Candidate pairs for every row of a list against the registry's persons."""
    return [c for row in rows for c in index.candidates(row, threshold, limit)]
