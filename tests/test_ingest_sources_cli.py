"""`warcrimes ingest` on a folder as a new user fills it: every format read, every other file named with
the reason, each bad file one line naming it while the good ones are kept; `warcrimes reports` lists them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from source_fixtures import (
    PAGE_RU,
    PAGE_UK,
    PHOTO_BYTES,
    make_docx,
    make_pdf,
    make_warc,
    write_telegram_export,
    zip_bomb_docx,
)
from test_cli import cli

STATEMENT = ["Офіс Генерального прокурора повідомляє:", "14 березня окупанти обстріляли Борову."]
NEWS = ("Russian troops shelled a bread queue in Kupiansk on March 3, killing four civilians, "
        "the regional governor said.\n")


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def a_folder_of_every_kind(folder: Path) -> Path:
    folder.mkdir()
    (folder / "kupiansk.txt").write_text(NEWS, encoding="utf-8")
    (folder / "kupiansk.meta.json").write_text(json.dumps({"published": "2024-03-04"}))
    (folder / "borova.html").write_text(PAGE_UK, encoding="utf-8")
    (folder / "statement.pdf").write_bytes(make_pdf([STATEMENT]))
    (folder / "verdict.docx").write_bytes(make_docx(["Вирок суду щодо обстрілу Борової 14 березня."]))
    (folder / "capture.warc").write_bytes(make_warc([("https://example.org/shebekino", PAGE_RU)]))
    write_telegram_export(folder / "channel")
    (folder / "photo.jpg").write_bytes(PHOTO_BYTES)
    (folder / "places.csv").write_text("place,date\nBorova,2024-03-14\n", encoding="utf-8")
    (folder / "mystery.bin").write_bytes(b"\x00\x01\x02\x03 not anything")
    return folder


def test_a_folder_of_every_kind_is_read_and_every_other_file_named(home: Path, tmp_path: Path) -> None:
    folder = a_folder_of_every_kind(tmp_path / "reports")
    result = cli(home, "ingest", str(folder), "--published", "2024-03-14")
    assert result.returncode == 0, result.stderr
    lines = {line.split(": ", 1)[0].removeprefix(f"{folder}/"): line for line in result.stdout.splitlines()}
    assert ": report " in lines["kupiansk.txt"] and "metadata of kupiansk.txt" in lines["kupiansk.meta.json"]
    for name in ("borova.html", "statement.pdf", "verdict.docx"):
        assert ": report " in lines[name], lines[name]
    assert "WARC web archive: 1 report(s) stored" in lines["capture.warc"]
    assert "Telegram export: 3 report(s) stored" in lines["channel"]
    assert "skipped: is image (image/jpeg)" in lines["photo.jpg"] and "warcrimes evidence add" in lines["photo.jpg"]
    assert "skipped: is text named '.csv'" in lines["places.csv"]
    assert "skipped: is not a report source" in lines["mystery.bin"]
    assert result.stdout.splitlines()[-1] == "8 stored, 0 already stored, 0 failed, 3 skipped (10 path(s) looked at)"
    assert result.stderr == ""


def test_reports_lists_each_report_with_language_and_extraction_status(home: Path, tmp_path: Path) -> None:
    folder = a_folder_of_every_kind(tmp_path / "reports")
    cli(home, "ingest", str(folder), "--published", "2024-03-14", check=True)
    listed = json.loads(cli(home, "reports", "--format", "json", check=True).stdout)
    assert len(listed) == 8
    formats = sorted(r["source"].get("format") for r in listed)
    assert formats == ["docx", "html", "pdf", "telegram", "telegram", "telegram", "text", "warc"]
    english = next(r for r in listed if r["filename"] == "kupiansk.txt")
    assert (english["language"], english["extraction_status"], english["accounts"]) == ("en", "done", 1)
    assert all(r["language"] in ("en", "uk", "ru") and r["extraction_status"] for r in listed)
    table = cli(home, "reports", "--channel", "Обласна прокуратура", check=True).stdout.splitlines()
    assert table[0].split() == ["id", "published", "lang", "extraction", "acc", "ver", "format", "source", "name"]
    assert len(table) == 1 + 3 + 1 and table[-1].startswith("3 report(s)")


def test_each_bad_file_is_one_line_naming_it_and_the_good_ones_are_kept(home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.pdf").write_bytes(make_pdf([STATEMENT]))
    (folder / "good.txt").write_text(NEWS, encoding="utf-8")
    (folder / "scan.pdf").write_bytes(make_pdf([None, None]))
    (folder / "locked.pdf").write_bytes(make_pdf([STATEMENT], encrypted=True))
    (folder / "bomb.docx").write_bytes(zip_bomb_docx())
    warc = make_warc([("https://example.org/a", PAGE_UK), ("https://example.org/b", PAGE_RU)])
    (folder / "cut.warc").write_bytes(warc[:-120])
    broken = write_telegram_export(folder / "broken-export")
    raw = (broken / "result.json").read_bytes()
    (broken / "result.json").write_bytes(raw[:raw.index(b'"id": 4')])
    result = cli(home, "ingest", str(folder), "--published", "2024-03-14")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    errors = result.stderr.splitlines()
    assert len(errors) == 5, result.stderr
    expected = {"scan.pdf": "no page has a text layer (a scanned PDF?)",
                "locked.pdf": "is encrypted (password protected)",
                "bomb.docx": "a zip bomb",
                "cut.warc": "is truncated",
                "broken-export/result.json": "malformed JSON near byte"}
    for name, problem in expected.items():
        line = next((e for e in errors if f"{folder}/{name}:" in e), "")
        assert line.startswith("error: ") and problem in line, (name, errors)
    assert "(1 report(s) before the problem were stored)" in next(e for e in errors if "cut.warc" in e)
    assert "(2 report(s) before the problem were stored)" in next(e for e in errors if "broken-export" in e)
    stored = json.loads(cli(home, "reports", "--format", "json", check=True).stdout)
    assert sorted(r["filename"] for r in stored) == ["broken-export/result.json", "broken-export/result.json",
                                                     "cut.warc", "good.pdf", "good.txt"]
    assert result.stdout.splitlines()[-1].startswith("5 stored, 0 already stored, 5 failed, 0 skipped")
