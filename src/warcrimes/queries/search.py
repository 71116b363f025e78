"""Full-text search over incidents and reports, with the incident list's filters and a sort.

An incident matches by its descriptive fields (place, oblast, raion, violations, perpetrator, who
reported it); a report by its publisher and text. Report texts name people: only a role with
`personal_data` searches them (the caller says so), a viewer searches incidents only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select

from warcrimes.corroborate.incidents import incident_records, verification_clause
from warcrimes.domain.records import Incident
from warcrimes.errors import BadInputError
from warcrimes.store import IncidentFilter, Store, reads
from warcrimes.store.schema import IncidentRow
from warcrimes.store.search import (
    MARK_END,
    MARK_START,
    SORTS,
    ReportHit,
    incidents_matching_text,
    incidents_told_in,
    report_hits,
)

MAX_QUERY_CHARS = 500
MAX_TERMS = 12
MAX_TERM_CHARS = 64
#: A word: letters and digits of any script (\w without the underscore), never a pattern that backtracks.
_WORD = re.compile(r"[^\W_]+")
LANGUAGES = ("uk", "ru", "en")
__all__ = ["LANGUAGES", "SORTS", "FoundReport", "SearchResults", "check_language", "check_sort", "search",
           "search_terms", "snippet_parts"]


@dataclass(frozen=True)
class FoundReport:
    """A matching report, its snippet, and the incidents it tells."""

    hit: ReportHit
    incidents: tuple[int, ...]
    #: the snippet as (text, matched) pieces: a page escapes each and marks the matched ones
    snippet: tuple[tuple[str, bool], ...] = ()


@dataclass(frozen=True)
class SearchResults:
    """One page of matches: incidents (with their filters) and, for a reader of texts, reports."""

    terms: tuple[str, ...]
    incidents: list[Incident]
    incident_count: int
    reports: list[FoundReport]
    reports_searched: bool


def search_terms(typed: str) -> tuple[str, ...]:
    """The words of a query as typed, case-folded (Ґ and ґ alike), each once, in order.

    Punctuation and the apostrophe split words, as both databases split them in the texts."""
    if len(typed) > MAX_QUERY_CHARS:
        raise BadInputError(f"the search text is {len(typed)} characters long; use at most {MAX_QUERY_CHARS}")
    words = list(dict.fromkeys(w[:MAX_TERM_CHARS] for w in _WORD.findall(typed.casefold())))
    if len(words) > MAX_TERMS:
        raise BadInputError(f"the search text has {len(words)} words; use at most {MAX_TERMS}")
    return tuple(words)


def snippet_parts(snippet: str) -> tuple[tuple[str, bool], ...]:
    """'a \ue000word\ue001 b' -> (('a ', False), ('word', True), (' b', False)); stray marks dropped."""
    parts: list[tuple[str, bool]] = []
    for n, piece in enumerate(snippet.split(MARK_START)):
        matched, _, rest = piece.partition(MARK_END) if n else ("", "", piece)
        parts += [(matched, True)] if matched else []
        parts += [(rest.replace(MARK_END, ""), False)] if rest else []
    return tuple(parts)


def check_sort(sort: str) -> str:
    if sort not in SORTS:
        raise BadInputError(f"sort {sort!r} is not a sort order; use one of: {', '.join(SORTS)}")
    return sort


def check_language(language: str) -> str | None:
    language = language.strip()
    if language and language not in LANGUAGES:
        raise BadInputError(f"language {language!r} is not searched; use one of: {', '.join(LANGUAGES)}")
    return language or None


def search(store: Store, terms: tuple[str, ...], where: IncidentFilter, *, sort: str = "relevance",
           language: str | None = None, with_reports: bool = False) -> SearchResults:
    """Incidents matching every term and passing `where` (paged by its limit and offset), and, when
    `with_reports`, reports matching every term (same page), in one transaction."""
    if not terms:
        return SearchResults(terms, [], 0, [], with_reports)
    clauses = [verification_clause(where.verification)] if where.verification else []
    with store.transaction() as session:
        query = incidents_matching_text(session, reads.filtered_incidents(where, *clauses), terms,
                                        relevance=sort == "relevance")
        count = int(session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0)
        by_date = IncidentRow.date_start.asc() if sort == "oldest" else IncidentRow.date_start.desc()
        query = query.order_by(by_date.nulls_last(), IncidentRow.id).options(reads.WITH_ACCOUNTS)
        rows = list(session.scalars(query.limit(where.limit or 100).offset(where.offset)).unique())
        incidents = incident_records(session, rows)
        found: list[FoundReport] = []
        if with_reports:
            hits = report_hits(session, terms, sort=sort, language=language, since=where.since,
                               limit=where.limit or 100, offset=where.offset)
            told = incidents_told_in(session, [h.report_id for h in hits])
            found = [FoundReport(h, tuple(told.get(h.report_id, ())), snippet_parts(h.snippet)) for h in hits]
    return SearchResults(terms, incidents, count, found, with_reports)
