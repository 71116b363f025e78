"""How well do an account and an incident agree, field by field, and why?

Honest disagreement lowers the score instead of forbidding the link (issue 15): a UN account
dated by its visit weeks later, a toll that rose from 51 to 59, a secondary label, a village in
one report and its hromada or oblast in another. Only what cannot be one event is a veto: another
oblast, one village name for two villages far apart, another act family (a strike is not a
detention), dates months apart. Every field gives a score in [0, 1] and a reason in words; the
confidence is their weighted mean. Pure functions of two `Profile`s; linking.py decides.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from warcrimes.corroborate import descriptors as what
from warcrimes.corroborate.descriptors import Descriptors
from warcrimes.corroborate.places import distance_km, name_agreement
from warcrimes.domain.facts import IncidentFacts
from warcrimes.errors import ConfigError
from warcrimes.gazetteer import fold

#: Field weights of the confidence: place and time first, then what was hit and with what.
WEIGHTS = {"location": 0.25, "date": 0.20, "what": 0.25, "violation": 0.05, "victims": 0.15,
           "perpetrator": 0.10}
#: Different settlement names closer than this may be one place named twice (a village and its hromada centre).
NEAR_KM = 3.0
#: Without a settlement name, coordinates within this distance still agree, more weakly; one name
#: farther apart than this is two villages (dozens of Ukrainian villages are called Ivanivka).
UNNAMED_KM = 15.0
#: Dates further apart than this are never one event unless one of them spans months.
MAX_GAP_DAYS = 60
#: Dates this many days apart or more are two events when both accounts came out promptly ("a week
#: apart" in tests/corpus/corroboration must split); a later account published this long after its
#: own date (LATE_REPORT_DAYS) may carry the date of a visit or of the report, and only lowers the score.
DATE_VETO_DAYS = 3
LATE_REPORT_DAYS = 5
#: Two different settlements (farther apart than NEAR_KM) are at most a suggestion for an analyst:
#: a strike on two neighbouring towns the same day is common, so only a person may join them.
TWO_PLACES_CAP = 0.66
#: An undated telling is taken to be about the week before its report was published.
ASSUMED_DAYS = 7
ASSUMED_DATE_AGREEMENT = 0.6


@dataclass(frozen=True, slots=True)
class Profile:
    """The fields linking compares: what an account says, or an incident's summary."""

    violations: tuple[str, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None
    place: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    category: str = "unknown"
    low: int | None = None
    high: int | None = None
    party: str = "unknown"
    assumed: bool = False  # start/end stand in for a date the text does not give
    admin2: str | None = None
    killed: int | None = None
    injured: int | None = None
    published: dt.date | None = None  # the report's date (an incident: its latest report's)
    described: Descriptors = field(default_factory=Descriptors)
    text: str = ""  # an account's own words, folded (see `words`): the places it names besides the one read

    def assuming(self, published: dt.date | None) -> Profile:
        """Without a date, the week before publication as an assumed date (see ASSUMED_DAYS)."""
        dated = self if self.published is not None or published is None else replace(self, published=published)
        if dated.start is not None or published is None:
            return dated
        return replace(dated, start=published - dt.timedelta(days=ASSUMED_DAYS), end=published, assumed=True)

    @classmethod
    def of(cls, facts: IncidentFacts, described: Descriptors | None = None,
           published: dt.date | None = None) -> Profile:
        loc, date, victims = facts.location, facts.date, facts.victims
        return cls(facts.violations, date.start if date else None, date.end if date else None,
                   loc.name if loc else None, loc.admin1 if loc else None, loc.lat if loc else None,
                   loc.lon if loc else None, victims.category, victims.min, victims.max,
                   facts.perpetrator.party, admin2=loc.admin2 if loc else None, killed=victims.killed,
                   injured=victims.injured, published=published, described=described or Descriptors())


@dataclass(frozen=True, slots=True)
class Field:
    """One field's agreement (None: a veto) and the reason in words."""

    score: float | None
    reason: str


@dataclass(frozen=True, slots=True)
class Agreement:
    """Per-field agreement, the vetoes that forbid a link, the weighted confidence and the reasons."""

    fields: dict[str, float]
    vetoes: tuple[str, ...]
    confidence: float
    reasons: dict[str, str] = field(default_factory=dict)

    def why(self) -> dict[str, Any]:
        """The record kept with a link or a suggestion: which fields agreed, how well and why."""
        return {"fields": {k: round(v, 3) for k, v in self.fields.items()},
                "vetoes": list(self.vetoes), "confidence": round(self.confidence, 3), "reasons": dict(self.reasons)}


@cache
def _compatibility() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]], frozenset[str]]:
    raw = resources.files("warcrimes.corroborate").joinpath("data/compatibility.json").read_text("utf-8")
    try:
        table = json.loads(raw)
        families = {k: frozenset(v) for k, v in table["violation_families"].items()}
        victims = {k: frozenset(v) for k, v in table["victim_families"].items()}
        return families, victims, frozenset(table["vague_victims"])
    except (json.JSONDecodeError, KeyError) as exc:
        raise ConfigError(f"corroborate/data/compatibility.json is not usable: {exc}") from exc


def violation_agreement(a: tuple[str, ...], b: tuple[str, ...]) -> float | None:
    """1 same main label, 0.8 a label in common, 0.5 one act family, 0.3 unknown or 'other', None another family."""
    if not a or not b:
        return 0.3
    if a[0] == b[0]:
        return 1.0
    if set(a) & set(b):
        return 0.8
    if "other" in (a[0], b[0]):
        return 0.3
    families = _compatibility()[0].values()
    if any(a[0] in fam and b[0] in fam for fam in families):
        return 0.5
    return None


def _violation(a: Profile, b: Profile) -> Field:
    score = violation_agreement(a.violations, b.violations)
    if score is None:
        return Field(None, f"act: {a.violations[0]} and {b.violations[0]} are different kinds of act")
    said = {1.0: "same main label", 0.8: "a label in common (one main, one secondary)",
            0.5: "labels of one act family", 0.3: "a label unknown or 'other'"}
    return Field(score, f"label: {said[score]}")


def _gap(a: Profile, b: Profile) -> int:
    assert a.start and a.end and b.start and b.end
    return (max(a.start, b.start) - min(a.end, b.end)).days


def _shifted(a: Profile, b: Profile) -> bool:
    """Two intervals of one or two days, of the same length, one starting later: the same span of
    time on different days ('overnight' said on two mornings is two nights)."""
    assert a.start and a.end and b.start and b.end
    width = (a.end - a.start).days
    return width <= 1 and (b.end - b.start).days == width and a.start != b.start


def _timely(end: dt.date, published: dt.date) -> bool:
    """Told within days of its date, not a report dated by a visit or by itself (LATE_REPORT_DAYS)."""
    return 0 <= (published - end).days < LATE_REPORT_DAYS


Told = tuple[dt.date | None, dt.date | None, dt.date | None]  # (start, end, published) of one account


def told_apart(a: Told, b: Told) -> bool:
    """Whether one publisher's two accounts, (start, end, published) each, tell two days: each told within
    days of its date, published on different days, and neither interval holding the other (a channel's
    'overnight' on two mornings, 'on Tuesday' in two weeks); or both undated and published DATE_VETO_DAYS
    or more apart (a channel's undated posts are its news of the day; following up its own story days
    later, it names the day). A publisher re-telling its own event names the same day, or a vaguer
    interval holding it."""
    (a_start, a_end, a_pub), (b_start, b_end, b_pub) = a, b
    if a_pub is None or b_pub is None or a_pub == b_pub:
        return False
    if a_start is None and b_start is None:
        return abs((a_pub - b_pub).days) >= DATE_VETO_DAYS
    if a_start is None or b_start is None or a_end is None or b_end is None:
        return False
    if not (_timely(a_end, a_pub) and _timely(b_end, b_pub)):
        return False
    nested = (a_start <= b_start and b_end <= a_end) or (b_start <= a_start and a_end <= b_end)
    return not nested


def _date(a: Profile, b: Profile) -> Field:
    """1 same day, less for vaguer overlaps and each day apart; a late report's own date lowers, never vetoes."""
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return Field(0.4, "date: one account undated")
    gap = _gap(a, b)
    long = max((a.end - a.start).days, (b.end - b.start).days) > 31
    if gap > MAX_GAP_DAYS and not long:
        return Field(None, f"date: {gap} days apart")
    if gap <= 0 and _shifted(a, b):  # two nights told on two mornings share a day, yet are a day apart
        gap = abs((a.start - b.start).days)
    if gap <= 0:
        widest = max((a.end - a.start).days, (b.end - b.start).days) + 1
        score = 1.0 if widest <= 2 else 0.85 if widest <= 8 else 0.65
        reason = "date: same day" if widest <= 2 else "date: overlapping intervals"
    elif gap < DATE_VETO_DAYS:
        score, reason = {1: 0.75, 2: 0.45}[gap], f"date: {gap} day{'s' if gap > 1 else ''} apart"
    else:
        later = a if (a.start, a.end) > (b.start, b.end) else b
        assert later.end is not None
        lag = (later.published - later.end).days if later.published else 0
        if lag >= LATE_REPORT_DAYS:
            score, reason = 0.4, (f"date: {gap} days apart, but the later account came out {lag} days after its "
                                  "date, which may be that of a visit or of the report")
        elif later.published and later.start == later.end == later.published and not later.assumed:
            score, reason = 0.2, f"date: {gap} days apart; the later account is dated by its own publication day"
        else:
            return Field(None, f"date: {gap} days apart, each told within days")
    if a.assumed or b.assumed:
        score = min(score, ASSUMED_DATE_AGREEMENT)
        reason += "; an undated account is taken to be from the week before its report"
    return Field(score, reason)


def date_vetoes(a: Profile, b: Profile) -> bool:
    """Whether `_date` vetoes the pair (its score None), without its reason in words: linking's first pass
    meets every incident of the region in a 90-day window, most of them days apart, and making each one's
    six fields and their reasons grew with the store (tests: the same answer as `_date` on every pair)."""
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return False
    gap = _gap(a, b)
    if gap > MAX_GAP_DAYS and max((a.end - a.start).days, (b.end - b.start).days) <= 31:
        return True
    if gap <= 0 and _shifted(a, b):
        gap = abs((a.start - b.start).days)
    if gap < DATE_VETO_DAYS:
        return False
    later = a if (a.start, a.end) > (b.start, b.end) else b
    if later.published and (later.published - later.end).days >= LATE_REPORT_DAYS:  # type: ignore[operator]
        return False
    return not (later.published and later.start == later.end == later.published and not later.assumed)


def words(text: str) -> str:
    """Text folded as the gazetteer folds names, punctuation made spaces, padded: ' vilniansk ukraine '."""
    return " " + " ".join("".join(c if c.isalnum() else " " for c in fold(text)).split()) + " "


@lru_cache(maxsize=4096)
def _spellings(name: str, admin1: str | None) -> tuple[str, ...]:
    """Every spelling of a settlement the gazetteer knows (English, Ukrainian, Russian, old names)."""
    from warcrimes.gazetteer import load

    place = load().resolve(name, admin1=admin1)
    found = {fold(name)} | ({fold(a) for a in place.aliases} if place is not None else set())
    return tuple(sorted(s for s in found if len(s) >= 4 and " hromada" not in s and " community" not in s))


def _names(profile: Profile, place: str, admin1: str | None) -> bool:
    """True when the account's own words name `place` in any spelling (a case ending may follow)."""
    return bool(profile.text) and any(f" {spelling}" in profile.text for spelling in _spellings(place, admin1))


@lru_cache(maxsize=65536)
def _hromada(name: str, admin1: str | None, admin2: str | None) -> str | None:
    """The hromada a settlement belongs to, from the gazetteer (None when the name is not found)."""
    from warcrimes.gazetteer import load

    place = load().resolve(name, admin1=admin1, admin2=admin2)
    return place.hromada if place is not None and place.kind == "settlement" else None


def _location(a: Profile, b: Profile, rough: bool = False) -> Field:
    """Settlement, then hromada, raion and oblast: a coarser place agrees less, another village little.
    `rough`: the most two settlements could agree, without reading the gazetteer (a bound for pruning)."""
    if a.admin1 and b.admin1 and a.admin1.casefold() != b.admin1.casefold():
        return Field(None, f"place: {a.admin1} and {b.admin1}")
    near = None
    if None not in (a.lat, a.lon, b.lat, b.lon):
        near = distance_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
    if a.place and b.place:
        named = name_agreement(a.place, b.place)
        if named and near is not None and near > UNNAMED_KM:
            return Field(None, f"place: two places called {a.place}, {near:.0f} km apart")
        if named:
            return Field(named, "place: same settlement" if named == 1.0 else "place: same settlement, "
                         "another spelling")
        if near is not None and near <= NEAR_KM:
            return Field(0.6, f"place: {a.place} and {b.place} within {NEAR_KM:g} km")
        if rough:
            return Field(0.6, f"place: {a.place} and {b.place}, not yet compared in full")
        if _names(a, b.place, b.admin1) or _names(b, a.place, a.admin1):
            return Field(0.6, f"place: {a.place} and {b.place} read, and the account names both")
        hromada = _hromada(a.place, a.admin1, a.admin2)
        if hromada and hromada == _hromada(b.place, b.admin1, b.admin2):
            return Field(0.3, f"place: {a.place} and {b.place}, two settlements of {hromada}")
        if a.admin2 and a.admin2 == b.admin2:
            return Field(0.15, f"place: {a.place} and {b.place}, two settlements of {a.admin2}")
        return Field(0.05, f"place: {a.place} and {b.place}, two settlements of one oblast")
    if a.place or b.place:  # one names only the raion or the oblast
        if a.admin2 and b.admin2:
            return (Field(0.6, f"place: one account names only {a.admin2}") if a.admin2 == b.admin2
                    else Field(0.05, f"place: {a.admin2} and {b.admin2}"))
        if near is not None and near <= 5:
            return Field(0.7, "place: coordinates within 5 km")
        return Field(0.45, "place: one account names only the oblast") if a.admin1 and b.admin1 \
            else Field(0.25, "place: one account names no place")
    if near is not None:
        if near > UNNAMED_KM:
            return Field(None, f"place: {near:.0f} km apart")
        return Field(0.7 if near <= 5 else 0.45, f"place: coordinates {near:.0f} km apart")
    return Field(0.35, "place: neither names a settlement") if a.admin1 and b.admin1 \
        else Field(0.25, "place: no place named")


def _category_agreement(a: str, b: str) -> float:
    if a == b:
        return 1.0
    _, families, vague = _compatibility()
    if a in vague or b in vague:
        return 0.6
    if any(a in fam and b in fam for fam in families.values()):
        return 0.8
    return 0.0


def count_agreement(low_a: int | None, high_a: int | None, low_b: int | None, high_b: int | None) -> float:
    """1 when the stated ranges overlap ("three" and "at least two"), less the further apart."""
    if low_a is None or low_b is None:
        return 0.6
    top_a = high_a if high_a is not None else 10**9
    top_b = high_b if high_b is not None else 10**9
    if low_a <= top_b and low_b <= top_a:
        return 1.0
    small, large = (top_a, low_b) if top_a < low_b else (top_b, low_a)
    ratio = small / large if large else 0.0
    return 0.7 if ratio >= 0.5 else 0.4


def _victims(a: Profile, b: Profile) -> Field:
    """Who was harmed and how many; a toll that rises in the later account lowers the score a little."""
    category = _category_agreement(a.category, b.category)
    reason = "victims: same kind" if category == 1.0 else (
        f"victims: {a.category} and {b.category}" + ("" if category else " (different kinds)"))
    if (a.killed is None) != (b.killed is None) and (a.killed or b.killed) and (a.injured or b.injured) \
            and (a.low is not None and b.low is not None):
        return Field(0.5 * category + 0.15, reason + "; one tells of deaths, the other only of injuries")
    count = count_agreement(a.low, a.high, b.low, b.high)
    if count < 1.0 and a.low is not None and b.low is not None:
        later, earlier = (a, b) if (a.published or dt.date.min) > (b.published or dt.date.min) else (b, a)
        assert later.low is not None and earlier.low is not None
        if later.published != earlier.published and later.low > earlier.low:
            count = max(count, 0.8)
            reason += f"; the toll rose from {earlier.low} to {later.low} in the later account"
        else:
            reason += f"; counts {a.low} and {b.low} differ"
    return Field(0.5 * category + 0.5 * count, reason)


def _perpetrator(a: Profile, b: Profile) -> Field:
    if "unknown" in (a.party, b.party):
        return Field(0.6, "perpetrator: one account names none")
    if a.party == b.party:
        return Field(1.0, "perpetrator: same side")
    return Field(0.25, f"perpetrator: {a.party} and {b.party} (a misread doer or the other side's version)")


def _what(a: Profile, b: Profile) -> Field:
    score = what.agreement(a.described, b.described)
    if score is None:
        return Field(0.5, "what was hit: not named in both")
    both = sorted((a.described.weapons & b.described.weapons) | (a.described.targets & b.described.targets))
    weapons_apart = a.described.weapons and b.described.weapons and not a.described.weapons & b.described.weapons
    if weapons_apart:
        score = min(score, 0.2)
    return Field(score, "what was hit: " + (", ".join(both) + " in both" if both else "nothing in common")
                 + ("; different means of attack" if weapons_apart else ""))


def compare(account: Profile, incident: Profile, *, rough: bool = False) -> Agreement:
    """Field agreements, vetoes, confidence and reasons of `account` telling the event `incident` holds.
    `rough` bounds the place field from above without the gazetteer (linking's first pass)."""
    found = {"location": _location(account, incident, rough), "date": _date(account, incident),
             "what": _what(account, incident), "violation": _violation(account, incident),
             "victims": _victims(account, incident), "perpetrator": _perpetrator(account, incident)}
    vetoes = tuple(name for name, f in found.items() if f.score is None)
    fields = {name: f.score or 0.0 for name, f in found.items()}
    confidence = 0.0 if vetoes else sum(WEIGHTS[k] * v for k, v in fields.items())
    reasons = {name: f.reason for name, f in found.items()}
    if 0 < fields["location"] <= 0.3 and account.place and incident.place and confidence > TWO_PLACES_CAP:
        confidence = TWO_PLACES_CAP
        reasons["location"] += " (two settlements: at most a suggestion for an analyst)"
    return Agreement(fields, vetoes, confidence, reasons)
