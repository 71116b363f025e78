"""Stage 22, Ukrainian and Russian (docs/languages.md): sources from the report's structure. An act the outlet tells
in its own voice, citing nobody, is credited to the outlet its byline or its signature names; a body the table keys
by its short name is emitted under its full name when the text writes that out. Every report is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import uk_ru_contract

PUBLISHED = dt.date(2025, 9, 17)  # a Wednesday


def _sources(text: str) -> list[list[str]]:
    return [incident["reported_by"] for incident in uk_ru_contract(text, PUBLISHED)["incidents"]]


# -- the outlet's own voice: its byline or its signature names it --------------------------------------------------

OWN_VOICE = [
    (
        "Обстріли Херсонщини: що відомо\n\nСтеповий кур'єр, 17 вересня 2025\n\n"
        "Позавчора ввечері російські військові обстріляли село Музиківка. Снаряд влучив у будинок, поранено "
        "60-річну жінку.",
        "Степовий кур'єр",
    ),
    (
        "Обстрел Кушугума\n\nБереговой листок, 17 сентября 2025\n\n"
        "В понедельник вечером российская артиллерия ударила по посёлку Кушугум. Повреждён частный дом, ранен "
        "70-летний мужчина.",
        "Береговой листок",
    ),
    (
        "Що сталося вночі на Херсонщині\n\n"
        "У понеділок російський дрон атакував автомобіль у селі Дніпряни, поранено двох чоловіків.\n\n"
        "«Нова хвиля», новини півдня",
        "Нова хвиля",
    ),
    (
        "Что случилось ночью на Херсонщине\n\n"
        "В понедельник российский дрон атаковал автомобиль в селе Днепряны, ранены двое мужчин.\n\n"
        "«Южный маяк», новости региона",
        "Южный маяк",
    ),
]


@pytest.mark.parametrize(("text", "outlet"), OWN_VOICE)
def test_an_act_told_in_the_outlets_own_voice_is_the_outlets(text, outlet):
    [sources] = _sources(text)
    assert sources == [outlet]


@pytest.mark.parametrize("text", [
    # a dateline names a place, no outlet
    "Обстріли Херсонщини\n\nХерсон, 17 вересня 2025\n\n"
    "Позавчора ввечері російські військові обстріляли село Музиківка. Снаряд влучив у будинок, поранено 60-річну "
    "жінку.",
    # a reporter's byline names a person, no outlet
    "Обстрелы Херсонщины\n\nИрина Коваленко, 17 сентября 2025\n\n"
    "Позавчера вечером российские военные обстреляли село Музыковка. Снаряд попал в дом, ранена пожилая женщина.",
])
def test_a_dateline_or_a_reporters_byline_names_no_outlet(text):
    [sources] = _sources(text)
    assert sources == []


@pytest.mark.parametrize("text", [
    "Обстріли Херсонщини\n\nСтеповий кур'єр, 17 вересня 2025\n\n"
    "Позавчора ввечері російські військові обстріляли село Музиківка. Поранено 60-річну жінку, повідомив "
    "начальник Херсонської ОВА Олександр Прокудін.",
    "Обстрелы Херсонщины\n\nБереговой листок, 17 сентября 2025\n\n"
    "Позавчера вечером российские военные обстреляли село Музыковка. Ранена пожилая женщина, сообщил глава "
    "Херсонской ОВА Александр Прокудин.",
])
def test_an_outlet_relaying_an_officials_report_is_not_its_source(text):
    [sources] = _sources(text)
    assert sources and not any("кур'єр" in s or "листок" in s for s in sources)
    assert any("Прокуд" in s for s in sources)


# -- a body's full name, not the short one the table keys it by ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "Координаційний штаб з питань поводження з військовополоненими повідомив, що в травні 2024 року біля "
    "Очеретиного російські військові розстріляли двох полонених.",
    "За даними Координаційного штабу з питань поводження з військовополоненими, у травні 2024 року біля "
    "Очеретиного російські військові розстріляли двох полонених.",
    "У травні 2024 року біля Очеретиного російські військові розстріляли двох полонених.\n\n"
    "Координаційний штаб з питань поводження з військовополоненими",
])
def test_the_coordination_headquarters_written_out_gives_its_full_name_with_the_short_one(text):
    [sources] = _sources(text)
    assert "Координаційний штаб з питань поводження з військовополоненими (Коордштаб)" in sources


def test_the_short_name_alone_stays_short():
    [sources] = _sources(
        "У Коордштабі повідомили, що в травні 2024 року біля Очеретиного російські військові розстріляли двох "
        "полонених."
    )
    assert "Коордштаб" in sources


@pytest.mark.parametrize(("text", "full"), [
    ("У міській військовій адміністрації повідомили, що вчора російський дрон атакував маршрутку в Херсоні, "
     "поранено трьох людей.", True),
    ("За даними міської військової адміністрації, вчора російський дрон атакував маршрутку в Херсоні, поранено "
     "трьох людей.", True),
    ("У міськраді повідомили, що вчора російський дрон атакував маршрутку в Херсоні, поранено трьох людей.", False),
])
def test_a_city_military_administration_written_out_is_named_so_a_council_is_not(text, full):
    [sources] = _sources(text)
    assert ("міська військова адміністрація (МВА)" in sources) is full


# -- a post's header line with an aside in brackets ---------------------------------------------------------------

ASIDE_HEADERS = [
    ("Петро Савчук, староста села Янжулівка (Шосткинська громада, Сумська обл.)\n\n"
     "Дорогі земляки! Учора після обіду ворожа артилерія вдарила по центру села. Поранено жінку.", "Петро Савчук"),
    ("Оксана Дорош, голова громади (Сумська обл., Шосткинський р-н)\n\n"
     "Учора вранці ворожий дрон атакував автомобіль у селі Ображіївка. Поранено двох чоловіків.", "Оксана Дорош"),
    ("Иван Петренко, глава поселка Тёткино (Глушковский р-н, Курская обл.)\n\n"
     "Вчера днём ВСУ обстреляли центр поселка из миномётов. Ранена женщина.", "Иван Петренко"),
]


@pytest.mark.parametrize(("text", "author"), ASIDE_HEADERS)
def test_a_header_line_with_an_aside_in_brackets_names_the_posts_author(text, author):
    sources = _sources(text)
    assert sources and all(author in s for s in sources)


def test_a_headline_sentence_with_an_aside_names_no_author():
    sources = _sources(
        "Ворог обстріляв центр Янжулівки (Сумська обл.). Поранено жінку.\n\n"
        "Учора ворожа артилерія вдарила по центру села Янжулівка. Поранено жінку."
    )
    assert all("обл" not in name for s in sources for name in s)
    assert all(len(s) == 0 for s in sources)


# -- a body named inside someone's quoted words is not cited by the verb after the quotation ------------------------

QUOTED_BODY = [
    "Звільнений з полону стрілець розповів, що взимку під Торецьком окупанти вбили двох полонених, які не могли "
    "йти.\n\n«Ми передали його розповідь до Офісу генпрокурора», — сказала юристка фонду Олена Ткач.",
    "Освобождённый из плена стрелок рассказал, что зимой под Торецком оккупанты расстреляли двух пленных, которые не "
    "могли идти.\n\n«Его рассказ мы отправили в Офис генпрокурора», — сказала юрист фонда Олена Ткач.",
    "Звільнений з полону стрілець розповів, що взимку під Торецьком окупанти вбили двох полонених, які не могли "
    "йти.\n\n«Ми передали все до СБУ і чекаємо», — сказала юристка фонду Олена Ткач.",
]


@pytest.mark.parametrize("text", QUOTED_BODY)
def test_a_body_named_inside_someones_quoted_words_is_not_their_source(text):
    [sources] = _sources(text)
    assert not any("генпрокурор" in s.lower() or s == "СБУ" for s in sources)


@pytest.mark.parametrize("text", [
    "Офіс генпрокурора повідомив, що взимку під Торецьком окупанти вбили двох полонених, які не могли йти.",
    "«Взимку під Торецьком окупанти вбили двох полонених, які не могли йти», — повідомили в Офісі генпрокурора.",
])
def test_a_body_speaking_outside_or_after_the_quotation_stays_the_source(text):
    [sources] = _sources(text)
    assert any("Генпрокурор" in s for s in sources)
