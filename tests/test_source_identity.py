"""Cited names -> one entity, in any language and case form, or 'ambiguous' (issue 15). Names are our own."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warcrimes.corroborate.source_identity import Context, resolve, resolve_publisher

ZAPORIZHZHIA = Context(admin1="Zaporizhzhia Oblast", place="Vilniansk", published=dt.date(2024, 4, 16))


@pytest.mark.parametrize("name", [
    "Zaporizhzhia Regional Prosecutor's Office",
    "Prosecutor’s Office of Zaporizhzhia Region",
    "ZAPORIZHIA OBLAST PROSECUTOR'S OFFICE",
    "Запорізька обласна прокуратура",
    "Запорізької обласної прокуратури",
    "прокуратура Запорізької області",
    "Запорожской областной прокуратуры",
    "press service of the Zaporizhzhia regional prosecutor's office",
])
def test_one_regional_prosecutors_office_in_every_language_and_case(name: str) -> None:
    found = resolve(name)
    assert (found.status, found.entity, found.chain) == ("resolved", "ua.prosecutor.zaporizhzhia", "ua.pgo")


def test_the_regional_prosecutors_office_is_the_one_of_the_reports_oblast() -> None:
    assert resolve("the regional prosecutor's office", ZAPORIZHZHIA).entity == "ua.prosecutor.zaporizhzhia"
    assert resolve("обласна прокуратура", Context(admin1="Sumy Oblast")).entity == "ua.prosecutor.sumy"


def test_without_the_reports_oblast_a_regional_office_is_ambiguous_and_never_counts() -> None:
    found = resolve("the regional prosecutor's office")
    assert found.status == "ambiguous" and not found.may_count
    assert "ua.prosecutor.kherson" in found.candidates and found.chain == "ua.pgo"


@pytest.mark.parametrize(("name", "entity"), [
    ("Zaporizhzhia Regional Military Administration", "ua.ova.zaporizhzhia"),
    ("Zaporizhzhia police", "ua.police.zaporizhzhia"),
    ("Головне управління Національної поліції в Запорізькій області", "ua.police.zaporizhzhia"),
    ("Donetsk Regional Prosecutor's Office", "ua.prosecutor.donetsk"),
])
def test_lookalike_bodies_of_the_same_or_another_oblast_stay_apart(name: str, entity: str) -> None:
    assert resolve(name).entity == entity


@pytest.mark.parametrize("name", ["Lubinets", "Dmytro Lubinets", "Дмитро Лубінець", "Дмитра Лубінця",
                                  "Лубінцем", "Дмитрий Лубинец", "Лубинца"])
def test_the_ombudsman_by_the_holders_name_in_any_script_and_case(name: str) -> None:
    assert resolve(name, Context(published=dt.date(2024, 5, 28))).entity == "ua.ombudsman"


def test_a_former_holder_no_longer_speaks_for_the_body() -> None:
    assert resolve("Denisova", Context(published=dt.date(2020, 3, 1))).entity == "ua.ombudsman"
    later = resolve("Liudmyla Denisova", Context(published=dt.date(2024, 3, 1)))
    assert later.status == "unlisted" and later.entity == "name:liudmyla denisova"


@pytest.mark.parametrize("name", ["Red Cross", "Ministry of Defence", "the Defence Ministry", "Генпрокуратура",
                                  "Уполномоченный по правам человека", "Міноборони"])
def test_a_name_two_bodies_share_is_ambiguous(name: str) -> None:
    found = resolve(name)
    assert found.status == "ambiguous" and len(found.candidates) == 2 and not found.may_count


@pytest.mark.parametrize(("name", "entity"), [
    ("Russian Defence Ministry", "ru.mod"), ("Міноборони РФ", "ru.mod"), ("Минобороны России", "ru.mod"),
    ("International Committee of the Red Cross", "icrc"), ("МКЧХ", "icrc"),
    ("Міжнародного комітету Червоного Хреста", "icrc"), ("Ukrainian Red Cross", "ua.red_cross"),
])
def test_the_full_name_settles_what_the_short_one_leaves_open(name: str, entity: str) -> None:
    assert resolve(name).entity == entity


def test_the_governor_is_the_oblasts_military_administration_or_the_russian_regions_governor() -> None:
    assert resolve("the governor", Context(admin1="Kherson Oblast")).entity == "ua.ova.kherson"
    assert resolve("губернатор", Context(admin1="Belgorod Oblast")).entity == "ru.governor.belgorod"
    assert resolve("the regional governor").status == "ambiguous"


@pytest.mark.parametrize(("name", "entity"), [
    ("head of the Donetsk regional military administration", "ua.ova.donetsk"),
    ("глава Донецкой ОВА", "ua.ova.donetsk"),
    ("начальника Донецької обласної військової адміністрації", "ua.ova.donetsk"),
    ("прес-служба СБУ", "ua.sbu"),
    ("spokesperson for the State Emergency Service", "ua.ses"),
])
def test_the_person_or_service_speaking_for_a_body_is_the_body(name: str, entity: str) -> None:
    assert resolve(name).entity == entity


@pytest.mark.parametrize(("name", "context", "entity"), [
    ("head of the Tiahynka community military administration", Context(), "local@tiahynka"),
    ("head of the community's military administration", Context(place="Tiahynka"), "local@tiahynka"),
    ("міський голова Миколаєва", Context(place="Mykolaiv"), "local@mykolaiv"),
    ("глава Горловки", Context(place="Horlivka", place_names=("Горлівка", "Горловка")), "local@horlivka"),
    ("the Russian-installed head of Horlivka", Context(), "occupation@horlivka"),
    ("the hospital's director", Context(place="Vilniansk"), "medical@vilniansk"),
    ("головний лікар лікарні", Context(place="Vilniansk"), "medical@vilniansk"),
    ("158th Separate Mechanised Brigade", Context(), "ua.brigade#158"),
    ("158-ма окрема механізована бригада", Context(), "ua.brigade#158"),
    ("the 76th Guards Air Assault Division's 234th regiment", Context(), "ru.brigade#76"),
])
def test_local_bodies_are_named_by_their_place_and_units_by_their_number(name: str, context: Context,
                                                                          entity: str) -> None:
    assert resolve(name, context).entity == entity


@pytest.mark.parametrize("name", ["officials", "Ukrainian officials", "investigators", "military administration",
                                  "місцева влада", "правоохранители", "a brigade fighting nearby"])
def test_references_that_name_no_one_body_are_ambiguous(name: str) -> None:
    assert resolve(name, ZAPORIZHZHIA).status == "ambiguous"


def test_a_generic_name_with_no_body_in_the_reports_oblast_is_ambiguous_not_new() -> None:
    found = resolve("the regional prosecutor's office", Context(admin1="Belgorod Oblast"))
    assert found.status == "ambiguous" and not found.may_count


@pytest.mark.parametrize(("name", "entity"), [
    ("СК России по Белгородской области", "ru.sk"), ("SBU in Kharkiv region", "ua.sbu"),
])
def test_a_national_bodys_regional_unit_is_the_body(name: str, entity: str) -> None:
    assert resolve(name).entity == entity


def test_names_the_table_does_not_know_meet_across_scripts() -> None:
    latin, cyrillic = resolve("Andrii Moroz"), resolve("Андрій Мороз")
    assert latin.status == cyrillic.status == "unlisted"
    assert latin.entity == cyrillic.entity == "name:andrii moroz"


@pytest.mark.parametrize(("publisher", "entity"), [
    ("Telegram: Sumy Regional Military Administration", "ua.ova.sumy"),
    ("Telegram: Офіс Генерального прокурора", "ua.pgo"),
    ("Telegram: Поліція Херсонської області", "ua.police.kherson"),
    ("Reuters", "outlet.reuters"),
])
def test_a_publishers_platform_prefix_is_dropped(publisher: str, entity: str) -> None:
    assert resolve_publisher(publisher).entity == entity


def test_outlets_relay_and_the_icrc_is_usually_written_to() -> None:
    assert resolve("Ukrinform").default_role == "relay"
    assert resolve("МКЧХ").default_role == "recipient"
    assert resolve("HRMMU").default_role == "originator"


def test_an_empty_name_is_ambiguous() -> None:
    assert resolve("  ’ ").status == "ambiguous"


@pytest.mark.parametrize(("name", "context", "not_entity"), [
    ("Zaporizhzhia city council", Context(admin1="Zaporizhzhia Oblast", place="Zaporizhzhia"), "ua.ova.zaporizhzhia"),
    ("Kherson Regional Prosecutor's Office", Context(), "ua.ova.kherson"),
    ("Russian prosecutors", Context(admin1="Belgorod Oblast"), "ua.pgo"),
    ("Kherson hospital", Context(admin1="Kherson Oblast", place="Kherson"), "ua.moh"),
])
def test_lookalikes_of_a_body_are_not_the_body(name: str, context: Context, not_entity: str) -> None:
    found = resolve(name, context)
    assert found.entity != not_entity and not_entity not in found.candidates


@given(st.text(max_size=300))
def test_any_text_resolves_to_a_status_without_error(text: str) -> None:
    found = resolve(text, ZAPORIZHZHIA)
    assert found.status in ("resolved", "ambiguous", "unlisted")
    assert found.may_count == (found.status != "ambiguous")
