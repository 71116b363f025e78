"""Parsed values carried by mentions (Document.mentions[kind][i].value)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date mention resolved against the publication date (kind "date").

    granularity: day | night (start..start+1) | weekend | week | month | part_of_month | part_of_year
    | season | year | range | since (..publication) | window ("the past week") | approx ("3 weeks ago")
    relative: True when it was resolved from the publication date ("yesterday").
    """

    start: dt.date
    end: dt.date
    granularity: str
    relative: bool = False
    role: str = "event"  # "reported" when the text dates the report ("said on Feb. 25"), "as_of", "known"


@dataclass(frozen=True, slots=True)
class CountValue:
    """A count mention (kind "count"): min/max as the contract wants them.

    qualifier: exact | at_least | about | at_most | range | vague
    value: the headline number (statistics use it; 28,000 -> 28000.0; "90%" -> 90.0)
    unit: persons | percent (whatever the number counts is decided by later steps)
    """

    min: int | None
    max: int | None
    qualifier: str
    value: float
    unit: str = "persons"
    of_total: int | None = None  # "five of the six captured": 6


@dataclass(frozen=True, slots=True)
class DateHit:
    """A date expression a language's date grammar parsed: token span [first, stop), the interval, how
    precise it is and the rule that read it (each language's grammar yields these)."""

    first: int
    stop: int
    start: dt.date
    end: dt.date
    granularity: str
    rule: str
    relative: bool = False
