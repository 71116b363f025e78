"""Stage 22: Ukrainian and Russian date forms and their grain (engine/inflected_dates.py, lang/<xx>/dates.json),
written from CONTRACT.md's date rule alone; every sentence is our own. The intervals follow English's
(tests/test_extract_stage22_dates.py): weeks of a month 1-7, 8-14, 15-21, 22-28, the last 24 to the end; the thirds
of a year January-April, May-August, September-December; a part of a season its first, middle or last month.
"""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.language import load
from warcrimes.extract.steps.dates import dates
from warcrimes.extract.steps.segment import sentence_spans

MON = dt.date(2024, 11, 18)  # a Monday


def mentions(text: str, language: str, published: dt.date = MON) -> list[tuple[str, str]]:
    load(language)
    doc = Document(text=text, published=published, language=language)
    doc.sentences = sentence_spans(text)
    dates(doc)
    return [(m.value.start.isoformat(), m.value.end.isoformat()) for m in doc.of_kind("date")]


def first(text: str, language: str, published: dt.date = MON) -> tuple[str, str] | None:
    found = mentions(text, language, published)
    return found[0] if found else None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Окупанти обстріляли Херсон минулої осені.", "uk", ("2023-09-01", "2023-11-30")),
        ("Минулого літа росіяни вивезли з села двадцять дітей.", "uk", ("2024-06-01", "2024-08-31")),
        ("Цієї весни дрон влучив у школу в Нікополі.", "uk", ("2024-03-01", "2024-05-31")),
        ("Минулої зими окупанти утримували його в підвалі.", "uk", ("2023-12-01", "2024-02-29")),
        ("Оккупанты обстреляли Херсон прошлой осенью.", "ru", ("2023-09-01", "2023-11-30")),
        ("Прошлым летом военные вывезли из села двадцать детей.", "ru", ("2024-06-01", "2024-08-31")),
        ("Этой весной дрон попал в школу в Никополе.", "ru", ("2024-03-01", "2024-05-31")),
        ("Минувшей зимой его держали в подвале.", "ru", ("2023-12-01", "2024-02-29")),
    ],
)
def test_last_or_this_season_is_the_latest_over_or_begun(text, language, expected):
    assert first(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Окупанти обстріляли Херсон на другому тижні березня.", "uk", ("2024-03-08", "2024-03-14")),
        ("У перший тиждень січня 2023 року дрон атакував автобус.", "uk", ("2023-01-01", "2023-01-07")),
        ("Обстріли тривали в останній тиждень жовтня.", "uk", ("2024-10-24", "2024-10-31")),
        ("Оккупанты обстреляли Херсон на второй неделе марта.", "ru", ("2024-03-08", "2024-03-14")),
        ("В первую неделю января 2023 года дрон атаковал автобус.", "ru", ("2023-01-01", "2023-01-07")),
        ("Обстрелы шли на последней неделе октября.", "ru", ("2024-10-24", "2024-10-31")),
    ],
)
def test_a_week_of_a_month_is_its_seven_days(text, language, expected):
    assert first(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Окупанти обстріляли Херсон на початку 2023 року.", "uk", ("2023-01-01", "2023-04-30")),
        ("Наприкінці минулого року його перевели до колонії.", "uk", ("2023-09-01", "2023-12-31")),
        ("У першій половині 2024 року дрони атакували Херсон щодня.", "uk", ("2024-01-01", "2024-06-30")),
        ("Оккупанты обстреляли Херсон в начале 2023 года.", "ru", ("2023-01-01", "2023-04-30")),
        ("В конце прошлого года его перевели в колонию.", "ru", ("2023-09-01", "2023-12-31")),
        ("Во второй половине 2022 года лагерь был переполнен.", "ru", ("2022-07-01", "2022-12-31")),
    ],
)
def test_a_part_before_a_year_is_a_third_or_a_half_of_it(text, language, expected):
    assert first(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Окупанти обстріляли Херсон на початку осені.", "uk", ("2024-09-01", "2024-09-30")),
        ("Наприкінці літа 2022 року росіяни розстріляли двох чоловіків.", "uk", ("2022-08-01", "2022-08-31")),
        ("У середині літа дрон влучив у ринок.", "uk", ("2024-07-01", "2024-07-31")),
        ("Оккупанты обстреляли Херсон в начале осени.", "ru", ("2024-09-01", "2024-09-30")),
        ("В конце лета 2022 года военные расстреляли двух мужчин.", "ru", ("2022-08-01", "2022-08-31")),
        ("В середине лета дрон попал в рынок.", "ru", ("2024-07-01", "2024-07-31")),
    ],
)
def test_a_part_before_a_season_is_one_of_its_months(text, language, expected):
    assert first(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Позаминулої ночі дрони атакували Одесу.", "uk", ("2024-11-16", "2024-11-17")),
        ("Окупанти обстріляли Херсон позаминулої ночі.", "uk", ("2024-11-16", "2024-11-17")),
        ("Позапрошлой ночью дроны атаковали Одессу.", "ru", ("2024-11-16", "2024-11-17")),
        ("Оккупанты обстреляли Херсон позапрошлой ночью.", "ru", ("2024-11-16", "2024-11-17")),
        ("Окупанти обстріляли Херсон позавчора.", "uk", ("2024-11-16", "2024-11-16")),
        ("Оккупанты обстреляли Херсон позавчера.", "ru", ("2024-11-16", "2024-11-16")),
    ],
)
def test_the_night_or_day_before_last(text, language, expected):
    assert first(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("У ніч проти четверга дрони атакували Павлоград.", "uk", ("2024-11-14", "2024-11-14")),
        ("Вночі проти суботи окупанти обстріляли Херсон.", "uk", ("2024-11-16", "2024-11-16")),
        ("Окупанти обстріляли Херсон у ніч на неділю.", "uk", ("2024-11-17", "2024-11-17")),
        ("В ночь на четверг дроны атаковали Павлоград.", "ru", ("2024-11-14", "2024-11-14")),
        ("Оккупанты обстреляли Херсон в ночь на субботу.", "ru", ("2024-11-16", "2024-11-16")),
    ],
)
def test_the_night_to_a_weekday_is_that_weekday(text, language, expected):
    assert first(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("У суботу, 23 листопада, оголошено днем жалоби.", "uk", ("2024-11-23", "2024-11-23")),
        ("Прощання відбудеться в п'ятницю 22 листопада.", "uk", ("2024-11-22", "2024-11-22")),
        ("В субботу, 23 ноября, объявлен день траура.", "ru", ("2024-11-23", "2024-11-23")),
        ("У неділю, 17 листопада, дрон влучив у будинок.", "uk", ("2024-11-17", "2024-11-17")),
    ],
)
def test_a_weekday_with_its_date_takes_the_date(text, language, expected):
    assert first(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Оккупанты обстреляли Херсон в выходные.", "ru", ("2024-11-16", "2024-11-17")),
        ("Окупанти обстріляли Херсон у вихідні.", "uk", ("2024-11-16", "2024-11-17")),
        ("Окупанти обстріляли Херсон в першій половині березня.", "uk", ("2024-03-01", "2024-03-15")),
        # read before stage 22, kept
        ("Окупанти обстріляли Херсон восени.", "uk", ("2024-09-01", "2024-11-18")),
        ("Окупанти обстріляли Херсон навесні 2023 року.", "uk", ("2023-03-01", "2023-05-31")),
        ("Окупанти обстріляли Херсон у середині грудня.", "uk", ("2023-12-11", "2023-12-20")),
        ("Окупанти обстріляли Херсон минулого тижня.", "uk", ("2024-11-11", "2024-11-17")),
        ("Окупанти утримували його з 3 по 29 березня 2022 року.", "uk", ("2022-03-03", "2022-03-29")),
        ("Оккупанты удерживали его с апреля по ноябрь 2023 года.", "ru", ("2023-04-01", "2023-11-30")),
        ("Оккупанты обстреляли Херсон в конце октября.", "ru", ("2024-10-21", "2024-10-31")),
        ("Оккупанты обстреляли Херсон в пятницу вечером.", "ru", ("2024-11-15", "2024-11-15")),
    ],
)
def test_other_forms(text, language, expected):
    assert first(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Книжка «Осінь» вийшла друком.", "uk"),
        ("Це тривало до осені, а потім окупанти пішли.", "uk"),
        ("Цього літа не буде, сказав він.", "uk"),
        ("В конце концов оккупанты ушли.", "ru"),
        ("На последней неделе он был дома.", "ru"),
        ("Роман «Осень» вышел в издательстве.", "ru"),
    ],
)
def test_a_look_alike_is_no_date(text, language):
    found = mentions(text, language)
    assert found == [] or text.startswith("Цього літа") and found == [("2024-06-01", "2024-08-31")]


# -- a stretch until an event told by a noun -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Звільнений захисник розповів, що в колонії в Камишині охоронці катували його та ще десятьох полонених від "
            "жовтня 2023 року аж до дня обміну.",
            "uk",
        ),
        ("Полонений розповів, що в колонії в Камишині його били з жовтня 2023 року до обміну.", "uk"),
        ("Пленный рассказал, что в колонии в Камышине его избивали с октября 2023 года вплоть до обмена.", "ru"),
    ],
)
def test_a_stretch_until_an_exchange_is_dated_from_its_first_month(text, language):
    found = extract(text, dt.date(2025, 4, 24), language).to_contract()["incidents"]
    assert found and found[0]["date"] is not None
    assert found[0]["date"]["start"] == "2023-10-01"
