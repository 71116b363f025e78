"""Russian rules added for reports told from both sides: whether a date dates the event or its report,
seasons, places a victim was taken to, villages the gazetteer lacks, and an oblast-only location's
country. Every sentence is our own (STYLE.md points 11-12): three wordings per rule and a near miss."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.pipeline import default_steps, run

PUBLISHED = dt.date(2025, 6, 11)  # a Wednesday


def doc(text: str, published: dt.date = PUBLISHED) -> Document:
    found = Document(text, published, "ru")
    run(found, default_steps())
    return found


def date_roles(text: str) -> list[tuple[str, str]]:
    return [(m.value.start.isoformat(), m.value.role) for m in doc(text).of_kind("date")]


def place_roles(text: str) -> list[tuple[str | None, str]]:
    return [(m.value.name, m.value.role) for m in doc(text).of_kind("place")]


# ---- the date of the report, not of the event -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Мирный житель погиб при атаке дрона, сообщил губернатор Вячеслав Гладков в пятницу.",
    "В пятницу губернатор сообщил, что беспилотник атаковал автомобиль.",
    "Два человека ранены, написал в пятницу в своём канале глава района.",
])
def test_a_day_a_verb_of_reporting_governs_dates_the_report(text):
    assert [role for _, role in date_roles(text)] == ["reported"]


def test_the_day_it_became_known_is_when_news_came():
    assert date_roles("6 июня стало известно, что украинские военные обстреляли село.") == [("2025-06-06", "known")]


@pytest.mark.parametrize("text", [
    "В пятницу украинские военные обстреляли Белгород, сообщил губернатор.",
    "Губернатор сообщил, что 6 июня беспилотник атаковал автомобиль.",
    "Пленные рассказали о пытках летом 2023 года.",
])
def test_a_day_of_the_act_told_by_someone_stays_the_events(text):
    assert [role for _, role in date_roles(text)] == ["event"]


def test_a_figure_as_of_a_day_stands_on_that_day():
    assert date_roles("По состоянию на 1 мая погибли 20 человек.") == [("2025-05-01", "as_of")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Летом 2023 года надзиратели избивали пленных.", ("2023-06-01", "2023-08-31")),
    ("Зимой 2023 года их держали в подвале.", ("2022-12-01", "2023-02-28")),
    ("Осенью их перевели в другую колонию.", ("2024-09-01", "2024-11-30")),
])
def test_a_season_gives_its_months(text, expected):
    found = [(m.value.start.isoformat(), m.value.end.isoformat()) for m in doc(text).of_kind("date")]
    assert found == [expected]


# ---- places a victim was taken to are not scenes ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "Женщину доставили в городскую больницу №2 г. Белгорода.",
    "Раненого позже перевели в Курск.",
    "Пострадавших госпитализировали в областную клиническую больницу Брянска.",
])
def test_the_city_a_victim_was_taken_to_is_a_reference(text):
    assert [role for _, role in place_roles(text)] == ["reference"]


@pytest.mark.parametrize("text", [
    "Украинские военные обстреляли больницу в Курске.",
    "Дрон атаковал больницу Курска.",
])
def test_the_city_of_a_struck_hospital_is_the_scene(text):
    assert [role for _, role in place_roles(text)] == ["event"]


def test_a_hospital_victims_were_taken_to_was_not_attacked():
    text = ("Украинский дрон атаковал автомобиль в Шебекино, погиб мужчина. "
            "Его спутницу доставили в городскую больницу Белгорода.")
    violations = [v for i in extract(text, PUBLISHED, "ru").incidents for v in i.facts.violations]
    assert "attack_on_protected_objects" not in violations


# ---- villages the gazetteer lacks, and a region-only location ----------------------------------------
@pytest.mark.parametrize("text", [
    "В Белгородской области украинский беспилотник атаковал автомобиль. В селе Муром погиб мужчина.",
    "Губернатор Белгородской области сообщил, что в селе Муром при атаке дрона погиб мирный житель.",
    "В Шебекинском округе Белгородской области погиб мужчина: в селе Муром дрон атаковал машину.",
])
def test_a_village_named_after_selo_in_a_russian_region_is_not_a_far_city_of_its_name(text):
    locations = [(i.facts.location.name, i.facts.location.admin1) for i in extract(text, PUBLISHED, "ru").incidents]
    assert ("Murom", "Belgorod Oblast") in locations


def test_a_far_city_named_without_a_settlement_word_stays_itself():
    found = [(m.value.name, m.value.admin1) for m in doc("Раненых увезли из Белгородской области в Муром.")
             .of_kind("place")]
    assert ("Murom", "Vladimir Oblast") in found


@pytest.mark.parametrize("text", [
    "В Курской области украинский дрон атаковал автомобиль, погиб мужчина.",
    "Мирный житель погиб при обстреле Брянской области, сообщил губернатор.",
    "На Белгородчине при атаке беспилотника погибла женщина.",
])
def test_an_incident_placed_only_in_a_russian_region_is_in_russia(text):
    locations = [i.facts.location for i in extract(text, PUBLISHED, "ru").incidents]
    assert locations and all(loc.country == "RU" for loc in locations if loc)


# ---- running totals, separate counts, compounds ------------------------------------------------------
def stats_and_incidents(text: str) -> tuple[list[tuple[str, float]], int]:
    found = extract(text, PUBLISHED, "ru")
    return [(s.facts.measure, s.facts.value) for s in found.statistics], len(found.incidents)


@pytest.mark.parametrize(("text", "expected"), [
    ("Всего насчитывается более 300 погибших жителей города Суджа, сообщил следователь.", ("killed", 300.0)),
    ("С середины августа в Судже нашли тела 112 убитых жителей, сообщили в СК.", ("killed", 112.0)),
    ("В общей сложности в Горловке погибли 57 мирных жителей, заявил мэр.", ("killed", 57.0)),
])
def test_a_running_total_for_a_named_town_is_a_statistic_not_an_incident(text, expected):
    stats, incidents = stats_and_incidents(text)
    assert expected in stats and incidents == 0


def test_one_strike_on_a_town_stays_an_incident():
    stats, incidents = stats_and_incidents("Украинский дрон атаковал Суджу, погибли три мирных жителя.")
    assert incidents == 1 and not stats


@pytest.mark.parametrize(("text", "count", "category"), [
    ("В Россию вернулись 185 военных и 20 гражданских.", 185, "pow"),
    ("Домой вернулись 90 военнослужащих и 12 мирных жителей.", 90, "pow"),
    ("Освобождены 40 гражданских и 75 военных.", 40, "civilian"),
])
def test_two_counts_joined_by_and_are_not_one_mixed_count(text, count, category):
    found = {int(s.facts.value): s.facts.population for s in extract(text, PUBLISHED, "ru").statistics}
    assert found[count] == category


def test_counted_soldiers_and_civilians_together_are_mixed():
    found = [s.facts.population for s in extract("Из плена вернулись 50 военных и гражданских.", PUBLISHED, "ru")
             .statistics]
    assert found == ["mixed"]


@pytest.mark.parametrize("text", [
    "Об этом сообщил сотрудник военно-следственного отдела.",
    "Сотрудник военно-медицинской службы рассказал о ходе работ.",
])
def test_a_victim_word_opening_a_compound_names_no_victim(text):
    assert not doc(text).of_kind("victim")


@pytest.mark.parametrize("text", [
    "Тела погибших вывезли и передали родственникам.",
    "Из города вывезли технику и зерно.",
])
def test_carrying_away_bodies_or_goods_is_no_deportation(text):
    assert "deportation_transfer" not in [m.value for m in doc(text).of_kind("violation")]


@pytest.mark.parametrize("text", [
    "Оккупанты вывезли 20 детей из интерната.",
    "Из Алешек вывезли воспитанников детского дома.",
])
def test_carrying_away_children_is_deportation(text):
    assert "deportation_transfer" in [m.value for m in doc(text).of_kind("violation")]


# ---- an act told beside the sentence that sets its scene -------------------------------------------
@pytest.mark.parametrize("text", [
    "Больше двух лет СИЗО в Таганроге остаётся местом заключения пленных. Надзиратели били их и пытали.",
    "Пленных держат в колонии в посёлке Ударный. Охранники избивали их каждый день.",
    "Охранники избивали пленных и пытали их током. Колония находится в Таганроге, писали журналисты ранее.",
])
def test_an_act_without_a_place_takes_the_scene_set_beside_it(text):
    names = [i.facts.location.name for i in extract(text, PUBLISHED, "ru").incidents if i.facts.location]
    assert names and names[0] in {"Taganrog", "Udarny"}


def test_an_act_with_no_scene_anywhere_is_not_an_incident():
    assert not extract("Надзиратели били пленных и пытали их.", PUBLISHED, "ru").incidents


# ---- who the text cites ---------------------------------------------------------------------------
def sources(text: str) -> list[str]:
    return [name for i in extract(text, PUBLISHED, "ru").incidents for name in i.facts.reported_by]


@pytest.mark.parametrize(("text", "expected"), [
    ("Следственный комитет России возбудил уголовное дело после обстрела посёлка Климово Брянской области. "
     "Как говорится в сообщении ведомства, вчера украинские военные обстреляли посёлок, погибла пенсионерка.",
     "Следственный комитет"),
    ("Минобороны России обвинило ВСУ в ударе по автобусу в Горловке. По данным ведомства, погибли пять человек.",
     "Минобороны России"),
    ("«Медиазона» рассказывает, как в СИЗО Таганрога надзиратели пытали пленных.", "Медиазона"),
])
def test_the_body_that_opens_a_case_accuses_or_investigates_is_the_source(text, expected):
    assert expected in sources(text)


def test_the_agency_a_statement_relays_through_is_not_named_the_agency():
    assert "ведомство" not in sources("Минобороны России обвинило ВСУ в ударе по автобусу в Горловке. "
                                      "По данным ведомства, погибли пять человек.")


@pytest.mark.parametrize("text", [
    "В Белгороде пострадала 18-летняя девушка.",
    "При атаке дрона на трактор погиб тракторист.",
    "В Курске ранен пассажир автобуса.",
])
def test_one_person_named_by_a_singular_noun_counts_one(text):
    assert [i.facts.victims.min for i in extract(text, PUBLISHED, "ru").incidents] == [1]


def test_a_given_name_after_in_russia_is_not_a_town():
    found = doc("Уполномоченный по правам человека в России Татьяна Москалькова сообщила об обмене.")
    assert not found.of_kind("place")


# ---- one event told with "также"; the day news came; names that are not places ---------------------
@pytest.mark.parametrize("text", [
    "В результате обстрела Курска погибли три человека, а также ранены 20 человек.",
    "При атаке на Белгород погибли пять мирных жителей, также пострадали не менее 46 человек.",
    "Украинский дрон атаковал Рыльск: погиб водитель, а также ранены четверо пассажиров.",
])
def test_killed_and_also_injured_are_one_event_counting_the_killed(text):
    found = extract(text, PUBLISHED, "ru").incidents
    assert len(found) == 1 and found[0].facts.victims.killed is not None


@pytest.mark.parametrize("text", [
    "6 июня стало известно, что украинский дрон атаковал Белгород, пострадала девушка.",
    "Вчера выяснилось, что при обстреле Шебекино пострадала женщина.",
])
def test_the_day_news_came_does_not_date_the_attack(text):
    found = extract(text, PUBLISHED, "ru").incidents
    assert found and found[0].facts.date is None


@pytest.mark.parametrize("text", [
    "Среди освобождённых есть защитники Мариуполя, осуждённые незаконно.",
    "Вернулись воины Вооруженных Сил и Национальной гвардии.",
    "Об этом сообщил Владимир Зеленский в своем телеграм-канале.",
])
def test_affiliations_forces_and_given_names_are_not_places(text):
    assert [m for m in doc(text).of_kind("place") if m.value.role == "event"] == []


# ---- two-word unlisted villages, weekly round-ups, numerals with the genitive singular ----------------
@pytest.mark.parametrize(("text", "expected"), [
    ("В Курской области украинские военные расстреляли в селе Русское Поречное пятерых жителей.",
     "Russkoye Porechnoye"),
    ("В Белгородской области дрон атаковал автомобиль в селе Красная Яруга, погиб мужчина.", "Krasnaya Yaruga"),
    ("В Белгородской области в селе Муром Шебекинского округа дрон атаковал машину, погиб мужчина.", "Murom"),
])
def test_an_unlisted_village_keeps_its_two_words_but_not_its_district(text, expected):
    names = [i.facts.location.name for i in extract(text, PUBLISHED, "ru").incidents if i.facts.location]
    assert names == [expected]


@pytest.mark.parametrize("text", [
    "За прошедшую неделю в Белгородской области погибли четыре мирных жителя, ранены 37 человек.",
    "За минувшую неделю в Курской области ранены 15 мирных жителей, погибли двое.",
    "За неделю в Брянской области в результате обстрелов пострадали 12 человек.",
])
def test_a_weekly_round_up_of_a_region_is_statistics(text):
    found = extract(text, PUBLISHED, "ru")
    assert found.statistics and not found.incidents


@pytest.mark.parametrize(("text", "expected"), [
    ("Погибли четыре мирных жителя.", [(4, 4)]),
    ("Ранены два местных жителя.", [(2, 2)]),
    ("Погиб мирный житель.", [(1, 1)]),
])
def test_a_numeral_before_an_adjective_and_a_singular_noun_is_one_count(text, expected):
    assert [(m.value.min, m.value.max) for m in doc(text).of_kind("count")] == expected


# ---- Russian districts named by their centre's adjective ---------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Украинские беспилотники атаковали Белгородский район, погиб мужчина.", "Belgorod Oblast"),
    ("В Шебекинском городском округе при атаке дрона погиб мужчина.", "Belgorod Oblast"),
    ("В Суджанском районе украинские военные обстреляли село, ранены двое.", "Kursk Oblast"),
])
def test_a_russian_district_by_its_adjective_names_its_region(text, expected):
    assert [m.value.admin1 for m in doc(text).of_kind("region")] == [expected]


def test_a_district_adjective_shared_with_a_ukrainian_town_is_left_to_ukraine():
    found = doc("В Покровском районе ранены двое мирных жителей.")
    assert all(m.value.country == "UA" for m in found.of_kind("region") + found.of_kind("district"))


def test_an_unlisted_village_in_a_russian_district_is_placed_there():
    text = ("В ночь на 21 октября украинские беспилотники атаковали Белгородский район. "
            "В селе Стрелецкое в результате атаки погибла пенсионерка.")
    locations = [(i.facts.location.name, i.facts.location.admin1) for i in extract(text, PUBLISHED, "ru").incidents]
    assert ("Streletskoye", "Belgorod Oblast") in locations


# ---- labels: ambulances, sentences passed on POWs, chemical weapons against soldiers ----------------
@pytest.mark.parametrize("text", [
    "В Херсоне россияне атаковали дроном карету скорой помощи, ранены двое медиков.",
    "Оккупанты ударили по машине скорой помощи в Никополе.",
])
def test_an_ambulance_is_a_protected_object(text):
    violations = [v for i in extract(text, PUBLISHED, "ru").incidents for v in i.facts.violations]
    assert violations[:1] == ["attack_on_protected_objects"]


@pytest.mark.parametrize("text", [
    "Суд в Ростове-на-Дону приговорил к 20 годам колонии строгого режима трёх украинских военнопленных.",
    "Российский суд приговорил пятерых военнопленных к пожизненному заключению в Ростове-на-Дону.",
    "Военнопленных из Мариуполя приговорили к 25 годам заключения в Ростове-на-Дону.",
])
def test_sentences_passed_on_pows_are_an_unfair_trial(text):
    violations = [v for i in extract(text, PUBLISHED, "ru").incidents for v in i.facts.violations]
    assert "unfair_trial_forced_service" in violations


def test_a_chemical_attack_on_soldiers_is_charged_as_the_weapon():
    text = ("2 июня подразделения ВСУ сбросили с дронов боеприпасы с хлорпикрином у Угледара, "
            "отравились 11 военнослужащих.")
    found = extract(text, PUBLISHED, "ru").incidents
    assert found and found[0].facts.violations == ("prohibited_weapons",)


@pytest.mark.parametrize("text", [
    "Южный окружной военный суд вынес приговор.",
    "Об этом сообщили в Западном военном округе.",
])
def test_directional_adjectives_of_courts_and_districts_are_no_villages(text):
    assert doc(text).of_kind("place") == []


# ---- the doer after "со стороны" or an attack noun; names and speakers that are no places or victims --
@pytest.mark.parametrize("text", [
    "12 марта в результате обстрела со стороны ВСУ в Каховке погибла местная жительница.",
    "В результате нападения ВСУ на Белгород погибли пять человек.",
    "После удара ВСУ по Горловке погибли двое мирных жителей.",
])
def test_a_side_after_by_or_an_attack_noun_is_the_doer(text):
    parties = [i.facts.perpetrator.party for i in extract(text, PUBLISHED, "ru").incidents]
    assert parties == ["UA"]


@pytest.mark.parametrize("text", [
    "Детей вывезли в Крым.",
    "Из Крыма их перевезли дальше.",
])
def test_crimea_is_not_the_village_krym(text):
    assert [m.value.name for m in doc(text).of_kind("place")] == []


def test_the_second_half_of_a_double_surname_is_no_village():
    assert doc("Мария Львова-Белова называла это эвакуацией.").of_kind("place") == []


@pytest.mark.parametrize("text", [
    "Летом 2022 года из Херсона вывезли 46 детей, выяснили журналисты издания «Важные истории».",
    "Журналисты выяснили, что 46 детей вывезли из Херсона.",
])
def test_journalists_who_found_something_out_are_no_victims(text):
    assert all(i.facts.victims.category != "journalist" for i in extract(text, PUBLISHED, "ru").incidents)


def test_a_journalist_killed_is_still_a_victim():
    found = extract("В Херсоне при обстреле погиб журналист.", PUBLISHED, "ru").incidents
    assert [i.facts.victims.category for i in found] == ["journalist"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Вячеслав Гладков: ВСУ атаковали дроном грузовик на окраине Валуек, ранен водитель.",
     ("Valuyki", "Belgorod Oblast")),
    ("В Валуйках при атаке беспилотника ранен мужчина.", ("Valuyki", "Belgorod Oblast")),
    ("Вчера в Воронеже при атаке дрона погиб мирный житель.", ("Voronezh", "Voronezh Oblast")),
    ("Вчера в Покрове при обстреле погиб мирный житель.", ("Pokrov", "Dnipropetrovsk Oblast")),
])
def test_a_russian_town_outranks_ukrainian_villages_of_its_name(text, expected):
    found = [(i.facts.location.name, i.facts.location.admin1) for i in extract(text, PUBLISHED, "ru").incidents
             if i.facts.location]
    assert found == [expected]


# ---- datelines and more reporting bodies -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Москва. 6 июня. INTERFAX.RU - Мирный житель погиб при атаке дрона.",
    "Белгород, 4 июня – РИА Новости. Дрон атаковал автомобиль.",
    "Курск, 5 июня. В Рыльске ранены двое.",
])
def test_an_agency_dateline_dates_the_report(text):
    assert [role for _, role in date_roles(text)][:1] == ["reported"]


@pytest.mark.parametrize("text", [
    "6 июня дрон атаковал автомобиль в Белгороде.",
    "Вчера, 6 июня, дрон атаковал автомобиль.",
])
def test_a_day_opening_a_sentence_of_the_act_is_no_dateline(text):
    assert "reported" not in [role for _, role in date_roles(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("В Курской области при атаке дрона погиб мужчина, сообщили в оперштабе региона.", "Оперштаб"),
    ("По информации администрации Каховского округа, 12 марта при обстреле погибла женщина.", "администрация"),
    ("В Одессе при ударе погибли двое, сообщила Служба безопасности Украины.", "СБУ"),
])
def test_regional_staffs_administrations_and_services_are_cited(text, expected):
    assert expected in sources(text)


# ---- a doer by its deed; the side accused where a Russian region is the scene; outlets that interview ----
@pytest.mark.parametrize("text", [
    "ВСУ выпустили по Донецку 20 снарядов, пострадали восемь мирных жителей.",
    "Украинские военные выпустили по Горловке несколько ракет, погиб мужчина.",
])
def test_the_side_that_fired_is_the_doer(text):
    assert [i.facts.perpetrator.party for i in extract(text, PUBLISHED, "ru").incidents] == ["UA"]


@pytest.mark.parametrize("text", [
    "Бывший пленный рассказал, что в колонии в Брянской области охранники избивали пленных.",
    "Освобождённые военнопленные рассказали, что в СИЗО Курской области их пытали током.",
])
def test_captivity_in_a_russian_region_is_alleged_against_russia(text):
    assert [i.facts.perpetrator.party for i in extract(text, PUBLISHED, "ru").incidents] == ["RU"]


def test_an_outlet_a_freed_pow_told_is_cited():
    text = "Освобождённый из плена морпех рассказал «Суспильному», что в колонии в Брянской области его избивали."
    assert "Суспильне" in sources(text)


# ---- a protected target struck; places named as rhetoric; a city dateline above the story -----------
@pytest.mark.parametrize("text", [
    "Вечером 2 октября российские войска сбросили на Харьков две авиабомбы. Одна из них попала в здание "
    "детской поликлиники, погибли три человека.",
    "Ночью россияне атаковали Одессу дронами. Один беспилотник попал в здание школы, ранены двое.",
])
def test_a_protected_target_struck_inside_an_account_labels_the_attack(text):
    violations = [v for i in extract(text, PUBLISHED, "ru").incidents for v in i.facts.violations]
    assert "attack_on_protected_objects" in violations


@pytest.mark.parametrize("text", [
    "«Они бьют по больницам и школам, как это было в Мариуполе и Буче», — заявил мэр.",
    "Удары по жилым кварталам, например в Харькове и Сумах, стали ежедневными.",
])
def test_places_given_as_examples_are_no_scenes(text):
    assert all(m.value.role != "event" for m in doc(text).of_kind("place"))


@pytest.mark.parametrize("text", [
    "Атака на Белгород\n\nБелгород, 6 июня. Украинский беспилотник атаковал жилой дом, погибла женщина.",
    "Удар по Курску\n\nКурск, 6 июня – ТАСС. Украинский дрон атаковал автомобиль, погиб мужчина.",
])
def test_a_city_dateline_under_a_headline_does_not_date_the_strike(text):
    found = extract(text, PUBLISHED, "ru").incidents
    assert found and found[0].facts.date is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Погибли оба пассажира.", [(2, 2)]),
    ("Ранены обе женщины.", [(2, 2)]),
    ("Среди погибших обоих водителей не было.", [(2, 2)]),
])
def test_both_counts_two(text, expected):
    assert [(m.value.min, m.value.max) for m in doc(text).of_kind("count")] == expected


@pytest.mark.parametrize("text", [
    "Ранены несколько человек.",
    "Погибли много мирных жителей.",
    "Пострадали десятки человек.",
])
def test_a_quantity_word_before_a_noun_is_not_one_person(text):
    assert (1, 1) not in [(m.value.min, m.value.max) for m in doc(text).of_kind("count")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Враг ударил по Никополю из артиллерии, ранены двое мужчин.", "RU"),
    ("Рашисты обстреляли Херсон, погибла женщина.", "RU"),
    ("Враг атаковал Херсон дронами, погибла женщина, сообщил Мрочко.", "RU"),
    ("Противник атаковал Белгород беспилотниками, ранены три человека, сообщил Гладков.", "UA"),
    ("Противник снова атаковал Шебекино, погибла женщина, сообщил губернатор Гладков.", "UA"),
])
def test_the_enemy_is_the_other_side_of_whoever_tells_it(text, expected):
    assert [i.facts.perpetrator.party for i in extract(text, PUBLISHED, "ru").incidents] == [expected]


# ---- Telegram habits: "nobody hurt" said briefly, hashtags -----------------------------------------
@pytest.mark.parametrize("text", [
    "Пострадавших нет.",
    "Погибших и пострадавших нет.",
    "Никто не погиб.",
])
def test_nobody_hurt_said_briefly_is_no_harm(text):
    assert [m.value for m in doc(text).of_kind("harm")] == ["none"]


@pytest.mark.parametrize("text", [
    "#Белгород #обстрел",
    "Новости дня. #Курск",
])
def test_a_hashtag_names_no_place(text):
    assert doc(text).of_kind("place") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Оккупанты вывезли 46 детей из Олешковского интерната в Крым.", "Oleshky"),
    ("Дрон атаковал здание Рыльской районной больницы, ранены двое.", "Rylsk"),
    ("ВСУ обстреляли территорию Белгородского завода, пострадали рабочие.", "Belgorod"),
])
def test_a_towns_adjective_before_an_institution_names_the_town(text, expected):
    assert expected in [m.value.name for m in doc(text).of_kind("place")]


# ---- a Ukrainian town in its Russian form, in a report that also tells of a Russian region -------------
@pytest.mark.parametrize(("text", "town"), [
    ("В Курской области ночью сбили три дрона. Под Курахово наши штурмовики взяли в плен пятерых солдат, "
     "позже их расстреляли.", "Kurakhove"),
    ("Губернатор Курской области сообщил об атаке на Суджу. А в Селидово, по словам военкора, "
     "пленных украинских солдат поставили к стене и расстреляли.", "Selydove"),
    ("Белгородская область снова под обстрелом. Тем временем у Волновахи были убиты трое сдавшихся в плен "
     "бойцов ВСУ.", "Volnovakha"),
])
def test_a_ukrainian_town_in_its_russian_form_is_kept_beside_a_russian_region(text, town):
    assert town in [name for name, _ in place_roles(text)]


def test_a_russian_form_of_a_ukrainian_village_is_still_dropped_in_a_report_set_in_russia():
    # a village (not a town) of that Russian-form name in Ukraine, far away: the village in Kursk region is meant
    names = [name for name, _ in place_roles("В Курской области, в селе Ивановка, дрон ранил двух жителей.")]
    assert all(name is None or "Ivanivka" not in name for name in names)
