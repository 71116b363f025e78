"""The texts of cited provisions, looked up by the id the taxonomy cites them with.

The texts themselves come from a data file with its source (domain/data/legal_provisions.json,
shipped separately); a dossier takes the lookup as a parameter, so it renders with whatever
file is installed and says plainly where a text is not on file.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from warcrimes.errors import ConfigError
from warcrimes.outputs.dossier import Provision

#: Finds the provision cited as `id`; None when its text is not on file.
ProvisionLookup = Callable[[str], Provision | None]

PACKAGED = ("warcrimes.domain", "data/legal_provisions.json")


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


def read_provisions(raw: dict[str, Any], where: str) -> list[Provision]:
    """Provisions from the file's JSON: {"source": ..., "provisions": [{"id", "text", ...}]}."""
    rows = raw.get("provisions")
    if not isinstance(rows, list):
        raise ConfigError(f"{where}: 'provisions' must be a list of objects with an 'id' and a 'text'")
    found = []
    for n, row in enumerate(rows):
        if not isinstance(row, dict) or not isinstance(row.get("id"), str) or not isinstance(row.get("text"), str):
            raise ConfigError(f"{where}: provision {n} needs a string 'id' and a string 'text'")
        found.append(Provision(row["id"], row.get("instrument"), row.get("title"), row["text"],
                               row.get("source") or raw.get("source")))
    return found


def load_provisions(path: Path) -> ProvisionLookup:
    """A lookup over a provisions file (an office may install its own, or a translation)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path}: cannot read the legal provisions file: {exc}") from exc
    return lookup_from(read_provisions(raw, str(path)))


@cache
def packaged_provisions() -> ProvisionLookup:
    """The lookup over the shipped provisions file, or `no_texts` while it is not installed."""
    package, name = PACKAGED
    shipped = resources.files(package).joinpath(name)
    if not shipped.is_file():
        return no_texts
    raw = json.loads(shipped.read_text(encoding="utf-8"))
    return lookup_from(read_provisions(raw, f"{package}/{name}"))


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
    instrument = (found.instrument if found else None) or instrument_of(anchor)
    if found is None:
        return Provision(anchor, instrument)
    title = found.title if found.id == anchor else f"{found.id}{': ' + found.title if found.title else ''}"
    return Provision(anchor, instrument, title, found.text, found.source)
