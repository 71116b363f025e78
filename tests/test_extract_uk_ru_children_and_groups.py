"""Ukrainian and Russian: an age before a given name is that one person (a child under 18); a rights group's
report quoting a witness cites the group; a body of the accused side answering the allegation is no source."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import uk_ru_contract
from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 11, 20)


def _incidents(text: str) -> list[dict]:
    return extract(text, PUBLISHED).to_contract()["incidents"]


@pytest.mark.parametrize("text", [
    "У серпні 2023 року окупанти депортували 12-річного Максима з Олешок до табору в Криму.",
    "Окупанти вивезли 14-річну Олену з Херсона до Ростова у липні 2023 року.",
    "Восени 2022 року росіяни депортували 9-річного Богдана з Олешок.",
    "В августе 2023 года оккупанты депортировали 12-летнего Максима из Херсона в лагерь в Крыму.",
    "Осенью 2022 года российские военные депортировали 15-летнюю Анну из Херсона.",
])
def test_an_age_before_a_given_name_is_one_child(text):
    [incident] = _incidents(text)
    assert incident["victims"]["category"] == "child"
    assert (incident["victims"]["min"], incident["victims"]["max"]) == (1, 1)


@pytest.mark.parametrize("text", [
    "У серпні 2023 року окупанти депортували 42-річного Максима з Олешок до табору в Криму.",
    "В августе 2023 года оккупанты депортировали 42-летнего Максима из Херсона в лагерь в Крыму.",
])
def test_an_adult_age_before_a_given_name_is_one_civilian(text):
    [incident] = _incidents(text)
    assert (incident["victims"]["category"], incident["victims"]["min"]) == ("civilian", 1)


@pytest.mark.parametrize("text", [
    "3 травня окупанти обстріляли Херсон, поранено 52-річний і 60-річний чоловіків.",
    "3 травня окупанти обстріляли Херсон, поранено 12-річного хлопчика.",
])
def test_an_age_before_a_noun_keeps_counting_by_the_noun(text):
    [incident] = _incidents(text)
    assert incident["victims"]["min"] in (1, 2)
    assert incident["victims"]["min"] != 3


@pytest.mark.parametrize(("text", "group"), [
    ("Правозахисна група «Право і совість» оприлюднила доповідь. Колишній полонений Андрій Ковальчук розповів, "
     "що у червні 2023 року його катували в колонії в Таганрозі.", "Право і совість"),
    ("Правозахисна організація «Голос» опублікувала звіт. За словами колишнього полоненого Андрія Ковальчука, "
     "у червні 2023 року його катували в колонії в Таганрозі.", "Голос"),
    ("Правозащитная группа «Право и совесть» опубликовала доклад о пленных. Бывший военнопленный Андрей "
     "Ковальчук рассказал, что в июне 2023 года его избивали в колонии в Таганроге.", "Право и совесть"),
    ("Правозащитная организация «Голос» опубликовала отчет. По словам бывшего пленного Андрея Ковальчука, "
     "в июне 2023 года его пытали в колонии в Таганроге.", "Голос"),
])
def test_a_rights_group_quoting_a_witness_is_the_source(text, group):
    [incident] = _incidents(text)
    assert len(incident["reported_by"]) == 1
    assert group in incident["reported_by"][0]


@pytest.mark.parametrize(("text", "witness"), [
    ("Бывший военнопленный Андрей Ковальчук рассказал, что в июне 2023 года его избивали в колонии в Таганроге.",
     "Андрей Ковальчук"),
    ("Колишній полонений Андрій Ковальчук розповів, що у червні 2023 року його катували в колонії в Таганрозі.",
     "Андрій Ковальчук"),
])
def test_a_witness_quoted_where_no_group_speaks_stays_the_source(text, witness):
    [incident] = _incidents(text)
    assert incident["reported_by"] == [witness]


@pytest.mark.parametrize("text", [
    "Правозахисна група «Право і совість» оприлюднила доповідь. Омбудсман Дмитро Лубінець повідомив, що у червні "
    "2023 року полонених катували в колонії в Таганрозі.",
])
def test_a_titled_official_is_not_replaced_by_the_group(text):
    [incident] = _incidents(text)
    assert incident["reported_by"] == ["Дмитро Лубінець"]


@pytest.mark.parametrize("text", [
    "Российские силовики пытали пленных в колонии в Таганроге в 2023 году. В ФСИН заявили, что жалоб не поступало.",
    "Російські силовики катували полонених у колонії в Таганрозі у 2023 році. У ФСВП заявили, що скарг не надходило.",
    "Правозащитная группа «Право и совесть» сообщила, что в 2023 году в колонии в Таганроге пытали пленных. "
    "В ФСИН заявили, что жалоб не поступало.",
])
def test_the_accused_sides_agency_is_no_source(text):
    [incident] = _incidents(text)
    assert incident["perpetrator"]["party"] == "RU"
    assert not any("ФС" in name for name in incident["reported_by"])


def test_a_russian_body_accusing_ukraine_stays_the_source():
    text = "Минобороны России сообщило, что ВСУ обстреляли Белгород 10 марта, погибли двое мирных жителей."
    [incident] = _incidents(text)
    assert incident["reported_by"] == ["Минобороны России"]


@pytest.mark.parametrize(("text", "scene"), [
    ("Учора ввечері окупанти атакували дроном Камʼянку-Дніпровську. Поранено двох чоловіків, їх доставили до "
     "лікарні в Запоріжжі.", "Kamianka-Dniprovska"),
    ("Учора ввечері окупанти атакували дроном Камʼянку-Дніпровську. Поранено двох чоловіків, їх госпіталізували "
     "в Запоріжжя.", "Kamianka-Dniprovska"),
    ("Вчера вечером ВСУ атаковали дроном Шебекино. Ранены двое мужчин, их доставили в больницу в Белгороде.",
     "Shebekino"),
    ("Вчера вечером ВСУ атаковали дроном Шебекино. Ранены двое мужчин, их госпитализировали в Белгород.",
     "Shebekino"),
])
def test_the_hospital_the_wounded_are_taken_to_is_no_second_scene(text, scene):
    [incident] = _incidents(text)
    assert incident["location"]["name"] == scene


@pytest.mark.parametrize(("text", "scene"), [
    ("Учора ввечері окупанти вдарили по лікарні в Запоріжжі, поранено двох чоловіків.", "Zaporizhzhia"),
    ("Вчера вечером ВСУ ударили по больнице в Белгороде, ранены двое мужчин.", "Belgorod"),
])
def test_a_hospital_struck_in_a_town_keeps_the_town(text, scene):
    [incident] = _incidents(text)
    assert incident["location"]["name"] == scene


@pytest.mark.parametrize("text", [
    "Двох сестер 9 і 12 років росіяни вивезли з Василівки Запорізької області до Ростова у жовтні 2022 року.",
    "Двох братів 10 і 14 років окупанти депортували з Херсона до Росії у жовтні 2022 року.",
    "Двух сестер 9 и 12 лет российские военные депортировали из Херсона в Ростов в октябре 2022 года.",
    "Двух братьев 10 и 14 лет оккупанты депортировали из Херсона в Россию в октябре 2022 года.",
])
def test_ages_told_after_the_people_make_them_children(text):
    [incident] = _incidents(text)
    assert (incident["victims"]["category"], incident["victims"]["min"]) == ("child", 2)


@pytest.mark.parametrize("text", [
    "Двох сестер 39 і 42 років росіяни вивезли з Херсона до Ростова у жовтні 2022 року.",
    "У жовтні 2022 року окупанти обстріляли Херсон, загинули двоє жінок 9 і 12 років тому переселених.",
])
def test_adult_ages_or_a_time_ago_leave_civilians(text):
    [incident] = _incidents(text)
    assert incident["victims"]["category"] == "civilian"


@pytest.mark.parametrize("text", [
    "Вдалося повернути 16-річного Максима, якого окупанти депортували з Олешок у 2023 році.",
    "Удалось вернуть 16-летнего Максима, которого оккупанты депортировали из Херсона в 2023 году.",
])
def test_a_named_child_returned_is_the_incidents_victim_not_a_tally(text):
    result = extract(text, PUBLISHED).to_contract()
    assert result["statistics"] == []
    [incident] = result["incidents"]
    assert (incident["victims"]["category"], incident["victims"]["min"]) == ("child", 1)


@pytest.mark.parametrize("text", [
    "Також вдалося повернути двох сестер 9 і 12 років, яких росіяни вивезли з Василівки до Ростова у жовтні 2022 року.",
    "Также удалось вернуть двух сестер 9 и 12 лет, которых российские военные депортировали из Херсона в Ростов в "
    "октябре 2022 года.",
])
def test_a_list_of_ages_is_no_count(text):
    statistics = extract(text, PUBLISHED).to_contract()["statistics"]
    assert all(s["value"] not in (9, 12) for s in statistics)



@pytest.mark.parametrize(("text", "group"), [
    ("Ініціатива «Голос полону» зібрала свідчення звільнених захисників і передала їх до Офісу Генерального "
     "прокурора. За їхніми словами, у СІЗО у Вязьмі полонених регулярно били.", "Ініціатива «Голос полону»"),
    ("Ініціатива «Голос полону» записала свідчення звільнених захисників. Вони розповіли, що у СІЗО у Вязьмі "
     "полонених регулярно били.", "Ініціатива «Голос полону»"),
    ("Благодійний фонд «Діти вдома» повідомив, що окупанти вивезли п'ятьох дітей з Каховки до Криму.",
     "фонд «Діти вдома»"),
    ("Инициатива «Голос плена» собрала показания освобожденных военных и передала их в Офис генпрокурора. По их "
     "словам, в СИЗО Вязьмы пленных регулярно били.", "Инициатива «Голос плена»"),
    ("Фонд «Дети дома» сообщил, что оккупанты вывезли пятерых детей из Каховки в Крым.", "Фонд «Дети дома»"),
    ("Движение «Свободу пленным» записало свидетельства бывших пленных: в СИЗО Вязьмы пленных били каждый день.",
     "Движение «Свободу пленным»"),
])
def test_a_group_named_in_quotes_that_gathered_testimony_is_the_source(text, group):
    [incident] = uk_ru_contract(text, PUBLISHED)["incidents"]
    assert incident["reported_by"] == [group]
