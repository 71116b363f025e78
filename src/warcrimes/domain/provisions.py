"""The text of every legal provision the taxonomy cites, loaded once from data and validated.

Dossiers quote these texts to a prosecutor, so each one carries the source it was read in and a
status: `verified` (the whole provision, quoted as read), `partial` (only the paragraphs named in
`quoted`), `not verified` (no text: nothing we could cite was found, and nothing is written from
memory). See domain/data/PROVENANCE.md.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from warcrimes.domain.taxonomy import violations
from warcrimes.errors import ConfigError, NotFoundError

DATA_FILE = "domain/data/legal_provisions.json"
STATUSES = ("verified", "partial", "not verified")
SOURCE_KINDS = ("official", "secondary")
# "GC IV art. 147", "AP I art. 51(7)", "Rome Statute art. 8(2)(b)(xxii)", "CWC art. I"
INSTRUMENTS = r"(GC I|GC II|GC III|GC IV|AP I|AP II|Rome Statute|CWC)"
ID_PATTERN = re.compile(INSTRUMENTS + r" art\. (\d{1,3}|[IVX]{1,5})((\([0-9a-z]{1,6}\)){0,3})")
PARAGRAPH_PART = re.compile(r"[0-9]{1,3}|[a-z]|[ivx]{1,6}")
LANGUAGES = frozenset({"en", "fr", "es", "ru", "uk", "ar", "zh"})


@dataclass(frozen=True)
class Provision:
    """One cited provision and, when it could be verified, its text as the named source gives it."""

    id: str
    instrument: str
    instrument_title: str
    article: str
    paragraph: tuple[str, ...]
    title: str | None
    language: str | None
    context: tuple[str, ...]
    text: str | None
    quoted: tuple[str, ...]
    source_url: str | None
    source_publisher: str | None
    source_kind: str | None
    status: str
    note: str | None

    @property
    def has_text(self) -> bool:
        """True when there is a quote to show (the whole provision or some of its paragraphs)."""
        return self.text is not None


def provision_id(instrument: str, article: str, paragraph: Iterable[str]) -> str:
    """The id the taxonomy cites for a provision: `Rome Statute art. 8(2)(b)(i)`."""
    return f"{instrument} art. {article}" + "".join(f"({part})" for part in paragraph)


def _text_or_none(row: Mapping[str, Any], key: str, where: str) -> str | None:
    value = row.get(key)
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise ConfigError(f"{where}: '{key}' must be a non-empty string or null")
    return value


def _strings(row: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = row.get(key) or []
    if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
        raise ConfigError(f"{where}: '{key}' must be a list of non-empty strings")
    return tuple(value)


def _check_status(entry: Provision, where: str) -> None:
    if entry.status not in STATUSES:
        raise ConfigError(f"{where}: status {entry.status!r} is not one of {', '.join(STATUSES)}")
    if entry.status == "not verified":
        if entry.text is not None:
            raise ConfigError(f"{where}: a provision 'not verified' must have text null")
        return
    missing = [name for name in ("text", "language", "source_url", "source_publisher", "source_kind")
               if getattr(entry, name) is None]
    if missing:
        raise ConfigError(f"{where}: a {entry.status} provision needs {', '.join(missing)}")
    if entry.status == "partial" and not entry.quoted:
        raise ConfigError(f"{where}: a partial provision must say in 'quoted' which paragraphs its text holds")
    if entry.status == "verified" and entry.quoted:
        raise ConfigError(f"{where}: a verified provision quotes the whole text; 'quoted' must be empty")
    if entry.source_kind not in SOURCE_KINDS:
        raise ConfigError(f"{where}: source_kind {entry.source_kind!r} is not one of {', '.join(SOURCE_KINDS)}")
    if entry.language not in LANGUAGES:
        raise ConfigError(f"{where}: language {entry.language!r} is not a language code we know")
    if not (entry.source_url or "").startswith(("https://", "http://")):
        raise ConfigError(f"{where}: source_url must be a web address")


def _provision(row: Any, instruments: Mapping[str, str]) -> Provision:
    if not isinstance(row, dict):
        raise ConfigError(f"{DATA_FILE}: every provision must be an object, not {type(row).__name__}")
    pid = row.get("id")
    where = f"{DATA_FILE}: provision {pid!r}"
    if not isinstance(pid, str) or not ID_PATTERN.fullmatch(pid):
        raise ConfigError(f"{where}: the id is not of the form 'GC IV art. 147' or 'Rome Statute art. 8(2)(b)(i)'")
    instrument, article = row.get("instrument"), row.get("article")
    if not isinstance(instrument, str) or instrument not in instruments:
        raise ConfigError(f"{where}: instrument {instrument!r} is not listed under 'instruments'")
    paragraph = _strings(row, "paragraph", where)
    if not all(PARAGRAPH_PART.fullmatch(part) for part in paragraph):
        raise ConfigError(f"{where}: paragraph parts must be numbers, letters or roman numerals")
    if not isinstance(article, str) or provision_id(instrument, article, paragraph) != pid:
        raise ConfigError(f"{where}: the id does not match instrument, article and paragraph")
    entry = Provision(
        id=pid, instrument=instrument, instrument_title=instruments[instrument], article=article,
        paragraph=paragraph, title=_text_or_none(row, "title", where), language=_text_or_none(row, "language", where),
        context=_strings(row, "context", where), text=_text_or_none(row, "text", where),
        quoted=_strings(row, "quoted", where), source_url=_text_or_none(row, "source_url", where),
        source_publisher=_text_or_none(row, "source_publisher", where),
        source_kind=_text_or_none(row, "source_kind", where), status=str(row.get("status")),
        note=_text_or_none(row, "note", where))
    _check_status(entry, where)
    return entry


def parse_provisions(document: Any, cited: Iterable[str]) -> dict[str, Provision]:
    """Every provision of the document by id; ConfigError unless each cited anchor has an entry."""
    if not isinstance(document, dict):
        raise ConfigError(f"{DATA_FILE} must hold a JSON object")
    instruments, rows = document.get("instruments"), document.get("provisions")
    if not isinstance(instruments, dict) or not all(isinstance(v, str) and v for v in instruments.values()):
        raise ConfigError(f"{DATA_FILE}: 'instruments' must map each short name to its full title")
    if not isinstance(rows, list):
        raise ConfigError(f"{DATA_FILE}: 'provisions' must be a list")
    table: dict[str, Provision] = {}
    for row in rows:
        entry = _provision(row, instruments)
        if entry.id in table:
            raise ConfigError(f"{DATA_FILE}: provision {entry.id!r} appears twice")
        table[entry.id] = entry
    missing = sorted(set(cited) - set(table))
    if missing:
        raise ConfigError(f"{DATA_FILE} has no entry for {', '.join(missing)}, cited in domain/data/violations.json")
    return table


def cited_anchors() -> list[str]:
    """Every legal anchor the violation taxonomy cites, each once, in the taxonomy's order."""
    return list(dict.fromkeys(anchor for violation in violations().values() for anchor in violation.anchors))


@cache
def provisions() -> dict[str, Provision]:
    """The shipped provisions, validated against the taxonomy's anchors; raises ConfigError if the file is off."""
    raw = resources.files("warcrimes.domain").joinpath("data", "legal_provisions.json").read_text(encoding="utf-8")
    try:
        document = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{DATA_FILE} is not valid JSON: {exc}") from exc
    return parse_provisions(document, cited_anchors())


def provision(anchor: str) -> Provision:
    """The provision an anchor names (`AP I art. 41`); NotFoundError for an anchor we do not ship."""
    try:
        return provisions()[anchor]
    except KeyError:
        raise NotFoundError(f"No legal provision {anchor!r} in {DATA_FILE}; add it there with its source") from None
