"""Ukrainian and Russian: children counted by a numeral in words in any case are taken away as a deportation
("вивезли п'ятьох дітей", "вывезли двадцать двух детей"), as with digits; "last Monday" ("минулого понеділка",
"в прошлый понедельник") is that day of the week before the publication's week, not the day before."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import uk_ru_contract

PUBLISHED = dt.date(2025, 9, 30)  # a Tuesday


def _incidents(text: str) -> list[dict]:
    return uk_ru_contract(text, PUBLISHED)["incidents"]


@pytest.mark.parametrize(("text", "count"), [
    ("Окупанти вивезли п'ятеро дітей з Каховки до табору в Анапі.", 5),
    ("Російські військові вивезли сімнадцятьох дітей із Каховки до табору на морі.", 17),
    ("Окупанти вивезли двадцять двоє дітей з Каховки до табору.", 22),
    ("З Каховки до табору вивезено чотирьох дітей.", 4),
    ("Оккупанты вывезли четырёх детей из Каховки в лагерь в Анапе.", 4),
    ("Российские военные вывезли пятерых детей из Каховки в детский лагерь.", 5),
    ("Оккупанты вывезли двадцать двух детей из Каховки в лагерь.", 22),
    ("Из Каховки в лагерь было вывезено трое детей.", 3),
])
def test_children_counted_in_words_and_taken_to_a_camp_are_deported(text, count):
    [incident] = _incidents(text)
    assert incident["violations"] == ["deportation_transfer"]
    assert incident["location"]["name"] == "Kakhovka"
    assert (incident["victims"]["category"], incident["victims"]["min"]) == ("child", count)


@pytest.mark.parametrize("text", [
    "Окупанти вивезли своїх дітей з Каховки до табору.",
    "Окупанти вивезли з Каховки п'ять тонн зерна до Криму.",
    "Пятеро детей из Каховки отдыхали в лагере под Одессой.",
    "Четверо дітей з Каховки відпочивали в таборі на Закарпатті.",
])
def test_a_camp_or_a_numeral_without_children_taken_is_no_deportation(text):
    assert all("deportation_transfer" not in i["violations"] for i in _incidents(text))


@pytest.mark.parametrize(("text", "day"), [
    ("Минулого понеділка окупанти розстріляли двох полонених біля Покровська.", "2025-09-22"),
    ("У минулу п'ятницю окупанти обстріляли Херсон, загинула жінка.", "2025-09-26"),
    ("Окупанти обстріляли Херсон минулої середи, поранено двох чоловіків.", "2025-09-24"),
    ("В прошлый понедельник российские военные расстреляли трёх пленных у Покровска.", "2025-09-22"),
    ("В минувшую пятницу оккупанты обстреляли Херсон, погибла женщина.", "2025-09-26"),
    ("Оккупанты обстреляли Херсон в прошлую среду, погиб мужчина.", "2025-09-24"),
])
def test_last_weekday_is_that_day_of_the_week_before(text, day):
    [incident] = _incidents(text)
    assert incident["date"] == {"start": day, "end": day}


@pytest.mark.parametrize(("text", "day"), [
    ("Окупанти обстріляли Херсон у понеділок, загинула жінка.", "2025-09-29"),
    ("Оккупанты обстреляли Херсон в понедельник, погиб мужчина.", "2025-09-29"),
    ("У п'ятницю окупанти обстріляли Херсон, загинула жінка.", "2025-09-26"),
])
def test_a_weekday_without_last_is_still_the_latest_such_day(text, day):
    [incident] = _incidents(text)
    assert incident["date"] == {"start": day, "end": day}


@pytest.mark.parametrize(("text", "day"), [
    ("Окупанти атакували Нікополь дроном, загинув чоловік. Чин похорону відбудеться в суботу у соборі.", None),
    ("Окупанти атакували Нікополь дроном у понеділок, загинув чоловік. Поховають його в суботу.", "2025-09-29"),
    ("Уранці окупанти обстріляли Марганець, загинула жінка. Попрощатися з нею можна буде у четвер.", None),
    ("ВСУ атаковали Грайворон, погибла женщина. Прощание состоится в пятницу в Свято-Троицком соборе.", None),
    ("ВСУ атаковали Грайворон во вторник, погибла женщина. Похоронят её в четверг на кладбище.", "2025-09-30"),
    ("Оккупанты обстреляли Херсон, погиб мужчина. Отпевание пройдет в субботу в храме Святого Георгия.", None),
])
def test_the_day_of_a_funeral_does_not_date_the_killing(text, day):
    [incident] = _incidents(text)
    assert (incident["date"] or {}).get("start") == day


def _statistics(text: str) -> list[tuple[str, int]]:
    return [(s["measure"], s["value"]) for s in uk_ru_contract(text, PUBLISHED)["statistics"]]


@pytest.mark.parametrize(("text", "figure"), [
    ("З початку року в Марганці загинули 52 мирні мешканці.", ("killed", 52)),
    ("Від початку року на Нікопольщині росіяни вбили дев'ятнадцять цивільних.", ("killed", 19)),
    ("За час окупації в Херсоні загинули понад 400 людей.", ("killed", 400)),
    ("С начала года в Шебекино погибли 40 мирных жителей.", ("killed", 40)),
    ("С середины августа в Грайвороне ранены двадцать три человека.", ("wounded", 23)),
])
def test_a_town_toll_since_a_start_is_a_statistic_not_an_incident(text, figure):
    assert figure in _statistics(text)
    assert _incidents(text) == []


@pytest.mark.parametrize("text", [
    "Дрон атакував автобус у Марганці, загинув чоловік, восьмеро поранені.",
    "Уранці росіяни обстріляли Нікополь: загинули двоє людей.",
    "Беспилотник атаковал автомобиль в Шебекино, погиб мужчина.",
    "Уночі росіяни атакували Харків дронами. На сьогодні відомо про двох загиблих у Харкові.",
    "З початку доби окупанти обстріляли Херсон, загинули двоє людей.",
])
def test_one_strike_with_its_dead_is_an_incident_not_a_statistic(text):
    assert len(_incidents(text)) == 1
    assert _statistics(text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("Біля Часового Яру росіяни розстріляли двох поранених побратимів.", 2),
    ("Росіяни застрелили трьох поранених українських військових біля Бахмута.", 3),
    ("Окупанти добили пораненого бійця ЗСУ біля Покровська.", 1),
    ("Российские военные добили двух раненых украинских бойцов под Бахмутом.", 2),
    ("Под Бахмутом российские военные расстреляли раненого бойца.", 1),
    ("Российские солдаты застрелили раненого украинского военного у Покровска.", 1),
])
def test_wounded_fighters_killed_are_wounded_combatants_with_a_count(text, count):
    [incident] = _incidents(text)
    assert incident["violations"] == ["killing_hors_de_combat"]
    assert (incident["victims"]["category"], incident["victims"]["min"]) == ("wounded_combatant", count)


@pytest.mark.parametrize(("text", "killed"), [
    ("Окупанти добили пораненого бійця ЗСУ біля Покровська.", 1),
    ("Российские военные добили двух раненых украинских бойцов под Бахмутом.", 2),
    ("Окупанти розстріляли пораненого військового біля Бахмута.", 1),
])
def test_the_killing_verb_before_a_wounded_word_is_the_measure(text, killed):
    [incident] = _incidents(text)
    assert incident["victims"]["killed"] == killed


@pytest.mark.parametrize("text", [
    "Российский военный расстрелял мужчину в Буче.",
    "Російський військовий розстріляв чоловіка в Бучі.",
    "Внаслідок обстрілу Херсона поранено чоловіка.",
])
def test_a_doer_or_a_wounded_civilian_is_no_wounded_combatant(text):
    [incident] = _incidents(text)
    assert incident["victims"]["category"] == "civilian"


@pytest.mark.parametrize("text", [
    "Звільнені з полону захисники розповіли, що у СІЗО у Вязьмі їх регулярно били.",
    "У СІЗО у Вязьмі полонених регулярно били.",
    "Затриманого в Херсоні чоловіка жорстоко били на допитах.",
    "Освобожденные из плена военные рассказали, что в СИЗО в Вязьме их регулярно били.",
    "В СИЗО Вязьмы пленных били каждый день.",
    "Задержанных в Херсоне мужчин били на допросах.",
])
def test_people_held_beaten_told_before_the_verb_is_ill_treatment(text):
    [incident] = _incidents(text)
    assert incident["violations"] == ["torture_ill_treatment"]


@pytest.mark.parametrize("text", [
    "Російські військові били по Херсону з артилерії, загинула жінка.",
    "Оккупанты били по Херсону из артиллерии, погибла женщина.",
    "Російські військові били з мінометів по Нікополю, поранено чоловіка.",
])
def test_troops_firing_on_a_town_is_no_beating(text):
    assert all("torture_ill_treatment" not in i["violations"] for i in _incidents(text))


@pytest.mark.parametrize("text", [
    "За даними омбудсмана, Росія депортувала 19 600 українських дітей, повернути вдалося близько 1400.",
    "Росія незаконно вивезла понад 19,6 тисячі дітей, з них повернуто лише 1400.",
    "По данным омбудсмена, Россия депортировала 19 600 украинских детей, вернуть удалось около 1400.",
    "Россия вывезла более 19,6 тысячи детей, вернули из них только 1400.",
])
def test_a_deportation_total_beside_a_return_with_its_own_count_stays_deported(text):
    found = _statistics(text)
    assert ("deported", 19600) in found
    assert ("released", 1400) in found


@pytest.mark.parametrize("text", [
    "Одиннадцать депортированных в Россию детей удалось вернуть домой.",
    "Одинадцятьох депортованих до Росії дітей вдалося повернути додому.",
    "Вдалося повернути 11 дітей, яких депортували до Росії.",
])
def test_deported_children_brought_back_are_counted_as_returned(text):
    assert ("released", 11) in _statistics(text)


@pytest.mark.parametrize("text", [
    "12 вересня під час обміну вогнем у Херсоні загинув мирний житель.",
    "12 сентября во время обмена огнем в Херсоне погиб мирный житель.",
    "Окупанти 12 вересня обстріляли Херсон, загинула жінка; прощання вже відбулося.",
])
def test_an_exchange_of_fire_or_a_past_farewell_leaves_the_day_of_the_act(text):
    [incident] = _incidents(text)
    assert incident["date"] == {"start": "2025-09-12", "end": "2025-09-12"}
