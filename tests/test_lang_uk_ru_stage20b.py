"""Stage 20b, Ukrainian and Russian (docs/languages.md): people removed by soldiers "to an unknown destination" are held
unlawfully (an enforced disappearance), whatever the order of verb, destination and people, and in a passive participle.
Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import uk_ru_contract, uk_ru_only
from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 8, 20)  # a Wednesday


def _contract(text: str, published: dt.date = PUBLISHED) -> dict:
    return uk_ru_contract(text, published)


def _only(text: str, published: dt.date = PUBLISHED) -> dict:
    return uk_ru_only(text, published)


@pytest.mark.parametrize(("text", "count"), [
    ("Під час окупації Вовчого Яру троє місцевих мешканців були вивезені окупантами у невідомому напрямку.", 3),
    ("Навесні 2022 року у Новій Басані військові рф вивезли в невідомому напрямку чотирьох односельців.", 4),
    ("У Бобровиці двоє жителів села були забрані російськими солдатами в невідомому напрямку.", 2),
    ("Во время оккупации российские военные увезли в неизвестном направлении двух односельчан из села Вовчий Яр.", 2),
    ("В Новой Басани военные РФ вывели в неизвестном направлении пятерых местных жителей.", 5),
    ("Весной 2022 года в Вовчем Яре трое местных жителей были вывезены военными в неизвестном направлении.", 3),
])
def test_people_removed_to_an_unknown_destination_are_held(text, count):
    incident = _only(text)
    assert incident["violations"][0] == "unlawful_detention"
    assert incident["victims"]["min"] == count
    assert incident["perpetrator"]["party"] == "RU"


@pytest.mark.parametrize("text", [
    "Окупанти вивезли в невідомому напрямку зерно та техніку з ферми у Вовчому Яру.",
    "Военные РФ вывезли в неизвестном направлении технику и зерно из агрофирмы в Вовчем Яре.",
    "Волонтери вивезли жителів Вовчого Яру до Харкова.",
])
def test_goods_removed_or_people_taken_to_a_named_city_are_no_detention(text):
    for incident in _contract(text)["incidents"]:
        assert "unlawful_detention" not in incident["violations"]


@pytest.mark.parametrize(("text", "count"), [
    ("У Бобровиці окупанти забрали двох односельців, яких військові вивезли у невідоме місце.", 2),
    ("У Новій Басані троє жителів, яких російські військові вивезли невідомо куди, досі не повернулися.", 3),
    ("У Новій Басані російські військові вивезли невідомо куди трьох місцевих жителів.", 3),
    ("В Новой Басани военные РФ вывезли неизвестно куда двух местных жителей.", 2),
    ("В Новой Басани четверых местных жителей, которых военные РФ увезли неизвестно куда, до сих пор ищут.", 4),
    ("В Вовчем Яре российские солдаты вывезли в неизвестное место двух односельчан.", 2),
])
def test_people_removed_to_an_unknown_place_are_held(text, count):
    incident = _only(text)
    assert incident["violations"][0] == "unlawful_detention"
    assert incident["victims"]["min"] == count


@pytest.mark.parametrize("text", [
    "У Скадовську окупанти вивезли вчителя в невідомому напрямку. Родина досі не знає, де він.",
    "В Скадовске оккупанты вывезли учителя в неизвестном направлении. Семья до сих пор не знает, где он.",
])
def test_the_next_sentence_lends_no_victims(text):
    incident = _only(text)
    assert incident["violations"][0] == "unlawful_detention"
    assert incident["victims"]["min"] == 1


@pytest.mark.parametrize(("text", "count"), [
    ("Освобожденный из плена житель Херсона рассказал: «Меня и ещё двоих мужчин держали в подвале в Олешках.»", 3),
    ("Освобождённая из плена жительница Каховки рассказала: «Меня и еще четырех женщин избивали в Олешках.»", 5),
    ("Вернувшийся из плена мужчина рассказал: «Меня и ещё 6 пленных держали в подвале в Олешках.»", 7),
    ("Звільнена з полону жителька Каховки розповіла: «Мене та ще чотирьох жінок тримали в підвалі в Олешках.»", 5),
    ("Звільнений з полону чоловік розповів: «Мене і ще двох побратимів били в ізоляторі в Олешках.»", 3),
])
def test_the_speaker_and_n_more_in_his_quote_are_n_plus_one(text, count):
    incident = _only(text)
    assert incident["victims"]["min"] == count


@pytest.mark.parametrize("text", [
    "Освобожденный из плена житель Херсона рассказал: «Меня держали в подвале в Олешках.»",
    "Вернувшаяся из плена жительница Каховки рассказала: «Меня избивали в подвале в Олешках.»",
])
def test_the_speaker_alone_is_one(text):
    assert _only(text)["victims"]["min"] == 1


@pytest.mark.parametrize("text", [
    "Звільнений з полону чоловік розповів: «Мене і ще двох побратимів били в ізоляторі в Олешках.»",
    "Колишній полонений розповів, що в Олешках мене та ще трьох хлопців жорстоко побили.",
    "Бывший пленный рассказал: «Меня и ещё пятерых пленных избивали в изоляторе в Олешках.»",
])
def test_me_and_n_more_beaten_is_ill_treatment(text):
    assert _only(text)["violations"][0] == "torture_ill_treatment"


@pytest.mark.parametrize("text", [
    "12 березня 2025 року в колонії в Горлівці помер полонений Іван Петренко. Напередодні ввечері його побили.",
    "12 марта 2025 года в колонии в Горловке умер пленный Иван Петренко. Накануне вечером его избили.",
    "3 лютого у Горлівці окупанти розстріляли двох чоловіків. Напередодні їх катували в підвалі.",
    "7 июня в Горловке военные РФ расстреляли двух мужчин. Накануне их пытали в подвале.",
])
def test_the_evening_before_a_day_told_is_that_days_eve_not_publications(text):
    incidents = _contract(text)["incidents"]
    assert len(incidents) == 1
    assert "torture_ill_treatment" in incidents[0]["violations"]
    assert incidents[0]["date"]["start"] != "2025-08-19"


@pytest.mark.parametrize("text", [
    "Напередодні ввечері окупанти обстріляли Херсон, загинув чоловік.",
    "Накануне вечером оккупанты обстреляли Херсон, погиб мужчина.",
    "Напередодні росіяни атакували Херсон дроном, поранено жінку.",
])
def test_the_evening_before_with_no_day_told_is_yesterday(text):
    assert _only(text)["date"]["start"] == "2025-08-19"


@pytest.mark.parametrize(("text", "day"), [
    ("5 травня 2025 року окупанти затримали у Херсоні волонтера. Наступного дня його катували.", "2025-05-06"),
    ("Напередодні Дня Незалежності окупанти обстріляли Херсон, загинула жінка.", None),
])
def test_a_day_told_from_the_day_before(text, day):
    dates = [i["date"]["start"] if i["date"] else None for i in _contract(text)["incidents"]]
    if day is None:
        assert "2025-08-19" not in dates
    else:
        assert day in dates or "2025-05-05" in dates


@pytest.mark.parametrize(("text", "place"), [
    ("Увечері 14 липня російський дрон атакував автомобіль на трасі Херсон–Миколаїв поблизу села Комишани. "
     "Загинули двоє чоловіків. Ще трьох поранених доправили до лікарні в Миколаєві.", "Komyshany"),
    ("У понеділок ворожий дрон уразив автівку між Бериславом та Херсоном біля села Понятівка. Загинула жінка.",
     "Poniativka"),
    ("На дорозі з Херсона до Миколаєва у Комишанах дрон атакував автобус, загинули двоє пасажирів.", "Komyshany"),
    ("14 июля российский беспилотник атаковал микроавтобус на трассе Херсон – Николаев возле Белозерки. "
     "Погибли два человека.", "Bilozerka"),
])
def test_a_roads_ends_are_no_scene_beside_a_village(text, place):
    [incident] = _contract(text, dt.date(2025, 7, 16))["incidents"]
    assert incident["location"]["name"] == place


@pytest.mark.parametrize("text", [
    "На трасі Херсон–Миколаїв російський дрон атакував автомобіль, загинув водій.",
    "На дороге из Херсона в Николаев дрон атаковал автомобиль, погиб водитель.",
    "Між Херсоном та Миколаєвом дрон атакував автобус, поранено трьох пасажирів.",
])
def test_a_roads_ends_alone_stay_the_scene(text):
    assert _only(text)["location"]["name"] in {"Kherson", "Mykolaiv"}


@pytest.mark.parametrize("text", [
    "Укры опять атакуют мирных. Противник ударил дроном по автомобилю в Тёткино, ранена местная жительница.",
    "Киевский режим продолжает террор. Противник атаковал дроном автомобиль в Тёткино, погиб мирный житель.",
    "Бандеровцы снова обстреляли Тёткино. Враг сбросил с дрона взрывчатку на магазин, ранены двое мирных жителей.",
])
def test_a_narrators_slang_for_ukrainians_makes_the_enemy_ukraines(text):
    assert _only(text)["perpetrator"]["party"] == "UA"


@pytest.mark.parametrize("text", [
    "Противник атаковал дроном Херсон, ранена местная жительница.",
    "Враг обстрелял Никополь из артиллерии, погиб мужчина.",
])
def test_the_enemy_without_a_russian_voice_is_russia(text):
    assert _only(text)["perpetrator"]["party"] == "RU"


@pytest.mark.parametrize("text", [
    "Противник атаковал дроном село Тёткино Курской области, ранена местная жительница.",
    "Противник обстрелял из артиллерии Белгород, погиб мирный житель.",
    "Вражеский дрон-камикадзе атаковал автомобиль в Шебекино, ранен водитель.",
])
def test_the_enemy_striking_a_town_in_russia_is_ukraine(text):
    assert _only(text)["perpetrator"]["party"] == "UA"


@pytest.mark.parametrize(("text", "day"), [
    ("Два тижні тому, у вівторок, російський дрон атакував автомобіль у Балаклії. Поранено водія.", "2025-08-05"),
    ("Две недели назад, во вторник, российский дрон атаковал автомобиль в Балаклее, ранен водитель.", "2025-08-05"),
    ("Три тижні тому у четвер окупанти обстріляли Балаклію, загинула жінка.", "2025-07-31"),
    ("Неделю назад, в воскресенье, дрон атаковал автобус в Балаклее, ранен водитель.", "2025-08-17"),
])
def test_weeks_ago_on_a_weekday_is_that_weekday_of_the_week_then(text, day):
    assert _only(text)["date"]["start"] == day


def test_weeks_ago_alone_stays_approximate():
    date = _only("Два тижні тому російський дрон атакував автомобіль у Балаклії, поранено водія.")["date"]
    assert date is None or date["start"] != "2025-08-05"


@pytest.mark.parametrize("text", [
    "Російський дрон атакував автомобіль швидкої допомоги у Балаклії. Поранено фельдшера та водія.",
    "Дрон ВСУ атаковал машину скорой помощи в Шебекино, ранены фельдшер и водитель.",
    "Окупанти обстріляли реанімобіль у Херсоні, поранено лікаря і водія.",
])
def test_an_ambulances_medic_and_driver_are_its_crew(text):
    assert _only(text)["victims"]["category"] == "medical_personnel"


def test_a_medic_and_a_passer_by_stay_mixed():
    text = "Дрон атакував автомобіль швидкої допомоги у Херсоні, поранено фельдшера та перехожого."
    assert _only(text)["victims"]["category"] == "mixed"


@pytest.mark.parametrize(("text", "place"), [
    ("Освобожденный из плена житель Херсона рассказал: «Меня и ещё двоих мужчин держали в подвале в Олешках.»",
     "Oleshky"),
    ("Мешканець Херсона розповів, що його тримали в підвалі в Олешках.", "Oleshky"),
    ("Жительница Каховки рассказала, что ее избивали в изоляторе в Олешках.", "Oleshky"),
    ("Улітку 2022 року окупанти викрали жителя Херсона.", "Kherson"),
    ("Мешканку Херсона поранено внаслідок обстрілу.", "Kherson"),
])
def test_a_home_is_no_scene_beside_the_place_of_the_act(text, place):
    assert _only(text)["location"]["name"] == place


@pytest.mark.parametrize(("text", "language"), [
    ("Уточнено наслідки обстрілу Херсона минулої ночі: поранено трьох людей.", "uk"),
    ("Поліція повідомила про наслідки удару по Херсону минулої ночі, поранено трьох людей.", "uk"),
    ("Уточнены последствия обстрела Херсона прошлой ночью: ранены три человека.", "ru"),
])
def test_a_night_told_after_the_act_noun_under_a_verb_of_telling_is_the_acts(text, language):
    found = extract(text, dt.date(2024, 4, 3), language).incidents
    assert [(i.facts.date.start.isoformat() if i.facts.date else None) for i in found] == ["2024-04-02"]
