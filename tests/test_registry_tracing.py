"""The ICRC tracing-request export: the columns the Conventions ask for, one row per selected person."""

from __future__ import annotations

import csv
import io
import json
from importlib import resources

from warcrimes.registry.records import (
    Confirmation,
    Contact,
    DetentionPlace,
    MilitaryService,
    PartialDate,
    Person,
    PersonName,
    StatusEntry,
    StatusSource,
)
from warcrimes.registry.tracing import tracing_columns, tracing_csv, tracing_row

SOURCE = StatusSource("family_appeal", "appeal-3")
PLACE = DetentionPlace("pl-1", "СІЗО-2", "pretrial_detention_centre", settlement="Таганрог", country="RU")
PERSON = Person("p-1", name_uk=PersonName("Гордієнко", "Олександр", "Петрович"),
                name_latin=PersonName("Hordiienko", "Oleksandr", "Petrovych"),
                names_ru=(PersonName("Гордиенко", "Александр", "Петрович"),), sex="male",
                birth_date=PartialDate(1990, 3, 12), category="military",
                military=MilitaryService("солдат", "АА-123456", "в/ч А0000", "ЗСУ"),
                next_of_kin=(Contact("Гордієнко Марія", "mother", phone="+380501112233", consents_to_share=True),))
HISTORY = [
    StatusEntry("missing", PartialDate(2022, 3, 4), SOURCE, 1),
    StatusEntry("captivity_confirmed", PartialDate(2022, 5), SOURCE, 2,
                confirmation=Confirmation("icrc", "notification")),
    StatusEntry("held", PartialDate(2022, 6, 5), SOURCE, 3, place_id="pl-1"),
]


def test_a_row_carries_identity_course_of_captivity_and_enquirer() -> None:
    row = tracing_row(PERSON, HISTORY, {"pl-1": PLACE})
    assert row["sought_family_name"] == "Гордієнко" and row["sought_fathers_name"] == "Петрович"
    assert row["sought_family_name_latin"] == "Hordiienko"
    assert row["other_spellings"] == "Гордиенко Александр Петрович"
    assert row["category"] == "prisoner of war" and row["service_number"] == "АА-123456"
    assert (row["circumstances_date"], row["circumstances_status"]) == ("2022-03-04", "missing")
    assert (row["last_known_status"], row["last_known_place"]) == ("held", "СІЗО-2, Таганрог, RU")
    assert (row["captivity_confirmed_by"], row["captivity_confirmed_how"]) == ("icrc", "notification")
    assert (row["enquirer_relationship"], row["enquirer_consents_to_share"]) == ("mother", "yes")


def test_every_column_says_where_it_comes_from_and_why() -> None:
    path = resources.files("warcrimes.registry") / "data" / "tracing_columns.json"
    columns = json.loads(path.read_text(encoding="utf-8"))["columns"]
    assert all(c["from"] and c["why"] for c in columns)
    assert tuple(c["column"] for c in columns) == tracing_columns()


def test_the_csv_has_a_bom_one_row_per_person_and_no_formula_cells() -> None:
    raw = tracing_csv([(PERSON, HISTORY), (Person("p-2", name_uk=PersonName("=HYPERLINK(1)", "Іван")), [])], {})
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["request_ref"] for r in rows] == ["p-1", "p-2"]
    assert rows[0]["enquirer_phone"] == "'+380501112233"
    assert rows[1]["sought_family_name"] == "'=HYPERLINK(1)"
    assert rows[1]["last_known_status"] == ""
