"""Ukrainian and Russian statistics: totals of captives, returns and tallies. Each rule is tried on
sentences of our own in several wordings and on a look-alike that must not fire (STYLE.md point 12).
No text here comes from shared/eval."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.pipeline import default_steps, run

PUBLISHED = dt.date(2025, 6, 10)


def dates_read(text: str, language: str) -> list[tuple[str, str]]:
    doc = Document(text, PUBLISHED, language)
    run(doc, default_steps())
    return [(m.value.start.isoformat(), m.value.end.isoformat()) for m in doc.of_kind("date")]


def figures(text: str, language: str) -> set[tuple[str, float, str]]:
    found = extract(text, PUBLISHED, language)
    return {(s.facts.measure, s.facts.value, s.facts.unit) for s in found.statistics}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("З початку війни з полону повернули 4,5 тисячі військових.", "uk", ("released", 4500, "persons")),
    ("Загалом додому вдалося повернути понад 2 тисячі захисників.", "uk", ("released", 2000, "persons")),
    ("Всего из плена удалось вернуть более 3,2 тысячи военных.", "ru", ("released", 3200, "persons")),
    ("С начала года освобождены 2 тысячи военнослужащих.", "ru", ("released", 2000, "persons")),
])
def test_digits_before_the_plural_of_thousand_are_a_figure(text, language, expected):
    assert expected in figures(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Тисячі людей вийшли на мітинг на підтримку полонених.", "uk"),
    ("Тысячи военных вернулись домой за эти годы.", "ru"),
])
def test_thousands_without_a_figure_stay_no_figure(text, language):
    assert not figures(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Під час атаки загинули кілька тисяч людей.", "uk"),
    ("За годы войны погибли несколько тысяч человек.", "ru"),
])
def test_a_vague_word_before_thousands_gives_no_figure(text, language):
    assert not figures(text, language)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("У полоні досі залишаються понад 6 тисяч наших захисників.", "uk", 6000),
    ("У російському полоні залишаються 7 тисяч військовослужбовців.", "uk", 7000),
    ("Росія утримує щонайменше 14 тисяч українських цивільних.", "uk", 14000),
    ("В плену остаются еще около тысячи российских солдат.", "ru", 1000),
    ("В украинском плену находятся 900 военнослужащих.", "ru", 900),
    ("Россия удерживает более 5 тысяч гражданских.", "ru", 5000),
])
def test_captives_still_held_are_counted_whatever_the_word_order(text, language, expected):
    assert ("held_captive", expected, "persons") in figures(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Окупанти утримували 5 людей у підвалі школи в Ізюмі.", "uk"),
    ("Его держали в плену 3 месяца.", "ru"),
])
def test_people_held_in_one_place_are_no_captive_total(text, language):
    assert not [f for f in figures(text, language) if f[0] == "held_captive"]


# ---- days written as ordinal words -------------------------------------------------------------------
def incident_days_and_places(text: str, language: str) -> list[tuple[str | None, str | None]]:
    found = extract(text, PUBLISHED, language)
    return [
        (i.facts.date.start.isoformat() if i.facts.date else None, i.facts.location.name if i.facts.location else None)
        for i in found.incidents
    ]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Дванадцятого березня ракета влучила в торговельний центр Конотопа, загинули двоє людей.", "uk",
     ("2025-03-12", "Konotop")),
    ("Двадцять першого лютого окупанти обстріляли Херсон, загинула жінка.", "uk", ("2025-02-21", "Kherson")),
    ("П'ятого травня 2024 року росіяни розстріляли трьох полонених біля Бахмута.", "uk", ("2024-05-05", "Bakhmut")),
    ("Двадцать первого марта дрон атаковал автобус в Горловке, погибли три человека.", "ru",
     ("2025-03-21", "Horlivka")),
    ("Двенадцатого апреля в Шебекине при обстреле погибла женщина.", "ru", ("2025-04-12", "Shebekino")),
])
def test_a_day_written_as_an_ordinal_word_dates_the_act_and_names_no_village(text, language, expected):
    assert incident_days_and_places(text, language) == [expected]


def test_an_ordinal_word_without_a_month_is_no_date():
    found = extract("Другого дня окупанти знову обстріляли Херсон, загинула жінка.", PUBLISHED, "uk")
    assert [i.facts.date for i in found.incidents] != [] and all(
        i.facts.date is None or i.facts.date.start.day != 2 for i in found.incidents
    )


# ---- towns in -ів in the other cases -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Ще двоє людей дістали поранення в Оріхові.",
    "Біля Оріхова дрон атакував автомобіль, поранено водія.",
    "Унаслідок обстрілу в Оріхові поранена жінка.",
])
def test_a_town_in_iv_is_found_in_its_oblique_cases_after_a_preposition(text):
    assert [p for _, p in incident_days_and_places(text, "uk")] == ["Orikhiv"]


def test_a_word_in_ova_without_a_preposition_is_not_made_a_town():
    found = extract("Оріхова олія подорожчала.", PUBLISHED, "uk")
    assert not found.incidents


# ---- Russian: a family is no number; shooting is killing -------------------------------------------
@pytest.mark.parametrize("text", [
    "Украинские военные расстреляли семью из четырех человек в Горловке.",
    "В Горловке расстреляна семья из четырех человек.",
    "Военные ВСУ расстреляли в Горловке четырех мирных жителей.",
])
def test_a_family_shot_counts_its_members_not_seven(text):
    found = extract(text, PUBLISHED, "ru")
    assert [(i.facts.victims.min, i.facts.victims.category) for i in found.incidents] == [(4, "civilian")]


def test_seven_in_words_is_still_seven():
    found = extract("В Горловке при обстреле погибли семь человек.", PUBLISHED, "ru")
    assert [i.facts.victims.min for i in found.incidents] == [7]


# ---- the eve of a named day is not yesterday ---------------------------------------------------------
@pytest.mark.parametrize(("text", "language"), [
    ("Напередодні Дня захисту дітей вдалося повернути хлопця, якого у травні 2024 року вивезли з Олешок.", "uk"),
    ("Напередодні Великодня стало відомо про хлопця, якого у травні 2024 року вивезли з Олешок.", "uk"),
    ("Накануне Дня Победы стало известно о мальчике, которого в мае 2024 года вывезли из Алешек.", "ru"),
])
def test_the_eve_of_a_named_day_leaves_the_acts_own_date(text, language):
    assert dates_read(text, language) == [("2024-05-01", "2024-05-31")]


@pytest.mark.parametrize(("text", "language"), [
    ("Напередодні ввечері росіяни обстріляли Херсон, загинула жінка.", "uk"),
    ("Накануне в Макеевке при обстреле погибла женщина.", "ru"),
])
def test_the_eve_alone_is_still_yesterday(text, language):
    found = extract(text, PUBLISHED, language)
    assert [i.facts.date.start.isoformat() for i in found.incidents] == ["2025-06-09"]


# ---- a percentage of people in the genitive ------------------------------------------------------------
@pytest.mark.parametrize(("text", "language", "value"), [
    ("У Коордштабі зазначають, що понад 90% звільнених з полону повідомляють про катування.", "uk", 90),
    ("Понад 90% звільнених військовополонених повідомляють про катування.", "uk", 90),
    ("По данным омбудсмена, 85% освобожденных из плена рассказывают о пытках.", "ru", 85),
    ("Более 80% вернувшихся из плена военных подвергались пыткам.", "ru", 80),
])
def test_a_share_of_freed_captives_who_were_tortured_is_a_percentage(text, language, value):
    assert ("tortured", value, "percent") in figures(text, language)


def test_a_percentage_of_people_asked_about_anything_else_is_no_figure():
    assert not figures("Понад 60% опитаних мешканців підтримують відбудову міста.", "uk")


# ---- a Russian official's allegation: the source is named and Ukraine is the accused -------------------
@pytest.mark.parametrize(("text", "source"), [
    ("Посол по особым поручениям МИД России Родион Мирошник заявил, что 18 мая беспилотник ударил по автобусу "
     "в Горловке. По его словам, погибли два мирных жителя.", "Родион Мирошник"),
    ("Официальный представитель МИД России Мария Захарова заявила, что 18 мая при обстреле Горловки погибли "
     "два мирных жителя.", "Мария Захарова"),
    ("Как сообщил Егор Мирошник, 18 мая дрон атаковал рынок в Горловке, погибли два человека.", "Егор Мирошник"),
])
def test_a_russian_officials_allegation_names_its_source_and_accuses_ukraine(text, source):
    found = extract(text, PUBLISHED, "ru")
    assert [(i.facts.perpetrator.party, i.facts.reported_by[:1]) for i in found.incidents] == [("UA", (source,))]


def test_a_ukrainian_ombudsman_in_russian_still_accuses_russia():
    text = "Омбудсмен Дмитрий Лубинец заявил, что 18 мая российский дрон ударил по автобусу в Херсоне, погибли двое."
    assert [i.facts.perpetrator.party for i in extract(text, PUBLISHED, "ru").incidents] == ["RU"]


# ---- crimes registered, people abducted over a period -----------------------------------------------
@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Прокурори зареєстрували понад 150 тисяч воєнних злочинів.", "uk", ("cases_opened", 150000, "cases")),
    ("Від початку вторгнення задокументовано 140 тисяч воєнних злочинів.", "uk", ("cases_opened", 140000, "cases")),
    ("Похищены более 40 жителей за месяц в Запорожской области.", "ru", ("detained", 40, "persons")),
    ("Лише за останній місяць окупанти викрали на лівобережжі Херсонщини щонайменше 37 людей.", "uk",
     ("detained", 37, "persons")),
    ("За минулий тиждень окупанти викрали в області 12 цивільних.", "uk", ("detained", 12, "persons")),
])
def test_crimes_registered_and_people_abducted_over_a_period_are_figures(text, language, expected):
    assert expected in figures(text, language)


def test_one_abduction_in_a_town_stays_an_incident():
    found = extract("Окупанти викрали трьох волонтерів у Херсоні 5 травня.", PUBLISHED, "uk")
    assert not found.statistics
    assert [(i.facts.victims.min, i.facts.location.name) for i in found.incidents] == [(3, "Kherson")]
