"""How well do an account and an incident agree, field by field, and is any field a veto?

Scores are pure functions of two `Profile`s. Each field gives an agreement in [0, 1] or a veto
(a different settlement, dates three or more days apart, incompatible violations or victims,
opposite perpetrators). The confidence is a weighted mean; linking.py decides what it means.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

from warcrimes.corroborate.places import distance_km, name_agreement
from warcrimes.domain.facts import IncidentFacts
from warcrimes.errors import ConfigError

#: Field weights of the confidence; place and date carry most (one event is one place and time).
WEIGHTS = {"violation": 0.25, "location": 0.30, "date": 0.30, "victims": 0.15}
#: Different settlement names closer than this may be one place named twice (a village and its
#: hromada centre); the issue asks for "same settlement or within a few km".
NEAR_KM = 3.0
#: Without a settlement name, coordinates within this distance still agree, more weakly.
UNNAMED_KM = 15.0
#: Dates this many days apart or more are two events ("a week apart" in the corpus must split).
DATE_VETO_DAYS = 3
#: An undated telling is taken to be about the week before its report was published (a Telegram
#: post saying "this morning" with the date lost); such an assumed date agrees at most this well.
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

    def assuming(self, published: dt.date | None) -> Profile:
        """Without a date, the week before publication as an assumed date (see ASSUMED_DAYS)."""
        if self.start is not None or published is None:
            return self
        return replace(self, start=published - dt.timedelta(days=ASSUMED_DAYS), end=published, assumed=True)

    @classmethod
    def of(cls, facts: IncidentFacts) -> Profile:
        loc, date = facts.location, facts.date
        return cls(facts.violations, date.start if date else None, date.end if date else None,
                   loc.name if loc else None, loc.admin1 if loc else None, loc.lat if loc else None,
                   loc.lon if loc else None, facts.victims.category, facts.victims.min, facts.victims.max,
                   facts.perpetrator.party)


@dataclass(frozen=True, slots=True)
class Agreement:
    """Per-field agreement, the vetoes that forbid a link, and the weighted confidence."""

    fields: dict[str, float]
    vetoes: tuple[str, ...]
    confidence: float

    def why(self) -> dict[str, Any]:
        """The record kept with a link or a suggestion: which fields agreed and how well."""
        return {"fields": {k: round(v, 3) for k, v in self.fields.items()},
                "vetoes": list(self.vetoes), "confidence": round(self.confidence, 3)}


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
    """1 same main label, 0.8 shared label, 0.5 same family, 0.3 unknown or 'other', None incompatible."""
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


def date_agreement(a: Profile, b: Profile) -> float | None:
    """1 same day, less for vaguer overlaps or a one-day gap ("yesterday"), None when days apart."""
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return 0.4
    gap = (max(a.start, b.start) - min(a.end, b.end)).days
    if gap >= DATE_VETO_DAYS:
        return None
    if gap > 0:
        score = 0.6 if gap == 1 else 0.35
    else:
        widest = max((a.end - a.start).days, (b.end - b.start).days) + 1
        score = 1.0 if widest <= 2 else 0.85 if widest <= 8 else 0.65
    return min(score, ASSUMED_DATE_AGREEMENT) if a.assumed or b.assumed else score


def location_agreement(a: Profile, b: Profile) -> float | None:
    """1 same settlement, 0.9 its other spelling, 0.6 a neighbour within 3 km, None another place."""
    if a.admin1 and b.admin1 and a.admin1.casefold() != b.admin1.casefold():
        return None
    near = None
    if None not in (a.lat, a.lon, b.lat, b.lon):
        near = distance_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
    if a.place and b.place:
        named = name_agreement(a.place, b.place)
        if named and near is not None and near > UNNAMED_KM:
            return None  # one name, two villages: dozens of Ukrainian villages are called Ivanivka
        if named:
            return named
        return 0.6 if near is not None and near <= NEAR_KM else None
    if near is not None:
        if near > UNNAMED_KM:
            return None
        return 0.7 if near <= 5 else 0.45
    return 0.35 if a.admin1 and b.admin1 else 0.25


def victims_agreement(a: Profile, b: Profile) -> float | None:
    """Category compatibility times count agreement; conflicting counts lower it but never veto."""
    category = _category_agreement(a.category, b.category)
    if category is None:
        return None
    return 0.5 * category + 0.5 * count_agreement(a.low, a.high, b.low, b.high)


def _category_agreement(a: str, b: str) -> float | None:
    if a == b:
        return 1.0
    _, families, vague = _compatibility()
    if a in vague or b in vague:
        return 0.6
    if any(a in fam and b in fam for fam in families.values()):
        return 0.8
    return None


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


def compare(account: Profile, incident: Profile) -> Agreement:
    """Field agreements, vetoes and confidence of `account` telling the event `incident` holds."""
    scores = {
        "violation": violation_agreement(account.violations, incident.violations),
        "location": location_agreement(account, incident),
        "date": date_agreement(account, incident),
        "victims": victims_agreement(account, incident),
    }
    vetoes = [name for name, score in scores.items() if score is None]
    if "unknown" not in (account.party, incident.party) and account.party != incident.party:
        vetoes.append("perpetrator")
    fields = {name: score or 0.0 for name, score in scores.items()}
    confidence = 0.0 if vetoes else sum(WEIGHTS[k] * v for k, v in fields.items())
    return Agreement(fields, tuple(vetoes), confidence)
