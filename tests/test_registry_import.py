"""List import, pure part: reading CSV/XLSX in any common encoding, checking rows, planning the import."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from warcrimes.registry.blocking import profile
from warcrimes.registry.columns import MappingError, builtin_mapping, parse_mapping
from warcrimes.registry.history import check_entry
from warcrimes.registry.listfile import MAX_LIST_BYTES, ListFileError, read_list
from warcrimes.registry.listrows import parse_rows
from warcrimes.registry.matching import MatchIndex
from warcrimes.registry.plan import identity_key, plan_import
from warcrimes.registry.records import PartialDate, Person, PersonName

TODAY = dt.date(2024, 6, 1)
HEADER = "family_name,given_name,patronymic,birth_date,category,rank,unit,status,status_date,status_place,source"
ROWS = [
    "Гордієнко,Олександр,Петрович,12.03.1990,military,солдат,в/ч А0000,held,05.06.2022,СІЗО-2 Таганрог,list A",
    "Коваленко,Олена,Іванівна,1985,civilian,,,missing,2022-03,,appeal 14",
    "Гордієнко,Олександр,Петрович,12.03.1990,military,солдат,в/ч А0000,released,14.09.2022,,exchange",
]


def csv_bytes(*rows: str, header: str = HEADER, encoding: str = "utf-8") -> bytes:
    return ("\r\n".join([header, *rows]) + "\r\n").encode(encoding)


def parse(raw: bytes, mapping: str = "default"):  # type: ignore[no-untyped-def]
    return parse_rows(read_list("list.csv", raw), builtin_mapping(mapping), TODAY)


@pytest.mark.parametrize(("encoding", "label"), [
    ("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8 with BOM"), ("utf-16", "UTF-16"), ("cp1251", "Windows-1251"),
])
def test_a_list_is_read_in_each_common_encoding_and_the_encoding_is_named(encoding: str, label: str) -> None:
    table = read_list("list.csv", csv_bytes(*ROWS, encoding=encoding))
    assert table.encoding == label
    assert table.header[0] == "family_name"
    assert table.rows[0][0] == "Гордієнко"
    assert table.row_numbers == (2, 3, 4)


def test_utf16_without_a_bom_is_recognised() -> None:
    assert read_list("list.csv", csv_bytes(*ROWS, encoding="utf-16-le")).encoding == "UTF-16"


def test_a_koi8_list_is_refused_with_the_way_out() -> None:
    with pytest.raises(ListFileError, match="other than UTF-8, UTF-16 or Windows-1251.*CSV UTF-8"):
        read_list("list.csv", csv_bytes(*ROWS, encoding="koi8-u"))


@pytest.mark.parametrize(("raw", "message"), [
    (b"", "empty"),
    (b"\x00\x01\x02\x03" * 100 + b"\xff\x00\x10", "binary"),
    (b" \r\n\r\n", "no rows"),
    (b'family_name,given_name\n"unclosed,x\n' + b"a" * 200_000, "not valid CSV|longer than"),
    (b"PK\x03\x04 not really a zip", "not a readable XLSX"),
])
def test_an_unreadable_file_gets_one_sentence_naming_it(raw: bytes, message: str) -> None:
    with pytest.raises(ListFileError, match=message) as caught:
        read_list("list.csv", raw)
    assert str(caught.value).startswith("list.csv: ")


def test_a_file_over_the_limit_is_refused_before_reading() -> None:
    big = csv_bytes(*ROWS) + b"x" * (50 * 1024 * 1024)
    with pytest.raises(ListFileError, match=r"50\.0 MB; lists up to 20 MB are read. Split it"):
        read_list("list.csv", big)
    assert len(big) > MAX_LIST_BYTES


def test_semicolon_lists_from_spreadsheets_are_read() -> None:
    table = read_list("list.csv", csv_bytes(*(r.replace(",", ";") for r in ROWS), header=HEADER.replace(",", ";")))
    assert len(table.header) == 11 and table.rows[1][0] == "Коваленко"


def test_an_xlsx_list_is_read_with_real_dates() -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER.split(","))
    sheet.append(["Гордієнко", "Олександр", "Петрович", dt.datetime(1990, 3, 12), "military", "", "", "held",
                  dt.datetime(2022, 6, 5), "Таганрог", "list"])
    out = io.BytesIO()
    book.save(out)
    parsed = parse_rows(read_list("list.xlsx", out.getvalue()), builtin_mapping(), TODAY)
    assert not parsed.problems
    assert parsed.rows[0].person.birth_date == PartialDate(1990, 3, 12)
    assert parsed.rows[0].status_date == PartialDate(2022, 6, 5)


def test_clean_rows_become_persons_with_kmu_latin_names_and_statuses() -> None:
    parsed = parse(csv_bytes(*ROWS))
    assert not parsed.has_errors and not parsed.problems
    first = parsed.rows[0]
    assert first.person.name_latin == PersonName("Hordiienko", "Oleksandr", "Petrovych")
    assert first.person.category == "military" and first.person.military is not None
    assert (first.status, first.status_date, first.status_place) == ("held", PartialDate(2022, 6, 5),
                                                                     "СІЗО-2 Таганрог")


def test_missing_columns_are_one_error_naming_them_and_the_mapping() -> None:
    parsed = parse(csv_bytes("Шевченко,1990", header="family_name,birth_date"))
    assert [p.render() for p in parsed.problems] == [
        "error: the list: the header lacks the columns given_name (one of: given_name); "
        "the mapping in use is 'default'"]
    assert parsed.rows == ()


def test_each_problem_is_one_message_with_its_rows_and_no_personal_value() -> None:
    rows = [
        "Шевченко,Тарас,,31.02.1990,military,,,held,01.05.2022,Оленівка,x",  # impossible date
        "Мельник,Іван,,31.02.1991,military,,,held,01.05.2022,Оленівка,x",  # the same problem
        "Бойко,Петро,,03/04/1990,military,,,released,2022-09-01,,x",  # ambiguous: a warning
        "Ткачук,Ганна,,1990,civilian,,,captured,2022-09-01,,x",  # status outside the vocabulary
        "Бойко,Петро,,03/04/1990,military,,,released,2022-09-01,,x",  # duplicate of row 4
        "Лисенко,,,1990,civilian,,,,,,x",  # no given name
        "Кравець,Ольга,,1990,civilian,,,missing,,,x",  # a status without a date
    ]
    parsed = parse(csv_bytes(*rows))
    rendered = [p.render() for p in parsed.problems]
    assert ("error: rows 2, 3 (birth_date): not a real calendar date; write it as DD.MM.YYYY, YYYY-MM-DD, "
            "MM.YYYY, YYYY, or '12 березня 1990'") in rendered
    assert any(r.startswith("error: row 5 (status): a status the mapping does not know") for r in rendered)
    assert "error: row 7 (given_name): is empty; every row needs a family and a given name" in rendered
    assert "error: row 8 (status_date): a status needs the date it was true on" in rendered
    assert "warning: row 4 (birth_date): could be day-month or month-day; read day first as Ukrainian " \
           "offices write it" in rendered
    assert "warning: row 6: repeats row 4 exactly; imported once" in rendered
    assert parsed.has_errors and [r.row for r in parsed.rows] == [4]
    text = "\n".join(rendered)
    for personal in ("Шевченко", "Тарас", "31.02", "Оленівка", "Лисенко"):
        assert personal not in text


def test_an_office_mapping_reads_ukrainian_headers_and_words() -> None:
    header = "Прізвище;Ім'я;По батькові;Дата народження;Категорія;Статус;Дата статусу;Місце утримання"
    parsed = parse(csv_bytes("Гордієнко;Олександр;Петрович;12.03.1990;військовий;у полоні;05.06.2022;Таганрог",
                             header=header), mapping="ukrainian_office")
    assert not parsed.problems
    assert (parsed.rows[0].person.category, parsed.rows[0].status) == ("military", "held")


def test_a_russian_list_files_names_as_russian_spellings() -> None:
    header = "Фамилия,Имя,Отчество,Дата рождения"
    parsed = parse(csv_bytes("Гордиенко,Александр,Петрович,12.03.1990", header=header), mapping="russian_list")
    person = parsed.rows[0].person
    assert person.name_uk is None and person.names_ru == (PersonName("Гордиенко", "Александр", "Петрович"),)


def test_a_mapping_with_an_unknown_field_is_refused() -> None:
    with pytest.raises(MappingError, match="unknown fields \\['nickname'\\]"):
        parse_mapping("office", {"columns": {"nickname": ["позивний"]}})


def test_the_plan_groups_a_persons_rows_and_creates_updates_or_asks() -> None:
    existing = Person("p-7", name_uk=PersonName("Гордієнко", "Олександр", "Петрович"),
                      birth_date=PartialDate(1990, 3, 12))
    namesake = Person("p-9", name_uk=PersonName("Коваленко", "Олена", "Іванівна"), birth_date=PartialDate(1985, 5, 2))
    index = MatchIndex([profile("p-7", existing), profile("p-9", namesake)])
    identities = {identity_key(existing): "p-7"}
    parsed = parse(csv_bytes(*ROWS, "Петренко,Василь,,1970,civilian,,,missing,2022-04-01,,appeal 20"))
    plan = plan_import(parsed, "SHA-256:ab", index, identities.get, {"сізо 2 таганрог": "place-3"})
    actions = {p.rows: (p.action, p.person_id, len(p.entries)) for p in plan.persons}
    assert actions == {(2, 4): ("update", "p-7", 2), (3,): ("review", None, 1), (5,): ("create", None, 1)}
    held = next(p for p in plan.persons if p.rows == (2, 4)).entries[0]
    assert (held.place_id, held.source.reference) == ("place-3", "SHA-256:ab:row-2")
    review = next(p for p in plan.persons if p.action == "review")
    assert review.candidates[0].right == "p-9"
    assert plan.can_apply and plan.counts()["review"] == 1


def test_every_planned_entry_passes_the_vocabulary_checks() -> None:
    rows = [*ROWS, "Бойко,Петро,,1990,military,,,captivity_confirmed,2022-05-01,,ICRC",
            "Ткачук,Ганна,,1991,civilian,,,held,2022-05-01,,x"]
    plan = plan_import(parse(csv_bytes(*rows)), "SHA-256:ab", MatchIndex(), lambda key: None, {})
    entries = [e for p in plan.persons for e in p.entries]
    assert len(entries) == 5
    for entry in entries:
        check_entry(entry)
    assert "unknown" in plan.new_places


def test_the_dry_run_description_names_rows_and_actions_but_no_person() -> None:
    plan = plan_import(parse(csv_bytes(*ROWS)), "SHA-256:ab", MatchIndex(), lambda key: None, {})
    text = "\n".join(plan.describe())
    assert "row 2, 4: create a person (military), 2 status entries" in text
    assert plan.new_places == ("сізо 2 таганрог",)
    for personal in ("Гордієнко", "Hordiienko", "Коваленко", "1990"):
        assert personal not in text
