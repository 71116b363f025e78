"""Full-text search over reports and incidents on SQLite (FTS5) and PostgreSQL: Ukrainian, Russian and
English words, Cyrillic case folded, inflected forms found by prefix, filters, sort, the index kept
current by edits, and query text never read as syntax."""

from __future__ import annotations

import datetime as dt

import pytest

from corroboration_fixtures import facts
from warcrimes.domain.facts import Location
from warcrimes.domain.hashing import content_hash
from warcrimes.domain.records import ExtractedIncident, Extraction, NewReport
from warcrimes.errors import BadInputError
from warcrimes.queries.filters import incident_filter
from warcrimes.queries.search import search, search_terms
from warcrimes.services.editing import edit_incident
from warcrimes.services.reports import add_report
from warcrimes.store import Store
from warcrimes.store.search import MARK_END, MARK_START

UK = ("Уночі російські війська обстріляли Херсон з артилерії: снаряд влучив у багатоповерхівку на вулиці "
      "Перекопській, загинули двоє мешканців, ще п'ятеро поранені. Про це повідомила обласна військова адміністрація.")
RU = ("Вечером в Харькове беспилотник ударил по складу гуманитарной помощи; по словам мэра, пострадали три "
      "волонтёра. Спасатели потушили пожар к полуночи.")
EN = ("Ukrainian prosecutors opened a case after a guided aerial bomb hit a school gymnasium in Zaporizhzhia, "
      "where families had taken shelter; one teacher was killed.")

KHERSON = Location("Херсон", "Kherson Oblast", "UA", 46.635, 32.617)
KHARKIV = Location("Kharkiv", "Kharkiv Oblast", "UA", 49.99, 36.23)
ZAPORIZHZHIA = Location("Zaporizhzhia", "Zaporizhzhia Oblast", "UA", 47.84, 35.14)


def _report(store: Store, text: str, language: str, told, published: dt.date, publisher: str) -> int:  # type: ignore[no-untyped-def]
    original = text.encode()
    outcome = add_report(store, NewReport(content_hash(original), original, text, "text/plain", published,
                                          language=language, publisher=publisher),
                         Extraction((ExtractedIncident(told),)), actor="system")
    return outcome.incidents[0]


@pytest.fixture
def three(store: Store) -> tuple[Store, int, int, int]:
    uk = _report(store, UK, "uk", facts(dt.date(2024, 5, 1), KHERSON, 2, 2, "обласна військова адміністрація",
                                        "attack_on_civilians"), dt.date(2024, 5, 2), "Суспільне Херсон")
    ru = _report(store, RU, "ru", facts(dt.date(2024, 6, 1), KHARKIV, 3, 3, "мэр Харькова", "attack_on_civilians"),
                 dt.date(2024, 6, 2), "Харьков Онлайн")
    en = _report(store, EN, "en", facts(dt.date(2024, 7, 1), ZAPORIZHZHIA, 1, 1, "prosecutors",
                                        "attack_on_civilians"), dt.date(2024, 7, 2), "Kyiv Chronicle")
    return store, uk, ru, en


def _reports(store: Store, typed: str, **options) -> list[int]:  # type: ignore[no-untyped-def]
    found = search(store, search_terms(typed), incident_filter(limit=50), with_reports=True, **options)
    return [r.hit.report_id for r in found.reports]


def test_a_ukrainian_word_is_found_in_the_ukrainian_report_whatever_its_case(three) -> None:  # type: ignore[no-untyped-def]
    store, uk, _, _ = three
    found = search(store, search_terms("БАГАТОПОВЕРХІВКУ"), incident_filter(limit=50), with_reports=True)
    assert len(found.reports) == 1
    hit = found.reports[0]
    assert hit.incidents == (uk,)
    assert f"{MARK_START}багатоповерхівку{MARK_END}" in hit.hit.snippet
    assert hit.hit.language == "uk" and hit.hit.publisher == "Суспільне Херсон"


def test_an_inflected_form_is_found_by_its_stem_in_ukrainian_and_russian(three) -> None:  # type: ignore[no-untyped-def]
    store, *_ = three
    assert len(_reports(store, "поранен")) == 1          # п'ятеро поранені
    assert len(_reports(store, "волонтёр")) == 1         # трёх волонтёра
    assert len(_reports(store, "Харьков")) == 1          # в Харькове, and the publisher
    assert len(_reports(store, "gymnasium shelter")) == 1


def test_every_word_must_match_and_an_absent_word_finds_nothing(three) -> None:  # type: ignore[no-untyped-def]
    store, *_ = three
    assert _reports(store, "Херсон снаряд") != []
    assert _reports(store, "Херсон беспилотник") == []
    assert _reports(store, "нетакогослова") == []


def test_query_syntax_is_read_as_words_never_as_operators(three) -> None:  # type: ignore[no-untyped-def]
    store, *_ = three
    assert search_terms('школа OR "NEAR(a b)" * - ^teacher') == ("школа", "or", "near", "a", "b", "teacher")
    assert _reports(store, '"teacher" OR') == []       # every word must match, OR included
    assert len(_reports(store, "teacher)(*")) == 1
    assert search_terms("сім'я") == ("сім", "я")


def test_a_query_too_long_is_refused_with_a_sentence() -> None:
    with pytest.raises(BadInputError, match="at most 500"):
        search_terms("слово " * 100)


def test_incidents_match_by_place_and_source_and_pass_the_list_filters(three) -> None:  # type: ignore[no-untyped-def]
    store, uk, ru, en = three
    assert [i.id for i in search(store, search_terms("херсон"), incident_filter(limit=50)).incidents] == [uk]
    assert [i.id for i in search(store, search_terms("мэр"), incident_filter(limit=50)).incidents] == [ru]
    every = search(store, search_terms("attack civilians"), incident_filter(limit=50), sort="newest")
    assert [i.id for i in every.incidents] == [en, ru, uk] and every.incident_count == 3
    oldest = search(store, search_terms("attack"), incident_filter(limit=50), sort="oldest")
    assert [i.id for i in oldest.incidents] == [uk, ru, en]
    narrowed = search(store, search_terms("attack"), incident_filter(oblast="Kharkiv", limit=50))
    assert [i.id for i in narrowed.incidents] == [ru]
    since = search(store, search_terms("attack"), incident_filter(since="2024-06-15", limit=50))
    assert [i.id for i in since.incidents] == [en]


def test_reports_filter_by_language_and_sort_by_date(three) -> None:  # type: ignore[no-untyped-def]
    store, *_ = three
    everything = "Херсон OR"  # 'or' matches nothing: shows the AND
    assert _reports(store, everything) == []
    ru_only = search(store, search_terms("по"), incident_filter(limit=50), with_reports=True, language="ru")
    assert [r.hit.language for r in ru_only.reports] == ["ru"]
    newest = _reports(store, "the", sort="newest") + _reports(store, "в", sort="newest")
    assert newest  # both sorts run on both backends
    assert _reports(store, "в", sort="oldest") == sorted(_reports(store, "в", sort="oldest"))


def test_a_viewer_search_reads_no_report_text(three) -> None:  # type: ignore[no-untyped-def]
    store, *_ = three
    found = search(store, search_terms("багатоповерхівку"), incident_filter(limit=50), with_reports=False)
    assert found.reports == [] and not found.reports_searched


def test_an_edited_place_is_found_at_once_and_the_old_one_no_longer(three) -> None:  # type: ignore[no-untyped-def]
    store, uk, _, _ = three
    edit_incident(store, uk, {"place": "Чугуїв", "place_oblast": "Kharkiv Oblast",
                              "perpetrator_unit": "3rd Army Corps"},
                  reason="the administration meant Chuhuiv", actor="olena")
    assert [i.id for i in search(store, search_terms("chuhuiv corps"), incident_filter(limit=50)).incidents] == [uk]
    assert search(store, search_terms("херсон"), incident_filter(limit=50)).incidents == []
