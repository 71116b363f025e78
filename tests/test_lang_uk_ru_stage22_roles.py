"""Stage 22, what a sentence tells (Ukrainian, Russian): the act a verdict or a suspicion notice names is told by the
court's or the investigators' finding after it, with the act's own place and day; moving children out ("переміщення",
"перемещение") is a deportation; a night's count of drones, a month's or a quarter's casualties and an
organisation's description of its work are no incidents."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import uk_ru_contract

PUBLISHED = dt.date(2025, 6, 10)


def _incidents(text: str) -> list[dict]:
    return uk_ru_contract(text, PUBLISHED)["incidents"]


# --- COURT ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "label", "place", "day"), [
    ("Його визнано винним у жорстокому поводженні з цивільними. Суд встановив, що 5 квітня 2022 року в Ірпені "
     "обвинувачений зупинив чоловіка біля магазину.", "torture_ill_treatment", "Irpin", "2022-04-05"),
    ("Військовому повідомили про підозру у жорстокому поводженні з мирним населенням. Слідство встановило, що "
     "20 березня 2022 року в Бучі він затримав місцевого жителя біля аптеки.",
     "torture_ill_treatment", "Bucha", "2022-03-20"),
    ("Військовому повідомили про підозру у вбивстві цивільного. Слідство встановило, що 4 березня 2022 року в Бучі "
     "він зупинив чоловіка на вулиці.", "killing_civilians", "Bucha", "2022-03-04"),
    ("Он признан виновным в жестоком обращении с мирными жителями. Суд установил, что 7 апреля 2022 года в Херсоне "
     "подсудимый остановил мужчину возле магазина.", "torture_ill_treatment", "Kherson", "2022-04-07"),
    ("Военнослужащего обвинили в убийстве мирного жителя. Суд установил, что 2 апреля 2022 года в Херсоне он "
     "остановил водителя на дороге.", "killing_civilians", "Kherson", "2022-04-02"),
])
def test_the_finding_tells_the_act_the_verdict_or_notice_names(text, label, place, day):
    [incident] = _incidents(text)
    assert incident["violations"][0] == label
    assert incident["location"]["name"] == place
    assert incident["date"] == {"start": day, "end": day}


@pytest.mark.parametrize("text", [
    "Його засуджено до 10 років. Суд встановив, що 5 квітня 2022 року в Ірпені він перебував на блокпосту.",
    "Его приговорили к 10 годам. Суд установил, что 7 апреля 2022 года в Херсоне он находился на блокпосту.",
])
def test_a_finding_after_a_verdict_naming_no_act_tells_nothing(text):
    assert _incidents(text) == []


@pytest.mark.parametrize("text", [
    "Колаборант організував незаконне переміщення 30 дітей з Олешок до Криму у серпні 2022 року.",
    "У вересні 2022 року окупанти здійснили переміщення 12 вихованців інтернату з Херсона до Скадовська.",
    "В октябре 2022 года оккупанты организовали перемещение 20 воспитанников детского дома из Херсона в Крым.",
])
def test_moving_children_out_is_a_deportation(text):
    [incident] = _incidents(text)
    assert incident["violations"][0] == "deportation_transfer"


@pytest.mark.parametrize("text", [
    "У вересні 2022 року окупанти здійснили переміщення техніки з Херсона до Скадовська.",
    "В сентябре 2022 года оккупанты провели перемещение техники из Херсона в Скадовск.",
])
def test_moving_vehicles_is_no_deportation(text):
    assert all("deportation_transfer" not in i["violations"] for i in _incidents(text))


# --- AGG ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Росія запустила 80 дронів, 65 з них збито.",
    "Уночі ворог випустив 52 шахеди та дві ракети.",
    "Россия выпустила 80 дронов, 65 из них сбиты.",
    "Силы ПВО сбили 47 беспилотников за ночь.",
])
def test_a_nights_count_of_drones_is_no_strike(text):
    assert _incidents(text) == []


def test_a_strike_told_beside_the_count_stays_a_strike():
    [incident] = _incidents("Росія випустила 80 дронів; один влучив у будинок в Одесі, загинули двоє людей.")
    assert incident["location"]["name"] == "Odesa"


@pytest.mark.parametrize("text", [
    "Протягом місяця загинули 12 цивільних, ще 40 поранено.",
    "За квартал загинули 31 цивільний і 118 поранених.",
    "В течение месяца погибли 12 мирных жителей, 40 ранены.",
    "За квартал погибли 31 мирный житель и 118 ранены.",
])
def test_casualties_over_a_month_or_quarter_are_statistics(text):
    contract = uk_ru_contract(text, PUBLISHED)
    assert contract["incidents"] == []
    assert {s["measure"] for s in contract["statistics"]} == {"killed", "wounded"}


# --- NONEVENT -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "«Світло надії» — громадська організація, яка допомагає родинам цивільних, викрадених окупантами.",
    "Фонд «Дім» займається пошуком дітей, депортованих до Росії, та допомагає їхнім родинам.",
    "«Надежда» — общественная организация, которая помогает семьям мирных жителей, похищенных военными.",
    "Фонд «Дом» занимается поиском детей, депортированных в Россию.",
])
def test_an_organisation_describing_its_work_tells_no_incident(text):
    assert _incidents(text) == []


def test_a_strike_on_a_funds_shelter_with_its_day_stays_a_strike():
    text = "Притулок фонду, що опікується сиротами, у Херсоні 3 травня влучив дрон, поранено двох дітей."
    [incident] = _incidents(text)
    assert incident["date"] == {"start": "2025-05-03", "end": "2025-05-03"}


# --- NONKILL --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "22 вересня окупаційна «військова комендатура» в Генічеську вручила повістки щонайменше сорока чоловікам.",
    "5 квітня окупанти в Каховці роздавали повістки чоловікам призовного віку.",
    "Оккупанты в Бердянске 3 марта вручили повестки 45 мужчинам.",
    "3 марта оккупационная администрация Энергодара разослала повестки 70 жителям.",
])
def test_draft_notices_served_by_the_occupier_are_forced_service(text):
    [incident] = _incidents(text)
    assert incident["violations"][0] == "unfair_trial_forced_service"


@pytest.mark.parametrize("text", [
    "Мешканці Херсона 3 березня отримали повістки від ТЦК.",
    "Сотрудники военкомата в Курске 5 апреля вручили повестки 60 мужчинам.",
])
def test_draft_notices_served_by_a_recruitment_office_are_no_violation(text):
    assert _incidents(text) == []


@pytest.mark.parametrize("text", [
    "У березні окупаційна влада Скадовська внесла до реєстру «безхазяйного майна» ще 20 квартир.",
    "У травні 2025 року окупанти в Олешках оголосили безхазяйними 30 будинків переселенців.",
    "Оккупационные власти Мелитополя объявили бесхозяйными 15 квартир в марте 2025 года.",
    "В марте 2025 года оккупационная администрация Алешек внесла в реестр бесхозяйного имущества 12 домов.",
])
def test_homes_declared_ownerless_by_the_occupier_are_appropriated(text):
    [incident] = _incidents(text)
    assert incident["violations"][0] == "pillage_destruction"
