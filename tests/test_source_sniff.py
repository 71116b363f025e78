"""The reader is chosen by content (magic bytes), never by the file's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from source_fixtures import make_docx, make_pdf, make_wacz, make_warc, write_telegram_export
from warcrimes.errors import BadInputError
from warcrimes.ingest.formats import SourceFile, detect_format, read_source


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


def test_plain_text_is_left_to_the_plain_report_reader(tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    path.write_text("Вночі ворог атакував Харків.", encoding="utf-8")
    with pytest.raises(BadInputError, match="read by the plain report reader"):
        list(read_source(path))
