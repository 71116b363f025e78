"""The edit form's fields (and `warcrimes incident edit --field KEY=VALUE`) read into contract values.

One parser for the web and the CLI. Keys are grouped into the incident's fields; a field is read
from the keys given and, for keys of its group that were not given, from its current value, so
`--field victims_min=4` changes the minimum and keeps the category. Every refusal names the key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import cache
from typing import Any

from warcrimes.corroborate.edits import field_value
from warcrimes.domain.facts import IncidentFacts
from warcrimes.domain.taxonomy import violations, vocabulary
from warcrimes.errors import BadInputError
from warcrimes.gazetteer import Gazetteer, load

#: Form keys by the incident field they set.
GROUPS: dict[str, tuple[str, ...]] = {
    "violations": ("violations",),
    "date": ("date_start", "date_end"),
    "location": ("place", "place_oblast"),
    "victims": ("victims_category", "victims_min", "victims_max"),
    "perpetrator": ("perpetrator_party", "perpetrator_unit"),
    "reported_by": ("reported_by",),
    "evidence": ("evidence",),
}
KEYS = frozenset(k for keys in GROUPS.values() for k in keys)
MAX_VALUE = 2000
MAX_COUNT = 10_000_000


@cache
def gazetteer() -> Gazetteer:
    return load()


def _items(raw: str) -> list[str]:
    """A list typed as text: one item per line, or separated by ';' (names may hold commas)."""
    return [item.strip() for line in raw.splitlines() for item in line.split(";") if item.strip()]


def _labels(raw: str) -> list[str]:
    known = violations()
    found = [label.strip() for label in raw.replace(";", ",").replace("\n", ",").split(",") if label.strip()]
    unknown = [label for label in found if label not in known]
    if unknown:
        raise BadInputError(f"violations: {', '.join(unknown)} not in the taxonomy; use labels such as "
                            f"{', '.join(sorted(known)[:4])}")
    return list(dict.fromkeys(found))


def _day(key: str, raw: str) -> dt.date | None:
    if not raw.strip():
        return None
    try:
        return dt.date.fromisoformat(raw.strip())
    except ValueError:
        raise BadInputError(f"{key}: {raw[:40]!r} is not a date; write YYYY-MM-DD") from None


def _count(key: str, raw: str) -> int | None:
    text = raw.strip()
    if not text:
        return None
    if not text.isdigit() or int(text) > MAX_COUNT:
        raise BadInputError(f"{key}: {text[:20]!r} is not a number of people; write a whole number or leave it empty")
    return int(text)


def _date(given: Mapping[str, str], now: Any) -> Any:
    old = now or {}
    start = _day("date_start", given.get("date_start", old.get("start") or ""))
    end = _day("date_end", given.get("date_end", old.get("end") or "")) or start
    if start is None and end is None:
        return None
    start = start or end
    assert start is not None and end is not None
    if end < start:
        raise BadInputError(f"date_end {end} is before date_start {start}")
    return {"start": start.isoformat(), "end": end.isoformat()}


def _location(given: Mapping[str, str], now: Any) -> Any:
    old = now or {}
    name = given.get("place", old.get("name") or "").strip()
    oblast = given.get("place_oblast", old.get("admin1") or "").strip()
    places = gazetteer()
    if not name and not oblast:
        return None
    if not name:
        region = places.oblast(oblast)
        if region is None:
            raise BadInputError(f"place_oblast: no region called {oblast[:60]!r} in the gazetteer")
        return {"name": None, "admin1": region.name, "country": region.country, "lat": region.lat,
                "lon": region.lon, "precision": "admin1"}
    found = places.resolve(name, admin1=oblast or None)
    if found is None:
        raise BadInputError(f"place: no place called {name[:60]!r} in the gazetteer; check the spelling "
                            "(Ukrainian and Russian names in Latin or Cyrillic letters are known)")
    out: dict[str, Any] = {"name": found.name if found.kind != "oblast" else None,
                           "admin1": found.admin1 if found.kind != "oblast" else found.name,
                           "country": found.country, "lat": found.lat, "lon": found.lon,
                           "precision": found.precision}
    if found.admin2:
        out["admin2"] = found.admin2
    return out


def _victims(given: Mapping[str, str], now: Any) -> Any:
    old = now or {}
    category = given.get("victims_category", old.get("category") or "unknown").strip() or "unknown"
    if category not in vocabulary().victim_categories:
        raise BadInputError(f"victims_category: {category[:40]!r} is not one of "
                            f"{', '.join(sorted(vocabulary().victim_categories))}")
    low = _count("victims_min", given["victims_min"]) if "victims_min" in given else old.get("min")
    high = _count("victims_max", given["victims_max"]) if "victims_max" in given else old.get("max")
    if low is None and high is not None:
        low = high
    if low is not None and high is not None and high < low:
        raise BadInputError(f"victims_max {high} is below victims_min {low}")
    return {"category": category, "min": low, "max": high}


def _perpetrator(given: Mapping[str, str], now: Any) -> Any:
    old = now or {}
    party = given.get("perpetrator_party", old.get("party") or "unknown").strip().upper() or "UNKNOWN"
    party = "unknown" if party == "UNKNOWN" else party
    if party != "unknown" and not (len(party) == 2 and party.isascii() and party.isalpha()):
        raise BadInputError(f"perpetrator_party: {party[:20]!r} is not a two-letter country code (RU, UA) or unknown")
    unit = given.get("perpetrator_unit", old.get("unit") or "").strip() or None
    return {"party": party, "unit": unit}


def _evidence(raw: str) -> list[str]:
    kinds = [k.strip() for k in raw.replace(";", ",").replace("\n", ",").split(",") if k.strip()]
    unknown = [k for k in kinds if k not in vocabulary().evidence_kinds]
    if unknown:
        raise BadInputError(f"evidence: {', '.join(unknown)} not an evidence kind; use "
                            f"{', '.join(sorted(vocabulary().evidence_kinds))}")
    return list(dict.fromkeys(kinds))


def form_values(facts: IncidentFacts) -> dict[str, str]:
    """The incident's fields as the edit form shows them (and as `read_fields` reads them back)."""
    loc, vic, perp = facts.location, facts.victims, facts.perpetrator
    return {
        "violations": ", ".join(facts.violations),
        "date_start": facts.date.start.isoformat() if facts.date else "",
        "date_end": facts.date.end.isoformat() if facts.date else "",
        "place": (loc.name or "") if loc else "", "place_oblast": (loc.admin1 or "") if loc else "",
        "victims_category": vic.category, "victims_min": "" if vic.min is None else str(vic.min),
        "victims_max": "" if vic.max is None else str(vic.max),
        "perpetrator_party": perp.party, "perpetrator_unit": perp.unit or "",
        "reported_by": "\n".join(facts.reported_by), "evidence": ", ".join(facts.evidence),
    }


def read_fields(raw: Mapping[str, str], current: IncidentFacts) -> dict[str, Any]:
    """The fields the given keys change, as contract values: a field whose keys still read as the
    form showed them is left out (it stays the accounts' to decide). Unknown keys are refused."""
    unknown = sorted(set(raw) - KEYS)
    if unknown:
        raise BadInputError(f"{', '.join(unknown)}: not a field an analyst can set; the fields are "
                            f"{', '.join(sorted(KEYS))}")
    for key, value in raw.items():
        if len(value) > MAX_VALUE:
            raise BadInputError(f"{key}: longer than {MAX_VALUE} characters")
    shown = form_values(current)
    out: dict[str, Any] = {}
    for field, keys in GROUPS.items():
        given = {k: raw[k] for k in keys if k in raw}
        if not given or all(" ".join(v.split()) == " ".join(shown[k].split()) for k, v in given.items()):
            continue
        now = field_value(current, field)
        if field == "violations":
            new: Any = _labels(given["violations"])
        elif field == "reported_by":
            new = _items(given["reported_by"])
        elif field == "evidence":
            new = _evidence(given["evidence"])
        else:
            new = {"date": _date, "location": _location, "victims": _victims,
                   "perpetrator": _perpetrator}[field](given, now)
        if new != now:
            out[field] = new
    return out
