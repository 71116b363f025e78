"""How a dossier words its facts: quoted passages, stated counts, dates, places.

Unknown values read "not stated" rather than vanishing, so a reader can tell a gap in the report
from a gap in the dossier.
"""

from __future__ import annotations

import datetime as dt

from warcrimes.domain.facts import DateInterval, Location, Victims
from warcrimes.domain.taxonomy import victim_nouns

NOT_STATED = "not stated"
PASSAGE_LIMIT = 900  # characters: a paragraph; the whole report travels in the bundle

PARTIES = {"RU": "Russian Federation", "UA": "Ukraine", "BY": "Belarus", "unknown": NOT_STATED}

LEVELS = {"single_source": "single source", "corroborated": "corroborated by independent sources",
          "evidence_on_file": "evidence on file", "confirmed": "confirmed by an analyst"}


def passage(text: str, span: tuple[int, int], limit: int = PASSAGE_LIMIT) -> str:
    """The report's words at `span`, whitespace folded, cut at a word near `limit` with an ellipsis."""
    start, end = max(0, span[0]), min(len(text), span[1])
    if end <= start:
        return ""
    quoted = " ".join(text[start:end].split())
    if len(quoted) <= limit:
        return quoted
    cut = quoted.rfind(" ", 0, limit)
    return quoted[:cut if cut > limit // 2 else limit] + " \u2026"


def day(value: dt.date | None) -> str:
    """'11 October 2024': unambiguous in every locale a recipient works in."""
    return f"{value.day} {value.strftime('%B %Y')}" if value else NOT_STATED


def interval(value: DateInterval | None) -> str:
    if value is None:
        return NOT_STATED
    if value.start == value.end:
        return day(value.start)
    return f"between {day(value.start)} and {day(value.end)}"


def place(value: Location | None) -> str:
    if value is None:
        return NOT_STATED
    parts = [p for p in (value.name, value.admin2 if not value.name else None, value.admin1) if p]
    return ", ".join(parts) or value.country or NOT_STATED


def coordinates(value: Location | None) -> str:
    if value is None or value.lat is None or value.lon is None:
        return NOT_STATED
    precision = f" ({value.precision.replace('_', ' ')})" if value.precision else ""
    return f"{value.lat:.4f}, {value.lon:.4f}{precision}"


def count(low: int | None, high: int | None) -> str:
    """A count as stated: 'at least 7', '10 to 12', '3', 'not stated'."""
    if low is None and high is None:
        return NOT_STATED
    if high is None:
        return f"at least {low}"
    if low is None:
        return f"at most {high}"
    return str(low) if low == high else f"{low} to {high}"


def victims(value: Victims) -> str:
    singular, plural = victim_nouns(value.category)
    stated = count(value.min, value.max)
    if stated == NOT_STATED:
        return f"{plural} (number not stated)"
    return f"{stated} {singular if stated == '1' else plural}"


def category(value: str) -> str:
    return victim_nouns(value)[1]


def party(code: str) -> str:
    return PARTIES.get(code, code)


def level(value: str | None) -> str:
    return LEVELS.get(value or "", value or NOT_STATED)


def size(value: int) -> str:
    """Bytes as a person reads them, with the exact figure kept: '48.2 MB (48,213,771 bytes)'."""
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if value >= scale:
            return f"{value / scale:.1f} {unit} ({value:,} bytes)"
    return f"{value:,} bytes"
