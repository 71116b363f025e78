"""Stage 21, Ukrainian and Russian (docs/languages.md): the kind of a person named by an everyday noun among
captives, a police release's own voice and partner services, groups joined by a conjunction, two places hit in one
night, an outlet's reminders, a governor's report resumed, collective numbers for journalists, people held now.
Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import uk_ru_contract, uk_ru_only

PUBLISHED = dt.date(2025, 9, 17)  # a Wednesday


def _contract(text: str, published: dt.date = PUBLISHED) -> dict:
    return uk_ru_contract(text, published)


def _only(text: str, published: dt.date = PUBLISHED) -> dict:
    return uk_ru_only(text, published)


# -- a person named by an everyday noun among prisoners of war ----------------------------------------------------


@pytest.mark.parametrize("text", [
    "Повернутий з полону військовий розповів, що в ізоляторі в Таганрозі охоронці до смерті побили юнака з його "
    "камери.",
    "Звільнений з полону морський піхотинець розповів: «Нас тримали в колонії в Таганрозі. Взимку хлопця з нашої "
    "камери охоронці побили так, що він не вижив.»",
    "— Чи помирав хтось у полоні? — У березні хлопця з нашого бараку після допиту побили охоронці в Таганрозі.",
    "Вернувшийся из плена военный рассказал, что в изоляторе в Таганроге охранники до смерти избили юношу из его "
    "камеры.",
    "Освобождённый из плена морпех рассказал: «Нас держали в колонии в Таганроге. Зимой парня из нашей камеры "
    "охранники избили так, что он не выжил.»",
])
def test_a_guy_among_prisoners_of_war_is_one_of_them(text):
    incident = _only(text)
    assert incident["victims"]["category"] == "pow"
    assert incident["victims"]["min"] == 1


@pytest.mark.parametrize("text", [
    "Повернутий з полону військовий розповів, що в ізоляторі в Таганрозі охоронці побили пенсіонера з Херсона.",
    "Жителька Херсона, яку окупанти тримали в ізоляторі в Таганрозі, розповіла, що охоронці побили хлопця з її камери.",
    "Жительница Херсона, которую оккупанты держали в изоляторе в Таганроге, рассказала, что охранники избили парня "
    "из её камеры.",
    "У Херсоні внаслідок обстрілу загинув хлопець.",
    "В Херсоне в результате обстрела погиб парень.",
])
def test_a_word_of_status_a_civilian_teller_or_a_strike_keep_the_civilian(text):
    assert _only(text)["victims"]["category"] == "civilian"


# -- a police release: groups joined, a partner service, an old case's day, the headline, the eve of a day ---------


@pytest.mark.parametrize(("text", "count"), [
    ("У Херсоні внаслідок обстрілу загинули двоє чоловіків і троє жінок.", 5),
    ("5 березня 2022 року окупанти затримали у Вовчанську трьох фермерів та двох механізаторів.", 5),
    ("У Бериславі окупанти затримали чотирьох волонтерів і двох водіїв.", 6),
    ("В Херсоне в результате обстрела погибли двое мужчин и три женщины.", 5),
    ("В Херсоне оккупанты задержали двух фермеров и трех их работников.", 5),
    ("В Берислави 4 марта 2022 года оккупанты задержали четырех волонтеров и двух водителей.", 6),
])
def test_two_groups_joined_by_a_conjunction_count_together(text, count):
    incident = _only(text)
    assert incident["victims"]["min"] == count


def test_adults_and_children_count_together_and_the_children_stay_counted():
    incident = _only("У Херсоні внаслідок обстрілу загинули двоє дорослих і троє дітей.")
    assert incident["victims"]["min"] == 5
    assert incident["victims"]["category"] == "civilian"
    assert incident["victims"]["children"] == 3


@pytest.mark.parametrize(("text", "killed"), [
    ("У Херсоні загинули 4 людини і 12 людей поранено.", 4),
    ("В Херсоне погибли 4 человека и 12 человек ранены.", 4),
])
def test_the_killed_and_the_injured_are_two_figures_not_one_group(text, killed):
    assert _only(text)["victims"]["min"] == killed


@pytest.mark.parametrize("text", [
    "Поліція Харківщини\n\nСлідчі поліції спільно з СБУ встановили, що 3 квітня 2022 року окупанти затримали у "
    "Вовчанську трьох водіїв.",
    "Поліція Харківщини\n\nПоліцейські разом із СБУ встановили, що у квітні 2022 року окупанти катували у Вовчанську "
    "трьох водіїв.",
    "Полиция Харьковщины\n\nСледователи полиции совместно с СБУ сообщили, что 3 апреля 2022 года оккупанты задержали в "
    "Волчанске трех водителей.",
])
def test_the_partner_of_a_joint_investigation_is_not_its_source(text):
    incident = _only(text)
    assert not any("СБУ" in name for name in incident["reported_by"])


def test_a_service_that_speaks_itself_is_still_the_source():
    incident = _only("СБУ повідомила, що 3 квітня 2022 року окупанти затримали у Вовчанську трьох водіїв.")
    assert "СБУ" in incident["reported_by"]


RELEASE_UK = (
    "Поліцейські Харківщини встановили причетних до катувань жителів Вовчанська\n\n"
    "Головне управління Національної поліції в Харківській області, 13 травня 2025 року\n\n"
    "У неділю, 11 травня, російський дрон атакував автобус у Куп'янську. Поранено двох пасажирів.\n\n"
    "Крім того, слідчі поліції спільно з СБУ встановили військових рф, причетних до незаконного утримання та катування "
    "мирних жителів Вовчанська, розслідування триває з 2022 року. За даними слідства, 3 квітня 2022 року окупанти "
    "затримали трьох місцевих водіїв і двох механізаторів. Два тижні чоловіків тримали в підвалі та били."
)
RELEASE_RU = (
    "Полиция Харьковщины установила причастных к пыткам жителей Волчанска\n\n"
    "Главное управление Национальной полиции в Харьковской области, 13 мая 2025 года\n\n"
    "В воскресенье, 11 мая, российский дрон атаковал автобус в Купянске. Ранены двое пассажиров.\n\n"
    "Кроме того, следователи полиции совместно с СБУ установили военных РФ, причастных к незаконному удержанию и "
    "пыткам мирных жителей Волчанска. По данным следствия, 3 апреля 2022 года оккупанты задержали трех местных "
    "водителей и двух механизаторов. Две недели мужчин держали в подвале и били."
)


@pytest.mark.parametrize("text", [RELEASE_UK, RELEASE_RU])
def test_a_release_headline_sums_up_the_case_below_and_the_case_takes_its_seizure_day(text):
    incidents = _contract(text, dt.date(2025, 5, 13))["incidents"]
    assert [i["location"]["name"] for i in incidents] == ["Kupiansk", "Vovchansk"]
    case = incidents[1]
    assert case["violations"][:2] == ["unlawful_detention", "torture_ill_treatment"]
    assert case["date"] == {"start": "2022-04-03", "end": "2022-04-03"}
    assert case["victims"]["min"] == 5
    assert not any("СБУ" in name for name in case["reported_by"])


def test_a_headline_telling_an_act_is_no_author_line():
    incidents = _contract(RELEASE_UK, dt.date(2025, 5, 13))["incidents"]
    assert all(not name.startswith("Поліцейські Харківщини встановили") for i in incidents for name in i["reported_by"])


def test_a_headline_with_a_day_of_its_own_stays_an_incident():
    text = (
        "Окупанти вчора вбили двох жителів Вовчанська\n\n"
        "У Куп'янську 3 квітня 2022 року окупанти затримали трьох водіїв і двох механізаторів."
    )
    assert len(_contract(text, dt.date(2025, 5, 13))["incidents"]) == 2


@pytest.mark.parametrize(("text", "day"), [
    ("У неділю, 11 травня, дрон атакував автобус у Куп'янську. Загинув водій.\n\n"
     "Напередодні, у суботу ввечері, окупанти скинули авіабомбу на Вовчанськ. Поранено двох жінок.", "2025-05-10"),
    ("11 травня дрон атакував автобус у Куп'янську. Загинув водій.\n\n"
     "Напередодні ввечері окупанти обстріляли Вовчанськ. Поранено двох жінок.", "2025-05-10"),
    ("11 мая дрон атаковал автобус в Купянске. Погиб водитель.\n\n"
     "Накануне вечером оккупанты обстреляли Волчанск. Ранены две женщины.", "2025-05-10"),
])
def test_the_eve_opening_a_paragraph_is_told_from_the_day_before_it(text, day):
    incidents = _contract(text, dt.date(2025, 5, 13))["incidents"]
    assert incidents[-1]["date"]["start"] == day


def test_the_eve_inside_a_new_paragraph_with_no_day_before_is_the_day_before_publication():
    text = (
        "Окупанти обстріляли Куп'янськ. Поранено водія.\n\n"
        "Напередодні ввечері окупанти обстріляли Вовчанськ. Поранено двох жінок."
    )
    assert _contract(text, dt.date(2025, 5, 13))["incidents"][-1]["date"]["start"] == "2025-05-12"


@pytest.mark.parametrize("text", [
    "Увечері окупанти скинули авіабомбу на центр Сум. Зруйновано будівлю школи, пошкоджено кілька будинків. "
    "Постраждалих немає.",
    "Вчора окупанти обстріляли Суми. Пошкоджено лікарню та три будинки.",
    "Вечером оккупанты сбросили авиабомбу на центр Сум. Разрушено здание школы, повреждены несколько домов. "
    "Пострадавших нет.",
])
def test_a_protected_object_damaged_in_the_next_sentence_is_the_strikes_target(text):
    assert _only(text)["violations"][0] == "attack_on_protected_objects"


def test_people_killed_lead_a_protected_object_damaged_beside_them():
    incident = _only(
        "Вчора ракета влучила в житловий будинок у Сумах, загинули троє людей. Вибухом пошкоджено лікарню."
    )
    assert incident["violations"][:2] == ["attack_on_civilians", "attack_on_protected_objects"]


def test_houses_damaged_make_no_protected_object():
    assert _only("Вчора окупанти обстріляли Суми. Пошкоджено три будинки та магазин.")["violations"] == [
        "attack_on_civilians"
    ]


@pytest.mark.parametrize("text", [
    "Вчора російський дрон атакував автомобіль біля Сум. Подружжя, яке поверталося з церкви, загинуло.",
    "Вчера российский дрон атаковал автомобиль возле Сум. Супруги, которые возвращались из церкви, погибли.",
    "Вчора дрон влучив в авто біля Сум, водій, який їхав із лікарні, загинув.",
])
def test_a_church_the_victims_came_from_was_not_struck(text):
    assert _only(text)["violations"] == ["attack_on_civilians"]


def test_a_church_struck_is_a_protected_object():
    assert _only("Вчора російський дрон атакував церкву в Сумах. Загинули двоє людей.")["violations"][0] == (
        "attack_on_protected_objects"
    )


# -- two places hit in one night: each its own incident and count ----------------------------------------------


TWO_PLACES = [
    # a headline naming both, a byline, a lead naming both, one paragraph each
    "Нічна атака на Ізмаїл: у порту пошкоджено судно, у Кислиці загинула пенсіонерка\n\n"
    "«Дунайський кур'єр», 13 травня 2025, 08:40\n\n"
    "У понеділок увечері російські війська атакували Одещину дронами. Під удар потрапили порт Ізмаїла та житлові "
    "будинки сусіднього села Кислиця, повідомив голова ОВА Петро Коваль.\n\n"
    "Близько 22:00 дрон влучив у вантажне судно в порту Ізмаїла. Двоє членів екіпажу дістали поранення.\n\n"
    "Майже одночасно уламки збитого дрона, за словами Коваля, впали на житловий будинок у Кислиці. Загинула "
    "76-річна господиня.",
    "Ночная атака на Измаил: в порту повреждено судно, в Кислице погибла пенсионерка\n\n"
    "«Дунайский курьер», 13 мая 2025, 08:40\n\n"
    "В понедельник вечером российские войска атаковали Одесскую область дронами. Под удар попали порт Измаила и "
    "жилые дома соседнего села Кислица, сообщил глава ОВА Петр Коваль.\n\n"
    "Около 22:00 дрон попал в грузовое судно в порту Измаила. Двое членов экипажа получили ранения.\n\n"
    "Почти одновременно обломки сбитого дрона, по словам Коваля, упали на жилой дом в Кислице. Погибла 76-летняя "
    "хозяйка.",
    # no headline: a lead naming both
    "Увечері в понеділок російські дрони атакували Миколаївщину. Під удар потрапили порт Очакова та сусіднє село "
    "Дмитрівка, повідомили в ОВА.\n\n"
    "Близько 23:00 дрон влучив у буксир у порту Очакова. Поранено двох моряків.\n\n"
    "Тим часом уламки дрона, за даними ОВА, впали на приватний будинок у Дмитрівці. Загинув 70-річний господар.",
]


@pytest.mark.parametrize("text", TWO_PLACES)
def test_two_places_hit_in_one_night_are_two_incidents_each_with_its_count(text):
    incidents = _contract(text, dt.date(2025, 5, 13))["incidents"]
    assert [(i["victims"]["min"], i["victims"].get("killed")) for i in incidents] == [(2, None), (1, 1)]
    assert all(i["date"] == {"start": "2025-05-12", "end": "2025-05-12"} for i in incidents)


def test_a_second_strike_on_the_same_town_told_next_stays_with_it():
    text = (
        "Увечері в понеділок російські дрони атакували Очаків, повідомили в ОВА.\n\n"
        "Близько 23:00 дрон влучив у буксир у порту Очакова. Поранено трьох моряків.\n\n"
        "Тим часом ще один дрон, за даними ОВА, влучив у приватний будинок в Очакові. Поранено двох моряків."
    )
    assert len(_contract(text, dt.date(2025, 5, 13))["incidents"]) == 1


@pytest.mark.parametrize("byline", [
    "«Дунайський кур'єр», 13 травня 2025, 08:40",
    "Очаків, 13 травня 2025 року, «Дунайський кур'єр»",
    "«Дунайский курьер», 13 мая 2025, 08:40",
])
def test_a_byline_day_dates_the_report_not_the_strike(byline):
    lead = "Увечері в понеділок російський дрон атакував Очаків. Поранено трьох моряків."
    if "курьер" in byline:
        lead = "В понедельник вечером российский дрон атаковал Очаков. Ранены трое моряков."
    incident = _only(f"Дрон атакував Очаків\n\n{byline}\n\n{lead}" if "курьер" not in byline
                     else f"Дрон атаковал Очаков\n\n{byline}\n\n{lead}", dt.date(2025, 5, 13))
    assert incident["date"] == {"start": "2025-05-12", "end": "2025-05-12"}


@pytest.mark.parametrize("text", [
    "У Чорноморську з 2022 року пошкоджено 23 цивільні судна.",
    "В Черноморске с 2022 года повреждены 23 гражданских судна.",
    "В порту Черноморска повреждены три торговых корабля, погиб моряк.",
])
def test_ships_counted_are_no_people(text):
    for incident in _contract(text)["incidents"]:
        assert incident["victims"]["min"] in (None, 1)


# -- an outlet's own reminder; a governor's report going on after another body's paragraph ----------------------


def _reminded(opening: str, byline: str = "Ізмаїл, 13 травня 2025 року, «Дунайський кур'єр»") -> dict:
    main = "Уночі дрон атакував порт Ізмаїла, поранено трьох моряків, повідомив голова ОВА Петро Коваль."
    if "курьер" in byline:
        main = "Ночью дрон атаковал порт Измаила, ранены трое моряков, сообщил глава ОВА Петр Коваль."
    first, second = _contract(f"{byline}\n\n{main}\n\n{opening}", dt.date(2025, 5, 13))["incidents"]
    assert "Петро Коваль" in first["reported_by"] or "Петр Коваль" in first["reported_by"]
    return second


@pytest.mark.parametrize(("opening", "byline", "outlet"), [
    ("Нагадаємо, 2 травня дрон влучив у будинок у Кислиці, тоді поранено двох людей.",
     "Ізмаїл, 13 травня 2025 року, «Дунайський кур'єр»", "Дунайський кур'єр"),
    ("Як повідомлялося, 2 травня дрон влучив у будинок у Кислиці, тоді поранено двох людей.",
     "«Дунайський кур'єр», 13 травня 2025, 08:40", "Дунайський кур'єр"),
    ("Напомним, 2 мая дрон попал в дом в Кислице, тогда ранены два человека.",
     "Измаил, 13 мая 2025 года, «Дунайский курьер»", "Дунайский курьер"),
    ("Как сообщалось, 2 мая дрон попал в дом в Кислице, тогда ранены два человека.\n\nПрокуратура возбудила дело.",
     "«Дунайский курьер», 13 мая 2025, 08:40", "Дунайский курьер"),
])
def test_an_outlets_reminder_is_in_the_outlets_own_voice(opening, byline, outlet):
    assert _reminded(opening, byline)["reported_by"] == [outlet]


def test_a_reminder_citing_a_body_keeps_that_body():
    second = _reminded("Нагадаємо, як повідомив Офіс Генпрокурора, 2 травня дрон влучив у будинок у Кислиці, тоді "
                       "поранено двох людей.")
    assert "Офіс Генпрокурора" in second["reported_by"]


def test_a_background_paragraph_with_no_reminder_word_keeps_the_usual_voice():
    second = _reminded("2 травня дрон влучив у будинок у Кислиці, тоді поранено двох людей.")
    assert "Дунайський кур'єр" not in second["reported_by"]


GOING_ON = [
    "Губернатор Курской области Иван Петров сообщил, что вчера дрон атаковал автобус в Рыльске, ранены двое "
    "пассажиров.\n\nНочью ВСУ обстреляли Курчатов. Как сообщил оперативный штаб региона, пострадал мужчина.\n\n"
    "Кроме того, в Глушково в воскресенье дрон атаковал автомобиль. Ранен водитель.\n\n"
    "Следственный комитет возбудил уголовное дело по факту атаки на Рыльск.",
    "Очільник Сумської ОВА Іван Петренко повідомив, що вчора дрон атакував автобус у Ворожбі, поранено двох "
    "пасажирів.\n\nВночі окупанти обстріляли Шостку. Як повідомив Офіс Генпрокурора, постраждав чоловік.\n\n"
    "Крім того, у Білопіллі в неділю дрон атакував автомобіль. Поранено водія.\n\n"
    "СБУ розпочала розслідування за фактом атаки на Ворожбу.",
    "Губернатор Курской области Иван Петров сообщил, что вчера дрон атаковал автобус в Рыльске, ранены двое "
    "пассажиров.\n\nНочью ВСУ обстреляли Курчатов, пострадал мужчина, уточнили в оперштабе.\n\n"
    "Кроме того, в Глушково в воскресенье дрон атаковал автомобиль. Ранен водитель.",
]


@pytest.mark.parametrize("text", GOING_ON)
def test_a_paragraph_going_on_after_another_bodys_returns_to_the_report_voice(text):
    first, middle, last = _contract(text, dt.date(2025, 5, 13))["incidents"]
    assert last["reported_by"] == first["reported_by"]
    assert middle["reported_by"] != first["reported_by"]


def test_a_step_about_another_towns_attack_lends_no_voice():
    last = _contract(GOING_ON[0], dt.date(2025, 5, 13))["incidents"][-1]
    assert "Следственный комитет" not in last["reported_by"]


# -- collective numbers, one person by profession, people held now -----------------------------------------------


@pytest.mark.parametrize(("text", "count"), [
    ("Навесні 2023 року в Скадовську військові рф затримали шістьох рибалок і били їх.", 6),
    ("У Каховці 3 травня 2023 року окупанти затримали п'ятьох волонтерів.", 5),
    ("В Скадовске весной 2023 года военные РФ задержали шестерых рыбаков и избивали их.", 6),
    ("В Каховке 3 мая 2023 года оккупанты задержали обоих братьев.", 2),
])
def test_a_collective_number_in_the_accusative_counts_its_people(text, count):
    assert _only(text)["victims"]["min"] == count


@pytest.mark.parametrize("text", [
    "Вчора дрон атакував автомобіль знімальної групи телеканалу в Одесі. Оператор отримав поранення.",
    "Вчора дрон атакував знімальну групу в Херсоні, поранено оператора телеканалу.",
    "Вчера дрон атаковал автомобиль съемочной группы телеканала в Одессе. Оператор получил ранение.",
    "В Херсоне вчера снаряд попал в машину телеканала, ранен телеоператор.",
])
def test_a_camera_operator_is_one_journalist(text):
    victims = _only(text)["victims"]
    assert (victims["category"], victims["min"]) == ("journalist", 1)


@pytest.mark.parametrize("text", [
    "Вчера в Херсоне российский оператор БПЛА сбросил гранату на автобус, ранены двое пассажиров.",
    "Вчора в Херсоні російський оператор дрона скинув вибухівку на автобус, поранено двох пасажирів.",
])
def test_a_drone_operator_who_strikes_is_no_victim_and_no_journalist(text):
    victims = _only(text)["victims"]
    assert (victims["category"], victims["min"]) == ("civilian", 2)


@pytest.mark.parametrize("text", [
    "По оценке проекта, в российских местах лишения свободы сейчас находятся не менее 1 800 гражданских граждан "
    "Украины.",
    "За оцінкою проєкту, у російських місцях несвободи нині перебувають щонайменше 1 800 цивільних громадян України.",
    "За даними проєкту, щонайменше 1800 цивільних українців утримуються в російських тюрмах.",
    "По данным проекта, не менее 1800 гражданских украинцев содержатся в российских тюрьмах.",
])
def test_people_held_now_are_a_held_captive_figure(text):
    [figure] = _contract(text)["statistics"]
    assert (figure["measure"], figure["population"], figure["value"]) == ("held_captive", "civilian", 1800)


@pytest.mark.parametrize("text", [
    "Вчора окупанти затримали в Херсоні трьох чоловіків, їх утримують в ізоляторі.",
    "В Херсоне оккупанты задержали троих мужчин, они содержатся в изоляторе.",
])
def test_people_detained_in_one_town_are_an_incident_not_a_figure(text):
    result = _contract(text)
    assert result["statistics"] == [] and result["incidents"][0]["victims"]["min"] == 3
