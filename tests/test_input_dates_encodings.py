"""Publication dates outside 1900..tomorrow are refused with one line; UTF-16 text is read, not called binary."""

from __future__ import annotations

import codecs
import datetime as dt
import json
from pathlib import Path

import pytest

from cli_fixtures import GOOD_REPORT, no_traceback, warcrimes
from warcrimes.errors import BadInputError
from warcrimes.ingest.metadata import parse_date
from warcrimes.ingest.reading import decode

TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize("value", ["0001-01-01", "1899-12-31", "9999-12-31", "2026-12-08"])
def test_a_publication_date_outside_1900_to_tomorrow_is_refused(value: str) -> None:
    with pytest.raises(BadInputError, match="is outside 1900-01-01 .. 2026-12-07"):
        parse_date(value, "x.meta.json", today=TODAY)


@pytest.mark.parametrize("value", ["1900-01-01", "2024-02-24", "2026-12-07"])
def test_a_publication_date_inside_the_range_is_kept(value: str) -> None:
    assert parse_date(value, "x", today=TODAY) == dt.date.fromisoformat(value)


def test_sidecar_years_1_and_9999_are_one_line_each_and_the_good_file_is_stored(tmp_path: Path) -> None:
    for name, published in (("ancient", "0001-01-01"), ("future", "9999-12-31"), ("good", "2024-03-04")):
        (tmp_path / f"{name}.txt").write_text(GOOD_REPORT.replace("two", name))
        (tmp_path / f"{name}.meta.json").write_text(json.dumps({"published": published}))
    done = warcrimes(tmp_path / "home", "ingest", str(tmp_path))
    assert done.returncode == 1 and no_traceback(done)
    assert "publication date 0001-01-01 is outside" in done.stderr
    assert "publication date 9999-12-31 is outside" in done.stderr
    assert "1 stored" in done.stdout


def test_a_published_option_in_year_9999_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD_REPORT)
    done = warcrimes(tmp_path / "home", "ingest", "--published", "9999-01-01", str(tmp_path / "a.txt"))
    assert done.returncode == 2 and no_traceback(done) and "is outside" in done.stderr


@pytest.mark.parametrize("bom,codec", [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
                                       (codecs.BOM_UTF32_LE, "utf-32-le")])
def test_text_with_a_byte_order_mark_is_decoded(bom: bytes, codec: str) -> None:
    text = "Обстріл Харкова: two civilians killed."
    assert decode(Path("r.txt"), bom + text.encode(codec)) == text


def test_utf16_without_a_mark_is_named_as_utf16_not_binary() -> None:
    with pytest.raises(BadInputError, match="looks like UTF-16"):
        decode(Path("r.txt"), GOOD_REPORT.encode("utf-16-le"))


def test_a_utf16_report_is_ingested_through_the_cli(tmp_path: Path) -> None:
    report = tmp_path / "windows.txt"
    report.write_bytes(codecs.BOM_UTF16_LE + GOOD_REPORT.encode("utf-16-le"))
    done = warcrimes(tmp_path / "home", "ingest", "--published", "2024-03-04", str(report))
    assert done.returncode == 0, done.stderr
    assert "1 stored" in done.stdout
