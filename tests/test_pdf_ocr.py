"""Scanned PDF pages are read by Tesseract: the words come back, the notes say which pages, the PDF
stays the original; without Tesseract, or when it finds nothing or runs out of time, one line says so."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from source_fixtures import make_scanned_pdf
from warcrimes.errors import BadInputError
from warcrimes.extract import extract
from warcrimes.ingest.formats import Limits, read_source
from warcrimes.ingest.formats.ocr import GrayImage

UK_PAGE = ["Херсон, 12 березня. Уночі російські війська обстріляли",
           "з артилерії житловий квартал Херсона.",
           "Загинули троє мирних жителів, ще четверо поранені,",
           "повідомила Херсонська обласна прокуратура."]
EN_PAGE = ["On March 9, Russian forces shelled a bus stop in Kherson,",
           "killing two civilians, the regional governor said."]

needs_tesseract = pytest.mark.skipif(subprocess.run(["sh", "-c", "command -v tesseract"], capture_output=True)
                                     .returncode != 0, reason="tesseract-ocr is not installed")


def _write(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


@needs_tesseract
@pytest.mark.slow
def test_scanned_pages_in_ukrainian_and_english_are_read_and_give_incidents(tmp_path: Path) -> None:
    content = make_scanned_pdf([UK_PAGE, EN_PAGE])
    draft = next(iter(read_source(_write(tmp_path, "scan.pdf", content))))
    for word in ("обстріляли", "Херсона", "мирних", "прокуратура", "shelled", "Kherson", "civilians"):
        assert word in draft.text
    assert draft.text.index("Херсона") < draft.text.index("Kherson")
    assert draft.notes == ("page 1 has no text layer; its text was read by OCR",
                           "page 2 has no text layer; its text was read by OCR")
    assert draft.original.content == content
    incidents = extract(draft.text, dt.date(2024, 3, 12)).to_contract()["incidents"]  # each page by its rules
    assert [(i["location"]["name"], i["victims"]["min"]) for i in incidents] == [("Kherson", 3), ("Kherson", 2)]
    assert {i["violations"][0] for i in incidents} == {"attack_on_civilians"}


@needs_tesseract
def test_ocr_that_runs_out_of_time_is_named_and_the_scan_refused_in_one_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "slow.pdf", make_scanned_pdf([EN_PAGE]))
    with pytest.raises(BadInputError, match=r"/slow\.pdf: no page has a text layer \(a scanned PDF\?\) and OCR "
                                            r"read no text from it \(page 1: OCR stopped after 0\.01 s\)$"):
        list(read_source(path, Limits(ocr_timeout_seconds=0.01)))


@needs_tesseract
@pytest.mark.slow
def test_a_page_of_noise_gives_no_words_and_a_one_line_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "noise.pdf", make_scanned_pdf([[]], noise=True))
    try:
        drafts = list(read_source(path))
    except BadInputError as exc:
        assert str(exc).startswith(f"{path}: no page has a text layer (a scanned PDF?) and OCR read no text")
    else:  # Tesseract may see a few letters in noise; then they are few and the page is named.
        assert len(drafts[0].text.split()) < 30 and drafts[0].notes[0].startswith("page 1 has no text layer; ")


@needs_tesseract
def test_a_blank_scanned_page_is_named_blank_without_running_ocr(tmp_path: Path) -> None:
    path = _write(tmp_path, "blank.pdf", make_scanned_pdf([[]]))
    with pytest.raises(BadInputError, match=r"blank\.pdf: no page has a text layer \(a scanned PDF\?\) and every "
                                            r"page is blank"):
        list(read_source(path))


@needs_tesseract
def test_pages_past_the_ocr_limit_are_named_not_read(tmp_path: Path) -> None:
    path = _write(tmp_path, "long-scan.pdf", make_scanned_pdf([EN_PAGE]))
    with pytest.raises(BadInputError, match=r"\(page 1: not read: OCR reads at most 0 pages and 1800 s of a file\)"):
        list(read_source(path, Limits(max_ocr_pages=0)))


@needs_tesseract
def test_pages_past_the_files_ocr_time_are_named_not_read(tmp_path: Path) -> None:
    path = _write(tmp_path, "slow-scan.pdf", make_scanned_pdf([EN_PAGE, EN_PAGE]))
    with pytest.raises(BadInputError, match=r"\(page 1: not read: OCR reads at most 200 pages and 0 s of a file\)"):
        list(read_source(path, Limits(ocr_total_seconds=0)))


def test_without_tesseract_a_scan_is_refused_naming_what_to_install(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, "scan.pdf", make_scanned_pdf([EN_PAGE]))
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    with pytest.raises(BadInputError, match=r"scan\.pdf: no page has a text layer \(a scanned PDF\?\) and OCR needs "
                                            r"tesseract-ocr with the ukr and rus languages \(apt-get install"):
        list(read_source(path))


@pytest.mark.slow
def test_ingest_without_tesseract_on_the_path_fails_in_one_line_naming_what_to_install(tmp_path: Path) -> None:
    scan = _write(tmp_path, "scan.pdf", make_scanned_pdf([EN_PAGE]))
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("WARCRIMES_")}
    env.update(WARCRIMES_HOME=str(tmp_path / "home"), PATH=str(empty_bin))
    done = subprocess.run([sys.executable, "-m", "warcrimes", "ingest", str(scan), "--published", "2024-03-12"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert (f"error: {scan}: no page has a text layer (a scanned PDF?) and OCR needs tesseract-ocr with the ukr "
            "and rus languages (apt-get install tesseract-ocr tesseract-ocr-ukr tesseract-ocr-rus)") in done.stderr


def test_a_page_is_rendered_within_the_pixel_bound(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    from warcrimes.ingest.formats.pdf import _render

    document = pdfium.PdfDocument(make_scanned_pdf([EN_PAGE]))
    try:
        image = _render(document, 0, max_pixels=20_000)
    finally:
        document.close()
    assert image.width * image.height <= 20_000 and image.width > 50


def test_an_image_goes_to_tesseract_as_pgm_without_row_padding() -> None:
    image = GrayImage(width=2, height=2, stride=4, pixels=b"\x01\x02..\x03\x04..")
    assert image.pgm() == b"P5\n2 2\n255\n\x01\x02\x03\x04"
    assert GrayImage(1, 2, 1, b"\xff\xf5").is_blank() and not GrayImage(1, 2, 1, b"\xff\x10").is_blank()
