"""PDF and DOCX sources: their text in order, the file kept byte for byte, bad files one line each."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

from source_fixtures import make_docx, make_pdf, zip_bomb_docx
from warcrimes.domain.hashing import content_hash
from warcrimes.errors import BadInputError
from warcrimes.ingest.formats import Limits, SourceFile, read_source
from warcrimes.ingest.formats.pdf import pdf_date

STATEMENT = ["Офіс Генерального прокурора повідомляє:", "14 березня окупанти обстріляли Борову.",
             "Загинули двоє мешканців, п'ятеро поранені."]


def _write(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


def test_a_pdf_gives_its_cyrillic_text_page_by_page_and_keeps_its_bytes(tmp_path: Path) -> None:
    content = make_pdf([STATEMENT, ["Сторінка 2: розслідування триває."]], title="Повідомлення прокуратури")
    draft = next(iter(read_source(_write(tmp_path, "statement.pdf", content))))
    assert draft.text == "\n".join(STATEMENT) + "\n\nСторінка 2: розслідування триває."
    assert draft.title == "Повідомлення прокуратури"
    assert draft.created == dt.datetime(2024, 3, 14, 10, 15)
    assert draft.original.content == content
    assert draft.identity == content_hash(content)
    assert draft.notes == ()


def test_text_running_past_the_page_edge_is_still_read(tmp_path: Path) -> None:
    long_line = "Слідчі оглянули місце події, зібрали уламки снарядів та опитали свідків обстрілу Борової вночі."
    draft = next(iter(read_source(_write(tmp_path, "wide.pdf", make_pdf([[long_line]])))))
    assert draft.text == long_line


def test_a_pdf_page_without_a_text_layer_is_named(tmp_path: Path) -> None:
    content = make_pdf([STATEMENT, None, ["Додаток."]])
    draft = next(iter(read_source(_write(tmp_path, "scan-inside.pdf", content), Limits(max_ocr_pages=0))))
    assert draft.notes[0].startswith("page 2 has no text layer; ")
    assert draft.text.endswith("Додаток.")


def test_a_pdf_without_any_text_layer_is_refused_in_one_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "scan.pdf", make_pdf([None, None]))
    with pytest.raises(BadInputError, match=r"scan\.pdf: no page has a text layer"):
        list(read_source(path, Limits(max_ocr_pages=0)))


def test_an_encrypted_pdf_is_refused_in_one_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "locked.pdf", make_pdf([STATEMENT], encrypted=True))
    with pytest.raises(BadInputError, match=r"locked\.pdf: is encrypted \(password protected\)"):
        list(read_source(path))


def test_a_damaged_pdf_is_refused_in_one_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "damaged.pdf", b"%PDF-1.7\n" + b"\x00garbage" * 50)
    with pytest.raises(BadInputError, match=r"damaged\.pdf: is not a readable PDF"):
        list(read_source(path))


def test_a_pdf_over_the_page_limit_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "long.pdf", make_pdf([["a"], ["b"], ["c"]]))
    with pytest.raises(BadInputError, match="has 3 pages, more than the 2 allowed"):
        list(read_source(path, Limits(max_pdf_pages=2)))


@pytest.mark.parametrize(("value", "expected"), [
    ("D:20240314101500+02'00'", dt.datetime(2024, 3, 14, 10, 15)),
    ("D:2024", dt.datetime(2024, 1, 1)),
    ("D:20241399", None),
    ("yesterday", None),
])
def test_pdf_dates_are_read_by_the_standard_form(value: str, expected: dt.datetime | None) -> None:
    assert pdf_date(value) == expected


def test_a_docx_gives_paragraphs_and_table_rows_in_document_order(tmp_path: Path) -> None:
    content = make_docx(STATEMENT, [["Дата", "Населений пункт", "Загиблі"], ["14.03.2024", "Борова", "2"]],
                        title="Довідка")
    draft = next(iter(read_source(_write(tmp_path, "note.docx", content))))
    assert draft.text == ("\n\n".join(STATEMENT) + "\n\nДата\tНаселений пункт\tЗагиблі\n14.03.2024\tБорова\t2"
                          "\n\nКінець довідки.")
    assert draft.title == "Довідка"
    assert draft.author == "Відділ документування"
    assert draft.original.content == content


def test_a_docx_zip_bomb_is_refused_before_it_is_inflated(tmp_path: Path) -> None:
    path = _write(tmp_path, "bomb.docx", zip_bomb_docx())
    with pytest.raises(BadInputError, match=r"bomb\.docx: entry 'word/document\.xml' inflates .* zip bomb"):
        list(read_source(path))


def test_a_docx_with_too_many_entries_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        for number in range(30):
            archive.writestr(f"word/media/{number}.bin", b"x")
    path = _write(tmp_path, "many.docx", buffer.getvalue())
    with pytest.raises(BadInputError, match="holds 31 entries, more than the 20 allowed"):
        list(read_source(path, Limits(max_zip_entries=20)))


def test_a_docx_whose_parts_are_not_a_document_is_refused_in_one_line(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "not xml at all")
    path = _write(tmp_path, "broken.docx", buffer.getvalue())
    with pytest.raises(BadInputError, match=r"broken\.docx: is (not a readable|a damaged) DOCX document"):
        list(read_source(path))


def test_a_docx_read_from_bytes_names_the_upload(tmp_path: Path) -> None:
    source = SourceFile.from_bytes(zip_bomb_docx(), "upload.docx")
    with pytest.raises(BadInputError, match="^upload.docx: "):
        list(read_source(source))
