"""A Telegram channel's header, the post's first line naming the office or official posting and nothing else
("Сумська обласна прокуратура", "Іван Петренко | Сумська ОВА"), is the source of every act the post tells,
though no verb of saying follows it. A first line that is a sentence or a headline naming nobody is no header."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 3, 14)
UK_ACTS = ("Вчора ввечері російський дрон атакував автомобіль у Краснопіллі, загинув водій.\n\n"
           "Сьогодні вранці окупанти обстріляли Білопілля, поранено трьох жителів.")
RU_ACTS = ("Вчера вечером дрон ВСУ атаковал легковой автомобиль в Грайвороне, погиб водитель.\n\n"
           "Сегодня утром ВСУ обстреляли Валуйки, ранены три жителя.")


@pytest.mark.parametrize("header", [
    "Сумська обласна прокуратура",
    "Сумська ОВА | Іван Петренко",
    "Іван Петренко | Начальник Сумської обласної військової адміністрації",
])
def test_a_ukrainian_channel_header_is_the_source_of_every_act(header):
    incidents = extract(f"{header}\n\n{UK_ACTS}", PUBLISHED, language="uk").incidents
    assert len(incidents) == 2
    assert all(i.facts.reported_by for i in incidents), [i.facts.reported_by for i in incidents]


@pytest.mark.parametrize("header", [
    "Пётр Иванов | Губернатор Белгородской области",
    "Губернатор Белгородской области | Пётр Иванов",
])
def test_a_russian_channel_header_is_the_source_of_every_act(header):
    incidents = extract(f"{header}\n\n{RU_ACTS}", PUBLISHED, language="ru").incidents
    assert len(incidents) == 2
    assert all(any("Иванов" in name for name in i.facts.reported_by) for i in incidents)


def test_a_first_line_telling_an_act_names_no_author():
    text = "Окупанти вдарили по Краснопіллю\n\n" + UK_ACTS
    incidents = extract(text, PUBLISHED, language="uk").incidents
    assert all(not i.facts.reported_by for i in incidents)


@pytest.mark.parametrize(("text", "source"), [
    ("Human Rights Group Vostok documented the killing of two civilians by Russian soldiers in Izium on May 3.",
     "Human Rights Group Vostok"),
    ("Правозахисна група «Січ» задокументувала, як 3 травня російські військові катували трьох чоловіків у Балаклії.",
     "Правозахисна група «Січ»"),
    ("Правозащитная группа «Восток» задокументировала, как 3 мая российские военные убили двух мирных жителей в "
     "Изюме.", "Правозащитная группа «Восток»"),
    ("Правозахисна група «Січ»\n3 травня російські військові катували трьох чоловіків у Балаклії.",
     "Правозахисна група «Січ»"),
])
def test_a_rights_group_no_table_lists_is_the_source_of_its_own_report(text, source):
    [incident] = extract(text, PUBLISHED).to_contract()["incidents"]
    assert incident["reported_by"] == [source]


def test_a_rights_group_spoken_of_cites_no_one_by_name():
    text = "On May 3 Russian soldiers shot two civilians in Izium, a human rights group said."
    [incident] = extract(text, PUBLISHED).to_contract()["incidents"]
    assert incident["reported_by"] == []


@pytest.mark.parametrize("text", [
    "Громадська організація «Схід SOS» задокументувала, як 3 травня російські військові катували трьох чоловіків у "
    "Балаклії.",
    "Human Rights Group Kharkiv documented how Russian troops tortured three men in Balakliia on May 3.",
])
def test_a_place_inside_a_rights_groups_name_is_no_scene(text):
    [incident] = extract(text, PUBLISHED).to_contract()["incidents"]
    assert incident["location"]["name"] == "Balakliia"
