"""Stage 21: which day in or around a sentence is the act's. A day governed by a later step (a release, an exchange,
a return home, relatives learning where a person is, a body handed over, a funeral, an identification: roles.json
`release` and `aftermath`, en/uk/ru) dates the step, never the act; a release told after an act of captivity as its
sentence's only day ends that act's span. A strike told with its own day after an incident of another day dates the
toll or hit told next and does not join the incident before. Short DD/MM dates open bulletin lines; "a week
earlier" counts from the last day named; a morning word before a place ("Зранку у Марганці") is the day told.
All passages are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 7, 30)  # a Wednesday


def _incidents(text: str, language: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (
            i.facts.location.name if i.facts.location else None,
            i.facts.date.start.isoformat() if i.facts.date else None,
            i.facts.date.end.isoformat() if i.facts.date else None,
        )
        for i in extract(text, PUBLISHED, language=language).incidents
    ]


def _dates(text: str, language: str) -> list[str | None]:
    return [start for _, start, _ in _incidents(text, language)]


# -- a release or return step governs its own day, the act keeps its own -----------------------------------------

@pytest.mark.parametrize(("language", "text"), [
    ("en", "Two soldiers who returned from captivity in October said that on 11 June 2024 Russian troops shot three "
           "Ukrainian prisoners near Hlyboke."),
    ("en", "Released prisoners who came home in October said Russian troops shot three Ukrainian prisoners near "
           "Hlyboke on 11 June 2024."),
    ("en", "A marine who returned home in October told investigators that Russian troops executed two captured "
           "Ukrainian soldiers near Hlyboke on 11 June 2024."),
    ("uk", "Військовий, який повернувся з полону в жовтні, розповів, що 11 червня 2024 року російські військові "
           "розстріляли трьох полонених біля Глибокого."),
    ("uk", "Після обміну 14 вересня звільнені оборонці розповіли, що 11 червня 2024 року окупанти розстріляли двох "
           "полонених біля Глибокого."),
    ("uk", "Звільнений з полону у жовтні морпіх розповів, що 11 червня 2024 року росіяни стратили трьох полонених "
           "біля Глибокого."),
    ("ru", "Военный, который вернулся из плена в октябре, рассказал, что 11 июня 2024 года российские военные "
           "расстреляли троих пленных у Глубокого."),
    ("ru", "После обмена 14 сентября освобожденные бойцы рассказали, что 11 июня 2024 года оккупанты расстреляли двух "
           "пленных у Глубокого."),
    ("ru", "Освобожденный из плена в октябре морпех рассказал, что 11 июня 2024 года российские военные казнили троих "
           "пленных у Глубокого."),
])
def test_a_witness_release_day_does_not_date_the_killing(language, text):
    assert _dates(text, language) == ["2024-06-11"]


@pytest.mark.parametrize(("language", "text", "day"), [
    ("en", "Russian soldiers detained the journalist Iryna Koval in Melitopol on 14 February 2025. On 3 March the "
           "family learned from a lawyer that she is held in a detention centre.", "2025-02-14"),
    ("en", "Soldiers abducted the farmer Petro Ivanenko in Vasylivka on 5 May 2024. In August, his family learned "
           "from the Red Cross that he is held in Taganrog.", "2024-05-05"),
    ("en", "Russian forces detained a teacher in Kakhovka on 2 June 2023. In January, her relatives learned from a "
           "released detainee that she is alive.", "2023-06-02"),
    ("uk", "Окупанти викрали фермера у Василівці 5 травня 2024 року. У серпні родина дізналася від адвоката, що його "
           "тримають у Таганрозі.", "2024-05-05"),
    ("ru", "Оккупанты похитили фермера в Васильевке 5 мая 2024 года. В августе семья узнала от адвоката, что его "
           "держат в Таганроге.", "2024-05-05"),
])
def test_the_day_relatives_learn_dates_no_act(language, text, day):
    assert _dates(text, language) == [day]


@pytest.mark.parametrize("text", [
    "Russian guards tortured the journalist in a prison in Taganrog. In February, Russia returned her body with "
    "signs of torture.",
    "Russian soldiers beat the volunteer in a basement in Kherson. In May, Russia handed over his body with broken "
    "ribs.",
])
def test_a_bodys_return_opening_its_sentence_dates_no_act(text):
    assert _dates(text, "en") == [None]


@pytest.mark.parametrize(("language", "text", "day"), [
    # a release told after an act of captivity, the sentence's only day: the last day of the act's span
    ("en", "Roman Petrenko said Russian guards beat him in a prison in Taganrog for two years before he was "
           "released in May.", "2025-05-01"),
    ("en", "Russian guards tortured the marine in a prison in Kursk for a year before he was exchanged on 31 May.",
     "2025-05-31"),
    ("en", "The paramedic said Russian guards beat and starved her in a prison in Taganrog until she returned home "
           "on 14 June.", "2025-06-14"),
    ("uk", "Росіяни катували морпіха у в'язниці в Таганрозі понад рік, доки його не звільнили з полону 31 травня.",
     "2025-05-31"),
    ("ru", "Российские охранники пытали морпеха в тюрьме в Таганроге больше года, пока его не освободили из плена "
           "31 мая.", "2025-05-31"),
])
def test_a_release_ends_a_captive_acts_span(language, text, day):
    assert _dates(text, language) == [day]


@pytest.mark.parametrize("text", [
    # look-alikes: the step is someone else's, or the act is no captivity
    "Russian soldiers shot a captured Ukrainian soldier near Robotyne; his comrade was exchanged on 31 May.",
    "Fellow prisoners released in an exchange on 5 February said guards beat the marine in a prison in Taganrog.",
])
def test_a_release_that_is_not_the_acts_end_dates_nothing(text):
    assert _dates(text, "en") == [None]


@pytest.mark.parametrize(("language", "text"), [
    # look-alikes: the step's noun is near, the day is the act's
    ("en", "Two civilians were killed in an exchange of fire in Bakhmut on 3 May 2025."),
    ("en", "A woman was wounded in Toretsk on 3 May 2025 during an exchange of fire between Russian and Ukrainian "
           "troops."),
    ("en", "Russian and Ukrainian troops exchanged fire in Chasiv Yar on 3 May 2025, killing a civilian."),
    ("uk", "Двоє цивільних загинули внаслідок обстрілу Бахмута 3 травня 2025 року під час обміну вогнем."),
])
def test_an_exchange_of_fire_is_the_act(language, text):
    assert _dates(text, language) == ["2025-05-03"]


@pytest.mark.parametrize(("language", "text", "day"), [
    ("en", "Russian forces struck a funeral procession in Kupiansk on 6 May 2025, killing two mourners.", "2025-05-06"),
    ("en", "In February, Russian soldiers shot two men in Bucha and returned their bodies.", "2025-02-01"),
    ("uk", "Окупанти розстріляли двох чоловіків у Бучі 4 березня 2022 року. Поховання відбулося 12 березня.",
     "2022-03-04"),
    ("uk", "Російські військові викрали вчительку в Каховці 2 червня 2023 року. Тіло жінки впізнали 5 травня.",
     "2023-06-02"),
    ("ru", "Оккупанты расстреляли двух мужчин в Буче 4 марта 2022 года. Похороны прошли 12 марта.", "2022-03-04"),
    ("ru", "Российские военные похитили учительницу в Каховке 2 июня 2023 года. Тело женщины опознали 5 мая.",
     "2023-06-02"),
])
def test_the_acts_day_beside_a_step(language, text, day):
    assert _dates(text, language) == [day]


# -- a strike with its own day after another day's incident ------------------------------------------------------

@pytest.mark.parametrize(("language", "text", "days"), [
    ("en", "Yesterday at 2 pm Russian troops shelled the centre of Velykyi Burluk with mortars. One shell hit the roof "
           "of the clinic and broke its windows. On Sunday, a drone attacked a man chopping wood. The man was wounded "
           "in the leg.", ["2025-07-29", "2025-07-27"]),
    ("en", "On Tuesday Russian forces shelled the centre of Dvorichna. A shell hit the village club. On Saturday a "
           "drone attacked a tractor in a field. The driver was injured.", ["2025-07-29", "2025-07-26"]),
    ("en", "Yesterday the enemy shelled the centre of Kupiansk. A shell struck the school building. On Sunday a drone "
           "attacked a car on the outskirts. The driver was wounded.", ["2025-07-29", "2025-07-27"]),
    ("uk", "Учора о 14:00 ворог обстріляв із мінометів центр села Грем'яч. Одна міна влучила у дах амбулаторії, "
           "вибило вікна. А в неділю ворожий дрон атакував чоловіка, який рубав дрова. Чоловік поранений у ногу.",
     ["2025-07-29", "2025-07-27"]),
    ("uk", "Учора ворог обстріляв центр Великого Бурлука. Снаряд влучив у будівлю школи, пошкоджено дах. А в суботу "
           "дрон атакував автомобіль на околиці. Водій поранений.", ["2025-07-29", "2025-07-26"]),
    ("uk", "Позавчора окупанти обстріляли село Дворічна. Снаряд влучив у школу. А в суботу ворожий дрон атакував "
           "жінку на городі. Жінка поранена.", ["2025-07-28", "2025-07-26"]),
    ("ru", "Вчера в 14:00 враг обстрелял из минометов центр села Гремяч. Одна мина попала в крышу амбулатории, выбило "
           "окна. А в воскресенье вражеский дрон атаковал мужчину, который рубил дрова. Мужчина ранен в ногу.",
     ["2025-07-29", "2025-07-27"]),
    ("ru", "Вчера враг обстрелял центр Великого Бурлука. Снаряд попал в здание школы, поврежден крыша. А в субботу "
           "дрон атаковал автомобиль на окраине. Водитель ранен.", ["2025-07-29", "2025-07-26"]),
    ("ru", "Позавчера оккупанты обстреляли село Двуречная. Снаряд попал в школу. А в субботу вражеский дрон атаковал "
           "женщину на огороде. Женщина ранена.", ["2025-07-28", "2025-07-26"]),
])
def test_a_strike_of_its_own_day_dates_the_toll_after_it(language, text, days):
    assert _dates(text, language) == days


def test_an_undated_incident_still_takes_the_day_told_after_it():
    text = "A woman was killed in Kherson. Russian troops shelled the city on Sunday morning."
    assert _dates(text, "en") == ["2025-07-27"]


# -- a morning word before a place -------------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text", "place"), [
    ("uk", "Учора ввечері окупанти обстріляли Херсон. Зранку у Бериславі дрон влучив у маршрутку. Поранені троє "
           "пасажирів.", "Beryslav"),
    ("uk", "Уночі ворог атакував Нікополь. Вранці у Марганці FPV-дрон влучив в автомобіль. Поранений водій.",
     "Marhanets"),
    ("uk", "Учора росіяни обстріляли Куп'янськ. Зранку у Балаклії дрон атакував автобус. Поранені двоє пасажирів.",
     "Balakliia"),
    ("ru", "Вчера вечером оккупанты обстреляли Херсон. Утром в Бериславе дрон попал в маршрутку. Ранены трое "
           "пассажиров.", "Beryslav"),
    ("ru", "Ночью враг атаковал Никополь. Утром в Марганце FPV-дрон попал в автомобиль. Ранен водитель.", "Marhanets"),
    ("ru", "Вчера россияне обстреляли Купянск. Утром в Балаклее дрон атаковал автобус. Ранены двое пассажиров.",
     "Balakliia"),
])
def test_a_morning_before_a_place_is_the_day_published(language, text, place):
    assert (place, "2025-07-30", "2025-07-30") in _incidents(text, language)


@pytest.mark.parametrize(("language", "text", "day"), [
    # look-alikes: the morning of the day named beside it
    ("uk", "Учора ввечері окупанти обстріляли Херсон. Вранці в суботу дрон влучив у маршрутку в Бериславі. Поранені "
           "троє пасажирів.", "2025-07-26"),
    ("ru", "Вчера вечером оккупанты обстреляли Херсон. Утром 6 июля дрон попал в маршрутку в Бериславе. Ранены трое "
           "пассажиров.", "2025-07-06"),
])
def test_a_morning_beside_a_day_is_that_days(language, text, day):
    assert ("Beryslav", day, day) in _incidents(text, language)


# -- days counted in weeks from the last day named ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "day"), [
    ("On 3 March 2024 soldiers took two children from their flat in Berdiansk. Their mother had been detained in "
     "Berdiansk a week earlier.", "2024-02-25"),
    ("Soldiers detained a priest in Melitopol on 2 April 2024. A week later they detained his son in Melitopol.",
     "2024-04-09"),
    ("Russian troops shelled a school in Kupiansk on 10 May 2024. Two weeks later a drone hit a bus in Kupiansk, "
     "killing a driver.", "2024-05-24"),
])
def test_weeks_counted_from_the_last_day(text, day):
    assert day in _dates(text, "en")


@pytest.mark.parametrize("text", [
    # look-alikes: weeks before or after a clause that tells its own day
    "A drone hit a bus in Nikopol on 10 February 2025. The strike came three weeks after artillery fire hit a market "
    "in Marhanets on 22 January 2025, killing a vendor.",
    "A drone hit a bus in Nikopol on 10 February 2025. Six weeks before the strike, on 22 January 2025, artillery "
    "fire hit a market in Marhanets, killing a vendor.",
])
def test_weeks_before_a_clause_leave_its_day(text):
    assert ("Marhanets", "2025-01-22", "2025-01-22") in _incidents(text, "en")


def test_several_weeks_is_no_day():
    text = "The hospital in Kherson was hit on 2 April 2024. Several weeks later a school in Kherson was shelled."
    assert "2024-04-02" in _dates(text, "en") and len(_dates(text, "en")) == 1


# -- short DD/MM dates -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "day"), [
    ("WEEKLY BULLETIN\n- 02/04, approx. 11:00, Velykyi Burluk: a Russian drone struck a marked vehicle of an aid "
     "group. 2 aid workers injured.", "2025-04-02"),
    ("SECURITY UPDATE\n- 04/04 Kramatorsk: a Russian guided bomb hit a residential street. 4 civilians injured.",
     "2025-04-04"),
    ("The 27/03 drone strike on a bus stop in Sloviansk killed 1 civilian, not 3 as reported earlier.", "2025-03-27"),
])
def test_a_short_slashed_date_is_a_day(text, day):
    assert _dates(text, "en") == [day]


@pytest.mark.parametrize("text", [
    "A Russian drone hit a shelter in Kherson that is open 24/7, injuring 2 civilians.",
    "A Russian drone hit a bus in Kherson, injuring 2 civilians; 1/2 of the seats were empty.",
    "A Russian drone hit a bus in Kherson, injuring 2 civilians, in what locals called their 9/11.",
])
def test_a_fraction_or_a_slogan_is_no_date(text):
    assert _dates(text, "en") == [None]


@pytest.mark.parametrize(("language", "text", "day"), [
    ("uk", "Зведення\n- 02.04, близько 11:00, Великий Бурлук: російський дрон атакував автомобіль гуманітарної місії. "
           "Поранені двоє волонтерів.", "2025-04-02"),
    ("uk", "Безпекова ситуація за тиждень\n– 04.04 Краматорськ: російська керована авіабомба влучила у житлову "
           "вулицю. Поранені четверо цивільних.", "2025-04-04"),
    ("uk", "Хроніка. 27.03: дрон атакував зупинку у Слов'янську, загинув один цивільний.", "2025-03-27"),
    ("ru", "Сводка\n- 02.04, около 11:00, Великий Бурлук: российский дрон атаковал автомобиль гуманитарной миссии. "
           "Ранены двое волонтеров.", "2025-04-02"),
    ("ru", "Обстановка за неделю\n– 04.04 Краматорск: российская управляемая авиабомба попала в жилую улицу. Ранены "
           "четверо мирных жителей.", "2025-04-04"),
    ("ru", "Хроника. 27.03: дрон атаковал остановку в Славянске, погиб один мирный житель.", "2025-03-27"),
])
def test_a_bulletin_items_dotted_day(language, text, day):
    assert _dates(text, language) == [day]


@pytest.mark.parametrize(("language", "text"), [
    # look-alikes: a time and a price after words
    ("uk", "Дрон атакував автобус у Херсоні о 10.05, поранено двох пасажирів."),
    ("uk", "Дрон атакував автобус у Херсоні, поранено двох пасажирів. Квиток коштує 12.05 гривні."),
    ("ru", "Дрон атаковал автобус в Херсоне в 10.05, ранены двое пассажиров."),
])
def test_a_time_or_a_price_is_no_bulletin_day(language, text):
    assert _dates(text, language) == [None]
