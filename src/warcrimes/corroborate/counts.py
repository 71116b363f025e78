"""Victim counts with honest uncertainty, in the manner of UCDP's Georeferenced Event Dataset.

GED keeps a low, a best and a high estimate per event (Sundberg & Melander 2013; UCDP GED
codebook): low is the lowest credible figure, high the highest, best the most likely. Here
low and high are the extremes the accounts state. For best, each independent source speaks
once (its latest account), so three copies of one claim weigh once; the best figure is the one
the most sources' stated ranges admit ("three" and "at least two" both admit 3), and a tie falls
to the lower figure, as GED's conservative rule asks. A toll that rises as the wounded die is
the exception (issue 15): when the latest source states the highest figure, that later, fuller
account moves the best figure, while every earlier account stays as it was stated.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from warcrimes.corroborate.sources import AccountView, Source

_EPOCH = dt.date(1, 1, 1)


@dataclass(frozen=True)
class Counts:
    """low / best / high victim counts and the accounts that gave each figure."""

    low: int | None = None
    best: int | None = None
    high: int | None = None
    low_from: tuple[int, ...] = ()
    best_from: tuple[int, ...] = ()
    high_from: tuple[int, ...] = ()
    stated: tuple[dict[str, Any], ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {"low": self.low, "best": self.best, "high": self.high,
                "low_from": list(self.low_from), "best_from": list(self.best_from),
                "high_from": list(self.high_from), "stated": list(self.stated)}


def point(low: int, high: int | None) -> int:
    """One figure for a stated range: "at least 7" is 7, "between 10 and 12" is 11."""
    return low if high is None else (low + high) // 2


def derive(accounts: list[AccountView], sources: list[Source]) -> Counts:
    """low / best / high over the accounts that state a count, with who gave which."""
    counted = [a for a in accounts if a.facts.victims.min is not None]
    if not counted:
        return Counts()
    stated = tuple({"account": a.account_id, "min": a.facts.victims.min, "max": a.facts.victims.max,
                    "publisher": a.publisher} for a in counted)
    low = min(a.facts.victims.min for a in counted)  # type: ignore[type-var]
    tops = [a.facts.victims.max if a.facts.victims.max is not None else a.facts.victims.min
            for a in counted]
    high = max(tops)  # type: ignore[type-var]
    by_id = {a.account_id: a for a in counted}
    spoken: list[tuple[int, int | None, int]] = []  # (min, max, account id): one per independent source
    for source in sources:
        members = [by_id[i] for i in source.account_ids if i in by_id]
        if members:
            latest = max(members, key=lambda a: (a.published or _EPOCH, a.account_id))
            spoken.append((latest.facts.victims.min, latest.facts.victims.max, latest.account_id))  # type: ignore[arg-type]
    figures = sorted((point(lo, hi), account_id) for lo, hi, account_id in spoken)

    def admitted_by(figure: int) -> int:
        return sum(1 for lo, hi, _ in spoken if lo <= figure and (hi is None or figure <= hi))

    best = min((f for f, _ in figures), key=lambda f: (-admitted_by(f), f))
    last_low, last_high, last_id = max(spoken, key=lambda s: (by_id[s[2]].published or _EPOCH, s[2]))
    if len({by_id[s[2]].published for s in spoken}) > 1 and point(last_low, last_high) >= figures[-1][0]:
        best = point(last_low, last_high)  # a rising toll: the later, fuller account
    return Counts(
        low, best, high,
        low_from=tuple(a.account_id for a in counted if a.facts.victims.min == low),
        best_from=tuple(i for f, i in figures if f == best),
        high_from=tuple(a.account_id for a, top in zip(counted, tops, strict=True) if top == high),
        stated=stated,
    )
