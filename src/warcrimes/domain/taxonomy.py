"""The violation taxonomy and closed vocabularies, loaded once from data files and validated."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from warcrimes.errors import ConfigError

EXPECTED_LABEL_COUNT = 16


@dataclass(frozen=True)
class Violation:
    """One label of the taxonomy with the law it rests on."""

    label: str
    title: str
    definition: str
    anchors: tuple[str, ...]


@dataclass(frozen=True)
class Vocabulary:
    """The closed value sets of the extraction contract."""

    victim_categories: frozenset[str]
    evidence_kinds: frozenset[str]
    measures: frozenset[str]
    populations: frozenset[str]
    qualifiers: frozenset[str]
    units: frozenset[str]
    review_statuses: tuple[str, ...]


def _read_json(name: str) -> dict:
    text = resources.files("warcrimes.domain").joinpath("data", name).read_text(encoding="utf-8")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"domain/data/{name} is not valid JSON: {exc}") from exc


@cache
def violations() -> dict[str, Violation]:
    """Every violation label, in the contract's order; raises ConfigError if the file is off."""
    raw = _read_json("violations.json").get("violations")
    if not isinstance(raw, list):
        raise ConfigError("domain/data/violations.json: 'violations' must be a list")
    table: dict[str, Violation] = {}
    for row in raw:
        missing = {"label", "title", "definition", "anchors"} - set(row)
        if missing:
            raise ConfigError(f"domain/data/violations.json: entry {row.get('label')!r} lacks {sorted(missing)}")
        if row["label"] in table:
            raise ConfigError(f"domain/data/violations.json: label {row['label']!r} appears twice")
        if row["label"] != "other" and not row["anchors"]:
            raise ConfigError(f"domain/data/violations.json: label {row['label']!r} has no legal anchor")
        table[row["label"]] = Violation(row["label"], row["title"], row["definition"], tuple(row["anchors"]))
    if len(table) != EXPECTED_LABEL_COUNT:
        raise ConfigError(
            f"domain/data/violations.json holds {len(table)} labels; the contract has {EXPECTED_LABEL_COUNT}"
        )
    return table


@cache
def vocabulary() -> Vocabulary:
    """The closed value sets (victim categories, evidence kinds, measures...)."""
    raw = _read_json("vocabulary.json")
    try:
        return Vocabulary(
            victim_categories=frozenset(raw["victim_categories"]),
            evidence_kinds=frozenset(raw["evidence_kinds"]),
            measures=frozenset(raw["measures"]),
            populations=frozenset(raw["populations"]),
            qualifiers=frozenset(raw["qualifiers"]),
            units=frozenset(raw["units"]),
            review_statuses=tuple(raw["review_statuses"]),
        )
    except KeyError as exc:
        raise ConfigError(f"domain/data/vocabulary.json lacks the key {exc}") from exc


#: English nouns (singular, plural) for the victim categories of vocabulary.json, for pages and dossiers.
VICTIM_NOUNS: dict[str, tuple[str, str]] = {
    "pow": ("prisoner of war", "prisoners of war"),
    "wounded_combatant": ("wounded combatant", "wounded combatants"),
    "civilian": ("civilian", "civilians"),
    "child": ("child", "children"),
    "medical_personnel": ("medical worker", "medical workers"),
    "journalist": ("journalist", "journalists"),
    "humanitarian_worker": ("humanitarian worker", "humanitarian workers"),
    "mixed": ("person", "persons"),
    "unknown": ("person", "persons"),
}


def victim_nouns(category: str) -> tuple[str, str]:
    """The singular and plural noun for a victim category; an unknown category names itself."""
    return VICTIM_NOUNS.get(category, (category, category))
