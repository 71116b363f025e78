"""The registry through the store: persons sealed, statuses, imports, search, merges, views, exchanges."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import select

from warcrimes.errors import AccessDenied, BadInputError, NotFoundError
from warcrimes.queries import registry as queries
from warcrimes.registry.records import PartialDate, Person, PersonName
from warcrimes.services import registry as services
from warcrimes.services.registry_import import ListNotImported, column_mapping, import_list
from warcrimes.services.registry_matching import merge_persons, propose_matches, reject_candidate
from warcrimes.services.registry_views import tracing_export, view_person
from warcrimes.services.users import add_user
from warcrimes.store import Store
from warcrimes.store.schema import CustodyEntryRow, PersonRow, PersonViewRow

TODAY = dt.date(2024, 6, 1)
HEADER = "family_name,given_name,patronymic,birth_date,category,rank,unit,status,status_date,status_place,source"
LIST = [
    "Мельничук,Тарас,Богданович,04.11.1991,military,сержант,в/ч Б1111,held,10.05.2022,Колонія-10 Маріуполь,list B",
    "Савчук,Ірина,Олегівна,1979,civilian,,,missing,2022-04,,appeal 7",
    "Мельничук,Тарас,Богданович,04.11.1991,military,сержант,в/ч Б1111,released,21.09.2022,,exchange",
    "Дорошенко,Василь,Степанович,17.01.1988,military,солдат,,held,02.06.2022,Колонія-10 Маріуполь,list B",
]
NAMES = ("Мельничук", "Тарас", "Савчук", "Ірина", "Дорошенко", "Melnychuk", "Savchuk")


def csv_bytes(*rows: str) -> bytes:
    return ("\r\n".join([HEADER, *rows]) + "\r\n").encode("utf-8")


def imported(store: Store, *rows: str, name: str = "list.csv") -> None:
    import_list(store, name, csv_bytes(*rows), column_mapping(), actor="ana", apply=True, today=TODAY)


def custody_text(store: Store) -> str:
    with store.transaction() as session:
        return "\n".join(f"{e.action} {e.subject} {e.details}" for e in session.scalars(select(CustodyEntryRow)))


def test_a_dry_run_plans_without_writing_and_the_import_applies_the_plan(store: Store) -> None:
    outcome = import_list(store, "list.csv", csv_bytes(*LIST), column_mapping(), actor="ana", apply=False,
                          today=TODAY)
    assert not outcome.applied and outcome.plan.counts()["create"] == 3
    assert "row 2, 4: create a person (military), 2 status entries" in "\n".join(outcome.plan.describe())
    assert queries.figures(store).persons == 0
    imported(store, *LIST)
    page = queries.figures(store)
    assert page.persons == 3
    assert page.figures.by_group["held"] == 1 and page.figures.by_group["released"] == 1
    assert page.figures.by_group["missing"] == 1


def test_nothing_of_a_list_with_errors_is_imported_and_each_problem_names_its_rows(store: Store) -> None:
    bad = [*LIST, "Коваль,,Іванович,31.02.1990,military,,,held,2022-05-01,,x", "Коваль,Петро,,1990,,,,lost,,,"]
    with pytest.raises(ListNotImported) as caught:
        import_list(store, "bad.csv", csv_bytes(*bad), column_mapping(), actor="ana", apply=True, today=TODAY)
    lines = [p.render() for p in caught.value.plan.problems]
    assert any(line.startswith("error: row 6 (given_name)") for line in lines)
    assert any("row 6 (birth_date)" in line for line in lines)
    assert any("row 7 (status)" in line for line in lines)
    assert queries.figures(store).persons == 0
    assert "registry." not in custody_text(store)


def test_the_same_list_twice_is_refused_and_an_exact_person_is_updated_from_another_list(store: Store) -> None:
    imported(store, *LIST)
    with pytest.raises(BadInputError, match="this very list was imported"):
        imported(store, *LIST)
    later = "Дорошенко,Василь,Степанович,17.01.1988,military,солдат,,released,30.12.2022,,exchange"
    outcome = import_list(store, "later.csv", csv_bytes(later), column_mapping(), actor="ana", apply=True,
                          today=TODAY)
    assert len(outcome.updated) == 1 and not outcome.created
    assert queries.figures(store).figures.by_group["released"] == 2


@pytest.mark.parametrize("query", ["Мельничук", "Melnychuk", "Melnichuk Taras", "Мельничук Тарас",
                                   "Taras Melnychuk", "Мельничук Тарас Богданович", "Мельничюк",
                                   "Melnychuk Tars"])
def test_a_person_is_found_by_any_spelling(store: Store, query: str) -> None:
    imported(store, *LIST)
    found = queries.search_persons(store, query)
    assert found and found[0].name == "Мельничук Тарас Богданович"
    assert found[0].status == "released"


def test_no_personal_value_reaches_the_tables_in_clear_or_the_custody_log(store: Store) -> None:
    imported(store, *LIST)
    with store.transaction() as session:
        sealed = " ".join(r.sealed for r in session.scalars(select(PersonRow)))
    log = custody_text(store)
    for name in NAMES:
        assert name not in sealed and name not in log
    # the birth year on its own, not as digits inside a hash that happen to read 1991
    assert not re.search(r"(?<![0-9a-f])1991(?![0-9a-f])", log) and "сержант" not in log


def test_a_view_of_a_record_is_recorded_with_who_and_when(store: Store) -> None:
    imported(store, *LIST)
    person = queries.search_persons(store, "Savchuk")[0].person_id
    record = view_person(store, person, actor="ana", via="cli")
    assert record.person.name_uk == PersonName("Савчук", "Ірина", "Олегівна")
    assert record.status.kind == "missing"
    again = view_person(store, person, actor="bo")
    assert [(v.viewer, v.via) for v in again.views] == [("ana", "cli")]
    with store.transaction() as session:
        assert session.scalar(select(PersonViewRow.viewer).order_by(PersonViewRow.id.desc()).limit(1)) == "bo"
    assert custody_text(store).count("registry.person.viewed") == 2
    with pytest.raises(NotFoundError):
        view_person(store, "p-0000", actor="ana")


def test_status_added_by_hand_changes_the_derived_status(store: Store) -> None:
    person = services.add_person(store, Person(name_uk=PersonName("Бондар", "Олег"), category="civilian"),
                                 actor="ana")
    services.add_place(store, "СІЗО-1 Курськ", "pretrial_detention_centre", country="RU", actor="ana")
    services.add_status(store, person, services.NewStatus("missing", PartialDate(2022, 3), "family_appeal", "a-1"),
                        actor="ana")
    services.add_status(store, person, services.NewStatus(
        "captivity_confirmed", PartialDate(2022, 7, 1), "report", "r-1", confirmed_by="icrc",
        confirmed_how="notification", note="повідомила сестра"), actor="ana")
    services.add_status(store, person, services.NewStatus("held", PartialDate(2022, 8, 1), "report", "r-2",
                                                          place="сізо-1 курськ"), actor="ana")
    record = view_person(store, person, actor="ana")
    assert record.status.kind == "held" and record.places[record.status.place_id or ""].name == "СІЗО-1 Курськ"
    assert [e.note for e in record.history][1] == "повідомила сестра"
    with pytest.raises(BadInputError, match="says by whom"):
        services.add_status(store, person, services.NewStatus("captivity_confirmed", PartialDate(2022, 9),
                                                              "report", "r-3"), actor="ana")
    assert "сестра" not in custody_text(store)


def test_only_an_analyst_merges_a_candidate_and_the_merge_moves_the_history(store: Store) -> None:
    imported(store, *LIST)
    no_patronymic = "Мельничук,Тарас,,04.11.1991,military,,,held,01.06.2022,,list R"
    imported(store, no_patronymic, name="other.csv")
    pairs = queries.match_candidates(store)
    assert len(pairs) == 1 and pairs[0].score >= 0.75
    assert {r["field"] for r in pairs[0].reasons} >= {"family_name", "given_name", "birth_date"}
    assert propose_matches(store, actor="ana") == 0  # the import already proposed this pair
    add_user(store, "viewer1", "a long password 1", "viewer", actor="admin")
    add_user(store, "analyst1", "a long password 1", "analyst", actor="admin")
    keep = pairs[0].right.person_id
    with pytest.raises(AccessDenied):
        merge_persons(store, pairs[0].candidate_id, keep, actor="viewer1")
    with pytest.raises(AccessDenied):
        merge_persons(store, pairs[0].candidate_id, keep, actor="nobody")
    merge_persons(store, pairs[0].candidate_id, keep, actor="analyst1")
    record = view_person(store, keep, actor="analyst1")
    assert len(record.history) == 3
    assert queries.figures(store).persons == 3
    assert len(queries.search_persons(store, "Мельничук")) == 1
    with pytest.raises(Exception, match="already decided"):
        reject_candidate(store, pairs[0].candidate_id, actor="analyst1")


def test_an_exchange_releases_its_persons_and_shows_the_sides_differences(store: Store) -> None:
    imported(store, *LIST)
    held = [p.person_id for p in queries.list_persons(store)[1] if p.status == "held"]
    exchange = services.record_exchange(store, services.NewExchange(
        dt.date(2023, 1, 8), persons=tuple(held), stated=(
            {"side": "ukraine", "counts": {"military": 2}, "source_kind": "report", "source_ref": "r-9"},)),
        actor="ana")
    line = queries.list_exchanges(store)[0]
    assert line.exchange_id == exchange and line.registered == {"military": 1}
    assert line.differences == {"ukraine": {"military": 1}}
    assert queries.figures(store).figures.by_group["held"] == 0


def test_the_tracing_export_holds_the_chosen_persons_and_is_recorded(store: Store) -> None:
    imported(store, *LIST)
    person = queries.search_persons(store, "Дорошенко")[0].person_id
    out = tracing_export(store, [person], actor="ana").decode("utf-8-sig")
    assert "Дорошенко" in out and "Мельничук" not in out
    assert "registry.export.tracing" in custody_text(store)


def test_key_rotation_reencrypts_every_token_and_the_old_key_can_be_retired(store: Store) -> None:
    from warcrimes.registry import keyring
    from warcrimes.services.registry_keys import rotate_keys

    imported(store, *LIST)
    person = queries.search_persons(store, "Savchuk")[0].person_id
    services.add_status(store, person, services.NewStatus("held", PartialDate(2022, 5), "report", "r-1",
                                                          place="Колонія-10 Маріуполь", note="лист"), actor="ana")
    done = rotate_keys(store, actor="ana")
    assert (done.active, done.persons, done.notes) == ("k2", 3, 5)  # four list rows carry a source note
    keyring.retire(store.settings.home, "k1")
    assert view_person(store, person, actor="ana").history[-1].note == "лист"
    assert queries.search_persons(store, "Савчук")[0].person_id == person
    assert "registry.keys.rotated" in custody_text(store) and "лист" not in custody_text(store)


def test_figures_over_time_follow_the_histories_at_month_ends(store: Store) -> None:
    imported(store, *LIST)
    page = queries.figures(store, months=12, today=dt.date(2023, 1, 31))
    assert page.over_time[0][0] == dt.date(2022, 4, 30) and page.over_time[-1][0] == dt.date(2023, 1, 31)
    on = {day: f.by_group for day, f in page.over_time}
    assert on[dt.date(2022, 4, 30)]["missing"] == 1 and on[dt.date(2022, 4, 30)]["held"] == 0
    assert on[dt.date(2022, 8, 31)]["held"] == 2
    assert on[dt.date(2023, 1, 31)] == {"missing": 1, "held": 1, "released": 1, "dead": 0}
