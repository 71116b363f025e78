"""Stage 18 of the Ukrainian and Russian rules: people counted "together with" others and by collective nouns, a
region's toll since a month, an institution naming its town in the genitive, the speakers as victims, a protected
object that describes a victim or where the hurt lie, the town victims fled towards, the voice of a later act, the
oblast of a report's towns for a homonym village. Sentences are our own (Telegram post, official statement, news)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import uk_ru_contract

PUBLISHED = dt.date(2025, 6, 20)


def _contract(text: str) -> dict:
    return uk_ru_contract(text, PUBLISHED)


def _incidents(text: str) -> list[dict]:
    return _contract(text)["incidents"]


# -- counts ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "count"), [
    ("Повернутий з полону Олександр розповів, що в СІЗО Брянська його катували разом із шістьма побратимами.", 7),
    ("Військового катували в колонії в Таганрозі разом з п'ятьма побратимами.", 6),
    ("Захисника катували в Курську разом із трьома побратимами, повідомив омбудсман.", 4),
    ("Вернувшийся из плена Иван рассказал, что его избивали в СИЗО Брянска вместе с пятью сослуживцами.", 6),
    ("Бойца пытали в колонии в Таганроге вместе с двумя сослуживцами.", 3),
    ("Его пытали в колонии в Таганроге вместе с двумя сослуживцами, рассказал боец.", 3),
])
def test_one_held_together_with_others_is_counted_with_them(text, count):
    [incident] = _incidents(text)
    assert incident["victims"]["min"] == count
    assert incident["victims"]["category"] == "pow"


@pytest.mark.parametrize("text", [
    "Росіяни розстріляли подружжя пенсіонерів у Боровій.",
    "У Боровій окупанти застрелили літню пару.",
    "Окупанти розстріляли подружню пару в Боровій.",
    "В Боровой оккупанты расстреляли супругов.",
    "Полиция сообщила, что в Боровой оккупанты застрелили пожилую пару.",
    "В Боровой оккупанты застрелили супружескую пару.",
])
def test_a_couple_is_two_people(text):
    [incident] = _incidents(text)
    assert incident["victims"]["min"] == 2
    assert incident["victims"]["category"] == "civilian"


def test_a_couple_of_hours_counts_no_one():
    [incident] = _incidents("За пару годин до удару по Боровій окупанти поранили жінку.")
    assert incident["victims"]["min"] == 1


# -- a region's toll since a month is a statistic ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("Ворог обстріляв Гуляйполе, поранено жінку.\n\nВід листопада минулого року на Запоріжжі загинули 56 мирних "
     "жителів.", 56),
    ("Уночі дрон атакував Гуляйполе, поранено чоловіка.\n\nЗ лютого в області через обстріли загинули 23 цивільних.",
     23),
    ("Гуляйпільська МВА: по Гуляйполю вдарили з артилерії, поранено жінку.\n\nВсього з березня в громаді загинули "
     "14 людей.", 14),
    ("Днём дрон атаковал Рыльск, ранены два человека.\n\nС августа прошлого года в Курской области погибли 312 "
     "мирных жителей, сообщил оперштаб.", 312),
    ("Вчера ВСУ обстреляли Суджу, погибла женщина.\n\nС февраля в области погибли 45 человек.", 45),
    ("Оперштаб: беспилотник атаковал Глушково, ранен мужчина.\n\nВсего с марта в районе погибли 17 жителей.", 17),
])
def test_a_toll_since_a_month_of_no_settlement_is_a_statistic(text, value):
    found = _contract(text)
    assert [s["value"] for s in found["statistics"] if s["measure"] == "killed"] == [value]
    assert all(i["victims"]["min"] != value for i in found["incidents"])
    assert len(found["incidents"]) == 1


def test_a_strike_since_the_morning_in_a_town_stays_an_incident():
    [incident] = _incidents("З ранку росіяни обстрілюють Гуляйполе: загинули двоє людей.")
    assert incident["location"]["name"] == "Huliaipole"
    assert incident["victims"]["min"] == 2


# -- places -----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("Повернуті з полону розповіли, що в СІЗО Брянська їх били.", "Bryansk"),
    ("Окупанти катували в Брянському СІЗО українських військовополонених.", "Bryansk"),
    ("Захисників утримували в ізоляторі Курська, де їх катували.", "Kursk"),
    ("Вернувшиеся из плена рассказали, что в СИЗО Брянска их избивали.", "Bryansk"),
    ("Военнопленных держали в изоляторе Брянска и избивали.", "Bryansk"),
    ("Пленных избивали в СИЗО Курска, рассказал освобождённый боец.", "Kursk"),
])
def test_an_institution_names_its_town(text, name):
    [incident] = _incidents(text)
    assert incident["location"]["name"] == name


@pytest.mark.parametrize(("text", "name"), [
    ("Росіяни розстріляли подружжя, яке намагалося виїхати з Борової в бік Ізюма.", "Borova"),
    ("Окупанти розстріляли автівку з Борової, що прямувала до Ізюма: загинули двоє людей.", "Borova"),
    ("Поліція: на шляху до Ізюма військові РФ розстріляли в Боровій двох чоловіків.", "Borova"),
    ("Российские военные расстреляли пару, которая пыталась выехать из Боровой в сторону Изюма.", "Borova"),
    ("Оккупанты расстреляли машину из Боровой, ехавшую в Изюм: погибли два человека.", "Borova"),
    ("По дороге в Изюм российские военные расстреляли в Боровой двух мужчин.", "Borova"),
])
def test_the_town_fled_towards_is_no_scene(text, name):
    [incident] = _incidents(text)
    assert incident["location"]["name"] == name


@pytest.mark.parametrize("text", [
    "Внаслідок удару по Гуляйполю поранено двох людей. Постраждалих прооперували в Запоріжжі.",
    "Внаслідок удару по Гуляйполю поранено двох людей, зараз вони в запорізькій лікарні.",
    "Дрон атакував Гуляйполе, поранено жінку. Її повезли до Запоріжжя.",
    "Дрон атаковал Рыльск, ранены двое. Пострадавших прооперировали в Курске.",
    "Дрон атаковал Суджу, ранены двое. Сейчас они в курской областной больнице.",
    "Дрон атаковал Рыльск, ранена женщина. Её повезли в Курск.",
])
def test_the_city_the_wounded_are_treated_in_is_no_scene(text):
    [incident] = _incidents(text)
    assert incident["violations"] == ["attack_on_civilians"]
    assert incident["location"]["name"] in {"Huliaipole", "Rylsk", "Sudzha"}


@pytest.mark.parametrize("text", [
    "Уночі росіяни обстріляли Гуляйполе, поранено жінку. Також дрон атакував автомобіль у Залізничному, загинув "
    "чоловік.",
    "Росіяни скинули КАБ на Гуляйполе. Вранці дрон атакував авто в Залізничному, поранено водія.",
    "Гуляйполе знову під обстрілом. У Залізничному через удар дрона загинула жінка.",
])
def test_a_homonym_village_is_in_the_oblast_of_the_reports_town(text):
    village = [i for i in _incidents(text) if i["location"]["name"] == "Zaliznychne"]
    assert village and village[0]["location"]["admin1"] == "Zaporizhzhia Oblast"


@pytest.mark.parametrize("text", [
    "Голова Запорізької ОВА повідомив: у Залізничному поранено двох людей.",
    "Голови громад повідомили про удар по Гуляйполю, поранено жінку.",
    "Військового катували в колонії в Таганрозі.",
])
def test_a_title_or_a_soldier_opening_a_sentence_is_no_village(text):
    names = {i["location"]["name"] for i in _incidents(text) if i["location"]}
    assert not names & {"Holovy", "Viiskove"}


# -- victims ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Звільнені з полону військовополонені розповіли, що в СІЗО Брянська їх били.",
    "Полонені, яких повернули додому, розповіли журналістам, що в колонії в Таганрозі їх катували.",
    "Військовополонені після обміну розповіли: у Курську їм не давали їжі та їх били.",
    "Вернувшиеся из плена военнопленные рассказали, что в СИЗО Брянска их избивали.",
    "Пленные после обмена рассказали, что в колонии в Таганроге их пытали.",
    "Освобождённые военнопленные сообщили, что в Курске их регулярно избивали.",
])
def test_prisoners_telling_they_were_beaten_are_the_victims(text):
    [incident] = _incidents(text)
    assert incident["victims"]["category"] == "pow"


@pytest.mark.parametrize("text", [
    "Ночью ракета попала в многоэтажный дом в Балаклее, погибли три человека, среди них ученица местной школы.",
    "Під час обстрілу Нікополя загинула працівниця лікарні Марія Бойко.",  # a nurse is medical staff (stage 21)
    "Уночі дрон атакував будинок у Херсоні, загинула вчителька ліцею.",
    "Ракета влучила в житловий будинок поблизу лікарні в Ізюмі, загинули двоє.",
    "Ракета попала в жилой дом рядом со школой в Изюме, погибли двое.",
    "Дрон ударил по дому в Белгороде, погиб сотрудник больницы.",
])
def test_a_school_or_hospital_describing_a_victim_or_a_place_is_not_struck(text):
    [incident] = _incidents(text)
    assert incident["violations"][0] == "attack_on_civilians"


@pytest.mark.parametrize("text", [
    "Ракета влучила в школу в Ізюмі, загинула вчителька.",
    "Ракета ударила по больнице в Рыльске, погибла медсестра.",
])
def test_a_school_or_hospital_struck_stays_the_main_violation(text):
    [incident] = _incidents(text)
    assert incident["violations"][0] == "attack_on_protected_objects"


# -- sources ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "other"), [
    ("Вчера в Судже ВСУ расстреляли двух пенсионеров, рассказал наш источник.\n\nГлава Рыльского района Иван Петров "
     "сообщил, что дрон атаковал скорую в Рыльске, ранен фельдшер.", "Иван Петров"),
    ("В Судже украинские военные застрелили пенсионерку, рассказали местные жители.\n\nГубернатор Алексей Смирнов "
     "заявил, что утром дрон ударил по машине в Рыльске, ранен водитель.", "Алексей Смирнов"),
    ("У Олешках окупанти розстріляли двох чоловіків, розповіли місцеві.\n\nГолова Херсонської ОВА Олександр Прокудін "
     "повідомив, що дрон атакував автобус у Херсоні, поранено водія.", "Олександр Прокудін"),
])
def test_the_voice_of_a_later_act_is_not_credited_with_an_earlier_claim(text, other):
    first, second = _incidents(text)
    assert other not in first["reported_by"]
    assert other in second["reported_by"]


def test_the_reports_one_voice_still_speaks_for_an_act_told_by_no_one():
    first, _ = _incidents(
        "У Олешках окупанти розстріляли двох чоловіків.\n\nГолова Херсонської ОВА Олександр Прокудін повідомив, що "
        "дрон атакував автобус у Херсоні, поранено водія."
    )
    assert "Олександр Прокудін" in first["reported_by"]
