"""Stage 20, Ukrainian and Russian (docs/languages.md): ambulances and marked evacuation vehicles are protected
objects; the hospital a victim is moved to is no target; a note that a place is not its namesake names no scene; a
Russian military court is a Russian voice and the court it cites is the source; one person told without a numeral
counts one; a serviceman who did the act is no victim; a sentence going on with the report keeps its voice; soldiers
convicted and people evacuated are no figures. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import uk_ru_contract

PUBLISHED = dt.date(2025, 8, 20)  # a Wednesday


def _contract(text: str, published: dt.date = PUBLISHED) -> dict:
    return uk_ru_contract(text, published)


def _only(text: str, published: dt.date = PUBLISHED) -> dict:
    [incident] = _contract(text, published)["incidents"]
    return incident


@pytest.mark.parametrize("text", [
    "ВСУ атаковали дроном автомобиль скорой медицинской помощи в Грайвороне, ранен фельдшер.",
    "Украинский беспилотник ударил по реанимобилю в Шебекино, пострадал водитель.",
    "В Шебекино дрон ВСУ атаковал бригаду скорой помощи, ранена медсестра.",
    "Ворожий дрон атакував бригаду екстреної медичної допомоги у Херсоні. Поранено лікаря.",
    "Російський дрон скинув вибухівку на реанімобіль у Херсоні, травмовано водія.",
    "Дрон влучив у карету швидкої медичної допомоги в Херсоні, поранено фельдшера.",
])
def test_an_ambulance_struck_is_a_protected_object(text):
    assert _only(text)["violations"][0] == "attack_on_protected_objects"


@pytest.mark.parametrize("text", [
    "Російський FPV-дрон атакував бус із написом «Евакуація» біля Чорнобаївки. Поранено волонтера.",
    "Окупанти атакували дроном автомобіль гуманітарної місії біля Чорнобаївки, поранено водія.",
    "Уночі дрон влучив в евакуаційний мікроавтобус поблизу Чорнобаївки, поранено водія.",
    "Дрон ВСУ атаковал эвакуационный автомобиль в Шебекино, ранен волонтер.",
    "Беспилотник ВСУ атаковал машину с маркировкой «Гуманитарная миссия» в Шебекино, ранен водитель.",
    "Ночью дрон ударил по микроавтобусу с надписью «Эвакуация» в Шебекино, пострадал водитель.",
])
def test_a_marked_evacuation_vehicle_is_a_humanitarian_object(text):
    incident = _only(text)
    assert incident["violations"][0] == "attack_on_protected_objects"
    assert incident["victims"]["category"] == "humanitarian_worker"


@pytest.mark.parametrize("text", [
    "Дрон атакував автомобіль у Херсоні, пораненому водію надали екстрену медичну допомогу.",
    "Окупанти обстріляли автомобіль у Херсоні, постраждалого чоловіка евакуювали.",
    "Беспилотник атаковал автомобиль в Шебекино, пострадал водитель.",
])
def test_care_given_or_a_plain_car_is_no_protected_object(text):
    assert _only(text)["violations"] == ["attack_on_civilians"]


@pytest.mark.parametrize("text", [
    "В понедельник дрон ВСУ атаковал рынок в Шебекино. Погибли двое мужчин, ранен 15-летний подросток, его "
    "перевели в областную детскую больницу.",
    "Беспилотник ударил по рынку в Шебекино, ранен подросток. Он поступил в детскую областную больницу.",
    "Утром ВСУ обстреляли Грайворон, пострадала женщина. Её направили в городскую больницу.",
    "Дрон атакував ринок у Нікополі. Поранено 14-річного хлопця, його перевели до обласної дитячої лікарні.",
    "Ворог атакував Нікополь дронами, поранено жінку. Її направили до міської лікарні.",
    "Окупанти вдарили по ринку в Херсоні. Поранений чоловік надійшов до обласної лікарні.",
])
def test_the_hospital_a_victim_is_moved_to_is_no_target(text):
    assert _only(text)["violations"] == ["attack_on_civilians"]


def test_a_hospital_struck_stays_a_protected_object():
    assert _only("Дрон ВСУ атаковал больницу в Шебекино, пострадала медсестра.")["violations"][0] == (
        "attack_on_protected_objects"
    )


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("Уночі ворог скерував КАБ на Покровську громаду Синельниківського району (не плутати з Покровськом на "
     "Донеччині). Поранено 9-річну дівчинку.", "Pokrovske", "Dnipropetrovsk Oblast"),
    ("Уночі російський дрон атакував Покровське Синельниківського району, не плутати з Покровськом Донецької "
     "області. Поранено жінку.", "Pokrovske", "Dnipropetrovsk Oblast"),
    ("Уночі окупанти обстріляли Покровське на Дніпропетровщині (не слід плутати з Покровськом). Поранено "
     "чоловіка.", "Pokrovske", "Dnipropetrovsk Oblast"),
    ("Ночью беспилотник атаковал село Покровка Белгородской области (не путать с Покровском). Пострадал мужчина.",
     "Pokrovka", "Belgorod Oblast"),
    ("Ночью дрон ВСУ атаковал Шебекино (не путать с Шебекинским районом Курской области). Ранена пенсионерка.",
     "Shebekino", "Belgorod Oblast"),
    ("Вечером ВСУ обстреляли Грайворон; не следует путать с Грайворонкой Курской области. Пострадал мужчина.",
     "Grayvoron", "Belgorod Oblast"),
])
def test_a_namesake_named_in_a_note_is_no_scene(text, name, admin1):
    location = _only(text)["location"]
    assert (location["name"], location["admin1"]) == (name, admin1)


@pytest.mark.parametrize("text", [
    "Южный окружной военный суд приговорил военнослужащего ВСУ Ивана Петренко к пожизненному лишению свободы. "
    "Как установил суд, 17 августа 2024 года в селе Глушково он расстрелял местного жителя.",
    "Гарнизонный военный суд приговорил украинского военного к 20 годам. По версии суда, в сентябре 2024 года в "
    "Глушково он застрелил пенсионера.",
    "Военный суд вынес приговор бойцу территориальной обороны. По данным суда, в августе 2024 года в Судже он "
    "удерживал в подвале трех местных жителей и избивал их.",
])
def test_a_russian_military_court_accuses_ukraine_and_is_the_source(text):
    incident = _only(text, dt.date(2025, 10, 30))
    assert incident["perpetrator"]["party"] == "UA"
    assert incident["reported_by"] == ["суд"]


@pytest.mark.parametrize("text", [
    "Як встановив суд, у березні 2022 року в Бучі російський військовий застрелив місцевого жителя.",
    "Суд установив, що 3 березня 2022 року в Бучі російський військовий застрелив місцевого жителя.",
    "Суд встановив, що у березні 2022 року в Ірпені окупант розстріляв пенсіонера.",
])
def test_the_court_that_established_the_facts_is_the_source(text):
    incident = _only(text, dt.date(2025, 10, 30))
    assert incident["reported_by"] == ["суд"]
    assert incident["perpetrator"]["party"] == "RU"


@pytest.mark.parametrize(("text", "measure"), [
    ("Вчора ввечері російський дрон атакував автомобіль у Херсоні. Поранено мого напарника Андрія.", "injured"),
    ("Вчора ввечері російський дрон атакував наш автомобіль у Херсоні, мій колега Андрій поранений.", "injured"),
    ("Вчора російський дрон атакував велосипедиста у Херсоні. Загинув на місці.", None),
    ("Вчора в Херсоні дрон атакував сусіда, він загинув.", "killed"),
    ("Вчера в Шебекино дрон ВСУ атаковал автомобиль, ранен мой напарник Андрей.", "injured"),
    ("Вчера в Шебекино дрон ВСУ атаковал соседа, он погиб.", None),
    ("Вчера в Шебекино беспилотник атаковал коллегу на парковке, он получил ранения.", None),
])
def test_one_person_told_without_a_numeral_counts_one(text, measure):
    victims = _only(text)["victims"]
    assert (victims["min"], victims["category"]) == (1, "civilian")
    if measure:
        assert victims[measure] == 1


@pytest.mark.parametrize("text", [
    "У серпні 2022 року окупанти забрали мого брата з дому в Голій Пристані.",
    "У серпні 2022 року російські військові забрали брата з дому в Голій Пристані.",
    "Мого сина окупанти забрали з квартири в Мелітополі у квітні 2023 року.",
    "В августе 2022 года оккупанты забрали моего брата из дома в Голой Пристани.",
    "В августе 2022 года российские военные забрали брата из дома в Голой Пристани.",
    "Моего отца военные забрали из квартиры в Мелитополе в апреле 2023 года.",
])
def test_a_relative_taken_from_home_is_held_unlawfully(text):
    incident = _only(text)
    assert incident["violations"][0] == "unlawful_detention"
    assert incident["perpetrator"]["party"] == "RU"


@pytest.mark.parametrize("text", [
    "По данным суда, в августе 2024 года в Глушково военнослужащий ВСУ расстрелял пожилого мужчину.",
    "Военнослужащий ВСУ расстрелял 62-летнего местного жителя в селе Глушково в августе 2024 года.",
    "Як встановив суд, у березні 2022 року в Бучі військовослужбовець РФ розстріляв місцевого жителя.",
    "У березні 2022 року в Бучі військовослужбовець ЗС РФ застрелив 60-річного пенсіонера.",
])
def test_a_serviceman_who_did_the_act_is_no_victim(text):
    incident = _only(text, dt.date(2025, 10, 30))
    assert incident["violations"][0] == "killing_civilians"
    assert (incident["victims"]["min"], incident["victims"]["category"]) == (1, "civilian")


@pytest.mark.parametrize("text", [
    "У березні 2022 року в Бучі окупанти розстріляли військовослужбовця ЗСУ, який здався в полон.",
    "В августе 2024 года в Глушково расстреляли 30-летнего военнослужащего ВСУ.",
])
def test_a_serviceman_shot_is_still_the_victim(text):
    assert _only(text, dt.date(2025, 10, 30))["victims"]["min"] == 1


@pytest.mark.parametrize("text", [
    "Южный окружной военный суд вынес приговор военнослужащему ВСУ. Как установил суд, 17 августа 2024 года в "
    "селе Глушково он застрелил 58-летнего местного жителя.\n\nКроме того, с 20 по 25 августа 2024 года он вместе "
    "с сослуживцами удерживал в подвале в Судже троих мирных жителей и избивал их.",
    "По данным суда, 17 августа 2024 года в Глушково военнослужащий ВСУ застрелил мужчину.\n\nПомимо этого, в "
    "сентябре 2024 года в Судже он удерживал в подвале двух женщин.",
    "Суд установив, що 3 березня 2022 року в Бучі російський військовий застрелив місцевого жителя.\n\nКрім того, "
    "у березні 2022 року він разом з іншими військовими утримував у підвалі в Ірпені трьох цивільних і бив їх.",
    "Суд виніс вирок російському військовому. За даними суду, 5 березня 2022 року в Бучі він застрелив "
    "чоловіка.\n\nДо того ж у березні 2022 року в Ірпені він утримував у підвалі двох жінок.",
])
def test_a_paragraph_going_on_keeps_the_voice_of_the_one_before(text):
    first, second = _contract(text, dt.date(2025, 10, 30))["incidents"]
    assert first["reported_by"] == second["reported_by"] == ["суд"]


@pytest.mark.parametrize("text", [
    "Вчера суд приговорил украинского военного к 20 годам. Всего с начала года военные суды осудили 140 "
    "украинских военнослужащих.",
    "С начала года суды приговорили 75 военнослужащих ВСУ.",
    "Загалом цього року суди засудили 45 російських військовослужбовців.",
    "Від початку року суди винесли вироки 30 військовослужбовцям РФ.",
])
def test_soldiers_convicted_are_no_figure(text):
    assert _contract(text)["statistics"] == []


@pytest.mark.parametrize(("text", "value"), [
    ("С начала войны российские суды вынесли приговоры более чем 150 украинским военнопленным.", 150),
    ("Російські суди засудили щонайменше 190 українських військовополонених.", 190),
])
def test_prisoners_sentenced_stay_a_figure(text, value):
    [figure] = _contract(text)["statistics"]
    assert (figure["value"], figure["measure"]) == (value, "other")


@pytest.mark.parametrize("text", [
    "Загалом за рік наша команда вивезла з прифронтових сіл Херсонщини понад 1200 людей.",
    "Волонтери фонду вивезли з Оріхова 340 людей.",
    "Ми вивезли з прикордонних сіл понад 500 людей.",
    "С начала года волонтеры вывезли из приграничья более 900 человек.",
    "Спасатели вывезли из Шебекино 120 человек.",
    "За лето мы вывезли из приграничных сел около 400 человек.",
])
def test_people_a_team_takes_out_are_no_deportation(text):
    assert not any(s["measure"] == "deported" for s in _contract(text)["statistics"])


@pytest.mark.parametrize("text", [
    "Окупанти вивезли до Росії понад 300 дітей з Херсонщини.",
    "Российские военные вывезли в Крым более 200 детей.",
])
def test_children_taken_to_russia_stay_deported(text):
    [figure] = _contract(text)["statistics"]
    assert figure["measure"] == "deported"


@pytest.mark.parametrize(("text", "days"), [
    ("Учора ввечері окупанти обстріляли Нікополь. Загинув чоловік.\n\nЗранку російський FPV-дрон атакував автобус "
     "у Марганці. Поранено чотирьох пасажирів.", ["2025-04-08", "2025-04-09"]),
    ("Уночі ворог атакував Нікополь дронами, поранено жінку.\n\nВранці окупанти вдарили по Марганцю, загинув "
     "чоловік.", ["2025-04-08", "2025-04-09"]),
    ("Учора ворог обстріляв Нікополь, поранено жінку. Зранку дрон влучив у автобус у Марганці, поранено водія.",
     ["2025-04-08", "2025-04-09"]),
    ("Вчера вечером ВСУ обстреляли Шебекино. Погиб мужчина.\n\nУтром украинский дрон атаковал автобус в "
     "Грайвороне. Ранены четыре пассажира.", ["2025-04-08", "2025-04-09"]),
    ("Ночью беспилотник атаковал дом в Шебекино, пострадала женщина.\n\nУтром ВСУ обстреляли Грайворон, погиб "
     "мужчина.", ["2025-04-08", "2025-04-09"]),
])
def test_a_bare_morning_after_a_relative_day_is_the_day_published(text, days):
    incidents = _contract(text, dt.date(2025, 4, 9))["incidents"]
    assert [i["date"]["start"] for i in incidents] == days


@pytest.mark.parametrize(("text", "day"), [
    ("Вчора вранці російський дрон атакував автобус у Марганці. Поранено чотирьох пасажирів.", "2025-04-08"),
    ("У суботу вранці ворожий безпілотник атакував автобус у Марганці. Поранено водія.", "2025-04-05"),
    ("Вчера утром украинский дрон атаковал автобус в Грайвороне. Ранен водитель.", "2025-04-08"),
    ("Уночі ворог атакував Нікополь, поранено жінку. Вранці 6 квітня дрон влучив у автобус у Марганці, поранено "
     "водія.", "2025-04-06"),
])
def test_a_morning_beside_its_day_is_that_day(text, day):
    assert _contract(text, dt.date(2025, 4, 9))["incidents"][-1]["date"]["end"] == day
