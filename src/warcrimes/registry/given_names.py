"""Given names that Ukrainian and Russian write differently: Олександр = Александр, Микола = Николай.

The groups are data (data/given_names.json). Every form is indexed by its matching form, so any
Latin spelling of it (Oleksandr, Aleksandr, Alexandr) finds the group too. Patronymics reach the
group through their stem: Олександрович, Александровна -> the Oleksandr group.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from warcrimes.errors import ConfigError
from warcrimes.registry.spelling import match_form

# Patronymic endings in matching form, longest first (Сергійович -> sergovich -> serg).
PATRONYMIC_ENDINGS = ("iivna", "ovich", "evich", "ovna", "evna", "ivna", "ich", "ichna", "inichna")
MIN_STEM = 3


@dataclass(frozen=True)
class NameGroups:
    """Matching form of every listed given name -> its group number; the forms by group."""

    by_form: dict[str, int]
    forms: tuple[tuple[str, ...], ...]
    male: frozenset[int]


@cache
def name_groups() -> NameGroups:
    path = resources.files("warcrimes.registry") / "data" / "given_names.json"
    try:
        groups = json.loads(path.read_text(encoding="utf-8"))["groups"]
        forms = tuple(tuple(match_form(f) for f in g["forms"]) for g in groups)
        male = frozenset(n for n, g in enumerate(groups) if g["sex"] == "male")
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"registry/data/given_names.json is damaged ({exc}); restore it.") from exc
    by_form: dict[str, int] = {}
    for number, group in enumerate(forms):
        for form in group:
            if by_form.setdefault(form, number) != number:
                raise ConfigError(f"registry/data/given_names.json: form {form!r} is in two groups")
    return NameGroups(by_form, forms, male)


def given_name_group(name: str) -> int | None:
    """The group of a given name in any spelling, or None for a name the list does not hold."""
    return name_groups().by_form.get(match_form(name))


def patronymic_group(patronymic: str) -> int | None:
    """The group of the father's name a patronymic is made from (Миколайович, Николаевич -> Mykola)."""
    form = match_form(patronymic).replace(" ", "")
    groups = name_groups()
    for ending in sorted(PATRONYMIC_ENDINGS, key=len, reverse=True):
        if form.endswith(ending) and len(form) - len(ending) >= MIN_STEM:
            stem = form[: -len(ending)]
            break
    else:
        return None
    # A father's name: male groups only. Олексій-ович gives the stem oleks, which fits oleksi
    # (one letter more) better than oleksandr: the closest length wins, then the list's order.
    fitting = [(abs(len(c) - len(stem)), n) for c, n in groups.by_form.items()
               if n in groups.male and (c.startswith(stem) or stem.startswith(c))]
    return min(fitting)[1] if fitting else None
