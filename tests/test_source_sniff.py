"""The reader is chosen by content (magic bytes), never by the file's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from source_fixtures import make_docx, make_pdf, make_wacz, make_warc, write_telegram_export
from warcrimes.errors import BadInputError
from warcrimes.ingest.formats import SourceFile, detect_format, format_of, read_source


@pytest.mark.parametrize(("name", "content", "kind"), [
    ("report.txt", make_pdf([["Текст"]]), "pdf"),
    ("report.pdf", "Звичайний текст звіту.".encode(), "text"),
    ("note.bin", make_docx(["Абзац."]), "docx"),
    ("capture.dat", make_warc([("https://example.org/", "<html><body><p>x</p></body></html>")]), "warc"),
    ("capture.gz", make_warc([("https://example.org/", "<html></html>")], gzipped=True), "warc"),
    ("crawl.zip", make_wacz(make_warc([("https://example.org/", "<html></html>")], gzipped=True)), "wacz"),
    ("page.txt", b"<!DOCTYPE html><html><body>x</body></html>", "html"),
    ("export.txt", '{\n "name": "Канал",\n "type": "public_channel",\n "id": 1,\n "messages": []}'.encode(),
     "telegram"),
    ("picture.pdf", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None),
    ("archive.docx", b"PK\x03\x04 not really a zip", None),
])
def test_the_format_comes_from_the_first_bytes(tmp_path: Path, name: str, content: bytes, kind: str | None) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert detect_format(SourceFile.from_path(path)) == kind


def test_a_telegram_export_folder_is_recognised_by_its_result_json(tmp_path: Path) -> None:
    assert detect_format(SourceFile.from_path(write_telegram_export(tmp_path / "export"))) == "telegram"
    assert detect_format(SourceFile.from_path(tmp_path)) is None


def test_a_file_no_reader_takes_is_named_with_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    with pytest.raises(BadInputError, match=r"photo\.jpg: is not a report source this system reads"):
        list(read_source(path))


def test_plain_text_is_one_draft_with_its_bytes_kept(tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    path.write_text("Вночі ворог атакував Харків.\r\nДеталі згодом.", encoding="utf-8")
    [draft] = read_source(path)
    assert draft.text == "Вночі ворог атакував Харків.\nДеталі згодом."
    assert draft.original.content == path.read_bytes() and draft.original.media_type == "text/plain"


def test_text_under_another_name_is_refused_in_a_folder_walk_only(tmp_path: Path) -> None:
    path = tmp_path / "table.csv"
    path.write_text("place,date\nKherson,2024-03-01\n", encoding="utf-8")
    assert format_of(SourceFile.from_path(path)).kind == "text"
    with pytest.raises(BadInputError, match=r"table\.csv: is text named '\.csv', not a report format"):
        format_of(SourceFile.from_path(path), any_text_name=False)
