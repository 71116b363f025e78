"""Full-text matches on either backend: SQLite FTS5 tables, PostgreSQL tsvector columns.

Migration 0005 builds both (and says why the database keeps them current). Every name here starts
with `search_`, so the schema check (tests/test_store.py) knows them as the search index, not as
tables the models forgot. Both backends fold case (Cyrillic too: SQLite's unicode61 tokenizer by
its tables, PostgreSQL by the database's UTF-8 ctype) and neither stems: each term of three letters
or more is matched as a word prefix, which finds inflected Ukrainian and Russian forms (Харків:
Харкова, Харкові) the same way on both. Terms come in already split into words
(queries/search.py), never as query syntax.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Date, Select, column, func, literal_column, select, table, text
from sqlalchemy.orm import Session

from warcrimes.store.schema import AccountRow, IncidentRow

INDEX_PREFIX = "search_"
#: Snippets mark each matched word between these two private-use characters; the page escapes the
#: text and only then turns them into <mark> (web/highlight.py), so a report never injects markup.
MARK_START, MARK_END = "\ue000", "\ue001"
#: Shorter terms are matched whole (a one- or two-letter prefix matches nearly every document).
PREFIX_FROM = 3
SNIPPET_WORDS = 24
#: PostgreSQL indexes this many characters of a report (a tsvector holds at most 1 MB); SQLite all.
PG_INDEXED_CHARS = 200_000
SORTS = ("relevance", "newest", "oldest")

_FTS_INCIDENTS = table("search_incidents", column("rowid"), column("rank"))
_PG_INCIDENT_DOCUMENT: ColumnElement[Any] = literal_column("incidents.search_document")


@dataclass(frozen=True)
class ReportHit:
    """A report whose publisher or text matches, with a marked snippet of where."""

    report_id: int
    published: dt.date
    publisher: str | None
    language: str
    filename: str | None
    snippet: str


def _sqlite_match(terms: Sequence[str]) -> str:
    """FTS5 query: every term as a quoted string (so no term is ever read as syntax), prefixes marked."""
    return " AND ".join(f'"{t}"*' if len(t) >= PREFIX_FROM else f'"{t}"' for t in terms)


def _pg_lexemes(terms: Sequence[str]) -> str:
    """to_tsquery text: every term quoted as a lexeme, prefixes marked :*."""
    return " & ".join("'" + t.replace("'", "''") + "'" + (":*" if len(t) >= PREFIX_FROM else "") for t in terms)


def _sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def incidents_matching_text(session: Session, query: Select[IncidentRow], terms: Sequence[str], *,
                            relevance: bool) -> Select[IncidentRow]:
    """`query` (over incidents) narrowed to those whose descriptive fields match every term, best
    match first when `relevance` (the caller orders it otherwise)."""
    if _sqlite(session):
        match = literal_column("search_incidents").op("MATCH")(_sqlite_match(terms))
        query = query.join(_FTS_INCIDENTS, _FTS_INCIDENTS.c.rowid == IncidentRow.id).where(match)
        return query.order_by(_FTS_INCIDENTS.c.rank) if relevance else query
    tsquery = func.to_tsquery(literal_column("'simple'::regconfig"), _pg_lexemes(terms))
    query = query.where(_PG_INCIDENT_DOCUMENT.op("@@")(tsquery))
    if relevance:
        query = query.order_by(func.ts_rank(_PG_INCIDENT_DOCUMENT, tsquery).desc())
    return query


_SQLITE_REPORTS = """
SELECT r.id, r.published, r.publisher, r.language, r.filename,
       snippet(search_reports, -1, :mark_start, :mark_end, '…', :words) AS snippet
FROM search_reports JOIN reports AS r ON r.id = search_reports.rowid
WHERE search_reports MATCH :terms {filters}
ORDER BY {order} LIMIT :limit OFFSET :offset
"""

_PG_REPORTS = """
WITH chosen AS (
  SELECT r.id, r.published, ts_rank(r.search_document, to_tsquery('simple', :terms)) AS score
  FROM reports AS r WHERE r.search_document @@ to_tsquery('simple', :terms) {filters}
  ORDER BY {order} LIMIT :limit OFFSET :offset)
SELECT r.id, r.published, r.publisher, r.language, r.filename,
       ts_headline('simple', left(r.text, {chars}), to_tsquery('simple', :terms), :options) AS snippet
FROM chosen JOIN reports AS r ON r.id = chosen.id
ORDER BY {outer_order}
"""

_ORDERS = {"relevance": ("search_reports.rank, r.id", "score DESC, r.id", "chosen.score DESC, r.id"),
           "newest": ("r.published DESC, r.id DESC",) * 2 + ("r.published DESC, r.id DESC",),
           "oldest": ("r.published, r.id",) * 3}


def report_hits(session: Session, terms: Sequence[str], *, sort: str, language: str | None,
                since: dt.date | None, limit: int, offset: int) -> list[ReportHit]:
    """Reports whose publisher or text match every term, best match first (`sort` relevance) or by
    publication date (newest, oldest), each with a snippet around the matched words."""
    filters = (" AND r.language = :language" if language else "") + (" AND r.published >= :since" if since else "")
    sqlite_order, pg_order, pg_outer = _ORDERS[sort]
    values: dict[str, object] = {"limit": limit, "offset": offset, "language": language, "since": since}
    if _sqlite(session):
        statement = text(_SQLITE_REPORTS.format(filters=filters, order=sqlite_order))
        values |= {"terms": _sqlite_match(terms), "mark_start": MARK_START, "mark_end": MARK_END,
                   "words": SNIPPET_WORDS}
    else:
        statement = text(_PG_REPORTS.format(filters=filters, order=pg_order, outer_order=pg_outer,
                                            chars=PG_INDEXED_CHARS))
        values |= {"terms": _pg_lexemes(terms),
                   "options": f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords={SNIPPET_WORDS}, "
                              "MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \""}
    wanted = {k: v for k, v in values.items() if v is not None}
    rows = session.execute(statement.columns(column("id"), column("published", Date), column("publisher"),
                                             column("language"), column("filename"), column("snippet")), wanted)
    return [ReportHit(*row) for row in rows]


def incidents_told_in(session: Session, report_ids: Sequence[int]) -> dict[int, list[int]]:
    """The incidents each report tells (through its accounts), by report id."""
    if not report_ids:
        return {}
    told: dict[int, list[int]] = {}
    rows = session.execute(select(AccountRow.report_id, AccountRow.incident_id).distinct()
                           .where(AccountRow.report_id.in_(sorted(set(report_ids))))
                           .order_by(AccountRow.report_id, AccountRow.incident_id))
    for report_id, incident_id in rows:
        told.setdefault(report_id, []).append(incident_id)
    return told

