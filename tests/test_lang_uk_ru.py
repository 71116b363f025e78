"""Ukrainian and Russian rules: each tried on three sentences of our own in different wordings, and on
one that looks alike but must not match (STYLE.md point 12). No text here comes from shared/eval."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.language import detect_language
from warcrimes.extract.engine.pipeline import default_steps, run

PUBLISHED = dt.date(2025, 3, 12)  # a Wednesday


def doc(text: str, language: str) -> Document:
    found = Document(text, PUBLISHED, language)
    run(found, default_steps())
    return found


def labels(text: str, language: str, label: str) -> list[str]:
    return [m.value for m in Document(text, PUBLISHED, language).hits(label)]


def counts(text: str, language: str) -> list[tuple[int | None, int | None]]:
    return [(m.value.min, m.value.max) for m in doc(text, language).of_kind("count")]


def dates(text: str, language: str) -> list[tuple[str, str]]:
    return [(m.value.start.isoformat(), m.value.end.isoformat()) for m in doc(text, language).of_kind("date")]


def places(text: str, language: str) -> list[tuple[str | None, str | None]]:
    return [(m.value.name, m.value.admin1) for m in doc(text, language).of_kind("place")]


def regions(text: str, language: str) -> list[str | None]:
    return [m.value.admin1 for m in doc(text, language).of_kind("region")]


# ---- numerals in words, every case ------------------------------------------------------------------
@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Окупанти розстріляли п'ятьох полонених.", "uk", (5, 5)),
    ("Загинули двоє цивільних.", "uk", (2, 2)),
    ("Поранено трьох людей біля ринку.", "uk", (3, 3)),
    ("Щонайменше сімох мешканців вивезли.", "uk", (7, None)),
    ("Погибли трое мирных жителей.", "ru", (3, 3)),
    ("Ранены четырех человек.", "ru", (4, 4)),
    ("Не менее пятерых пленных были расстреляны.", "ru", (5, None)),
    ("Погибли двадцать пять человек.", "ru", (25, 25)),
])
def test_number_words_count_in_every_case(text, language, expected):
    assert expected in counts(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Розпочато провадження за ч. 2 ст. 438 КК України.", "uk"),
    ("Возбуждено дело по ч. 1 ст. 356 УК.", "ru"),
    ("Поранено 45-річну жінку та її сина.", "uk"),
])
def test_articles_of_law_and_ages_are_no_counts(text, language):
    assert not [c for c in counts(text, language) if c[0] and c[0] > 1]


@pytest.mark.parametrize(("text", "language"), [
    ("Загинула жінка.", "uk"),
    ("54-річний чоловік отримав поранення.", "uk"),
    ("Погиб мирный житель.", "ru"),
    ("Ранен водитель грузовика.", "ru"),
])
def test_one_person_named_in_the_singular_counts_one(text, language):
    assert (1, 1) in counts(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Журналісти зібрали свідчення шістьох звільнених.", "uk"),
    ("Репортеры опросили восемь бывших пленных.", "ru"),
    ("Приводятся показания пяти военных.", "ru"),
])
def test_people_interviewed_are_no_casualties(text, language):
    assert doc(text, language).of_kind("casualty") == [] or all(
        m.value.measure not in {"killed", "wounded"} for m in doc(text, language).of_kind("casualty")
    )


def test_a_noun_after_a_number_is_no_second_count():
    assert counts("Загинули 11 человек.", "ru") == [(11, 11)]


def test_thousands_written_with_a_space_are_one_count():
    assert (5100, 5100) in counts("Вдалося повернути 5 100 українців.", "uk")


# ---- dates: genitive months, relative days, nights -------------------------------------------------
@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Удар стався 18 лютого.", "uk", ("2025-02-18", "2025-02-18")),
    ("Вранці 3 березня 2024 року окупанти обстріляли місто.", "uk", ("2024-03-03", "2024-03-03")),
    ("Вчора дрон атакував автобус.", "uk", ("2025-03-11", "2025-03-11")),
    ("В ніч на 18 лютого ворог атакував Харків.", "uk", ("2025-02-17", "2025-02-18")),
    ("Минулого тижня дітей вивезли.", "uk", ("2025-03-03", "2025-03-09")),
    ("У неділю загинула жінка.", "uk", ("2025-03-09", "2025-03-09")),
    ("В начале февраля пленных расстреляли.", "ru", ("2025-02-01", "2025-02-10")),
    ("18 февраля дрон атаковал машину.", "ru", ("2025-02-18", "2025-02-18")),
    ("Вчера вечером обстреляли поселок.", "ru", ("2025-03-11", "2025-03-11")),
    ("В ночь на 9 марта ракета попала в дом.", "ru", ("2025-03-08", "2025-03-09")),
    ("На прошлой неделе задержали двоих.", "ru", ("2025-03-03", "2025-03-09")),
    ("За минувшие сутки погиб один человек.", "ru", ("2025-03-11", "2025-03-12")),
])
def test_dates_resolve_against_the_publication_day(text, language, expected):
    assert expected in dates(text, language)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("У листопаді минулого року окупанти викрали двох чоловіків.", "uk", ("2024-11-01", "2024-11-30")),
    ("У 2022 році місто окупували. У липні там відкрили катівню.", "uk", ("2022-07-01", "2022-07-31")),
    ("У лютому-березні 2023 року дітей вивезли.", "uk", ("2023-02-01", "2023-03-31")),
    ("В ноябре прошлого года пленных избивали.", "ru", ("2024-11-01", "2024-11-30")),
    ("В прошлом году колонию заполнили пленными.", "ru", ("2024-01-01", "2024-12-31")),
])
def test_a_month_takes_the_year_the_text_told(text, language, expected):
    assert expected in dates(text, language)


def test_a_month_later_than_publication_is_last_year():
    assert ("2024-12-20", "2024-12-20") in dates("20 грудня окупанти обстріляли село.", "uk")


@pytest.mark.parametrize(("text", "language"), [
    ("Загинула жінка 1951 року народження.", "uk"),
    ("Погиб мужчина 1960 года рождения.", "ru"),
    ("Ранена женщина 1987 г. рождения.", "ru"),
])
def test_a_year_of_birth_is_no_date(text, language):
    assert dates(text, language) == []


@pytest.mark.parametrize(("text", "language", "party"), [
    ("ВСУ нанесли удар по Горловке, погибла женщина, сообщили в городской администрации.", "ru", "UA"),
    ("Украинские военные обстреляли Шебекино.", "ru", "UA"),
    ("Российские войска ударили по Харькову.", "ru", "RU"),
    ("Окупанти обстріляли Херсон, загинула жінка.", "uk", "RU"),
])
def test_the_side_that_acts_is_the_perpetrator(text, language, party):
    incidents = extract(text, PUBLISHED).to_contract()["incidents"]
    assert incidents and incidents[0]["perpetrator"]["party"] == party


def test_a_number_before_a_non_month_word_is_no_date():
    assert dates("Загинули 18 людей.", "uk") == []


# ---- places in every case, adjectives, regions ------------------------------------------------------
@pytest.mark.parametrize(("text", "language", "expected"), [
    ("У Бериславі загинув чоловік.", "uk", ("Beryslav", "Kherson Oblast")),
    ("Ворог обстріляв Херсон.", "uk", ("Kherson", "Kherson Oblast")),
    ("Удар по Мелітополю зруйнував будинок.", "uk", ("Melitopol", "Zaporizhzhia Oblast")),
    ("В Харькове погибли два человека.", "ru", ("Kharkiv", "Kharkiv Oblast")),
    ("Дрон атаковал машину в Рыльске.", "ru", ("Rylsk", "Kursk Oblast")),
    ("ВСУ обстреляли Каменку-Днепровскую.", "ru", ("Kamianka-Dniprovska", "Zaporizhzhia Oblast")),
])
def test_place_names_are_found_in_any_case_and_written_in_english(text, language, expected):
    assert expected in places(text, language)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("На Херсонщині окупанти обстріляли село.", "uk", "Kherson Oblast"),
    ("Удар по Сумській області забрав життя двох людей.", "uk", "Sumy Oblast"),
    ("У Донецькій області загинули троє.", "uk", "Donetsk Oblast"),
    ("В Курской области ранены двое.", "ru", "Kursk Oblast"),
    ("Белгородская область снова под ударом.", "ru", "Belgorod Oblast"),
])
def test_oblasts_are_found_as_adjectives_and_nouns_in_any_case(text, language, expected):
    assert expected in regions(text, language)


def test_a_named_raion_chooses_among_homonyms():
    found = places("Село Новопавлівка Покровського району обстріляли.", "uk")
    assert ("Novopavlivka", "Donetsk Oblast") in found


def test_a_common_word_with_a_capital_is_no_place():
    assert places("Сьогодні ворог атакував.", "uk") == []


# ---- sides, bodies, cues ----------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "language", "party"), [
    ("Окупанти обстріляли школу.", "uk", "RU"),
    ("Військові ЗС РФ розстріляли полонених.", "uk", "RU"),
    ("Російські військові вбили двох цивільних.", "uk", "RU"),
    ("ВСУ обстреляли поселок.", "ru", "UA"),
    ("Украинские боевики атаковали автомобиль.", "ru", "UA"),
    ("Удар нанесли ВС РФ.", "ru", "RU"),
])
def test_sides_are_named_in_either_language(text, language, party):
    assert party in labels(text, language, "party")


@pytest.mark.parametrize(("text", "language", "body"), [
    ("Про це повідомили в Офісі Генпрокурора.", "uk", "Офіс Генпрокурора"),
    ("Як повідомляє Херсонська ОВА, загинула жінка.", "uk", "ОВА"),
    ("Коордштаб повідомив про обмін.", "uk", "Коордштаб"),
    ("СК возбудил уголовное дело.", "ru", "Следственный комитет"),
    ("Об этом сообщили в Минобороны России.", "ru", "Минобороны России"),
])
def test_reporting_bodies_keep_their_name_in_the_texts_language(text, language, body):
    assert body in labels(text, language, "organisation")


@pytest.mark.parametrize(("text", "language", "cue"), [
    ("Окупанти розстріляли полонених.", "uk", "execution"),
    ("Полонених стратили на місці.", "uk", "execution"),
    ("Бранців катували струмом.", "uk", "torture_ill_treatment"),
    ("Дітей незаконно вивезли до Росії.", "uk", "deportation_transfer"),
    ("Пленных расстреляли у дороги.", "ru", "execution"),
    ("Пленных избивали и пытали.", "ru", "torture_ill_treatment"),
    ("Охранники били пленных дубинками.", "ru", "torture_ill_treatment"),
    ("Затриманих били кийками.", "uk", "torture_ill_treatment"),
    ("Мужчину похитили военные.", "ru", "unlawful_detention"),
])
def test_violation_cues_match_any_tense_and_number(text, language, cue):
    assert cue in labels(text, language, "violation")


@pytest.mark.parametrize(("text", "language"), [
    ("Окупанти били по житлових кварталах.", "uk"),
    ("Российские войска били по инфраструктуре.", "ru"),
    ("Сили ППО збили два дрони.", "uk"),
    ("Военные расстреливали мишени на полигоне.", "ru"),
])
def test_look_alikes_are_no_violation_of_the_wrong_kind(text, language):
    assert "torture_ill_treatment" not in labels(text, language, "violation")
    assert "deportation_transfer" not in labels(text, language, "violation")


# ---- whole reports ----------------------------------------------------------------------------------
def test_a_russian_source_alleging_ukrainian_strikes_names_ukraine_as_perpetrator():
    text = "Сегодня утром дрон ВСУ атаковал автомобиль в Рыльске Курской области. Погиб мирный житель."
    incidents = extract(text, PUBLISHED).to_contract()["incidents"]
    assert incidents and incidents[0]["perpetrator"]["party"] == "UA"
    assert incidents[0]["location"]["name"] == "Rylsk"
    assert incidents[0]["location"]["country"] == "RU"


def test_a_ukrainian_telegram_post_yields_one_incident_in_english_places():
    text = "Херсонщина. Вчора окупанти вдарили дроном по Бериславу. Загинули двоє людей.\nХерсонська ОВА"
    incident = extract(text, PUBLISHED).to_contract()["incidents"][0]
    assert incident["location"]["name"] == "Beryslav"
    assert incident["date"] == {"start": "2025-03-11", "end": "2025-03-11"}
    assert incident["victims"]["min"] == 2
    assert incident["perpetrator"]["party"] == "RU"


def test_an_english_article_quoting_a_ukrainian_post_is_read_as_english():
    text = ("Russian troops shot two surrendering soldiers near Robotyne on Sunday, prosecutors said. "
            "«Окупанти розстріляли двох військових», – йдеться у повідомленні.")
    assert detect_language(text) == "en"
    incident = extract(text, PUBLISHED).to_contract()["incidents"][0]
    assert incident["location"]["name"] == "Robotyne"


def test_a_language_without_rules_is_refused_in_a_sentence():
    from warcrimes.errors import UnsupportedLanguageError

    with pytest.raises(UnsupportedLanguageError, match="not supported"):
        extract("Уначы горад атакавалі беспілотнікі, пашкоджаны жылы дом.", PUBLISHED)


# ---- statistics -------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "measure", "value"), [
    ("З початку повномасштабного вторгнення з полону вдалося повернути 5857 українців.", "released", 5857),
    ("Від початку вторгнення росіяни депортували понад 19 тисяч українських дітей.", "deported", 19000),
    ("Ювенальні прокурори зафіксували 502 загиблих дітей.", "killed", 502),
    ("Всего с начала специальной военной операции погибли 250 мирных жителей.", "killed", 250),
])
def test_totals_over_the_war_are_statistics_not_incidents(text, measure, value):
    result = extract(text, PUBLISHED).to_contract()
    assert (measure, value) in [(s["measure"], s["value"]) for s in result["statistics"]]
    assert result["incidents"] == []


def test_one_strike_recorded_by_police_stays_an_incident():
    result = extract("У Херсоні поліцейські зафіксували загибель двох людей після обстрілу.", PUBLISHED).to_contract()
    assert [i["location"]["name"] for i in result["incidents"]] == ["Kherson"]


def test_falling_into_captivity_is_no_strike():
    assert "strike" not in labels("С начала года в плен попали более 300 военных.", "ru", "attack")
    assert "strike" in labels("Ракета попала в жилой дом.", "ru", "attack")


# ---- a number of buildings is no one's toll ----------------------------------------------------------
def victims_of(text: str, language: str) -> list[tuple[int | None, int | None, int | None]]:
    found = extract(text, PUBLISHED, language=language)
    return [(i.facts.victims.min, i.facts.victims.killed, i.facts.victims.injured) for i in found.incidents]


@pytest.mark.parametrize(("text", "language"), [
    ("Після нічної атаки на Суми пошкоджено 7 приватних будинків, загиблих немає.", "uk"),
    ("Унаслідок обстрілу Херсона зруйновано 4 житлові будинки; жертв серед людей немає.", "uk"),
    ("Дрон влучив у Нікополь: пошкоджені 3 автомобілі, загиблих немає.", "uk"),
    ("В результате обстрела Херсона повреждены 6 частных домов, погибших нет.", "ru"),
    ("После удара по Сумам разрушены 2 многоэтажных дома, погибших нет.", "ru"),
])
def test_a_count_of_houses_or_cars_is_no_count_of_victims(text, language):
    assert all(killed is None and injured is None and low in (None, 0)
               for low, killed, injured in victims_of(text, language)), victims_of(text, language)


@pytest.mark.parametrize(("text", "language", "killed"), [
    ("Під час обстрілу Херсона загинули 4 мирних жителі.", "uk", 4),
    ("При обстреле Херсона погибли 3 мирных жителя.", "ru", 3),
])
def test_a_count_of_residents_is_still_their_toll(text, language, killed):
    assert any(k == killed for _, k, _ in victims_of(text, language)), victims_of(text, language)
