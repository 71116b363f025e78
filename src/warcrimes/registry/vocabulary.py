"""The registry's closed vocabularies (data/vocabulary.json), loaded once and checked at load."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from warcrimes.errors import ConfigError

VOCABULARY_FILE = "vocabulary.json"


@dataclass(frozen=True)
class StatusKind:
    """One status a captive can be in, with what may follow it and the law behind it."""

    name: str
    rank: int
    group: str
    definition: str
    articles: tuple[str, ...]
    follows_into: frozenset[str]
    requires: frozenset[str]


@dataclass(frozen=True)
class RegistryVocabulary:
    """Every closed value set of the registry; `terms(name)` gives one set's values and definitions."""

    statuses: dict[str, StatusKind]
    groups: dict[str, str]
    sets: dict[str, dict[str, str]]
    field_articles: dict[str, tuple[str, ...]]
    personal_fields: frozenset[str]

    def terms(self, name: str) -> dict[str, str]:
        return self.sets[name]

    def status(self, name: str) -> StatusKind:
        return self.statuses[name]


_SETS = ("source_kinds", "confirmed_by", "confirmed_how", "place_kinds", "exchange_kinds",
         "exchange_categories", "exchange_sides", "categories", "sexes")


def _fail(problem: str) -> ConfigError:
    return ConfigError(f"registry/data/{VOCABULARY_FILE}: {problem}; restore the file from the repository.")


def parse_vocabulary(raw: dict[str, Any]) -> RegistryVocabulary:
    """Build and check the vocabulary: every status has a group, a rank, articles and known successors."""
    try:
        groups = dict(raw["groups"])
        statuses = {
            name: StatusKind(name, int(row["rank"]), row["group"], row["definition"], tuple(row["articles"]),
                             frozenset(row["next"]), frozenset(row.get("requires", [])))
            for name, row in raw["statuses"].items()
        }
        sets = {name: dict(raw[name]) for name in _SETS}
        fields = raw["fields"]
    except (KeyError, TypeError, ValueError) as exc:
        raise _fail(f"an entry lacks {exc}") from exc
    for kind in statuses.values():
        if kind.group not in groups:
            raise _fail(f"status {kind.name!r} counts in unknown group {kind.group!r}")
        if not kind.articles:
            raise _fail(f"status {kind.name!r} names no article")
        unknown = kind.follows_into - set(statuses)
        if unknown:
            raise _fail(f"status {kind.name!r} may be followed by unknown {sorted(unknown)}")
    return RegistryVocabulary(
        statuses=statuses, groups=groups, sets=sets,
        field_articles={name: tuple(row["articles"]) for name, row in fields.items()},
        personal_fields=frozenset(name for name, row in fields.items() if row.get("personal")),
    )


@cache
def vocabulary() -> RegistryVocabulary:
    """The vocabulary shipped with the package."""
    path = resources.files("warcrimes.registry") / "data" / VOCABULARY_FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise _fail(f"not valid JSON ({exc})") from exc
    return parse_vocabulary(raw)
