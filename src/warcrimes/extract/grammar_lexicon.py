"""Load the word tables of the date and number grammars (lexicons/en/*.json), once, validated."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from warcrimes.errors import ConfigError


@cache
def _read(name: str, language: str) -> dict[str, Any]:
    where = f"extract/lexicons/{language}/{name}"
    try:
        text = resources.files("warcrimes.extract").joinpath("lexicons", language, name).read_text("utf-8")
        table = json.loads(text)
    except FileNotFoundError as exc:
        raise ConfigError(f"lexicon {where} is missing; reinstall the package") from exc
    except json.JSONDecodeError as exc:
        raise ConfigError(f"lexicon {where} is not valid JSON ({exc}); fix the file") from exc
    if not isinstance(table, dict) or "source" not in table:
        raise ConfigError(f"lexicon {where} needs a 'source' key saying where its knowledge comes from")
    return table


def load_lexicon(name: str, sections: tuple[str, ...], language: str = "en") -> dict[str, Any]:
    """The lexicon file `name`, refusing one that lacks any of `sections` (each must be non-empty)."""
    table = _read(name, language)
    missing = [section for section in sections if not table.get(section)]
    if missing:
        raise ConfigError(f"lexicon extract/lexicons/{language}/{name} lacks sections {missing}; add them")
    return table
