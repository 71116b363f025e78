"""Figures from the registry: persons by derived status group and category, on a day or over time,
set beside the figures the reports state.

Only counts leave this module: it is what a viewer without the `registry` permission may see.
"held" counts persons whose derived status is in the held group (captivity confirmed, held,
transferred); "released", "missing" and "dead" likewise (vocabulary.json, groups).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from warcrimes.registry.history import current_status, status_on
from warcrimes.registry.records import StatusEntry
from warcrimes.registry.vocabulary import vocabulary


@dataclass(frozen=True)
class RegistryFigures:
    """Counts of persons: per group, per group and category, per status, and how many need review."""

    by_group: dict[str, int]
    by_category: dict[str, dict[str, int]]
    by_status: dict[str, int]
    no_history: int
    needs_review: int

    def to_json(self) -> dict[str, object]:
        return {**self.by_group, "by_category": self.by_category, "by_status": self.by_status,
                "no_history": self.no_history, "needs_review": self.needs_review}


def registry_figures(persons: Iterable[tuple[str, Sequence[StatusEntry]]],
                     on: dt.date | None = None) -> RegistryFigures:
    """Count persons (category, history) by derived status; `on` counts as the histories stood that day."""
    vocab = vocabulary()
    by_group = dict.fromkeys(vocab.groups, 0)
    by_status = dict.fromkeys(vocab.statuses, 0)
    by_category = {c: dict.fromkeys(vocab.groups, 0) for c in vocab.terms("categories")}
    no_history = needs_review = 0
    for category, history in persons:
        status = current_status(history) if on is None else status_on(history, on)
        if status.kind is None or status.group is None:
            no_history += 1
            continue
        by_group[status.group] += 1
        by_status[status.kind] += 1
        by_category[category][status.group] += 1
        needs_review += status.needs_review
    return RegistryFigures(by_group, by_category, by_status, no_history, needs_review)


def series(persons: Sequence[tuple[str, Sequence[StatusEntry]]],
           days: Sequence[dt.date]) -> list[tuple[dt.date, RegistryFigures]]:
    """The figures on each of `days` (month ends, say): how the registry's counts moved over time."""
    return [(day, registry_figures(persons, on=day)) for day in days]


def beside_stated(figures: RegistryFigures, stated: Mapping[str, int]) -> dict[str, dict[str, int]]:
    """Registry count, stated count and their difference for each group a report states a figure for."""
    return {group: {"registry": figures.by_group.get(group, 0), "stated": value,
                    "difference": value - figures.by_group.get(group, 0)}
            for group, value in stated.items()}
