"""Web archives: the main text of each archived HTML page, its URI and capture date; truncation refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from source_fixtures import PAGE_RU, PAGE_UK, make_wacz, make_warc
from warcrimes.errors import BadInputError
from warcrimes.ingest.formats import read_source

PAGES = [("https://example.org/news/borova", PAGE_UK), ("https://example.org/news/shebekino", PAGE_RU)]


def _write(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


@pytest.mark.parametrize("gzipped", [False, True])
def test_each_archived_page_is_a_draft_with_its_uri_and_capture_date(tmp_path: Path, gzipped: bool) -> None:
    content = make_warc(PAGES, gzipped=gzipped)
    drafts = list(read_source(_write(tmp_path, "capture.warc.gz" if gzipped else "capture.warc", content)))
    assert [d.url for d in drafts] == [url for url, _ in PAGES]
    assert drafts[0].captured == dt.datetime(2024, 3, 14, 12, 0, tzinfo=dt.UTC)
    assert drafts[0].published == dt.datetime(2024, 3, 14)  # what the page's own markup declares
    assert drafts[0].title == "Обстріл Борової"
    assert "Загинули двоє мешканців" in drafts[0].text
    assert "Головна | Новини" not in drafts[0].text  # navigation is not the article
    assert "Шебекино" in drafts[1].text


@pytest.mark.parametrize("gzipped", [False, True])
def test_each_original_is_its_record_byte_for_byte(tmp_path: Path, gzipped: bool) -> None:
    content = make_warc(PAGES, gzipped=gzipped)
    for draft in read_source(_write(tmp_path, "capture.warc", content)):
        assert draft.original.span is not None
        start, end = draft.original.span
        assert content[start:end] == draft.original.content
        assert draft.original.content.startswith(b"\x1f\x8b" if gzipped else b"WARC/1.")


@pytest.mark.parametrize("gzipped", [False, True])
def test_a_truncated_record_is_refused_after_the_whole_pages_before_it(tmp_path: Path, gzipped: bool) -> None:
    content = make_warc(PAGES, gzipped=gzipped)
    path = _write(tmp_path, "cut.warc", content[:-120])
    read: list[str] = []
    with pytest.raises(BadInputError, match=r"cut\.warc: the record .* truncated"):
        read.extend(d.url or "" for d in read_source(path))
    assert read == [PAGES[0][0]]


def test_a_warc_without_html_pages_says_so(tmp_path: Path) -> None:
    content = make_warc([("https://example.org/x", "<html><body></body></html>")])
    with pytest.raises(BadInputError, match=r"empty\.warc: no archived page has article text"):
        list(read_source(_write(tmp_path, "empty.warc", content)))


def test_a_wacz_package_gives_the_pages_of_its_warc_files(tmp_path: Path) -> None:
    package = make_wacz(make_warc(PAGES, gzipped=True))
    drafts = list(read_source(_write(tmp_path, "crawl.wacz", package)))
    assert [d.url for d in drafts] == [url for url, _ in PAGES]
    assert drafts[0].original.source.endswith("crawl.wacz!archive/data.warc.gz")
