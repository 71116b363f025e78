"""How facts read on a page: dates, counts, places and labels as a lawyer would write them.

Pure functions, registered as Jinja filters in `render.py`; unknown values read "not stated"
rather than vanishing, so a reader can tell a gap in the report from a gap in the page.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from warcrimes.domain.facts import DateInterval, Location, Victims
from warcrimes.domain.taxonomy import victim_nouns, violations

NOT_STATED = "not stated"

#: Parties by ISO 3166-1 alpha-2, for the ones the reports name; others show the code.
PARTY_NAMES = {"RU": "Russian forces", "UA": "Ukrainian forces", "BY": "Belarusian forces",
               "unknown": "not stated"}


def day(value: dt.date | str | None) -> str:
    """'24 Feb 2024': unambiguous in every locale the users work in."""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return value.strftime("%-d %b %Y") if value else NOT_STATED


def interval(value: DateInterval | dict[str, Any] | None) -> str:
    """One day, a range within a month ('1-29 Feb 2024') or a range across months."""
    if isinstance(value, dict):
        value = DateInterval.from_contract(value)
    if value is None:
        return NOT_STATED
    start, end = value.start, value.end
    if start == end:
        return day(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}\u2013{day(end)}"
    return f"{day(start)} \u2013 {day(end)}"


def place(value: Location | dict[str, Any] | None) -> str:
    """'Robotyne, Zaporizhzhia Oblast', or as much of it as is known."""
    if isinstance(value, dict):
        value = Location.from_contract(value)
    if value is None:
        return NOT_STATED
    parts = [p for p in (value.name, value.admin1) if p]
    if not parts and value.country:
        parts = [value.country]
    return ", ".join(parts) or NOT_STATED


def victims(value: Victims | dict[str, Any]) -> str:
    """'at least 7 prisoners of war', '10-12 civilians', 'civilians (number not stated)'."""
    if isinstance(value, dict):
        value = Victims(value.get("category") or "unknown", value.get("min"), value.get("max"))
    singular, plural = victim_nouns(value.category)
    low, high = value.min, value.max
    if low is None and high is None:
        return f"{plural} (number not stated)"
    if low is not None and high is None:
        return f"at least {low} {singular if low == 1 else plural}"
    if low is None:
        return f"at most {high} {plural}"
    if low == high:
        return f"{low} {singular if low == 1 else plural}"
    return f"{low}\u2013{high} {plural}"


def party(code: str | None) -> str:
    return PARTY_NAMES.get(code or "unknown", code or NOT_STATED)


def violation_title(label: str) -> str:
    """The taxonomy's title for a label; an unknown label is shown as it is, never hidden."""
    known = violations().get(label)
    return known.title if known else label


def label(value: Any) -> str:
    """'killing_hors_de_combat' -> 'killing hors de combat' for closed-vocabulary values."""
    return str(value).replace("_", " ") if value is not None else NOT_STATED


#: The verification ladder (corroborate/verification.py) as a reader says it.
LEVEL_TITLES = {"single_source": "single source", "corroborated": "corroborated",
                "evidence_on_file": "evidence on file", "confirmed": "confirmed by an analyst"}


def level(value: str | None) -> str:
    return LEVEL_TITLES.get(value or "", label(value) if value else "not assessed")


def size(value: int | None) -> str:
    """'48.2 MB (48,213,771 bytes)': the exact count is what a verifier compares."""
    if value is None:
        return NOT_STATED
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if value >= scale:
            return f"{value / scale:.1f} {unit} ({value:,} bytes)"
    return f"{value:,} bytes"


def number(value: float | int | None) -> str:
    """'28,000' or '12.5': figures as stated, without a trailing '.0'."""
    if value is None:
        return NOT_STATED
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def brief(value: Any) -> str:
    """A history detail in a few words: lists joined, mappings as 'key value', scores to 2 places."""
    if isinstance(value, dict):
        return ", ".join(f"{label(k)} {brief(v)}" for k, v in value.items() if v not in (None, [], {}))
    if isinstance(value, (list, tuple)):
        return ", ".join(brief(v) for v in value)
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


FILTERS = {"brief": brief, "day": day, "interval": interval, "place": place, "victims": victims, "party": party,
           "violation_title": violation_title, "label": label, "level": level, "size": size,
           "number": number}
