"""Ukrainian and Russian court posts: a court's press service is the source of the case it tells (as a channel's
header line or speaking); beating with a rifle butt or a stick, or beating a resident, is ill-treatment."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import uk_ru_contract

PUBLISHED = dt.date(2025, 10, 9)


def _incidents(text: str) -> list[dict]:
    return uk_ru_contract(text, PUBLISHED)["incidents"]


@pytest.mark.parametrize(("text", "word"), [
    ("Пресслужба Куп'янського міськрайонного суду Харківської області\n\nСуд заочно засудив військового ЗС РФ до "
     "11 років позбавлення волі. У червні 2022 року в селі Гусарівка він катував місцевого жителя.", "Куп"),
    ("Як повідомляє пресслужба суду, у березні 2022 року в Бучі обвинувачений бив прикладом затриманого чоловіка.",
     "суд"),
    ("Пресс-служба Ленинского районного суда Курска сообщает: в августе 2024 года в Судже обвиняемый избивал "
     "задержанного мужчину дубинкой.", "суд"),
    ("Прес-служба Шевченківського районного суду Києва повідомила, що у квітні 2022 року в Ірпені засуджений "
     "катував полоненого.", "суд"),
])
def test_a_court_press_service_is_the_source(text, word):
    [incident] = _incidents(text)
    assert incident["violations"][0] == "torture_ill_treatment"
    assert any(word in name for name in incident["reported_by"])


@pytest.mark.parametrize("text", [
    "У травні 2022 року в Ізюмі окупант бив місцевого жителя прикладом автомата.",
    "У травні 2022 року в Ізюмі окупанти били затриманих кийками.",
    "В мае 2022 года в Купянске военный избивал задержанного мужчину дубинкой.",
    "В мае 2022 года в Купянске его били прикладами на допросе.",
])
def test_beating_with_a_tool_or_beating_a_resident_is_ill_treatment(text):
    [incident] = _incidents(text)
    assert incident["violations"][0] == "torture_ill_treatment"


def test_a_court_that_speaks_not_leaves_the_body_reporting_it_the_source():
    [incident] = _incidents(
        "Південний окружний військовий суд у Ростові-на-Дону засудив українського полоненого до 20 років. Про це "
        "повідомив Коордштаб."
    )
    assert incident["reported_by"] == ["Коордштаб"]


def test_shelling_that_hits_a_street_is_no_beating():
    assert all(i["violations"][0] != "torture_ill_treatment"
               for i in _incidents("Вночі росіяни били по Херсону з артилерії, поранено двох чоловіків."))


@pytest.mark.parametrize("text", [
    "Ночью дрон ВСУ ударил по школе в Суземке, ранен сторож.",
    "В Шебекино дрон атаковал магазин, ранен продавец.",
    "Уночі дрон влучив у ферму в Тягинці, поранено охоронця.",
    "У Херсоні дрон атакував магазин, поранено продавчиню.",
    "У Бериславі від удару дрона загинув двірник.",
])
def test_one_worker_named_by_occupation_counts_one(text):
    [incident] = _incidents(text)
    assert incident["victims"]["min"] == 1


def test_an_employee_who_speaks_counts_no_one():
    text = ("Тела жителей Суджи передали родственникам, сообщил агентству сотрудник Следственного комитета России "
            "Иван Петров.")
    assert all(i["victims"]["min"] is None for i in _incidents(text))


@pytest.mark.parametrize("text", [
    "У колонії в Таганрозі у 2023 році били наших бійців щодня.",
    "У 2023 році в Оленівці наглядачі били полонених військових кийками.",
    "В 2024 году в лагере под Харьковом били пленных военных на допросах.",
])
def test_soldiers_beaten_are_prisoners_ill_treated(text):
    [incident] = _incidents(text)
    assert incident["violations"][0] == "torture_ill_treatment"
    assert incident["victims"]["category"] == "pow"


@pytest.mark.parametrize("text", [
    "У 2023 році в колонії в Таганрозі на допитах били щодня.",
    "У 2023 році в Оленівці під час допиту полоненого жорстоко побили.",
    "В 2024 году в лагере под Харьковом на допросах били.",
])
def test_beating_at_interrogations_is_ill_treatment(text):
    [incident] = _incidents(text)
    assert incident["violations"][0] == "torture_ill_treatment"


def test_an_interrogation_without_abuse_tells_nothing():
    assert _incidents("У 2023 році в Харкові слідчі провели допит свідка.") == []
