"""Ingest: good reports are stored once; each bad file gets one line naming it; nothing half-written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from warcrimes.config import current_actor
from warcrimes.domain.facts import IncidentFacts
from warcrimes.domain.records import ExtractedIncident, Extraction
from warcrimes.ingest.metadata import ReportMetadata
from warcrimes.queries.reports import get_report, report_original
from warcrimes.services import reports as reports_service
from warcrimes.services.ingest import ingest_file, ingest_paths
from warcrimes.services.unit import custody_log
from warcrimes.store import Store
from warcrimes.store.schema import AccountRow, IncidentRow, ReportRow

REPORT = ("Russian troops shelled a bread queue in Kupiansk on March 3, killing four civilians, "
          "the regional governor said.\n")


def write_report(folder: Path, name: str, text: str = REPORT, published: str | None = "2024-03-04") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    if published:
        (folder / f"{path.stem}.meta.json").write_text(json.dumps({"published": published,
                                                                   "publisher": "Example Daily"}))
    return path


def rows(store: Store, table: type) -> int:
    with store.transaction() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


def test_a_report_is_stored_with_its_metadata_and_original_bytes(store: Store, tmp_path: Path) -> None:
    path = write_report(tmp_path, "kupiansk.txt")
    result = ingest_file(store, path, actor=current_actor())
    assert result.status == "stored", result.message
    report = get_report(store, result.outcome.report_id)
    assert report.publisher == "Example Daily"
    assert report.published.isoformat() == "2024-03-04"
    assert report.content_hash.startswith("SHA-256:")
    assert report_original(store, report.id)[1] == path.read_bytes()


def test_the_same_bytes_twice_make_one_report_and_say_so(store: Store, tmp_path: Path) -> None:
    path = write_report(tmp_path, "kupiansk.txt")
    copy = write_report(tmp_path, "kupiansk-copy.txt")
    assert ingest_file(store, path, actor=current_actor()).status == "stored"
    again = ingest_file(store, copy, actor=current_actor())
    assert again.status == "duplicate"
    assert "already stored" in again.message
    assert rows(store, ReportRow) == 1


@pytest.mark.parametrize(("name", "content", "problem"), [
    ("empty.txt", b"", "is empty"),
    ("blank.txt", b"  \n\n  ", "is empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("latin1.txt", "Shelling of Kherson caf\u00e9".encode("latin-1"), "not valid UTF-8"),
    ("report.pdf", b"%PDF-1.7 ...", "is not a readable PDF"),
    ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", "is not a report source this system reads"),
])
def test_a_bad_file_is_refused_with_one_line_naming_it(store: Store, tmp_path: Path, name: str,
                                                        content: bytes, problem: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = ingest_file(store, path, ReportMetadata(published=None), actor=current_actor())
    assert result.status == "failed"
    assert str(path) in result.message and problem in result.message
    assert "\n" not in result.message
    assert rows(store, ReportRow) == 0


def test_a_50_mb_file_is_refused_without_reading_it(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    result = ingest_file(store, path, actor=current_actor())
    assert result.status == "failed"
    assert "50.0 MB is larger than" in result.message and str(path) in result.message


def test_a_report_without_publication_date_is_refused(store: Store, tmp_path: Path) -> None:
    path = write_report(tmp_path, "undated.txt", published=None)
    result = ingest_file(store, path, actor=current_actor())
    assert result.status == "failed"
    assert "has no publication date" in result.message and "undated.txt" in result.message
    assert rows(store, ReportRow) == 0


def test_the_published_option_stands_in_for_a_missing_sidecar(store: Store, tmp_path: Path) -> None:
    import datetime as dt

    path = write_report(tmp_path, "undated.txt", published=None)
    result = ingest_file(store, path, ReportMetadata(published=dt.date(2024, 3, 4), publisher="Desk"),
                         actor=current_actor())
    assert result.status == "stored"
    assert get_report(store, result.outcome.report_id).publisher == "Desk"


def test_a_folder_with_one_bad_file_stores_the_good_ones(store: Store, tmp_path: Path) -> None:
    write_report(tmp_path, "a.txt")
    write_report(tmp_path, "b.md", REPORT.replace("four", "five"))
    (tmp_path / "c.txt").write_bytes(b"\xff\xfe bad bytes")
    (tmp_path / "README.md").write_text("About these reports.")
    summary = ingest_paths(store, [tmp_path], actor=current_actor())
    assert summary.count("stored") == 2
    assert summary.failed and summary.count("failed") == 1
    assert "c.txt" in next(f.message for f in summary.files if f.status == "failed")
    assert rows(store, ReportRow) == 2


def test_a_crash_while_storing_leaves_no_half_written_report_and_a_rerun_finishes(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_report(tmp_path, "a.txt")
    write_report(tmp_path, "b.txt", REPORT.replace("four", "six"))
    one_incident = Extraction((ExtractedIncident(IncidentFacts(violations=("attack_on_civilians",))),),
                              extractor_version="test")
    monkeypatch.setattr("warcrimes.services.drafts.extract", lambda *args: one_incident)
    real_linker = reports_service.LINKER

    def crash_on_second_report(session, account):  # type: ignore[no-untyped-def]
        if account.report_id != 1:
            raise RuntimeError("power cut")
        return real_linker(session, account)

    monkeypatch.setattr(reports_service, "LINKER", crash_on_second_report)
    crashed = ingest_paths(store, [tmp_path], actor=current_actor())  # the failure is the file's, not the run's
    reports = [f for f in crashed.files if f.path.suffix == ".txt"]
    assert [f.status for f in reports] == ["stored", "failed"]
    assert "internal error (RuntimeError: power cut)" in reports[1].message
    assert rows(store, ReportRow) == rows(store, IncidentRow) == rows(store, AccountRow) == 1
    monkeypatch.setattr(reports_service, "LINKER", real_linker)
    summary = ingest_paths(store, [tmp_path], actor=current_actor())
    assert [f.status for f in summary.files if f.path.suffix == ".txt"] == ["duplicate", "stored"]
    assert rows(store, ReportRow) == 2 and rows(store, AccountRow) == 2


def test_html_pages_are_stored_whole_and_their_article_text_extracted(store: Store, tmp_path: Path) -> None:
    html = ("<html><head><title>Strike</title></head><body><nav>Home | World | Sport</nav>"
            "<article><h1>Strike on Kherson</h1><p>" + REPORT * 3 + "</p><p>Rescuers worked through "
            "the night to clear the rubble of the shop.</p></article><footer>Copyright</footer></body></html>")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    result = ingest_file(store, path, ReportMetadata(published=__import__("datetime").date(2024, 3, 4)),
                         actor=current_actor())
    assert result.status == "stored", result.message
    report = get_report(store, result.outcome.report_id)
    assert "Kupiansk" in report.text and "<p>" not in report.text and "Copyright" not in report.text
    assert report_original(store, report.id)[1] == path.read_bytes()
    assert report.media_type == "text/html"


def test_a_ukrainian_report_is_stored_and_extracted(store: Store, tmp_path: Path) -> None:
    path = write_report(tmp_path, "uk.txt", "Вчора російські військові обстріляли Херсон, загинули двоє цивільних.")
    result = ingest_file(store, path, actor=current_actor())
    assert result.status == "stored"
    assert rows(store, AccountRow) == 1


def test_a_belarusian_report_is_stored_but_not_extracted_and_says_why(store: Store, tmp_path: Path) -> None:
    path = write_report(tmp_path, "be.txt", "Уначы горад атакавалі беспілотнікі, пашкоджаны жылы дом.")
    result = ingest_file(store, path, actor=current_actor())
    assert result.status == "stored"
    assert "not supported yet" in result.message
    assert rows(store, AccountRow) == 0


def test_an_html_page_supplies_its_declared_publication_date_and_site(store: Store, tmp_path: Path) -> None:
    head = ('<meta property="article:published_time" content="2024-03-04T09:30:00Z">'
            '<meta property="og:site_name" content="Example Wire">')
    path = tmp_path / "page.html"
    path.write_text(f"<html><head>{head}</head><body><article><p>{REPORT * 3}</p></article></body></html>")
    result = ingest_file(store, path, actor=current_actor())
    assert result.status == "stored", result.message
    report = get_report(store, result.outcome.report_id)
    assert report.published.isoformat() == "2024-03-04" and report.publisher == "Example Wire"


def test_a_date_in_the_body_of_a_page_is_not_taken_for_its_publication_date(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "undated.html"
    path.write_text(f"<html><body><article><p>{REPORT * 3} Published 2024-03-05.</p></article></body></html>")
    result = ingest_file(store, path, actor=current_actor())
    assert result.status == "failed" and "has no publication date" in result.message


def test_ingest_and_extraction_are_custody_entries_naming_who_acted(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARCRIMES_ACTOR", "analyst.kovalenko")
    result = ingest_file(store, write_report(tmp_path, "kupiansk.txt"), actor=current_actor())
    with store.transaction() as session:
        entries = custody_log(store).entries_about(session, [result.outcome.content_hash])
    assert [e.action for e in entries] == ["ingest", "extract"]
    assert {e.actor for e in entries} == {"analyst.kovalenko"}


MIXED = ("Russian artillery struck a market in Nikopol on Tuesday, killing four civilians, governor Serhiy Lysak "
         "said on Telegram.\n«Окупанти обстріляли ринок у Нікополі з артилерії. Загинули четверо людей, ще семеро "
         "поранені», — написав Лисак.\n")


@pytest.mark.parametrize("declared", [None, "mixed"])
def test_a_mixed_language_report_is_one_incident_read_in_both_languages(store: Store, tmp_path: Path,
                                                                        declared: str | None) -> None:
    path = write_report(tmp_path, "nikopol.txt", MIXED, published="2024-04-11")
    if declared:
        (tmp_path / "nikopol.meta.json").write_text(json.dumps({"published": "2024-04-11", "language": declared}))
    result = ingest_file(store, path, actor=current_actor())
    assert result.status == "stored", result.message
    assert get_report(store, result.outcome.report_id).language == "en"
    with store.transaction() as session:
        spans = [a.facts["span"] for a in session.scalars(select(AccountRow))]
    assert len(spans) == 1 and spans[0][1] > MIXED.index("«"), spans


TWO_EVENTS = ("On 3 May 2024 a Russian drone struck the central hospital in Kherson, wounding four patients "
              "and a nurse.\n\nSeparately, on 4 May 2024 artillery shelled a school in Sumy; two teachers "
              "were killed.\n")


def test_each_incident_of_a_report_telling_two_is_described_by_its_own_passage_at_import(
        store: Store, tmp_path: Path) -> None:
    """At import the report's accounts collection held none of its new accounts, so each read as the only
    one of its text and was described by the whole text; a later refresh read only its passage."""
    from warcrimes.corroborate.refresh import refresh_incident

    assert ingest_file(store, write_report(tmp_path, "two.txt", TWO_EVENTS, "2024-05-05"),
                       actor="intake").status == "stored"
    with store.transaction() as session:
        incidents = session.scalars(select(IncidentRow).order_by(IncidentRow.id)).all()
        at_import = [i.facts["corroboration"]["described"] for i in incidents]
        for incident in incidents:
            refresh_incident(session, incident)
        refreshed = [i.facts["corroboration"]["described"] for i in incidents]
        session.rollback()
    assert at_import == refreshed
    assert [("weapon:drone" in d, "weapon:artillery" in d) for d in at_import] == [(True, False), (False, True)]
