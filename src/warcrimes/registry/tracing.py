"""A tracing-request export for the ICRC Central Tracing Agency: one CSV row per selected person.

The columns and the reason for each are data (data/tracing_columns.json). The export holds
personal data by design: only a `registry` user may make it, and it is handed over, not logged.
Cells that a spreadsheet would read as a formula (= + - @) are prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources

from warcrimes.registry.history import chronology, current_status
from warcrimes.registry.records import DetentionPlace, Person, PersonName, StatusEntry

CATEGORY_WORDS = {"military": "prisoner of war", "civilian": "protected civilian", "unknown": "unknown"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@cache
def tracing_columns() -> tuple[str, ...]:
    path = resources.files("warcrimes.registry") / "data" / "tracing_columns.json"
    return tuple(c["column"] for c in json.loads(path.read_text(encoding="utf-8"))["columns"])


def _spellings(person: Person, shown: tuple[PersonName | None, ...]) -> str:
    others = [n.full() for n in person.spellings() if n not in shown]
    return "; ".join(dict.fromkeys(others))


def tracing_row(person: Person, history: Sequence[StatusEntry], places: Mapping[str, DetentionPlace]) -> dict[str, str]:
    """One sought person's row: identity, the course of their captivity, who is looking for them."""
    name = person.name_uk or (person.spellings()[0] if person.spellings() else PersonName(""))
    latin = person.name_latin or PersonName("")
    ordered = chronology(history)
    status = current_status(history)
    first = ordered[0] if ordered else None
    confirmed = next((e.confirmation for e in reversed(ordered) if e.confirmation), None)
    place = places.get(status.last_known_place_id or "")
    military = person.military
    kin = person.next_of_kin[0] if person.next_of_kin else None
    row = {
        "request_ref": person.person_id or "",
        "sought_family_name": name.family, "sought_given_name": name.given, "sought_fathers_name": name.patronymic,
        "sought_family_name_latin": latin.family, "sought_given_name_latin": latin.given,
        "other_spellings": _spellings(person, (name, person.name_latin)),
        "sex": person.sex, "birth_date": person.birth_date.iso() if person.birth_date else "",
        "birth_place": person.birth_place, "nationality": person.nationality,
        "mothers_maiden_name": person.mother_maiden_name, "category": CATEGORY_WORDS[person.category],
        "rank": military.rank if military else "", "service_number": military.service_number if military else "",
        "unit": military.unit if military else "", "armed_force": military.armed_force if military else "",
        "last_residence": person.last_residence, "distinguishing_marks": person.distinguishing_marks,
        "circumstances_date": first.date.iso() if first else "", "circumstances_status": first.kind if first else "",
        "last_known_status": status.kind or "", "last_known_status_date": status.since.iso() if status.since else "",
        "last_known_place": ", ".join(p for p in (place.name, place.settlement, place.country) if p) if place else "",
        "captivity_confirmed_by": confirmed.by if confirmed else "",
        "captivity_confirmed_how": confirmed.how if confirmed else "",
        "enquirer_name": kin.name if kin else "", "enquirer_relationship": kin.relationship if kin else "",
        "enquirer_phone": kin.phone if kin else "", "enquirer_email": kin.email if kin else "",
        "enquirer_address": kin.address if kin else "",
        "enquirer_consents_to_share": ("yes" if kin.consents_to_share else "no") if kin else "",
    }
    assert tuple(row) == tracing_columns(), "tracing_columns.json and tracing_row disagree"
    return row


def _safe(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_START) else value


def tracing_csv(selected: Sequence[tuple[Person, Sequence[StatusEntry]]],
                places: Mapping[str, DetentionPlace]) -> bytes:
    """The export as UTF-8 CSV with a BOM (spreadsheets then read Cyrillic right), CRLF line ends."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=tracing_columns(), lineterminator="\r\n")
    writer.writeheader()
    for person, history in selected:
        writer.writerow({k: _safe(v) for k, v in tracing_row(person, history, places).items()})
    return out.getvalue().encode("utf-8-sig")
