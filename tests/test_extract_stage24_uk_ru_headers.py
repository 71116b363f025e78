"""Stage 24 (hdrV): a Ukrainian or Russian post's header reads an abbreviation of a body ("ОВА", "МВА", "ГУНП") as
the body, never as a person's surname, and a first line naming a body in quotes ("Розслідування «Тихого сигналу»")
is the report's publisher when the text then speaks as 'we'. Every report is written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import uk_ru_contract
from warcrimes.extract.steps.people import names_a_body

PUBLISHED = dt.date(2025, 5, 16)  # a Friday


def _sources(text: str) -> list[list[str]]:
    return [incident["reported_by"] for incident in uk_ru_contract(text, PUBLISHED)["incidents"]]


def _has(names: list[str], part: str) -> bool:
    return any(part.lower() in name.lower() for name in names)


# -- a header: body (abbreviation or oblast adjective + body word), title, person ----------------------------------

HEADED_PERSON = [
    ("Сумська ОВА, начальник Олег Марченко:\n"
     "Вночі російські війська обстріляли Шостку з артилерії. Загинули двоє цивільних, ще п'ятеро поранені.",
     "Олег Марченко"),
    ("Херсонська МВА, голова Роман Мрочко, 09:40:\n"
     "Сьогодні вранці окупанти атакували Херсон дроном. Поранено двох чоловіків.",
     "Роман Мрочко"),
    ("Харківська обласна прокуратура, прокурор Ірина Коваль, 14:05:\n"
     "Російські військові вдарили керованою авіабомбою по Куп'янську. Загинула 56-річна жінка.",
     "Ірина Коваль"),
    ("Курская ОВА, начальник Пётр Смирнов, 09:15:\n"
     "Утром российские войска ударили дроном по Судже. Погибли двое мирных жителей.",
     "Пётр Смирнов"),
    ("Белгородская область, губернатор Иван Петров:\n"
     "Ночью украинские войска обстреляли Шебекино. Погибла женщина, ещё трое ранены.",
     "Иван Петров"),
    ("Херсонская МВА, глава Роман Мрочко, 07:30:\n"
     "Утром российские военные атаковали Херсон дроном. Ранены двое мужчин.",
     "Роман Мрочко"),
]


@pytest.mark.parametrize(("text", "person"), HEADED_PERSON)
def test_a_headers_person_after_a_body_is_its_author_not_the_abbreviation(text, person):
    [names] = _sources(text)
    assert names == [person]


HEADED_BODY = [
    ("Сумська ОВА, 14:05:\nВночі російські війська обстріляли Шостку з артилерії. Загинули двоє цивільних.",
     "Сумська ОВА"),
    ("Херсонська МВА:\nВранці окупанти атакували Херсон дроном. Поранено двох чоловіків.", "Херсонська МВА"),
    ("Курская ОВА, 09:15:\nУтром российские войска ударили дроном по Судже. Погибли двое мирных жителей.",
     "Курская ОВА"),
]


@pytest.mark.parametrize(("text", "body"), HEADED_BODY)
def test_a_headers_oblast_adjective_and_abbreviation_is_the_body(text, body):
    [names] = _sources(text)
    assert names == [body]


def test_an_abbreviation_among_mixed_case_words_names_a_body_and_a_shouted_name_does_not():
    assert names_a_body(["Сумська", "ОВА,"])
    assert names_a_body(["Kharkiv", "OVA"])
    assert not names_a_body(["Олег", "Марченко"])
    assert not names_a_body(["ОЛЕГ", "МАРЧЕНКО"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Олег Марченко:\nВночі російські війська обстріляли Шостку з артилерії. Загинули двоє цивільних.",
         [["Олег Марченко"]]),
        ("Суми, 14:05:\nВночі російські війська обстріляли Шостку з артилерії. Загинули двоє цивільних.", [[]]),
        ("Иван Петров:\nНочью украинские войска обстреляли Шебекино. Погибла женщина.", [["Иван Петров"]]),
    ],
)
def test_a_header_of_a_person_only_or_a_city_and_time_is_read_as_before(text, expected):
    assert _sources(text) == expected


# -- a publisher named in quotes on the first line, speaking as 'we' -----------------------------------------------

PUBLISHED_BY = [
    ("Розслідування «Тихого сигналу»\n\n"
     "Ми задокументували розстріл трьох цивільних у селі Ягідне у березні 2022 року. Наша команда поговорила з "
     "п'ятьма свідками.",
     "Тихого сигналу"),
    ("Звіт громадської ініціативи «Свідок»\n\n"
     "У березні 2022 року російські військові розстріляли двох чоловіків у Бучі. Ми поговорили з їхніми сусідами. "
     "Наша команда знайшла гільзи на місці.",
     "Свідок"),
    ("Огляд «Тихого сигналу»\n\n"
     "У березні 2022 року російські військові розстріляли двох чоловіків у Бучі. Журналісти «Тихого сигналу» "
     "поговорили з їхніми сусідами, і ми знайшли гільзи на місці.",
     "Тихого сигналу"),
    ("Доклад «Тихого сигнала»\n\n"
     "В марте 2022 года российские военные расстреляли двух мужчин в Буче. Мы поговорили с их соседями. "
     "Наша команда нашла гильзы на месте.",
     "Тихого сигнала"),
    ("Заявление центра «Полынь»\n\n"
     "Мы задокументировали пытки задержанных в здании полиции в Балаклее в сентябре 2022 года. Наши мониторы "
     "поговорили с четырьмя бывшими узниками.",
     "Полынь"),
    ("Расследование «Тихого сигнала»\n\n"
     "В апреле 2022 года российские военные расстреляли мужчину в Ирпене. Журналисты «Тихого сигнала» нашли его "
     "родных, и мы сверили их рассказ со спутниковыми снимками.",
     "Тихого сигнала"),
]


@pytest.mark.parametrize(("text", "publisher"), PUBLISHED_BY)
def test_uk_ru_a_body_named_in_quotes_on_the_first_line_speaking_as_we_is_the_publisher(text, publisher):
    found = _sources(text)
    assert found and all(_has(names, publisher) for names in found)


NOT_PUBLISHED_BY = [
    # a quoted name on top, but the 'we' is only a police spokesman's inside quotes: the police stays
    ("Огляд «Тихого сигналу»\n\n"
     "Вночі російські війська обстріляли Херсон з артилерії, загинули двоє цивільних, повідомили в ГУНП. "
     " «Ми задокументували наслідки удару», — сказав речник. «Ми працюємо далі», — додав він.",
     "поліц"),
    ("Обзор «Тихого сигнала»\n\n"
     "Ночью российские войска обстреляли Херсон из артиллерии, погибли двое мирных жителей, сообщили в "
     "Нацполиции. «Мы задокументировали последствия удара», — сказал представитель. «Мы работаем "
     "дальше», — добавил он.",
     "полиц"),
]


@pytest.mark.parametrize(("text", "source"), NOT_PUBLISHED_BY)
def test_uk_ru_an_officials_quoted_we_makes_no_publisher(text, source):
    found = _sources(text)
    assert found and all(not _has(names, "сигнал") for names in found)
    assert all(_has(names, source) for names in found)


def test_en_an_abbreviation_after_a_place_is_no_surname_either():
    from extract_fixtures import en_contract_incidents

    text = ("Kharkiv OVA, head Oleh Marchenko:\n"
            "Overnight Russian forces shelled Kupiansk with artillery. Two civilians were killed.")
    assert [i["reported_by"] for i in en_contract_incidents(text, PUBLISHED)] == [["Oleh Marchenko"]]
