"""One incident as an ACLED-style event row, with UCDP GED-style low / best / high counts.

The category mapping, actor names, precision codes and the cue words that name an attack's
means are data (outputs/data/acled.json) with the reason for each choice; here only the rules
that apply them. Cue matching is a scan over word tokens: linear in the passage.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from warcrimes.domain.records import Incident
from warcrimes.domain.taxonomy import violations
from warcrimes.errors import ConfigError
from warcrimes.outputs import wording
from warcrimes.outputs.exports.meta import ExportIncident

Cue = tuple[str, ...]  # one word pattern per token; a trailing * makes it a prefix
Words = tuple[tuple[str, tuple[str, ...]], ...]  # (language, word tokens) per passage
_WORD = re.compile(r"\w+")  # one character class, repeated: linear, nothing to backtrack into

ACLED_COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                 "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
                 "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
                 "fatalities", "tags", "timestamp")
GED_COLUMNS = ("low", "best", "high")
OUR_COLUMNS = ("incident_id", "violations", "victim_category", "date_start", "date_end", "status",
               "verification", "independent_sources", "accounts", "mapping")
COLUMNS = ACLED_COLUMNS + GED_COLUMNS + OUR_COLUMNS


@dataclass(frozen=True)
class Cues:
    """One language's cues, split for speed: whole words (a set), prefixes (one str.startswith over a
    tuple), and the few phrases of several words (a scan). 100,000 rows in seconds, not minutes."""

    words: frozenset[str]
    prefixes: tuple[str, ...]
    phrases: tuple[Cue, ...]
    phrase_words: frozenset[str]  # first words of phrases, whole
    phrase_prefixes: tuple[str, ...]  # first words of phrases, as prefixes

    @classmethod
    def of(cls, cues: list[str]) -> Cues:
        split = [tuple(cue.casefold().split()) for cue in cues]
        single = [c[0] for c in split if len(c) == 1]
        phrases = tuple(c for c in split if len(c) > 1)
        firsts = [c[0] for c in phrases]
        return cls(frozenset(w for w in single if not w.endswith("*")),
                   tuple(w[:-1] for w in single if w.endswith("*")), phrases,
                   frozenset(w for w in firsts if not w.endswith("*")),
                   tuple(w[:-1] for w in firsts if w.endswith("*")))

    def found_in(self, words: tuple[str, ...]) -> bool:
        if any(w in self.words or w.startswith(self.prefixes) for w in words):
            return True
        starts = [i for i, w in enumerate(words) if w in self.phrase_words or w.startswith(self.phrase_prefixes)]
        return any(i + len(cue) <= len(words) and all(_matches(words[i + j], cue[j]) for j in range(len(cue)))
                   for i in starts for cue in self.phrases)


@dataclass(frozen=True)
class Means:
    name: str
    event_type: str
    sub_event_type: str
    cues: dict[str, Cues]


@dataclass(frozen=True)
class Mapping:
    """acled.json, loaded and checked."""

    violations: dict[str, dict[str, Any]]
    means: tuple[Means, ...]
    killed: dict[str, Cues]
    parties: dict[str, dict[str, Any]]
    civilians: frozenset[str]
    countries: dict[str, dict[str, Any]]
    geo_precision: dict[str, int]
    week_days: int


def _cues(raw: dict[str, list[str]]) -> dict[str, Cues]:
    every = [cue for cues in raw.values() for cue in cues]
    return {**{lang: Cues.of(cues) for lang, cues in raw.items()}, "": Cues.of(every)}


@cache
def mapping() -> Mapping:
    raw = json.loads(resources.files("warcrimes.outputs").joinpath("data", "acled.json").read_text("utf-8"))
    missing = set(violations()) - set(raw["violations"])
    if missing:
        raise ConfigError(f"outputs/data/acled.json maps no ACLED category for {sorted(missing)}")
    means = tuple(Means(m["means"], m["event_type"], m["sub_event_type"], _cues(m["cues"])) for m in raw["means"])
    return Mapping(raw["violations"], means, _cues(raw["killed_cues"]), raw["parties"],
                   frozenset(raw["civilian_categories"]), raw["countries"], raw["geo_precision"],
                   int(raw["time_precision"]["week_days"]))


def _tokens(text: str) -> tuple[str, ...]:
    """Word tokens, casefolded: letters and digits kept, everything else a break."""
    return tuple(_WORD.findall(text.casefold()))


def words_of(item: ExportIncident) -> Words:
    """The passages as word tokens, once per incident (every cue check reads these)."""
    return tuple((language, _tokens(text)) for language, text in item.passages)


def _matches(word: str, pattern: str) -> bool:
    return word.startswith(pattern[:-1]) if pattern.endswith("*") else word == pattern


def says(words: Words, cues: dict[str, Cues]) -> bool:
    """Does any passage hold a cue of its language (every language's cues where it is not known)?"""
    return any((cues.get(language) or cues[""]).found_in(tokens) for language, tokens in words)


def time_coding(date_start: dt.date | None, date_end: dt.date | None, week_days: int) -> tuple[str, str]:
    """(event_date, time_precision): the day itself, or the interval's middle with 2 (a week) or 3."""
    if date_start is None or date_end is None:
        return "", ""
    days = (date_end - date_start).days
    middle = date_start + dt.timedelta(days=days // 2)
    precision = 1 if days == 0 else 2 if days < week_days else 3
    return middle.isoformat(), str(precision)


def category(item: ExportIncident, words: Words | None = None) -> tuple[str, str, str]:
    """(event_type, sub_event_type, the rule that chose them) for the incident's main violation."""
    table = mapping()
    words = words_of(item) if words is None else words
    label = item.incident.facts.violations[0] if item.incident.facts.violations else "other"
    row = table.violations.get(label, table.violations["other"])
    if row.get("by_means"):
        for means in table.means:
            if says(words, means.cues):
                return means.event_type, means.sub_event_type, f"{label}+{means.name}"
    return row["event_type"], row["sub_event_type"], label


def fatalities(item: ExportIncident, best: int | None, words: Words | None = None) -> str:
    """Deaths as ACLED counts them: the best count where the label means death or the account says
    someone died, 0 where nobody did, blank where the passages needed to tell are missing."""
    label = item.incident.facts.violations[0] if item.incident.facts.violations else "other"
    rule = mapping().violations.get(label, {}).get("fatalities", "none")
    if rule == "none":
        return "0"
    if rule == "if_killed":
        if not item.passages:
            return ""
        if not says(words_of(item) if words is None else words, mapping().killed):
            return "0"
    return "" if best is None else str(best)


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def _figures(incident: Incident) -> tuple[int | None, int | None, int | None]:
    counts = incident.counts or {}
    if counts:
        return counts.get("low"), counts.get("best"), counts.get("high")
    victims = incident.facts.victims
    return victims.min, victims.min, victims.max if victims.max is not None else victims.min


def event_row(item: ExportIncident) -> list[str]:
    """The row for COLUMNS, as text."""
    table = mapping()
    incident, facts = item.incident, item.incident.facts
    loc = facts.location
    country_code = (loc.country if loc and loc.country else None) or "UA"
    country = table.countries.get(country_code, {"name": country_code, "iso": "", "iso3": country_code,
                                                 "region": ""})
    party = table.parties.get(facts.perpetrator.party, table.parties["unknown"])
    words = words_of(item)
    event_type, sub_event_type, rule = category(item, words)
    civilian_victims = facts.victims.category in table.civilians
    actor2, inter2 = (f"Civilians ({country['name']})", 7) if civilian_victims else ("", None)
    codes = sorted(str(c) for c in (party["inter"], inter2) if c is not None)
    interaction = "".join(codes) if len(codes) == 2 else codes[0] + "0"  # ACLED: lowest joint number
    date_start = facts.date.start if facts.date else None
    date_end = facts.date.end if facts.date else None
    event_date, time_precision = time_coding(date_start, date_end, table.week_days)
    low, best, high = _figures(incident)
    publishers = list(dict.fromkeys(a.report_publisher for a in incident.accounts if a.report_publisher))
    verification = (incident.verification or {}).get("level") or ""
    unit = f", {facts.perpetrator.unit}" if facts.perpetrator.unit else ""
    notes = (f"{wording.interval(facts.date)}: {_title(facts.violations)} alleged at {wording.place(loc)}; "
             f"victims: {wording.victims(facts.victims)}; alleged perpetrator: "
             f"{wording.party(facts.perpetrator.party)}{unit}; {len(incident.accounts)} account(s); "
             f"verification: {wording.level(verification or None)}.")
    values: dict[str, Any] = {
        "event_id_cnty": f"WC{country['iso3']}{incident.id}", "event_date": event_date,
        "year": str(date_start.year) if date_start else "", "time_precision": time_precision,
        "disorder_type": "Strategic developments" if event_type == "Strategic developments" else "Political violence",
        "event_type": event_type, "sub_event_type": sub_event_type,
        "actor1": party["actor"].format(country=country["name"]), "assoc_actor_1": facts.perpetrator.unit or "",
        "inter1": str(party["inter"]), "actor2": actor2, "assoc_actor_2": "", "inter2": str(inter2 or ""),
        "interaction": interaction, "civilian_targeting": "Civilian targeting" if civilian_victims else "",
        "iso": str(country["iso"]), "region": country["region"], "country": country["name"],
        "admin1": (loc.admin1 if loc else None) or "", "admin2": (loc.admin2 if loc else None) or "", "admin3": "",
        "location": (loc.name if loc else None) or "", "latitude": _number(loc.lat if loc else None),
        "longitude": _number(loc.lon if loc else None),
        "geo_precision": str(table.geo_precision.get(loc.precision or "", "")) if loc and loc.lat is not None else "",
        "source": "; ".join(publishers), "source_scale": "", "notes": notes,
        "fatalities": fatalities(item, best, words), "tags": "",
        "timestamp": str(int(incident.updated_at.timestamp())),
        "low": _text(low), "best": _text(best), "high": _text(high),
        "incident_id": str(incident.id), "violations": "|".join(facts.violations),
        "victim_category": facts.victims.category,
        "date_start": date_start.isoformat() if date_start else "",
        "date_end": date_end.isoformat() if date_end else "",
        "status": incident.status, "verification": verification,
        "independent_sources": _text(incident.independent_sources), "accounts": str(len(incident.accounts)),
        "mapping": rule,
    }
    return [values[c] for c in COLUMNS]


def _text(value: int | None) -> str:
    return "" if value is None else str(value)


def _title(labels: Sequence[str]) -> str:
    table = violations()
    return table[labels[0]].title if labels and labels[0] in table else "violation"
