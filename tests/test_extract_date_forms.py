"""Stage 20: the forms a report dates its incident in, English, Ukrainian and Russian, each in three wordings or
more, read end to end (the incident's `date` of CONTRACT.md: the interval the act happened in, as precise as the
text gives it, null when the text dates only the finding, the burial, the report, a court step, an interview or the
publication). Every passage is written for this battery: a place, a violation, a source.

Intervals chosen where the contract leaves them open (docs/extraction.md, "Date forms (stage 20)"): early / at
the beginning of = days 1-10, mid / in the middle of = 11-20, late / at the end of = 21 to the month's end (the
thirds of the dev gold's "late December 2022"); "the first days of" a month = days 1-5; seasons are meteorological
(summer = June-August); "last week" = Monday to Sunday of the week before publication's, "this week" = its Monday
to publication; "last Tuesday" read on a Monday = six days back; a night = the evening before to the morning of
the day. A strike with its toll told "on Monday" by its source is dated that day (the news-of-the-day rule of
assemble._breaking), so the report-day negatives tell acts that are no breaking strike.
"""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

WED = dt.date(2024, 5, 8)  # a Wednesday: most passages are published on it
MON = dt.date(2024, 5, 13)  # a Monday: "last Tuesday" is 7 May in every reading
JAN = dt.date(2025, 1, 10)  # a January report telling of December
OCT = dt.date(2024, 10, 10)
MAY20 = dt.date(2024, 5, 20)
MAR25 = dt.date(2025, 3, 10)

NONE = None

# (form, language, published, text, expected interval or None, settlement of the incident or None for the first)
CASES: list[tuple[str, str, dt.date, str, tuple[str, str] | None, str | None]] = [
    # -- full dates --------------------------------------------------------------------------------------------
    ("full_date", "en", WED, "Russian troops shelled a market in Kherson on 3 May 2024, killing two civilians, the "
     "regional prosecutor's office said.", ("2024-05-03", "2024-05-03"), None),
    ("full_date", "en", WED, "On May 3, 2024, a Russian drone struck a bus in Nikopol, wounding five passengers, "
     "according to the regional governor.", ("2024-05-03", "2024-05-03"), None),
    ("full_date", "en", WED, "Russian soldiers executed three captured Ukrainian servicemen near Bakhmut on "
     "03.05.2024, the Prosecutor General's Office said.", ("2024-05-03", "2024-05-03"), None),
    ("full_date", "en", WED, "On 2024-05-03 Russian artillery hit a clinic in Orikhiv, injuring a nurse, local "
     "officials said.", ("2024-05-03", "2024-05-03"), None),
    ("full_date", "en", MON, "On 13/05/2024 a Russian drone hit a car in Kupiansk, wounding the driver. On 3/5/2024 "
     "Russian artillery shelled a school in Vovchansk, wounding two teachers, the regional police reported.",
     ("2024-05-03", "2024-05-03"), "Vovchansk"),
    ("full_date", "en", MON, "On 05/13/2024 a Russian drone hit a car in Kupiansk, wounding the driver. On 5/3/2024 "
     "Russian artillery shelled a school in Vovchansk, wounding two teachers, the regional police reported.",
     ("2024-05-03", "2024-05-03"), "Vovchansk"),
    ("full_date", "uk", WED, "3 травня 2024 року російські війська обстріляли ринок у Херсоні, загинули двоє "
     "цивільних, повідомила обласна прокуратура.", ("2024-05-03", "2024-05-03"), None),
    ("full_date", "uk", WED, "Російський дрон 03.05.2024 атакував автобус у Нікополі, поранено п'ятьох пасажирів, "
     "повідомив голова ОВА.", ("2024-05-03", "2024-05-03"), None),
    ("full_date", "uk", WED, "За даними Офісу генпрокурора, 3 травня 2024 р. окупанти розстріляли трьох "
     "полонених українських військових поблизу Бахмута.", ("2024-05-03", "2024-05-03"), None),
    ("full_date", "uk", WED, "2024-05-03 російська артилерія влучила в амбулаторію в Оріхові, поранено медсестру, "
     "повідомила місцева влада.", ("2024-05-03", "2024-05-03"), None),
    ("full_date", "ru", WED, "3 мая 2024 года российские войска обстреляли рынок в Херсоне, погибли двое мирных "
     "жителей, сообщила областная прокуратура.", ("2024-05-03", "2024-05-03"), None),
    ("full_date", "ru", WED, "Российский беспилотник 03.05.2024 атаковал автобус в Никополе, ранены пятеро "
     "пассажиров, по данным главы ОВА.", ("2024-05-03", "2024-05-03"), None),
    ("full_date", "ru", WED, "По данным Офиса генпрокурора, 3 мая 2024 г. российские военные расстреляли троих "
     "пленных украинских военнослужащих под Бахмутом.", ("2024-05-03", "2024-05-03"), None),
    ("full_date", "ru", WED, "2024-05-03 российская артиллерия ударила по амбулатории в Орехове, ранена медсестра, "
     "сообщили местные власти.", ("2024-05-03", "2024-05-03"), None),
    # -- a day and month without a year, and across a year boundary --------------------------------------------
    ("day_month", "en", WED, "Russian forces shelled a residential area of Kharkiv on 28 April, killing an elderly "
     "woman, the city mayor said.", ("2024-04-28", "2024-04-28"), None),
    ("day_month", "en", WED, "On April 28 a guided bomb hit a supermarket in Kharkiv, wounding 14 people, according "
     "to the regional governor.", ("2024-04-28", "2024-04-28"), None),
    ("day_month", "en", WED, "Police said Russian soldiers tortured a farmer in a basement in Izium on the 28th of "
     "April.", ("2024-04-28", "2024-04-28"), None),
    ("day_month", "en", JAN, "Russian troops shelled a bus stop in Kherson on 28 December, killing a man, the "
     "regional prosecutor said.", ("2024-12-28", "2024-12-28"), None),
    ("day_month", "en", JAN, "On December 28, Russian drones attacked an ambulance in Beryslav, wounding two "
     "paramedics, the health ministry said.", ("2024-12-28", "2024-12-28"), None),
    ("day_month", "en", JAN, "Ukrainian prosecutors said a Russian soldier shot a civilian in Kupiansk on Dec. 28.",
     ("2024-12-28", "2024-12-28"), None),
    ("day_month", "uk", WED, "28 квітня російські війська обстріляли житловий район Харкова, загинула літня жінка, "
     "повідомив міський голова.", ("2024-04-28", "2024-04-28"), None),
    ("day_month", "uk", WED, "Керована авіабомба влучила в супермаркет у Харкові 28 квітня, поранено 14 людей, "
     "повідомив голова ОВА.", ("2024-04-28", "2024-04-28"), None),
    ("day_month", "uk", JAN, "28 грудня окупанти обстріляли зупинку в Херсоні, загинув чоловік, повідомила "
     "обласна прокуратура.", ("2024-12-28", "2024-12-28"), None),
    ("day_month", "uk", JAN, "За даними поліції, російські дрони атакували швидку в Бериславі 28 грудня, поранено "
     "двох медиків.", ("2024-12-28", "2024-12-28"), None),
    ("day_month", "ru", WED, "28 апреля российские войска обстреляли жилой район Харькова, погибла пожилая "
     "женщина, сообщил мэр города.", ("2024-04-28", "2024-04-28"), None),
    ("day_month", "ru", WED, "Управляемая авиабомба попала в супермаркет в Харькове 28 апреля, ранены 14 человек, "
     "сообщил глава ОВА.", ("2024-04-28", "2024-04-28"), None),
    ("day_month", "ru", JAN, "28 декабря оккупанты обстреляли остановку в Херсоне, погиб мужчина, сообщила "
     "областная прокуратура.", ("2024-12-28", "2024-12-28"), None),
    ("day_month", "ru", JAN, "По данным полиции, российские дроны атаковали скорую в Бериславе 28 декабря, ранены "
     "двое медиков.", ("2024-12-28", "2024-12-28"), None),
    # -- weekdays against publication (and against a wire dateline's day) --------------------------------------
    ("weekday", "en", WED, "Russian forces struck a hospital in Kharkiv on Sunday, wounding three medics, the "
     "governor said.", ("2024-05-05", "2024-05-05"), None),
    ("weekday", "en", WED, "On Monday, a Russian drone hit a minibus in Nikopol, killing one passenger, regional "
     "officials reported.", ("2024-05-06", "2024-05-06"), None),
    ("weekday", "en", MON, "Last Tuesday Russian soldiers executed two surrendering Ukrainian soldiers near "
     "Pokrovsk, the Prosecutor General's Office said.", ("2024-05-07", "2024-05-07"), None),
    ("weekday", "en", MON, "KHARKIV, May 11 (Reuters) - Russian troops shelled a hospital in Kharkiv on Sunday, "
     "wounding four doctors, the regional governor said.", ("2024-05-05", "2024-05-05"), None),
    ("weekday", "uk", WED, "У неділю російські війська вдарили по лікарні в Харкові, поранено трьох медиків, "
     "повідомив голова ОВА.", ("2024-05-05", "2024-05-05"), None),
    ("weekday", "uk", WED, "В понеділок російський дрон атакував маршрутку в Нікополі, загинув пасажир, повідомили "
     "в ОВА.", ("2024-05-06", "2024-05-06"), None),
    ("weekday", "uk", MON, "Минулого вівторка окупанти розстріляли двох полонених українських військових біля "
     "Покровська, повідомили в Офісі генпрокурора.", ("2024-05-07", "2024-05-07"), None),
    ("weekday", "uk", MON, "У минулий вівторок росіяни обстріляли школу в Куп'янську, поранено вчительку, "
     "повідомила поліція.", ("2024-05-07", "2024-05-07"), None),
    ("weekday", "ru", WED, "В воскресенье российские войска ударили по больнице в Харькове, ранены трое медиков, "
     "сообщил глава ОВА.", ("2024-05-05", "2024-05-05"), None),
    ("weekday", "ru", WED, "Во вторник российский дрон атаковал маршрутку в Никополе, погиб пассажир, сообщили в "
     "ОВА.", ("2024-05-07", "2024-05-07"), None),
    ("weekday", "ru", MON, "В прошлый вторник оккупанты расстреляли двух пленных украинских военных под "
     "Покровском, сообщили в Офисе генпрокурора.", ("2024-05-07", "2024-05-07"), None),
    # -- yesterday, the day before, overnight, last night, this morning ----------------------------------------
    ("deictic", "en", WED, "Yesterday Russian troops shelled a kindergarten in Kherson, injuring a teacher, the "
     "regional administration said.", ("2024-05-07", "2024-05-07"), None),
    ("deictic", "en", WED, "The day before yesterday a Russian drone dropped explosives on a car in Beryslav, "
     "killing the driver, police said.", ("2024-05-06", "2024-05-06"), None),
    ("deictic", "en", WED, "This morning Russian artillery shelled a bus stop in Kherson, killing a woman, the "
     "regional governor reported.", ("2024-05-08", "2024-05-08"), None),
    ("night", "en", WED, "Overnight, Russian drones struck apartment blocks in Odesa, killing four people, the "
     "governor said.", ("2024-05-07", "2024-05-08"), None),
    ("night", "en", WED, "Russian missiles hit a hospital in Kharkiv last night, injuring two nurses, the mayor "
     "said.", ("2024-05-07", "2024-05-08"), None),
    ("night", "en", WED, "During the night Russian forces shelled Nikopol, wounding a man, the regional governor "
     "said.", ("2024-05-07", "2024-05-08"), None),
    ("deictic", "uk", WED, "Вчора росіяни обстріляли дитячий садок у Херсоні, поранено вихователька, повідомила "
     "ОВА.", ("2024-05-07", "2024-05-07"), None),
    ("deictic", "uk", WED, "Позавчора російський дрон скинув вибухівку на авто в Бериславі, загинув водій, "
     "повідомила поліція.", ("2024-05-06", "2024-05-06"), None),
    ("deictic", "uk", WED, "Сьогодні вранці російська артилерія обстріляла зупинку в Херсоні, загинула жінка, "
     "повідомив голова ОВА.", ("2024-05-08", "2024-05-08"), None),
    ("night", "uk", WED, "Вночі російські дрони атакували багатоповерхівки в Одесі, загинули четверо людей, "
     "повідомив голова ОВА.", ("2024-05-07", "2024-05-08"), None),
    ("night", "uk", WED, "Минулої ночі росіяни обстріляли лікарню в Харкові, поранено двох медсестер, повідомив "
     "міський голова.", ("2024-05-07", "2024-05-08"), None),
    ("night", "uk", WED, "Цієї ночі окупанти обстріляли Нікополь, поранено чоловіка, повідомив голова ОВА.",
     ("2024-05-07", "2024-05-08"), None),
    ("deictic", "ru", WED, "Вчера российские войска обстреляли детский сад в Херсоне, ранена воспитательница, "
     "сообщила администрация.", ("2024-05-07", "2024-05-07"), None),
    ("deictic", "ru", WED, "Позавчера российский дрон сбросил взрывчатку на автомобиль в Бериславе, погиб "
     "водитель, сообщила полиция.", ("2024-05-06", "2024-05-06"), None),
    ("deictic", "ru", WED, "Сегодня утром российская артиллерия обстреляла остановку в Херсоне, погибла женщина, "
     "сообщил глава ОВА.", ("2024-05-08", "2024-05-08"), None),
    ("night", "ru", WED, "Ночью российские дроны атаковали многоэтажки в Одессе, погибли четыре человека, "
     "сообщил глава ОВА.", ("2024-05-07", "2024-05-08"), None),
    ("night", "ru", WED, "Прошлой ночью российские войска обстреляли жилой дом в Харькове, ранены две "
     "женщины, сообщил мэр.", ("2024-05-07", "2024-05-08"), None),
    ("night", "ru", WED, "Этой ночью оккупанты обстреляли Никополь, ранен мужчина, сообщил глава ОВА.",
     ("2024-05-07", "2024-05-08"), None),
    # -- parts of a month ---------------------------------------------------------------------------------------
    ("month_part", "en", MAY20, "Russian soldiers tortured two detained farmers in Izium in early May, the regional "
     "police said.", ("2024-05-01", "2024-05-10"), None),
    ("month_part", "en", MAY20, "In mid-April a Russian drone killed a cyclist in Nikopol, according to the "
     "regional governor.", ("2024-04-11", "2024-04-20"), None),
    ("month_part", "en", MAY20, "Prosecutors said Russian troops shelled a school in Orikhiv in late March, "
     "wounding a teacher.", ("2024-03-21", "2024-03-31"), None),
    ("month_part", "en", OCT, "At the beginning of September Russian forces shelled a hospital in Kherson, wounding "
     "a nurse, the health ministry said.", ("2024-09-01", "2024-09-10"), None),
    ("month_part", "en", OCT, "Russian troops executed a surrendering soldier near Pokrovsk at the end of "
     "September, the Prosecutor General's Office said.", ("2024-09-21", "2024-09-30"), None),
    ("month_part", "en", OCT, "In the middle of September a Russian guided bomb hit a shop in Kharkiv, killing two "
     "people, the governor said.", ("2024-09-11", "2024-09-20"), None),
    ("first_days", "en", MAY20, "In the first days of March Russian soldiers detained four volunteers in Kherson, "
     "the ombudsman said.", ("2024-03-01", "2024-03-05"), None),
    ("first_days", "en", MAY20, "Russian forces shelled a bakery in Kupiansk during the first days of March, "
     "killing a baker, regional officials said.", ("2024-03-01", "2024-03-05"), None),
    ("first_days", "en", MAY20, "According to the police, in the first few days of April Russian troops looted "
     "homes in Vovchansk.", ("2024-04-01", "2024-04-05"), None),
    ("month_part", "uk", OCT, "Наприкінці вересня окупанти розстріляли полоненого біля Покровська, повідомили в "
     "Офісі генпрокурора.", ("2024-09-21", "2024-09-30"), None),
    ("month_part", "uk", OCT, "На початку вересня росіяни обстріляли лікарню в Херсоні, поранено медсестру, "
     "повідомило МОЗ.", ("2024-09-01", "2024-09-10"), None),
    ("month_part", "uk", OCT, "У середині вересня керована бомба влучила в магазин у Харкові, загинули двоє "
     "людей, повідомив голова ОВА.", ("2024-09-11", "2024-09-20"), None),
    ("month_part", "uk", OCT, "В кінці вересня російський дрон атакував автобус у Нікополі, поранено водія, "
     "повідомив голова ОВА.", ("2024-09-21", "2024-09-30"), None),
    ("first_days", "uk", MAY20, "У перші дні березня окупанти затримали чотирьох волонтерів у Херсоні, повідомив "
     "омбудсман.", ("2024-03-01", "2024-03-05"), None),
    ("first_days", "uk", MAY20, "У перших числах березня росіяни обстріляли пекарню в Куп'янську, загинув "
     "пекар, повідомила поліція.", ("2024-03-01", "2024-03-05"), None),
    ("first_days", "uk", MAY20, "За даними поліції, в перші дні квітня окупанти пограбували будинки у Вовчанську.",
     ("2024-04-01", "2024-04-05"), None),
    ("month_part", "ru", MAY20, "В середине мая российские военные пытали двух задержанных фермеров в Изюме, "
     "сообщила полиция.", ("2024-05-11", "2024-05-20"), None),
    ("month_part", "ru", OCT, "В конце сентября оккупанты расстреляли пленного под Покровском, сообщили в "
     "Офисе генпрокурора.", ("2024-09-21", "2024-09-30"), None),
    ("month_part", "ru", OCT, "В начале сентября россияне обстреляли больницу в Херсоне, ранена медсестра, "
     "сообщил Минздрав.", ("2024-09-01", "2024-09-10"), None),
    ("first_days", "ru", MAY20, "В первые дни марта оккупанты задержали четырех волонтеров в Херсоне, сообщил "
     "омбудсмен.", ("2024-03-01", "2024-03-05"), None),
    ("first_days", "ru", MAY20, "В первых числах марта российские войска обстреляли пекарню в Купянске, погиб "
     "пекарь, сообщила полиция.", ("2024-03-01", "2024-03-05"), None),
    ("first_days", "ru", MAY20, "По данным полиции, в первые дни апреля оккупанты разграбили дома в Волчанске.",
     ("2024-04-01", "2024-04-05"), None),
    # -- seasons -------------------------------------------------------------------------------------------------
    ("season", "en", WED, "Russian guards beat Ukrainian prisoners of war in a prison in Olenivka in the summer of "
     "2022, the UN monitoring mission said.", ("2022-06-01", "2022-08-31"), None),
    ("season", "en", WED, "In autumn 2023 Russian troops shelled a village school in Kherson, wounding a teacher, "
     "the regional prosecutor said.", ("2023-09-01", "2023-11-30"), None),
    ("season", "en", WED, "According to the ombudsman, during the spring of 2023 Russian soldiers deported 30 "
     "children from Oleshky.", ("2023-03-01", "2023-05-31"), None),
    ("season", "uk", WED, "Влітку 2022 року російські охоронці били українських полонених у колонії в Оленівці, "
     "повідомила моніторингова місія ООН.", ("2022-06-01", "2022-08-31"), None),
    ("season", "uk", WED, "Восени 2023 року окупанти обстріляли сільську школу на Херсонщині, поранено вчителя, "
     "повідомила обласна прокуратура.", ("2023-09-01", "2023-11-30"), None),
    ("season", "uk", WED, "За словами омбудсмана, навесні 2023 року росіяни депортували 30 дітей з Олешок.",
     ("2023-03-01", "2023-05-31"), None),
    ("season", "uk", WED, "Улітку 2022 року окупанти катували затриманих у Херсоні, повідомила прокуратура.",
     ("2022-06-01", "2022-08-31"), None),
    ("season", "ru", WED, "Летом 2022 года российские охранники избивали украинских пленных в колонии в Еленовке, "
     "сообщила мониторинговая миссия ООН.", ("2022-06-01", "2022-08-31"), None),
    ("season", "ru", WED, "Осенью 2023 года оккупанты обстреляли сельскую школу в Херсонской области, ранен "
     "учитель, сообщила прокуратура.", ("2023-09-01", "2023-11-30"), None),
    ("season", "ru", WED, "По словам омбудсмена, весной 2023 года оккупанты вывезли 30 детей из Херсона в Крым.",
     ("2023-03-01", "2023-05-31"), None),
    # -- ranges ---------------------------------------------------------------------------------------------------
    ("range", "en", MAY20, "Russian soldiers held and beat five residents of Izium in a police station between 3 "
     "and 5 May, the regional prosecutor said.", ("2024-05-03", "2024-05-05"), None),
    ("range", "en", OCT, "From 14 April to 9 September Russian troops kept 40 villagers of Yahidne in a school "
     "basement, the ombudsman said.", ("2024-04-14", "2024-09-09"), None),
    ("range", "en", MAR25, "Russian guards tortured a Ukrainian prisoner of war in a prison in Olenivka from October "
     "2023 until the exchange in February 2025, the ombudsman said.", ("2023-10-01", "2025-02-28"), None),
    ("range", "en", MAR25, "The coordination headquarters said Russian guards beat a captured Ukrainian marine in "
     "Olenivka from October 2023 until his release in February 2025.", ("2023-10-01", "2025-02-28"), None),
    ("range", "uk", OCT, "З 14 квітня по 9 вересня російські військові тримали 40 мешканців Ягідного в підвалі "
     "школи, повідомив омбудсман.", ("2024-04-14", "2024-09-09"), None),
    ("range", "uk", MAY20, "Між 3 і 5 травня окупанти утримували й били п'ятьох мешканців Ізюма у відділку "
     "поліції, повідомила прокуратура.", ("2024-05-03", "2024-05-05"), None),
    ("range", "uk", MAR25, "Російські охоронці катували українського полоненого в Оленівці з жовтня 2023 року до "
     "обміну в лютому 2025 року, повідомив омбудсман.", ("2023-10-01", "2025-02-28"), None),
    ("range", "ru", OCT, "С 14 апреля по 9 сентября российские военные держали 40 жителей Ягодного в подвале "
     "школы, сообщил омбудсмен.", ("2024-04-14", "2024-09-09"), None),
    ("range", "ru", MAY20, "С 3 по 5 мая оккупанты удерживали и избивали пятерых жителей Изюма в отделе полиции, "
     "сообщила прокуратура.", ("2024-05-03", "2024-05-05"), None),
    ("range", "ru", MAR25, "Российские охранники пытали украинского пленного в Еленовке с октября 2023 года до "
     "обмена в феврале 2025 года, сообщил омбудсмен.", ("2023-10-01", "2025-02-28"), None),
    # -- a year alone ---------------------------------------------------------------------------------------------
    ("year", "en", WED, "In 2022 Russian troops deported 46 children from an orphanage in Kherson, the ombudsman "
     "said.", ("2022-01-01", "2022-12-31"), None),
    ("year", "en", WED, "Russian soldiers tortured a local teacher in Izium in 2022, investigators said.",
     ("2022-01-01", "2022-12-31"), None),
    ("year", "en", WED, "According to the regional police, during 2023 Russian forces shelled the hospital in "
     "Beryslav, wounding a doctor.", ("2023-01-01", "2023-12-31"), None),
    ("year", "uk", WED, "У 2022 році окупанти депортували 46 дітей з дитбудинку в Херсоні, повідомив омбудсман.",
     ("2022-01-01", "2022-12-31"), None),
    ("year", "uk", WED, "Російські військові катували вчителя в Ізюмі 2022 року, повідомили слідчі.",
     ("2022-01-01", "2022-12-31"), None),
    ("year", "uk", WED, "За даними поліції, протягом 2023 року росіяни обстрілювали лікарню в Бериславі, поранено "
     "лікаря.", ("2023-01-01", "2023-12-31"), None),
    ("year", "ru", WED, "В 2022 году оккупанты депортировали 46 детей из детдома в Херсоне, сообщил омбудсмен.",
     ("2022-01-01", "2022-12-31"), None),
    ("year", "ru", WED, "Российские военные пытали учителя в Изюме в 2022 году, сообщили следователи.",
     ("2022-01-01", "2022-12-31"), None),
    ("year", "ru", WED, "По данным полиции, в течение 2023 года россияне обстреливали больницу в Бериславе, ранен "
     "врач.", ("2023-01-01", "2023-12-31"), None),
    # -- weeks ------------------------------------------------------------------------------------------------
    ("week", "en", WED, "Last week Russian troops shelled a kindergarten in Kherson, injuring a teacher, the "
     "regional governor said.", ("2024-04-29", "2024-05-05"), None),
    ("week", "en", WED, "Russian soldiers executed two prisoners near Pokrovsk this week, the Prosecutor General's "
     "Office said.", ("2024-05-06", "2024-05-08"), None),
    ("week", "en", WED, "Earlier this week a Russian drone hit a minibus in Nikopol, killing a passenger, "
     "according to the regional governor.", ("2024-05-06", "2024-05-08"), None),
    ("week", "uk", WED, "Минулого тижня росіяни обстріляли дитсадок у Херсоні, поранено вихователька, повідомив "
     "голова ОВА.", ("2024-04-29", "2024-05-05"), None),
    ("week", "uk", WED, "Цього тижня окупанти розстріляли двох полонених біля Покровська, повідомили в Офісі "
     "генпрокурора.", ("2024-05-06", "2024-05-08"), None),
    ("week", "uk", WED, "На минулому тижні російський дрон влучив у маршрутку в Нікополі, загинув пасажир, "
     "повідомив голова ОВА.", ("2024-04-29", "2024-05-05"), None),
    ("week", "ru", WED, "На прошлой неделе россияне обстреляли детский сад в Херсоне, ранена воспитательница, "
     "сообщил глава ОВА.", ("2024-04-29", "2024-05-05"), None),
    ("week", "ru", WED, "На этой неделе оккупанты расстреляли двух пленных под Покровском, сообщили в Офисе "
     "генпрокурора.", ("2024-05-06", "2024-05-08"), None),
    ("week", "ru", WED, "На минувшей неделе российский дрон попал в маршрутку в Никополе, погиб пассажир, "
     "сообщил глава ОВА.", ("2024-04-29", "2024-05-05"), None),
    # -- negatives: a day that is not the act's ------------------------------------------------------------------
    ("not_found_day", "en", WED, "Russian soldiers shot a local man in Izium; his body was found in a basement on 3 "
     "May, police said.", NONE, None),
    ("not_found_day", "en", WED, "The body of a farmer with gunshot wounds was discovered in a forest near Izium on "
     "Monday, the regional police said.", NONE, None),
    ("not_found_day", "en", WED, "On 3 May investigators exhumed the bodies of four civilians shot by Russian "
     "troops in Izium, the prosecutor said.", NONE, None),
    ("not_burial_day", "en", WED, "A woman shot by Russian soldiers in her yard in Bucha was buried on Saturday, the "
     "mayor said.", NONE, None),
    ("not_burial_day", "en", WED, "Relatives buried on 4 May a man whom Russian troops had tortured to death in "
     "Izium, police said.", NONE, None),
    ("not_burial_day", "en", WED, "The funeral of two volunteers killed by Russian shelling in Kherson took place "
     "on Monday, the regional governor said.", NONE, None),
    ("not_report_day", "en", WED, "Russian soldiers tortured a detained farmer in a basement in Izium, the regional "
     "police said on Monday.", NONE, None),
    ("not_report_day", "en", WED, "On 6 May the Prosecutor General's Office reported that Russian soldiers had "
     "tortured a civilian in Izium.", NONE, None),
    ("not_report_day", "en", WED, "Russian troops executed a captured soldier near Pokrovsk, the ombudsman wrote on "
     "Telegram on Tuesday.", NONE, None),
    ("not_court_day", "en", WED, "Prosecutors opened a war crimes case on 5 May after Russian troops shelled a "
     "hospital in Kherson, wounding a nurse.", NONE, None),
    ("not_court_day", "en", WED, "On Tuesday a court in Kyiv sentenced in absentia a Russian soldier who tortured "
     "a civilian in Bucha.", NONE, None),
    ("not_court_day", "en", WED, "A Russian commander was charged on 6 May with ordering the shelling of a "
     "hospital in Kherson that wounded a nurse, prosecutors said.", NONE, None),
    ("not_interview_day", "en", WED, "In an interview on 5 May, a former prisoner told the BBC that Russian guards "
     "beat him in a detention centre in Olenivka.", NONE, None),
    ("not_interview_day", "en", WED, "Speaking to reporters on Monday, a nurse from Kherson said Russian soldiers "
     "had tortured her husband.", NONE, None),
    ("not_interview_day", "en", WED, "A teacher from Izium, interviewed by the UN mission on 2 May, said Russian "
     "troops beat her in a school basement.", NONE, None),
    ("not_headline_day", "en", WED, "Kherson, 8 May 2024\n\nRussian artillery shelled a residential district of "
     "Kherson, killing a man, the regional governor said.", NONE, None),
    ("not_headline_day", "en", WED, "Published: 08.05.2024\n\nA Russian drone struck a bus in Nikopol, wounding five "
     "passengers, the regional governor said.", NONE, None),
    ("not_headline_day", "en", WED, "Daily update, May 8, 2024\n\nRussian troops shelled a hospital in Kupiansk, "
     "wounding a doctor, regional officials said.", NONE, None),
    ("not_found_day", "uk", WED, "Російські військові застрелили місцевого чоловіка в Ізюмі; його тіло знайшли в "
     "підвалі 3 травня, повідомила поліція.", NONE, None),
    ("not_found_day", "uk", WED, "Тіло фермера з вогнепальними пораненнями виявили в лісі біля Ізюма в понеділок, "
     "повідомила поліція.", NONE, None),
    ("not_found_day", "uk", WED, "3 травня слідчі ексгумували тіла чотирьох цивільних, розстріляних окупантами в "
     "Ізюмі, повідомив прокурор.", NONE, None),
    ("not_burial_day", "uk", WED, "Жінку, яку російські військові застрелили у дворі в Бучі, поховали в суботу, "
     "повідомив міський голова.", NONE, None),
    ("not_burial_day", "uk", WED, "4 травня рідні поховали чоловіка, якого окупанти закатували в Ізюмі, повідомила "
     "поліція.", NONE, None),
    ("not_burial_day", "uk", WED, "У понеділок у Херсоні попрощалися з двома волонтерами, яких убив російський "
     "обстріл, повідомив голова ОВА.", NONE, None),
    ("not_report_day", "uk", WED, "Окупанти катували затриманого фермера в підвалі в Ізюмі, про це в понеділок "
     "повідомила поліція.", NONE, None),
    ("not_report_day", "uk", WED, "6 травня Офіс генпрокурора повідомив, що російські військові катували "
     "цивільного в Ізюмі.", NONE, None),
    ("not_report_day", "uk", WED, "Окупанти розстріляли полоненого біля Покровська, написав омбудсман у Telegram у "
     "вівторок.", NONE, None),
    ("not_court_day", "uk", WED, "5 травня прокурори відкрили провадження після того, як окупанти обстріляли "
     "лікарню в Херсоні, поранено медсестру.", NONE, None),
    ("not_court_day", "uk", WED, "У вівторок суд у Києві заочно засудив російського військового, який катував "
     "цивільного в Бучі.", NONE, None),
    ("not_court_day", "uk", WED, "6 травня російському командиру повідомили про підозру в обстрілі лікарні в "
     "Херсоні, внаслідок якого поранено медсестру.", NONE, None),
    ("not_interview_day", "uk", WED, "В інтерв'ю 5 травня колишній полонений розповів, що російські охоронці били "
     "його в колонії в Оленівці.", NONE, None),
    ("not_interview_day", "uk", WED, "У понеділок у розмові з журналістами медсестра з Херсона розповіла, що "
     "російські військові катували її чоловіка.", NONE, None),
    ("not_interview_day", "uk", WED, "Вчителька з Ізюма 2 травня розповіла місії ООН, що російські військові "
     "били її в підвалі школи.", NONE, None),
    ("not_headline_day", "uk", WED, "Херсон, 8 травня 2024\n\nРосійська артилерія обстріляла житловий район "
     "Херсона, загинув чоловік, повідомив голова ОВА.", NONE, None),
    ("not_headline_day", "uk", WED, "Опубліковано: 08.05.2024\n\nРосійський дрон атакував автобус у Нікополі, "
     "поранено п'ятьох пасажирів, повідомив голова ОВА.", NONE, None),
    ("not_headline_day", "uk", WED, "Щоденне оновлення, 8 травня 2024 року\n\nОкупанти обстріляли лікарню в "
     "Куп'янську, поранено лікаря, повідомила поліція.", NONE, None),
    ("not_found_day", "ru", WED, "Российские военные застрелили местного мужчину в Изюме; его тело нашли в подвале "
     "3 мая, сообщила полиция.", NONE, None),
    ("not_found_day", "ru", WED, "Тело фермера с огнестрельными ранениями обнаружили в лесу под Изюмом в "
     "понедельник, сообщила полиция.", NONE, None),
    ("not_found_day", "ru", WED, "3 мая следователи эксгумировали тела четырех мирных жителей, расстрелянных "
     "оккупантами в Изюме, сообщил прокурор.", NONE, None),
    ("not_burial_day", "ru", WED, "Женщину, которую российские военные застрелили во дворе в Буче, похоронили в "
     "субботу, сообщил мэр.", NONE, None),
    ("not_burial_day", "ru", WED, "4 мая родные похоронили мужчину, которого оккупанты застрелили в Изюме, сообщила "
     "полиция.", NONE, None),
    ("not_burial_day", "ru", WED, "В понедельник в Херсоне простились с двумя волонтерами, погибшими при "
     "российском обстреле, сообщил глава ОВА.", NONE, None),
    ("not_report_day", "ru", WED, "Оккупанты пытали задержанного фермера в подвале в Изюме, об этом в понедельник "
     "сообщила полиция.", NONE, None),
    ("not_report_day", "ru", WED, "6 мая Офис генпрокурора сообщил, что российские военные пытали мирного жителя "
     "в Изюме.", NONE, None),
    ("not_report_day", "ru", WED, "Оккупанты расстреляли пленного под Покровском, написал омбудсмен в Telegram во "
     "вторник.", NONE, None),
    ("not_court_day", "ru", WED, "5 мая прокуроры возбудили дело после того, как оккупанты обстреляли больницу в "
     "Херсоне, ранена медсестра.", NONE, None),
    ("not_court_day", "ru", WED, "Во вторник суд в Киеве заочно осудил российского военного, который пытал "
     "мирного жителя в Буче.", NONE, None),
    ("not_court_day", "ru", WED, "6 мая российскому командиру сообщили о подозрении в обстреле больницы в Херсоне, "
     "в результате которого ранена медсестра.", NONE, None),
    ("not_interview_day", "ru", WED, "В интервью 5 мая бывший пленный рассказал, что российские охранники избивали "
     "его в колонии в Еленовке.", NONE, None),
    ("not_interview_day", "ru", WED, "В понедельник в разговоре с журналистами медсестра из Херсона рассказала, что "
     "российские военные пытали ее мужа.", NONE, None),
    ("not_interview_day", "ru", WED, "Учительница из Изюма 2 мая рассказала миссии ООН, что российские военные "
     "избивали ее в подвале школы.", NONE, None),
    ("not_headline_day", "ru", WED, "Херсон, 8 мая 2024\n\nРоссийская артиллерия обстреляла жилой район Херсона, "
     "погиб мужчина, сообщил глава ОВА.", NONE, None),
    ("not_headline_day", "ru", WED, "Опубликовано: 08.05.2024\n\nРоссийский дрон атаковал автобус в Никополе, "
     "ранены пятеро пассажиров, сообщил глава ОВА.", NONE, None),
    ("not_headline_day", "ru", WED, "Ежедневная сводка, 8 мая 2024 года\n\nОккупанты обстреляли больницу в "
     "Купянске, ранен врач, сообщила полиция.", NONE, None),
    # -- more wordings of the forms stage 20 reads ------------------------------------------------------------------
    ("night", "en", WED, "In the night to Tuesday a Russian drone hit a house in Beryslav, killing an elderly man, "
     "the regional governor said.", ("2024-05-06", "2024-05-07"), None),
    ("night", "en", WED, "Police said Russian artillery shelled Kherson during the night, wounding two women.",
     ("2024-05-07", "2024-05-08"), None),
    ("weekday", "en", MON, "ODESA, May 10 (AP) - A Russian missile hit a port warehouse in Odesa yesterday, killing "
     "two workers, the regional governor said.", ("2024-05-09", "2024-05-09"), None),
    ("weekday", "en", MON, "KHERSON, May 11 (Black Sea Wire) - Russian forces shelled a school in Kherson on "
     "Wednesday, wounding a guard, regional officials said.", ("2024-05-08", "2024-05-08"), None),
    ("weekday", "uk", MON, "Херсон, 11 травня. У неділю окупанти обстріляли лікарню в Херсоні, поранено двох "
     "лікарів, повідомив голова ОВА.", ("2024-05-05", "2024-05-05"), None),
    ("weekday", "ru", MON, "Херсон, 11 мая. В воскресенье оккупанты обстреляли больницу в Херсоне, ранены двое "
     "врачей, сообщил глава ОВА.", ("2024-05-05", "2024-05-05"), None),
    ("range", "en", OCT, "The ombudsman said Russian guards beat detained volunteers in Kherson from March 2022 to "
     "their release in September 2022.", ("2022-03-01", "2022-09-30"), None),
    ("range", "uk", OCT, "Від 2 березня до 30 квітня окупанти утримували 12 волонтерів у підвалі в Херсоні, "
     "повідомив омбудсман.", ("2024-03-02", "2024-04-30"), None),
    ("range", "uk", OCT, "За даними прокуратури, з 20 грудня 2023 року по 15 січня 2024 року росіяни катували "
     "полоненого в Оленівці.", ("2023-12-20", "2024-01-15"), None),
    ("range", "uk", OCT, "Окупанти утримували й били п'ятьох мешканців Ізюма між 10 та 12 квітня, повідомила "
     "поліція.", ("2024-04-10", "2024-04-12"), None),
    ("range", "uk", OCT, "Омбудсман повідомив, що росіяни катували волонтерів у Херсоні з березня 2022 року до "
     "звільнення у вересні 2022 року.", ("2022-03-01", "2022-09-30"), None),
    ("range", "ru", OCT, "От 2 марта до 30 апреля оккупанты удерживали 12 волонтеров в подвале в Херсоне, сообщил "
     "омбудсмен.", ("2024-03-02", "2024-04-30"), None),
    ("range", "ru", OCT, "По данным прокуратуры, с 20 декабря 2023 года по 15 января 2024 года россияне пытали "
     "пленного в Еленовке.", ("2023-12-20", "2024-01-15"), None),
    ("range", "ru", OCT, "Оккупанты удерживали и избивали пятерых жителей Изюма между 10 и 12 апреля, сообщила "
     "полиция.", ("2024-04-10", "2024-04-12"), None),
    ("range", "ru", OCT, "Омбудсмен сообщил, что россияне пытали волонтеров в Херсоне с марта 2022 года до "
     "освобождения в сентябре 2022 года.", ("2022-03-01", "2022-09-30"), None),
    ("not_report_day", "en", WED, "On Tuesday the regional police reported that Russian soldiers had beaten a "
     "volunteer in Kherson.", NONE, None),
    ("not_report_day", "en", WED, "On 5 May Ukraine's ombudsman said that Russian guards tortured a prisoner of war "
     "in Olenivka.", NONE, None),
    ("last_days", "en", WED, "In the last days of April Russian troops shelled a hospital in Kherson, wounding a "
     "nurse, the health ministry said.", ("2024-04-26", "2024-04-30"), None),
    ("last_days", "en", WED, "Russian soldiers beat two detained volunteers in Izium during the last few days of "
     "April, the regional police said.", ("2024-04-26", "2024-04-30"), None),
    ("last_days", "en", WED, "According to the governor, a Russian drone killed a tractor driver near Beryslav in "
     "the last days of April.", ("2024-04-26", "2024-04-30"), None),
    ("last_days", "uk", WED, "В останні дні квітня окупанти обстріляли лікарню в Херсоні, поранено медсестру, "
     "повідомило МОЗ.", ("2024-04-26", "2024-04-30"), None),
    ("last_days", "uk", WED, "За даними поліції, у останніх числах квітня росіяни побили двох затриманих волонтерів "
     "в Ізюмі.", ("2024-04-26", "2024-04-30"), None),
    ("last_days", "uk", WED, "Російський дрон убив тракториста біля Берислава в останні дні квітня, повідомив "
     "голова ОВА.", ("2024-04-26", "2024-04-30"), None),
    ("last_days", "ru", WED, "В последние дни апреля оккупанты обстреляли больницу в Херсоне, ранена медсестра, "
     "сообщил Минздрав.", ("2024-04-26", "2024-04-30"), None),
    ("last_days", "ru", WED, "По данным полиции, в последних числах апреля россияне избили двух задержанных "
     "волонтеров в Изюме.", ("2024-04-26", "2024-04-30"), None),
    ("last_days", "ru", WED, "Российский дрон убил тракториста под Бериславом в последние дни апреля, сообщил "
     "глава ОВА.", ("2024-04-26", "2024-04-30"), None),
    ("weekend", "en", WED, "At the weekend Russian forces shelled a market in Kherson, killing a vendor, the "
     "governor said.", ("2024-05-04", "2024-05-05"), None),
    ("weekend", "en", WED, "Russian troops executed a surrendering soldier near Pokrovsk last weekend, the "
     "Prosecutor General's Office said.", ("2024-05-04", "2024-05-05"), None),
    ("weekend", "en", WED, "Over the weekend a Russian drone hit a car in Nikopol, wounding the driver, according "
     "to the regional governor.", ("2024-05-04", "2024-05-05"), None),
    ("weekend", "uk", WED, "Минулих вихідних окупанти обстріляли ринок у Херсоні, загинула продавчиня, повідомив "
     "голова ОВА.", ("2024-05-04", "2024-05-05"), None),
    ("weekend", "uk", WED, "Російські військові розстріляли полоненого біля Покровська на вихідних, повідомили в "
     "Офісі генпрокурора.", ("2024-05-04", "2024-05-05"), None),
    ("weekend", "uk", WED, "За словами голови ОВА, у минулі вихідні російський дрон влучив в авто в Нікополі, "
     "поранено водія.", ("2024-05-04", "2024-05-05"), None),
    ("weekend", "ru", WED, "На прошлых выходных оккупанты обстреляли рынок в Херсоне, погибла продавщица, сообщил "
     "глава ОВА.", ("2024-05-04", "2024-05-05"), None),
    ("weekend", "ru", WED, "Оккупанты расстреляли пленного под Покровском на выходных, сообщили в Офисе "
     "генпрокурора.", ("2024-05-04", "2024-05-05"), None),
    ("weekend", "ru", WED, "По словам главы ОВА, в минувшие выходные российский дрон попал в автомобиль в "
     "Никополе, ранен водитель.", ("2024-05-04", "2024-05-05"), None),
    ("ago", "en", WED, "Three days ago Russian artillery shelled a school in Kherson, wounding a guard, the "
     "governor said.", ("2024-05-05", "2024-05-05"), None),
    ("ago", "en", WED, "Russian soldiers tortured a farmer in Izium two weeks ago, the regional police said.",
     ("2024-04-24", "2024-04-24"), None),
    ("ago", "en", WED, "According to the ombudsman, a week ago Russian troops detained a priest in Kherson.",
     ("2024-05-01", "2024-05-01"), None),
    ("ago", "uk", WED, "Три дні тому окупанти обстріляли школу в Херсоні, поранено охоронця, повідомив голова "
     "ОВА.", ("2024-05-05", "2024-05-05"), None),
    ("ago", "uk", WED, "Російські військові катували фермера в Ізюмі два тижні тому, повідомила поліція.",
     ("2024-04-24", "2024-04-24"), None),
    ("ago", "uk", WED, "За словами омбудсмана, тиждень тому окупанти затримали священника в Херсоні.",
     ("2024-05-01", "2024-05-01"), None),
    ("ago", "ru", WED, "Три дня назад оккупанты обстреляли школу в Херсоне, ранен охранник, сообщил глава ОВА.",
     ("2024-05-05", "2024-05-05"), None),
    ("ago", "ru", WED, "Российские войска пытали фермера в Изюме две недели назад, сообщила полиция.",
     ("2024-04-24", "2024-04-24"), None),
    ("ago", "ru", WED, "По словам омбудсмена, неделю назад оккупанты задержали священника в Херсоне.",
     ("2024-05-01", "2024-05-01"), None),
]


# Forms the extractor does not read yet (strict: a fix must take its id out). They are not the date step's: a funeral
# ("the funeral ... took place on Monday", "простились") is no `aftermath` pattern of roles.json yet, and a finding
# told after a semicolon leaves the act's clause undated but the finding's day still reaches the incident.
KNOWN_GAPS = frozenset({"not_burial_day-en-3", "not_burial_day-ru-3", "not_found_day-en-1"})


def _params() -> list:
    seen: dict[tuple[str, str], int] = {}
    out = []
    for case in CASES:
        form, language = case[0], case[1]
        seen[form, language] = seen.get((form, language), 0) + 1
        name = f"{form}-{language}-{seen[form, language]}"
        marks = [pytest.mark.xfail(strict=True, reason="stage 20 gap")] if name in KNOWN_GAPS else []
        out.append(pytest.param(*case, id=name, marks=marks))
    return out


def incident_interval(text: str, published: dt.date, language: str, place: str | None):
    """The interval of the incident at `place` (else the report's first), as ISO strings, None when undated;
    raises AssertionError when no incident is read at all (the passage must be one)."""
    incidents = extract(text, published, language).to_contract()["incidents"]
    assert incidents, "no incident read"
    chosen = next((i for i in incidents if place and (i["location"] or {}).get("name") == place), incidents[0])
    date = chosen["date"]
    return (date["start"], date["end"]) if date else None


@pytest.mark.parametrize(("form", "language", "published", "text", "expected", "place"), _params())
def test_the_incident_is_dated_as_the_text_tells_it(form, language, published, text, expected, place):
    assert incident_interval(text, published, language, place) == expected


def date_mentions(text: str, published: dt.date, language: str) -> list[tuple[str, str, str]]:
    """The date step's mentions of a text (start, end, role), before any other step."""
    from warcrimes.extract.engine.document import Document
    from warcrimes.extract.engine.language import load
    from warcrimes.extract.steps.dates import dates
    from warcrimes.extract.steps.segment import sentence_spans

    load(language)
    doc = Document(text=text, published=published, language=language)
    doc.sentences = sentence_spans(text)
    dates(doc)
    return [(m.value.start.isoformat(), m.value.end.isoformat(), m.value.role) for m in doc.of_kind("date")]


@pytest.mark.parametrize(("text", "language", "first"), [
    # two days named, no "між"/"между" before them: no range (the bare first day is not read as one)
    ("3 і 5 травня окупанти обстріляли Херсон.", "uk", ("2024-05-05", "2024-05-05")),
    ("3 и 5 мая оккупанты обстреляли Херсон.", "ru", ("2024-05-05", "2024-05-05")),
    # "по" after a day that is no range's joiner ("по всій області"), and a range's end past a comma
    ("З 5 травня по всій області діє комендантська година.", "uk", ("2024-05-05", "2024-05-05")),
    ("С октября 2023 года до обмена, а в феврале 2025 года его перевели.", "ru", ("2023-10-01", "2023-10-31")),
    ("He was held from October 2023 until the exchange, and in February 2025 he was moved.", "en",
     ("2023-10-01", "2023-10-31")),
    # the night as a word of another phrase
    ("Guards on the night shift beat him in Olenivka.", "en", None),
    # years back are no day ("80 років тому" is rhetoric more often than a date); "назад" without a count is no date
    ("Два роки тому окупанти обстріляли Херсон.", "uk", None),
    ("Через два дня они вернулись назад в Херсон.", "ru", None),
    # "the last" before no month is a window, not a part of a month
    ("In the last days troops shelled Kherson repeatedly.", "en", ("2024-05-07", "2024-05-08")),
    # slashed dates with no day above 12 elsewhere are day first
    ("On 3/5/2024 troops shelled Vovchansk.", "en", ("2024-05-03", "2024-05-03")),
    ("On 13/05/2024 and on 5/3/2024 troops shelled Vovchansk.", "en", ("2024-05-13", "2024-05-13")),
])
def test_a_look_alike_is_no_new_form(text, language, first):
    found = date_mentions(text, WED, language)
    assert (found[0][:2] if found else None) == first


@pytest.mark.parametrize(("text", "language"), [
    ("Russian troops opened fire on a bus in Kherson on 5 May, killing two passengers, police said.", "en"),
    ("5 травня окупанти відкрили вогонь по автобусу в Херсоні, загинули двоє пасажирів.", "uk"),
    ("5 мая оккупанты открыли огонь по автобусу в Херсоне, погибли двое пассажиров.", "ru"),
    ("Окупанти 5 травня обстріляли автобус у Херсоні, загинули двоє пасажирів.", "uk"),
    ("Колишній полонений розповів про катування в Оленівці 5 травня.", "uk"),
])
def test_opening_fire_or_a_told_act_keeps_its_day(text, language):
    assert incident_interval(text, WED, language, None) == ("2024-05-05", "2024-05-05")


def test_a_dateline_more_than_a_week_old_moves_no_weekday():
    text = ("KHARKIV, April 20 (Reuters) - Russian troops shelled a hospital in Kharkiv on Sunday, wounding four "
            "doctors, the regional governor said.")
    assert incident_interval(text, MON, "en", None) == ("2024-05-12", "2024-05-12")
