"""`warcrimes persons ...` as an office meets it: import with a dry run, figures, search, show,
statuses, candidates and merges, exchanges, tracing; bad lists refused whole; no name in clear on disk."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook

HEADER = "family_name,given_name,patronymic,birth_date,category,rank,unit,status,status_date,status_place,source"
ROWS = [
    "Ярошенко,Богдан,Іванович,02.02.1993,military,старший солдат,в/ч В2222,held,12.04.2022,Колонія-7 Горлівка,list C",
    "Ярошенко,Богдан,Іванович,02.02.1993,military,старший солдат,в/ч В2222,released,29.06.2022,,exchange list",
    "Ткачук,Людмила,Петрівна,1968,civilian,,,held,2022-05,СІЗО-2 Таганрог,appeal 31",
    "Гнатюк,Андрій,,1990-07-15,military,матрос,,missing,2022-03-20,,appeal 40",
]
SECRET_NAMES = ("Ярошенко", "Ткачук", "Гнатюк", "Yaroshenko", "Tkachuk", "Hnatiuk", "Людмила", "Богдан")


def cli(home: Path, *args: str, actor: str = "clerk") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WARCRIMES_")}
    env["WARCRIMES_HOME"] = str(home)
    env["WARCRIMES_ACTOR"] = actor
    return subprocess.run([sys.executable, "-m", "warcrimes", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def ok(home: Path, *args: str, actor: str = "clerk") -> str:
    done = cli(home, *args, actor=actor)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def listed(tmp_path: Path) -> Path:
    path = tmp_path / "list.csv"
    path.write_text("\n".join([HEADER, *ROWS]) + "\n", encoding="utf-8")
    return path


def test_dry_run_then_import_then_figures_count_held_and_released(home: Path, listed: Path) -> None:
    dry = ok(home, "persons", "import", str(listed), "--dry-run")
    assert "create 3" in dry and "dry run: nothing was changed" in dry
    assert json.loads(ok(home, "persons", "figures", "--format", "json"))["held"] == 0
    done = ok(home, "persons", "import", str(listed))
    assert "3 persons created" in done
    counted = json.loads(ok(home, "persons", "figures", "--format", "json"))
    assert (counted["held"], counted["released"], counted["missing"]) == (1, 1, 1)
    assert counted["by_category"]["civilian"]["held"] == 1


@pytest.mark.parametrize("query", ["Yaroshenko", "Ярошенко", "Ярошенко Богдан", "Bohdan Yaroshenko",
                                   "Iaroshenko Bogdan", "Ярошенко Богдан Іванович"])
def test_search_finds_a_person_by_any_spelling(home: Path, listed: Path, query: str) -> None:
    ok(home, "persons", "import", str(listed))
    found = json.loads(ok(home, "persons", "search", query, "--format", "json"))
    assert found[0]["name"] == "Ярошенко Богдан Іванович" and found[0]["status"] == "released"


def test_no_personal_name_is_in_clear_anywhere_under_the_home(home: Path, listed: Path, tmp_path: Path) -> None:
    ok(home, "persons", "import", str(listed))
    person = json.loads(ok(home, "persons", "search", "Ткачук", "--format", "json"))[0]["id"]
    ok(home, "persons", "show", person)
    ok(home, "persons", "status", "add", person, "released", "--date", "2023-02-01", "--source", "r-5",
       "--note", "Ткачук повернулась")
    ok(home, "persons", "match")
    ok(home, "persons", "tracing", person, "--out", str(tmp_path / "trace.csv"))
    files = [p for p in home.rglob("*") if p.is_file()]
    assert any(p.suffix == ".sqlite3" for p in files)
    for path in files:
        raw = path.read_bytes()
        for name in SECRET_NAMES:
            for encoding in ("utf-8", "utf-16-le", "cp1251"):
                assert name.encode(encoding) not in raw, (path.name, name)


def test_show_records_the_view_and_status_add_moves_the_derived_status(home: Path, listed: Path) -> None:
    ok(home, "persons", "import", str(listed))
    person = json.loads(ok(home, "persons", "search", "Гнатюк", "--format", "json"))[0]["id"]
    ok(home, "persons", "place", "add", "Колонія-3 Курськ", "--kind", "colony", "--country", "RU")
    ok(home, "persons", "status", "add", person, "held", "--date", "2022-06", "--source", "video 3",
       "--place", "Колонія-3 Курськ")
    shown = json.loads(ok(home, "persons", "show", person, "--format", "json"))
    assert shown["status"]["kind"] == "held" and shown["history"][-1]["place"]["name"] == "Колонія-3 Курськ"
    again = json.loads(ok(home, "persons", "show", person, "--format", "json", actor="second"))
    assert [(v["viewer"], v["via"]) for v in again["views"]] == [("clerk", "cli")]


def test_a_bad_list_gives_one_line_per_problem_with_rows_and_imports_nothing(home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    rows = [*ROWS, "Коваль,,,1990,military,,,held,32.13.2022,,x", "Коваль,Іван,,1990,army,,,gone,2022,,x",
            ROWS[0]]
    bad.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    done = cli(home, "persons", "import", str(bad))
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert any(line.startswith("error: row 6 (given_name)") for line in lines)
    assert any("row 6 (status_date)" in line for line in lines)
    assert any("row 7 (category)" in line for line in lines) and any("row 7 (status)" in line for line in lines)
    assert lines[-1].startswith("error: bad.csv:") and "nothing was imported" in lines[-1]
    assert "Traceback" not in done.stderr and "Коваль" not in done.stderr
    assert json.loads(ok(home, "persons", "figures", "--format", "json"))["persons"] == 0


@pytest.mark.parametrize(("content", "message"), [
    (("\n".join([HEADER, *ROWS]) + "\n").encode("koi8-u"), "UTF-8"),
    (b"family_name;surname\nX;Y\n", "given_name"),
    (b"", "empty"),
])
def test_unreadable_lists_are_one_message(home: Path, tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "odd.csv"
    path.write_bytes(content)
    done = cli(home, "persons", "import", str(path))
    assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr


def test_a_50_mb_list_is_refused_before_reading(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as out:
        out.truncate(50 * 1024 * 1024)
    done = cli(home, "persons", "import", str(path))
    assert done.returncode == 2 and "50.0 MB" in done.stderr and "Split it" in done.stderr


def test_an_xlsx_list_with_an_office_mapping_imports(home: Path, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Прізвище", "Ім'я", "По батькові", "Дата народження", "Категорія", "Статус", "Дата статусу",
                  "Місце утримання"])
    sheet.append(["Руденко", "Ольга", "Василівна", "03.03.1975", "цивільна", "утримується", "01.08.2022",
                  "СІЗО-1 Донецьк"])
    buffer = io.BytesIO()
    book.save(buffer)
    path = tmp_path / "office.xlsx"
    path.write_bytes(buffer.getvalue())
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"columns": {"family_name": ["Прізвище"], "given_name": ["Ім'я"],
                                               "patronymic": ["По батькові"], "birth_date": ["Дата народження"],
                                               "category": ["Категорія"], "status": ["Статус"],
                                               "status_date": ["Дата статусу"], "status_place": ["Місце утримання"]},
                                   "values": {"category": {"цивільна": "civilian"},
                                              "status": {"утримується": "held"}}}),
                       encoding="utf-8")
    ok(home, "persons", "import", str(path), "--mapping", "ukrainian_office")
    assert json.loads(ok(home, "persons", "figures", "--format", "json"))["held"] == 1
    other = tmp_path / "office2.xlsx"
    sheet["A2"] = "Руденко-Ткач"
    book.save(other)
    ok(home, "persons", "import", str(other), "--mapping", str(mapping))
    assert json.loads(ok(home, "persons", "figures", "--format", "json"))["persons"] == 2


def test_match_lists_candidates_and_only_an_analyst_merges(home: Path, listed: Path, tmp_path: Path) -> None:
    ok(home, "persons", "import", str(listed))
    russian = tmp_path / "ru.csv"
    russian.write_text(HEADER + "\nЯрошенко,Богдан,Иванович,1993,military,,,held,2022-05-01,,list R\n",
                       encoding="utf-8")
    ok(home, "persons", "import", str(russian))
    pairs = json.loads(ok(home, "persons", "match", "--format", "json"))
    assert len(pairs) == 1 and pairs[0]["score"] >= 0.75
    assert {r["field"] for r in pairs[0]["reasons"]} >= {"family_name", "patronymic", "birth_date"}
    keep = pairs[0]["right"]["id"]
    refused = cli(home, "persons", "merge", str(pairs[0]["candidate"]), keep)
    assert refused.returncode == 6 and "analyst" in refused.stderr
    done = subprocess.run([sys.executable, "-m", "warcrimes", "user", "add", "olena", "--role", "analyst",
                           "--password-stdin"], input="a long enough password\n", capture_output=True, text=True,
                          env={**{k: v for k, v in os.environ.items() if not k.startswith("WARCRIMES_")},
                               "WARCRIMES_HOME": str(home), "WARCRIMES_ACTOR": "admin"}, timeout=120)
    assert done.returncode == 0, done.stderr
    ok(home, "persons", "merge", str(pairs[0]["candidate"]), keep, actor="olena")
    assert len(json.loads(ok(home, "persons", "search", "Ярошенко", "--format", "json"))) == 1


def test_an_exchange_releases_its_persons_and_shows_differences(home: Path, listed: Path) -> None:
    ok(home, "persons", "import", str(listed))
    person = json.loads(ok(home, "persons", "search", "Ткачук", "--format", "json"))[0]["id"]
    ok(home, "persons", "exchange", "add", "2023-03-07", "--person", person, "--stated", "ukraine:civilian=3",
       "--stated", "russia:civilian=2")
    line = json.loads(ok(home, "persons", "exchanges", "--format", "json"))[0]
    assert line["registered"] == {"civilian": 1}
    assert line["differences"] == {"ukraine": {"civilian": 2}, "russia": {"civilian": 1}}
    assert json.loads(ok(home, "persons", "figures", "--format", "json"))["released"] == 2


def test_rotate_keys_keeps_every_record_readable(home: Path, listed: Path) -> None:
    ok(home, "persons", "import", str(listed))
    assert "active key k2: 3 persons and 4 notes re-encrypted" in ok(home, "persons", "rotate-keys")
    assert "0 persons" in ok(home, "persons", "rotate-keys", "--finish")
    found = json.loads(ok(home, "persons", "search", "Tkachuk", "--format", "json"))
    assert json.loads(ok(home, "persons", "show", found[0]["id"], "--format", "json"))["history"][0]["note"]


def test_export_carries_the_registry_only_when_asked_with_registry(home: Path, listed: Path, tmp_path: Path) -> None:
    ok(home, "persons", "import", str(listed))
    plain, full = tmp_path / "plain.jsonl", tmp_path / "full.jsonl"
    ok(home, "export", "--format", "jsonl", "-o", str(plain))
    assert b'"kind":"registry_' not in plain.read_bytes()
    ok(home, "export", "--format", "jsonl", "-o", str(full), "--registry")
    content = full.read_bytes().decode()
    assert content.count('"kind":"registry_person"') == 3 and '"kind":"registry_status_entry"' in content
    assert not any(name in content for name in SECRET_NAMES)
