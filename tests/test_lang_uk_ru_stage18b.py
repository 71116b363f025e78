"""Stage 18b, Ukrainian and Russian (docs/languages.md): witnesses, identifications and persons identified are no
cases opened; "обидва"/"обоє"/"оба" count two; a detention told before beatings stays the main act; a worker hurt
named right after the harm counts one; an okrug official tells a Russian-side allegation; a person taken from home
or to an unknown place is held unlawfully; a hospital the hurt were taken to is not what was struck; a village beats
its community; "вночі на понеділок" is Monday; another crime told on a day dates the act told next; two people named
one by one count two."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import uk_ru_contract

PUBLISHED = dt.date(2025, 8, 21)  # a Thursday


def _contract(text: str) -> dict:
    return uk_ru_contract(text, PUBLISHED)


@pytest.mark.parametrize(("text", "cases"), [
    ("Всего возбуждено 148 уголовных дел, установлены 37 лиц, причастных к преступлениям.", 148),
    ("Возбуждено 12 уголовных дел, допрошены 40 свидетелей, проведено 6 опознаний.", 12),
    ("Следователи возбудили 9 уголовных дел, допросили более 30 свидетелей, проведены 3 опознания.", 9),
    ("Загалом розпочато 52 кримінальні провадження, допитано 30 свідків, встановлено 11 осіб, причетних до злочинів.",
     52),
    ("Відкрито 20 проваджень, проведено 4 впізнання, допитали понад 15 свідків.", 20),
    ("Поліція розпочала 7 кримінальних проваджень і допитала 25 свідків, ідентифіковано 3 підозрюваних.", 7),
])
def test_witnesses_identifications_and_suspects_are_no_cases_opened(text, cases):
    figures = [(s["measure"], s["value"]) for s in _contract(text)["statistics"]]
    assert figures == [("cases_opened", cases)]


@pytest.mark.parametrize(("text", "measure", "value"), [
    ("Встановлено 112 потерпілих, які пройшли через тортури.", "tortured", 112),
    ("От начала года погибли 64 мирных жителя, сообщили в штабе.", "killed", 64),
    ("Від початку року загинули 142 мешканці області, встановлено особи всіх загиблих.", "killed", 142),
])
def test_a_tally_beside_identifying_words_stays(text, measure, value):
    figures = [(s["measure"], s["value"]) for s in _contract(text)["statistics"]]
    assert (measure, value) in figures


@pytest.mark.parametrize("text", [
    "У вівторок ворожий дрон атакував автомобіль волонтерів у Юнаківці. Обидва волонтери поранені.",
    "У вівторок ворожий дрон атакував автомобіль волонтерів у Юнаківці, поранено обох волонтерів.",
    "Дрон влучив в авто двох волонтерок у Миропіллі, обидві дістали поранень.",
    "Во вторник дрон атаковал машину волонтёров в Тёткино, оба волонтёра ранены.",
    "Беспилотник ударил по автомобилю волонтёров в Глушково, ранены обе волонтёрки.",
    "В Глушково дрон атаковал машину волонтёров, ранены оба волонтёра.",
])
def test_both_volunteers_hurt_are_two_humanitarian_workers(text):
    [incident] = _contract(text)["incidents"]
    victims = incident["victims"]
    assert (victims["category"], victims["min"]) == ("humanitarian_worker", 2)


@pytest.mark.parametrize("text", [
    "Обидва будинки пошкоджено, у Херсоні загинула жінка.",
    "Оба дома разрушены, в Херсоне погиб мужчина.",
])
def test_both_houses_are_not_the_victims(text):
    [incident] = _contract(text)["incidents"]
    assert incident["victims"]["min"] == 1


@pytest.mark.parametrize("text", [
    "У березні 2022 року військові незаконно утримували шістьох жителів села Грунь у підвалі сільради. "
    "Двох із них жорстоко побили.",
    "У березні 2022 року окупанти тримали шістьох мешканців Груні в підвалі сільської ради, двох чоловіків били "
    "прикладами.",
    "За даними слідства, у березні 2022 року командир затримав шістьох цивільних у Груні та утримував їх у підвалі. "
    "Під час утримання двох потерпілих побили.",
    "В марте 2022 года военные удерживали шестерых жителей села Грунь в подвале сельсовета, двоих из них избили.",
    "Оккупанты задержали пятерых жителей Каменки-Днепровской и держали их в подвале, троих избивали.",
    "В марте 2022 года российские военные незаконно держали шестерых мужчин в подвале школы в Груни, "
    "одного избили прикладами.",
])
def test_a_detention_told_before_the_beatings_is_the_main_act(text):
    [incident] = _contract(text)["incidents"]
    assert incident["violations"][:2] == ["unlawful_detention", "torture_ill_treatment"]


@pytest.mark.parametrize("text", [
    "У підвалі сільради в Груні окупанти катували затриманих, їх утримували там тиждень.",
    "Оккупанты пытали и удерживали в подвале шестерых жителей Купянска.",
    "Окупанти катували та утримували в підвалі шістьох жителів Груні.",
])
def test_torture_told_first_stays_the_main_act(text):
    [incident] = _contract(text)["incidents"]
    assert incident["violations"][0] == "torture_ill_treatment"


@pytest.mark.parametrize("text", [
    "В понедельник беспилотник ударил по автомобилю коммунальной службы в Днепрорудном, ранен сотрудник.",
    "Дрон атаковал машину водоканала в Днепрорудном, пострадал сотрудник предприятия.",
    "В Днепрорудном дрон сбросил взрывчатку на машину коммунальщиков, ранения получил слесарь.",
    "Дрон атакував автомобіль комунального підприємства в Нікополі, поранено співробітника.",
    "У Нікополі внаслідок удару дрона травмований співробітник водоканалу.",
    "Росіяни обстріляли Нікополь, загинув будівельник.",
])
def test_one_worker_hurt_named_by_a_noun_counts_one(text):
    [incident] = _contract(text)["incidents"]
    assert incident["victims"]["min"] == 1


@pytest.mark.parametrize(("text", "count"), [
    ("Об ударе по Днепрорудному сообщил сотрудник администрации, погибли два человека.", 2),
    ("Про обстріл Нікополя повідомив співробітник поліції, поранено двох людей.", 2),
    ("Сотрудник МЧС сообщил, что при обстреле Белгорода ранены три человека.", 3),
])
def test_a_worker_who_speaks_is_no_victim(text, count):
    [incident] = _contract(text)["incidents"]
    assert incident["victims"]["min"] == count


@pytest.mark.parametrize("text", [
    "Глава Васильевского округа сообщил, что в понедельник противник атаковал дроном автомобиль в Днепрорудном, "
    "ранен водитель.",
    "Как сообщили в администрации Каменско-Днепровского муниципального округа, вражеский FPV-дрон атаковал рынок в "
    "Каменке-Днепровской, погибли три человека.",
    "Врио главы Васильевского округа сообщил: противник нанес удар по Днепрорудному, пострадала женщина.",
])
def test_an_okrug_official_in_occupied_ukraine_tells_the_enemy_is_ukraine(text):
    [incident] = _contract(text)["incidents"]
    assert incident["perpetrator"]["party"] == "UA"


@pytest.mark.parametrize(("text", "place"), [
    ("Минулого четверга російські силовики прийшли додому до вчителя історії в Скадовську та вивезли його в "
     "невідомому напрямку.", "Skadovsk"),
    ("Вчителя математики з Каховки забрали з дому люди у формі, його місцеперебування невідоме.", "Kakhovka"),
    ("Окупанти вивезли вчителя у невідомому напрямку зі Скадовська.", "Skadovsk"),
    ("Окупанти забрали з дому жителя Скадовська, рідні не знають, де він.", "Skadovsk"),
    ("В прошлую пятницу российские силовики задержали у себя дома учителя из Скадовска.", "Skadovsk"),
    ("Военные увезли активиста из Геническа в неизвестном направлении.", "Henichesk"),
    ("Жителя Каховки вывели из квартиры вооружённые люди, и увезли в неизвестном направлении.", "Kakhovka"),
])
def test_a_person_taken_from_home_or_to_an_unknown_place_is_held_unlawfully(text, place):
    [incident] = _contract(text)["incidents"]
    assert incident["violations"][0] == "unlawful_detention"
    assert incident["location"]["name"] == place


@pytest.mark.parametrize("text", [
    "Окупанти вивезли зерно зі Скадовська в невідомому напрямку.",
    "Оккупанты вывезли технику из Скадовска в неизвестном направлении.",
    "Мешканці Скадовська виїхали з дому до Одеси.",
])
def test_goods_taken_or_people_leaving_are_no_detention(text):
    assert all("unlawful_detention" not in i["violations"] for i in _contract(text)["incidents"])


@pytest.mark.parametrize("text", [
    "Вночі дрони атакували Павлоград, загинули двоє людей. Семеро поранених доставили до Павлоградської лікарні.",
    "Росіяни обстріляли Нікополь, поранено трьох людей, їх госпіталізували до міської лікарні.",
    "Беспилотник атаковал Белгород, ранены два человека, их доставили в областную больницу.",
    "Дрон атакував автомобіль біля лікарні в Херсоні, поранено водія.",
    "Дрон атаковал машину возле школы в Белгороде, ранен водитель.",
])
def test_a_hospital_the_hurt_were_taken_to_or_a_school_nearby_is_not_what_was_struck(text):
    [incident] = _contract(text)["incidents"]
    assert incident["violations"] == ["attack_on_civilians"]


@pytest.mark.parametrize("text", [
    "Росіяни вдарили по лікарні в Херсоні, поранено лікаря.",
    "Керована авіабомба влучила в амбулаторію в Слов'янці, поранено медсестру.",
    "Артиллерия ВСУ обстреляла территорию больницы в Белгороде, пострадавших нет.",
])
def test_a_hospital_struck_is_a_protected_object(text):
    [incident] = _contract(text)["incidents"]
    assert incident["violations"][0] == "attack_on_protected_objects"


@pytest.mark.parametrize(("text", "place", "oblast"), [
    ("Керована авіабомба влучила в амбулаторію в селі Слов'янка Межівської громади, поранено медсестру.",
     "Slovianka", "Dnipropetrovsk Oblast"),
    ("Росіяни скинули КАБ на Межівську громаду: у Слов'янці пошкоджено амбулаторію, поранена медсестра.",
     "Slovianka", "Dnipropetrovsk Oblast"),
    ("У Межівській громаді, в селі Слов'янка, керована бомба влучила в амбулаторію. Поранено медсестру.",
     "Slovianka", "Dnipropetrovsk Oblast"),
    ("Ворог атакував Марганецьку ТГ: у селі Мирове поранено чоловіка.", "Myrove", "Dnipropetrovsk Oblast"),
    ("Беспилотник атаковал автомобиль в селе Новая Таволжанка Шебекинского округа, ранен фельдшер.",
     "Novaya Tavolzhanka", "Belgorod Oblast"),
])
def test_a_village_named_beside_its_community_is_the_scene(text, place, oblast):
    [incident] = _contract(text)["incidents"]
    assert (incident["location"]["name"], incident["location"]["admin1"]) == (place, oblast)


@pytest.mark.parametrize(("text", "place"), [
    ("Росіяни скинули КАБ на Межівську громаду, поранена жінка.", "Mezhova"),
    ("Дрон атакував Марганецьку громаду, поранено чоловіка.", "Marhanets"),
])
def test_a_community_alone_is_placed_at_its_centre(text, place):
    [incident] = _contract(text)["incidents"]
    assert incident["location"]["name"] == place


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Вночі на понеділок ворог атакував Павлоград дронами, загинули двоє людей.", "2025-08-18", "2025-08-18"),
    ("Уночі на вівторок ворог атакував Павлоград дронами, загинули двоє людей.", "2025-08-19", "2025-08-19"),
    ("Ночью на понедельник ВСУ атаковали Белгород дронами, погибли два человека.", "2025-08-18", "2025-08-18"),
    ("Вночі на Харківщині ворог атакував Куп'янськ, загинула жінка.", "2025-08-20", "2025-08-21"),
    ("Ночью на окраине Белгорода упал беспилотник ВСУ, ранен мужчина.", "2025-08-20", "2025-08-21"),
    ("Вночі на 18 серпня ворог атакував Павлоград, загинула жінка.", "2025-08-17", "2025-08-18"),
])
def test_at_night_to_a_weekday_is_that_weekday_and_at_night_in_a_place_is_last_night(text, start, end):
    [incident] = _contract(text)["incidents"]
    assert incident["date"] == {"start": start, "end": end}


@pytest.mark.parametrize(("text", "day"), [
    ("Ще один воєнний злочин окупанти скоїли у вівторок. Російський дрон скинув вибухівку на автомобіль волонтерів у "
     "Юнаківці. Поранення отримали двоє волонтерів.", "2025-08-19"),
    ("Чергову атаку ворог здійснив у середу. Дрон влучив у приватний будинок у Краснопіллі, загинула жінка.",
     "2025-08-20"),
    ("Еще одно преступление ВСУ совершили в понедельник. Беспилотник ударил по жилому дому в Красной Яруге, погибли "
     "двое мирных жителей.", "2025-08-18"),
    ("Очередная атака произошла во вторник: дрон ударил по автомобилю в Тёткино, ранен водитель.", "2025-08-19"),
])
def test_another_crime_told_on_a_day_dates_the_act_told_next(text, day):
    [incident] = _contract(text)["incidents"]
    assert incident["date"] == {"start": day, "end": day}


@pytest.mark.parametrize("text", [
    "Суд встановив, що злочин обвинувачений скоїв у березні 2022 року в Бучі.",
    "Суд установил, что преступление обвиняемый совершил в марте 2022 года в Судже.",
    "Росія скоїла черговий воєнний злочин проти українців.",
])
def test_a_crime_committed_with_no_act_told_is_no_incident(text):
    assert _contract(text)["incidents"] == []


@pytest.mark.parametrize("text", [
    "В понедельник дрон ударил по жилому дому в Красной Яруге, погибли мужчина и женщина.",
    "Росіяни обстріляли Херсон, загинули чоловік і жінка.",
    "Внаслідок удару по Нікополю поранено чоловіка та жінку.",
    "В Белгороде при атаке дрона ранены водитель и пассажир.",
])
def test_two_people_named_one_by_one_count_two(text):
    [incident] = _contract(text)["incidents"]
    assert incident["victims"]["min"] == 2


@pytest.mark.parametrize("text", [
    "В Белгороде при атаке дрона погиб мужчина, ранена женщина.",
    "У Херсоні після обстрілу загинув чоловік, його дружину поранено.",
])
def test_one_killed_and_one_hurt_told_apart_count_the_killed(text):
    [incident] = _contract(text)["incidents"]
    assert incident["victims"]["min"] == 1


@pytest.mark.parametrize("text", [
    "Ще один воєнний злочин окупанти скоїли у вівторок. Російський дрон атакував автомобіль у Юнаківці, поранено "
    "двох волонтерів.",
    "Еще одно преступление ВСУ совершили в понедельник. Беспилотник ударил по дому в Красной Яруге, погибла женщина.",
    "Прокуратура розпочала ще одне кримінальне провадження.",
    "Возбуждено еще одно уголовное дело.",
])
def test_another_crime_or_case_is_no_figure_of_one(text):
    assert _contract(text)["statistics"] == []


@pytest.mark.parametrize(("text", "value"), [
    ("Загалом розпочато 52 кримінальні провадження.", 52),
    ("Всего возбуждено 148 уголовных дел.", 148),
])
def test_a_total_of_cases_stays(text, value):
    assert [(s["measure"], s["value"]) for s in _contract(text)["statistics"]] == [("cases_opened", value)]
