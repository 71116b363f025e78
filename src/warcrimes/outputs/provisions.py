"""The texts of cited provisions, looked up by the id the taxonomy cites them with.

The texts come from the shipped provisions file (domain/data/legal_provisions.json, read and
checked by warcrimes.domain.provisions), each with its source and whether it was verified; an
office may install its own file of the same form. A dossier takes the lookup as a parameter, so
it renders with whatever file is installed and says plainly where a text is not quoted, and why.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources
from pathlib import Path

from warcrimes.domain import provisions as legal
from warcrimes.errors import ConfigError
from warcrimes.outputs.dossier import Provision

#: Finds the provision cited as `id`; None when the provisions file has no entry for it.
ProvisionLookup = Callable[[str], Provision | None]


def no_texts(anchor: str) -> Provision | None:
    """The lookup to use when no provisions file is installed: every text 'not on file'."""
    return None


def parents(anchor: str) -> list[str]:
    """The id itself, then each enclosing article: "AP I art. 51(7)" -> ["AP I art. 51(7)", "AP I art. 51"]."""
    found = [anchor]
    while found[-1].endswith(")") and "(" in found[-1]:
        found.append(found[-1][:found[-1].rindex("(")])
    return found


def lookup_from(provisions: Iterable[Provision]) -> ProvisionLookup:
    """A lookup over these provisions; a paragraph not on file is quoted from its enclosing article."""
    by_id = {p.id: p for p in provisions}

    def find(anchor: str) -> Provision | None:
        return next((by_id[a] for a in parents(anchor) if a in by_id), None)

    return find


def from_legal(entry: legal.Provision) -> Provision:
    """A provision of the legal provisions file as the dossier quotes it."""
    return Provision(entry.id, entry.instrument_title, entry.title, entry.text, entry.source_publisher,
                     entry.source_url, entry.language, entry.context, entry.quoted, entry.status, entry.note)


def load_provisions(path: Path) -> ProvisionLookup:
    """A lookup over an office's own provisions file (the shipped file's form: a translation, a newer edition)."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path}: cannot read the legal provisions file: {exc}") from exc
    return lookup_from(from_legal(p) for p in legal.parse_provisions(document, ()).values())


@cache
def packaged_provisions() -> ProvisionLookup:
    """The lookup over the shipped provisions file (every anchor the taxonomy cites has an entry)."""
    return lookup_from(from_legal(p) for p in legal.provisions().values())


@cache
def instruments() -> dict[str, dict[str, str]]:
    """Official titles of the cited instruments by id prefix ("GC III"), in English and Ukrainian."""
    raw = json.loads(resources.files("warcrimes.outputs").joinpath("data", "instruments.json")
                     .read_text(encoding="utf-8"))
    return {row["prefix"]: {"en": row["en"], "uk": row["uk"]} for row in raw["instruments"]}


def instrument_of(anchor: str, language: str = "en") -> str | None:
    """The instrument an id cites: the longest known prefix ("GC III art. 13" -> GC III)."""
    table = instruments()
    prefix = max((p for p in table if anchor == p or anchor.startswith(p + " ")), key=len, default=None)
    return table[prefix][language] if prefix else None


def resolve(anchor: str, lookup: ProvisionLookup) -> Provision:
    """The provision as a dossier shows it: the cited id, its instrument, and its text if on file."""
    found = lookup(anchor)
    if found is None:
        return Provision(anchor, instrument_of(anchor))
    title = found.title if found.id == anchor else f"{found.id}{': ' + found.title if found.title else ''}"
    return dataclasses.replace(found, id=anchor, instrument=found.instrument or instrument_of(anchor), title=title)
