"""A list's rows checked and turned into persons and status entries, every problem one sentence with rows.

Problems are grouped: the same problem in 300 rows is one message listing the rows. Errors stop
the import (nothing is applied unless every row is clean); warnings (a guessed date, a duplicate
row, an ignored column) are shown and the import may go on. No message repeats a personal value.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

from warcrimes.registry.columns import ColumnMapping, header_key, locate
from warcrimes.registry.dates import date_from_cell
from warcrimes.registry.listfile import Cell, ListTable
from warcrimes.registry.records import MilitaryService, PartialDate, Person, PersonName, RegistryInputError
from warcrimes.registry.spelling import clean_name, script_of
from warcrimes.registry.transliteration import ukrainian_to_latin
from warcrimes.registry.vocabulary import vocabulary

Severity = Literal["error", "warning"]
MAX_NAME_CHARS = 100
SHOWN_ROWS = 20
NOTES = {"ambiguous_day_month": "could be day-month or month-day; read day first as Ukrainian offices write it",
         "month_first": "can only be month-first; read so",
         "two_digit_year": "has a two-digit year; the century was guessed"}


@dataclass(frozen=True)
class Problem:
    """One problem of a list and the rows it occurs in (empty for the whole file)."""

    severity: Severity
    column: str
    message: str
    rows: tuple[int, ...] = ()

    def render(self) -> str:
        """'error: rows 4, 9 (birth_date): not a real calendar date; ...'"""
        shown = ", ".join(str(r) for r in self.rows[:SHOWN_ROWS])
        more = f" and {len(self.rows) - SHOWN_ROWS} more" if len(self.rows) > SHOWN_ROWS else ""
        where = f"row{'s' if len(self.rows) > 1 else ''} {shown}{more}" if self.rows else "the list"
        column = f" ({self.column})" if self.column else ""
        return f"{self.severity}: {where}{column}: {self.message}"


@dataclass(frozen=True, repr=False)
class ListRow:
    """One clean row: the person it describes and the status it reports (if any)."""

    row: int
    person: Person
    status: str | None
    status_date: PartialDate | None
    status_place: str
    source_note: str

    def __repr__(self) -> str:
        return f"ListRow(row={self.row}, status={self.status!r}, <personal fields hidden>)"


@dataclass(frozen=True)
class ParsedList:
    """The rows that passed and every problem found."""

    table_name: str
    format: str
    encoding: str
    rows: tuple[ListRow, ...]
    problems: tuple[Problem, ...]

    @property
    def has_errors(self) -> bool:
        return any(p.severity == "error" for p in self.problems)


class _Collector:
    def __init__(self) -> None:
        self.found: dict[tuple[Severity, str, str], list[int]] = defaultdict(list)

    def add(self, severity: Severity, column: str, message: str, row: int | None = None) -> None:
        rows = self.found[(severity, column, message)]
        if row is not None:
            rows.append(row)

    def problems(self) -> tuple[Problem, ...]:
        ordered = sorted(self.found.items(), key=lambda item: (item[0][0] != "error", item[1][:1], item[0][1]))
        return tuple(Problem(s, c, m, tuple(rows)) for (s, c, m), rows in ordered)


def _text(cells: tuple[Cell, ...], columns: dict[str, int], field: str) -> str:
    position = columns.get(field)
    if position is None:
        return ""
    cell = cells[position]
    return cell.isoformat() if isinstance(cell, dt.date) else " ".join(str(cell).split())


def _term(raw: str, field: str, mapping: ColumnMapping, allowed: dict[str, str]) -> str | None:
    key = header_key(raw)
    return mapping.values.get(field, {}).get(key, key if key in allowed else None)


def _name(raw: str, field: str, row: int, problems: _Collector) -> str:
    cleaned = clean_name(raw)
    if len(cleaned) > MAX_NAME_CHARS:
        problems.add("error", field, f"longer than {MAX_NAME_CHARS} characters; is it the right column?", row)
    elif any(c.isdigit() for c in cleaned):
        problems.add("error", field, "holds digits; is it the right column?", row)
    return cleaned


def _person(cells: tuple[Cell, ...], columns: dict[str, int], mapping: ColumnMapping, row: int,
            problems: _Collector, today: dt.date) -> Person:
    family, given, patronymic = (_name(_text(cells, columns, f), f, row, problems)
                                 for f in ("family_name", "given_name", "patronymic"))
    for field, value in (("family_name", family), ("given_name", given)):
        if not value:
            problems.add("error", field, "is empty; every row needs a family and a given name", row)
    birth = None
    if (cell := cells[columns["birth_date"]] if "birth_date" in columns else "") not in ("", None):
        try:
            read = date_from_cell(cell, kind="birth", today=today)
            birth = read.value
            if read.note:
                problems.add("warning", "birth_date", NOTES[read.note], row)
        except RegistryInputError as exc:
            problems.add("error", "birth_date", str(exc), row)
    vocab = vocabulary()
    category = sex = "unknown"
    for field, allowed in (("category", vocab.terms("categories")), ("sex", vocab.terms("sexes"))):
        raw = _text(cells, columns, field)
        if raw:
            term = _term(raw, field, mapping, allowed)
            if term is None:
                problems.add("error", field, f"a value the mapping does not know; use one of {', '.join(allowed)}",
                             row)
            elif field == "category":
                category = term
            else:
                sex = term
    rank, unit, number = (_text(cells, columns, f) for f in ("rank", "unit", "service_number"))
    if (rank or number) and category == "civilian":
        problems.add("warning", "rank", "a rank or service number for a civilian; check the category", row)
    return person_from_names(family, given, patronymic, language=mapping.language, sex=sex, birth=birth,
                             birth_place=_text(cells, columns, "birth_place"), category=category, rank=rank,
                             unit=unit, service_number=number)


def person_from_names(family: str, given: str, patronymic: str, *, language: str = "uk", sex: str = "unknown",
                      birth: PartialDate | None = None, birth_place: str = "", category: str = "unknown",
                      rank: str = "", unit: str = "", service_number: str = "") -> Person:
    """A person from names as written: Cyrillic kept as Ukrainian (with KMU 2010 Latin) or Russian by
    its letters (or `language` when they do not tell), Latin as the Latin spelling."""
    family, given, patronymic = (clean_name(p) for p in (family, given, patronymic))
    name = PersonName(family, given, patronymic)
    script = script_of(family + given + patronymic)
    russian = script == "ru" or (script == "cyrillic" and language == "ru")
    military = MilitaryService(rank=rank, service_number=service_number, unit=unit) \
        if rank or unit or service_number else None
    return Person(
        name_uk=None if russian or script == "latin" else name,
        name_latin=name if script == "latin" else None if russian else PersonName(
            *(ukrainian_to_latin(p) if p else "" for p in (family, given, patronymic))),
        names_ru=(name,) if russian else (), sex=sex, birth_date=birth,  # type: ignore[arg-type]
        birth_place=birth_place, category=category,  # type: ignore[arg-type]
        military=military)


def _status(cells: tuple[Cell, ...], columns: dict[str, int], mapping: ColumnMapping, row: int,
            problems: _Collector, today: dt.date, birth: PartialDate | None) -> tuple[str | None, PartialDate | None]:
    vocab = vocabulary()
    raw = _text(cells, columns, "status")
    has_date = "status_date" in columns and cells[columns["status_date"]] not in ("", None)
    if not raw:
        if has_date:
            problems.add("error", "status", "a status date without a status", row)
        return None, None
    status = _term(raw, "status", mapping, {k: "" for k in vocab.statuses})
    if status is None:
        problems.add("error", "status", f"a status the mapping does not know; use one of {', '.join(vocab.statuses)}",
                     row)
        return None, None
    if not has_date:
        problems.add("error", "status_date", "a status needs the date it was true on", row)
        return None, None
    try:
        read = date_from_cell(cells[columns["status_date"]], kind="event", today=today)
    except RegistryInputError as exc:
        problems.add("error", "status_date", str(exc), row)
        return None, None
    if read.note:
        problems.add("warning", "status_date", NOTES[read.note], row)
    if birth is not None and read.value.last_day < birth.first_day:
        problems.add("error", "status_date", "before the birth date", row)
    if status in ("held", "transferred") and not _text(cells, columns, "status_place"):
        problems.add("warning", "status_place", f"'{status}' without a place; recorded as held at an unknown place",
                     row)
    return status, read.value


def parse_rows(table: ListTable, mapping: ColumnMapping, today: dt.date) -> ParsedList:
    """Check every row of a list against the mapping; collect problems, keep the clean rows."""
    problems = _Collector()
    columns, missing, ignored = locate(mapping, table.header)
    if missing:
        expected = "; ".join(f"{f} (one of: {', '.join(mapping.columns.get(f, ()))})" for f in missing)
        problems.add("error", "", f"the header lacks the columns {expected}; the mapping in use is "
                                  f"'{mapping.name}'")
        return ParsedList(table.name, table.format, table.encoding, (), problems.problems())
    if ignored:
        problems.add("warning", "", f"columns no field claims are ignored: {', '.join(ignored)}")
    rows: list[ListRow] = []
    first_seen: dict[tuple[str, ...], int] = {}
    for cells, number in zip(table.rows, table.row_numbers, strict=True):
        fingerprint = tuple(header_key(_text(cells, columns, f)) for f in sorted(columns))
        if fingerprint in first_seen:
            problems.add("warning", "", f"repeats row {first_seen[fingerprint]} exactly; imported once", number)
            continue
        first_seen[fingerprint] = number
        errors_before = sum(len(r) for (s, _, _), r in problems.found.items() if s == "error")
        person = _person(cells, columns, mapping, number, problems, today)
        status, status_date = _status(cells, columns, mapping, number, problems, today, person.birth_date)
        if sum(len(r) for (s, _, _), r in problems.found.items() if s == "error") == errors_before:
            rows.append(ListRow(number, person, status, status_date, _text(cells, columns, "status_place"),
                                _text(cells, columns, "source")))
    return ParsedList(table.name, table.format, table.encoding, tuple(rows), problems.problems())
