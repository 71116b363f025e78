"""Stage 19, Ukrainian and Russian (docs/languages.md): a strike told on a day dates the toll told next, not a later
paragraph's day; a medical post (медпункт, ФАП) is a protected object; villagers taken away, or whose fate is unknown,
are held unlawfully; people held beside firing positions are a shield first; a village named with a Russian region
right after it is that region's; a village named with its community and the community's kind ("міської громади") is
the community's namesake."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import uk_ru_contract

PUBLISHED = dt.date(2025, 8, 20)  # a Wednesday


def _contract(text: str) -> dict:
    return uk_ru_contract(text, PUBLISHED)


@pytest.mark.parametrize("text", [
    "Вчора ворожа міна влучила в приватний будинок. Поранено жінку.\n\n"
    "У середу окупанти двічі обстріляли околиці села, постраждалих немає.",
    "Староста села повідомляє: вчора ворожий снаряд влучив у двір. Поранено чоловіка.\n\n"
    "У середу ворог знову обстріляв околиці, обійшлося без постраждалих.",
    "Вчора ввечері російський дрон атакував автомобіль. Загинув водій.\n\nУ середу окупанти обстріляли село.",
    "Вчера беспилотник атаковал частный дом. Ранена женщина.\n\nВ среду противник дважды обстрелял окраины села.",
    "Вчера вражеская мина попала в частный дом. Ранена женщина.\n\n"
    "В среду противник дважды обстрелял окраины села, пострадавших нет.",
    "Вчера ВСУ нанесли удар по жилому дому. Погиб мужчина.\n\nВ среду обстрелы продолжились.",
])
def test_a_strike_told_on_a_day_dates_the_toll_told_next(text):
    first = _contract(text)["incidents"][0]
    assert first["date"] == {"start": "2025-08-19", "end": "2025-08-19"}


@pytest.mark.parametrize("text", [
    "Вчора ворожа міна влучила в будівлю медпункту в Покровському. Поранено медсестру.",
    "Окупанти вдарили по фельдшерсько-акушерському пункту в Покровському, поранено жінку.",
    "Вночі російський дрон атакував ФАП у Великій Писарівці, будівлю пошкоджено.",
    "Вчера мина попала в здание фельдшерско-акушерского пункта в Тёткино. Ранена медсестра.",
    "ВСУ обстреляли медпункт в Шебекино, пострадал фельдшер.",
    "Ночью беспилотник атаковал ФАП в Тёткино, повреждено здание.",
])
def test_a_medical_post_struck_is_a_protected_object(text):
    [incident] = _contract(text)["incidents"]
    assert incident["violations"][0] == "attack_on_protected_objects"


def test_a_house_beside_a_medical_post_is_no_protected_object():
    [incident] = _contract("Дрон влучив у приватний будинок поруч із медпунктом у Покровському, поранено жінку.")[
        "incidents"
    ]
    assert incident["violations"] == ["attack_on_civilians"]


@pytest.mark.parametrize(("text", "count"), [
    ("У березні 2023 року окупанти забрали трьох жителів села Петрівка. Одного згодом відпустили, доля двох інших "
     "невідома.", 3),
    ("Навесні 2023 року російські військові вивезли з Петрівки трьох чоловіків, їхня доля досі невідома.", 3),
    ("У квітні 2023 року окупанти відвезли двох мешканців Каховки до комендатури. Невідома доля обох.", 2),
    ("В марте 2023 года оккупанты увезли троих жителей Каменки-Днепровской. Одного позже отпустили, судьба двоих "
     "неизвестна.", 3),
    ("Весной 2023 года российские военнослужащие забрали двух мужчин из Каменки-Днепровской, их судьба до сих пор "
     "неизвестна.", 2),
    ("В апреле 2023 года военные вывезли из Каховки двух жителей, судьба обоих неизвестна.", 2),
])
def test_villagers_taken_away_are_held_unlawfully(text, count):
    [incident] = _contract(text)["incidents"]
    assert incident["violations"][0] == "unlawful_detention"
    assert (incident["victims"]["category"], incident["victims"]["min"]) == ("civilian", count)


@pytest.mark.parametrize("text", [
    "Рятувальники вивезли трьох жителів Каховки з-під завалів.",
    "Волонтери вивезли двох поранених з Каховки до лікарні.",
    "Окупанти вивезли з Каховки зерно та техніку.",
    "Волонтёры вывезли троих жителей Шебекино в безопасное место.",
])
def test_rescue_evacuation_or_goods_taken_are_no_detention(text):
    assert not any("unlawful_detention" in i["violations"] for i in _contract(text)["incidents"])


@pytest.mark.parametrize("text", [
    "У березні 2022 року окупанти утримували жителів Петрівки у підвалі школи, поруч з якою облаштували вогневі "
    "позиції, використовуючи людей як живий щит.",
    "Понад місяць росіяни тримали 60 жителів Петрівки у підвалі школи, а біля неї розмістили свою техніку.",
    "Російські військові тримали 40 мешканців Петрівки в підвалі школи та прикривалися ними, розмістивши поруч "
    "артилерію.",
    "В марте 2022 года оккупанты удерживали жителей Грунь в подвале школы, рядом с которой разместили огневые "
    "позиции, используя людей как живой щит.",
    "Военные удерживали 40 жителей Груни в подвале школы, а рядом установили минометы.",
    "Оккупанты держали 50 человек в подвале школы в Груни, разместив возле нее артиллерию.",
])
def test_people_held_beside_firing_positions_are_a_shield_first(text):
    [incident] = _contract(text)["incidents"]
    assert incident["violations"][:2] == ["human_shields", "unlawful_detention"]


@pytest.mark.parametrize("text", [
    "Окупанти утримували 300 жителів Ягідного в підвалі школи, використовуючи їх як живий щит.",
    "Военные держали 40 жителей Груни в подвале школы в качестве живого щита.",
])
def test_people_held_as_a_shield_with_no_guns_beside_stay_a_detention_first(text):
    [incident] = _contract(text)["incidents"]
    assert incident["violations"][:2] == ["unlawful_detention", "human_shields"]


@pytest.mark.parametrize("text", [
    "ЗСУ обстріляли позиції окупантів біля села Петрівка.",
    "Снаряд упав поруч із позиціями біля Петрівки, поранено жінку.",
    "ВСУ обстреляли позиции возле села Тёткино, ранена женщина.",
])
def test_fire_at_positions_near_a_village_is_no_shield(text):
    assert not any("human_shields" in i["violations"] for i in _contract(text)["incidents"])


@pytest.mark.parametrize(("text", "admin1"), [
    ("Беспилотник атаковал автомобиль в Никольском Белгородской области, ранен мужчина.", "Belgorod Oblast"),
    ("Дрон атаковал автомобиль в Красном Октябре Курской области, ранен мужчина.", "Kursk Oblast"),
    ("Дрон атаковал автомобиль в Поповке Курской области, ранен мужчина.", "Kursk Oblast"),
    ("Українські військові атакували дроном автомобіль у Никольському Бєлгородської області, поранено чоловіка.",
     "Belgorod Oblast"),
])
def test_a_village_named_with_a_russian_region_is_that_regions(text, admin1):
    [incident] = _contract(text)["incidents"]
    assert (incident["location"]["admin1"], incident["location"]["country"]) == (admin1, "RU")


def test_a_ukrainian_village_named_with_its_oblast_stays_in_ukraine():
    [incident] = _contract("Дрон атаковал автомобиль в Поповке Харьковской области, ранен мужчина.")["incidents"]
    assert (incident["location"]["admin1"], incident["location"]["country"]) == ("Kharkiv Oblast", "UA")


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("Вчора окупанти обстріляли село Олександрівка Херсонської міської громади, поранено жінку.", "Oleksandrivka",
     "Kherson Oblast"),
    ("Вчора окупанти обстріляли Олександрівку Вознесенської міської громади, поранено жінку.", "Oleksandrivka",
     "Mykolaiv Oblast"),
    ("Ворожий дрон атакував село Шевченкове Куп'янської міської територіальної громади, поранено чоловіка.",
     "Shevchenkove", "Kharkiv Oblast"),
])
def test_a_village_named_with_its_community_and_its_kind_is_the_communitys(text, name, admin1):
    [incident] = _contract(text)["incidents"]
    assert (incident["location"]["name"], incident["location"]["admin1"]) == (name, admin1)


@pytest.mark.parametrize("text", [
    "К январю 2025 года в колонию привезли 610 пленных — это примерно 40% от общей вместимости колонии.",
    "По данным правозащитников, в СИЗО содержатся 610 пленных, или около 40% от его вместимости.",
    "До січня 2025 року в колонію привезли 610 полонених — це близько 40% від загальної місткості колонії.",
    "До кінця 2024 року в ізолятор доставили 610 полонених, що становить 40% від його місткості.",
])
def test_a_share_of_a_prisons_capacity_is_no_figure(text):
    figures = [(s["measure"], s["value"], s["unit"]) for s in _contract(text)["statistics"]]
    assert figures == [("held_captive", 610, "persons")]


@pytest.mark.parametrize(("text", "value"), [
    ("Около 40% от всех погибших мирных жителей с начала года — дети.", 40),
    ("Близько 40% від усіх загиблих цивільних з початку року — діти.", 40),
])
def test_a_share_of_a_toll_stays(text, value):
    assert all(s["unit"] != "percent" or s["value"] == value for s in _contract(text)["statistics"])


@pytest.mark.parametrize(("text", "party"), [
    ("Москалькова заявила, что пленных российских военнослужащих избивали в лагере в Сумской области.", "UA"),
    ("Уполномоченный заявила, что военнопленных ВС РФ избивали в лагере в Харьковской области.", "UA"),
    ("По данным Минобороны, пленных российских солдат пытали в СИЗО в Харьковской области.", "UA"),
    ("За словами омбудсмана, полонених ЗСУ катували в колонії у Брянську.", "RU"),
    ("Омбудсман повідомив, що полонених українських військових били в колонії у Брянську.", "RU"),
    ("Коордштаб: військовополонених ЗСУ систематично били в СІЗО Курська.", "RU"),
])
def test_the_side_named_right_after_prisoners_is_theirs_not_the_doers(text, party):
    [incident] = _contract(text)["incidents"]
    assert incident["perpetrator"]["party"] == party


@pytest.mark.parametrize(("text", "party"), [
    ("Украинские военные, взятые в плен российскими войсками, рассказали, что в колонии в Брянске их избивали.", "RU"),
    ("Українські військові, яких узяли в полон російські військові, розповіли, що в СІЗО Курська їх катували.", "RU"),
    ("Мирных жителей, взятых в плен военными ВСУ, избивали в подвале в Судже.", "UA"),
])
def test_the_captors_after_captivity_stay_the_doers(text, party):
    [incident] = _contract(text)["incidents"]
    assert incident["perpetrator"]["party"] == party


@pytest.mark.parametrize(("text", "kind", "count"), [
    ("З полону повернулися 150 військових. Шестеро розповіли, що в колонії у Брянську їх систематично били.", "pow", 6),
    ("З полону повернулися 150 військових. Шестеро з повернених розповіли, що в колонії у Брянську їх били.", "pow", 6),
    ("Після обміну додому повернулися 20 цивільних. Троє повідомили, що їх катували в підвалі в Олешках.",
     "civilian", 3),
    ("Из плена вернулись 150 военных. Шестеро рассказали, что в колонии в Брянске их систематически избивали.",
     "pow", 6),
    ("В ходе обмена домой вернулись 20 мирных жителей. Трое сообщили, что их избивали в подвале в Судже.",
     "civilian", 3),
    ("Из плена вернулись 95 военнослужащих. Семеро заявили, что в СИЗО в Брянске их пытали током.", "pow", 7),
])
def test_a_number_word_telling_of_itself_counts_some_of_the_group_just_named(text, kind, count):
    [incident] = _contract(text)["incidents"]
    assert (incident["victims"]["category"], incident["victims"]["min"]) == (kind, count)


@pytest.mark.parametrize("text", [
    "Вчора ввечері ворог обстріляв Херсон з артилерії. Снаряд влучив у приватний будинок на вулиці Шевченка, "
    "поранено жінку.",
    "Вчора ввечері росіяни обстріляли Херсон. Снаряд влучив у приватний будинок на вул. Гагаріна, поранено жінку.",
    "Поліція Херсонщини: вчора окупанти гатили по Херсону з мінометів. Уламки пошкодили будинок на вулиці Франка, "
    "травмована жінка.",
    "Вчера вечером ВСУ обстреляли Горловку. Снаряд попал в частный дом на улице Ленина, ранена женщина.",
    "Вчера ВСУ обстреляли Горловку из артиллерии. Снаряд попал в дом на ул. Гагарина, ранена женщина.",
])
def test_a_street_named_after_a_person_is_no_second_scene(text):
    [incident] = _contract(text)["incidents"]
    assert incident["location"]["name"] in ("Kherson", "Horlivka")
    assert incident["victims"]["min"] == 1


def test_a_strike_with_its_own_toll_on_a_street_after_another_stays_apart():
    text = ("Вчора росіяни обстріляли Херсон, загинув чоловік. Увечері інший снаряд влучив у будинок на вулиці "
            "Шевченка, поранено жінку.")
    assert len(_contract(text)["incidents"]) == 2


@pytest.mark.parametrize(("text", "source"), [
    ("Петро Іваненко, староста Гремяча.\n\nВчора близько 14:00 ворог обстріляв село з мінометів, поранено чоловіка.",
     "Петро Іваненко"),
    ("Петро Іваненко, староста села Гремяч.\nВчора ворог обстріляв Гремяч з мінометів, поранено чоловіка.",
     "Петро Іваненко"),
    ("Оксана Мельник, голова Гремяцької громади.\n\nСьогодні вночі дрон атакував автомобіль у Гремячі, загинув водій.",
     "Оксана Мельник"),
    ("Иван Петров, глава Тёткинского поссовета.\n\nВчера ВСУ обстреляли Тёткино из минометов, ранена женщина.",
     "Иван Петров"),
    ("Анна Смирнова, глава Глушковского района.\nНочью дрон атаковал автомобиль в Тёткино, погиб водитель.",
     "Анна Смирнова"),
])
def test_a_signature_line_closed_by_a_stop_names_the_posts_author(text, source):
    [incident] = _contract(text)["incidents"]
    assert source in incident["reported_by"]


@pytest.mark.parametrize("text", [
    "Вчора ворог обстріляв Гремяч.\n\nПоранено чоловіка.",
    "Ночью ВСУ обстреляли Тёткино.\nРанена женщина.",
])
def test_a_first_sentence_telling_an_act_names_no_author(text):
    [incident] = _contract(text)["incidents"]
    assert incident["reported_by"] == []


@pytest.mark.parametrize(("text", "value"), [
    ("Предыдущий обмен состоялся в августе: тогда домой вернулись по 84 человека с каждой стороны.", 84),
    ("Россия и Украина обменялись пленными: вернулись по 150 военнослужащих с обеих сторон.", 150),
    ("Під час обміну з кожного боку звільнили по 90 полонених.", 90),
    ("Сторони повернули по 103 військовополонених з кожного боку.", 103),
])
def test_an_exchange_told_as_so_many_on_each_side_is_two_figures(text, value):
    figures = [(s["measure"], s["value"]) for s in _contract(text)["statistics"]]
    assert figures == [("released", value), ("released", value)]


@pytest.mark.parametrize(("text", "value"), [
    ("Домой вернулись 84 человека, сообщили обе стороны.", 84),
    ("Обидві сторони повернули 103 військовополонених.", 103),
    ("В Україну повернулися 157 захисників, повідомили обидві сторони.", 157),
])
def test_both_sides_are_no_count_and_a_figure_told_once_is_one(text, value):
    figures = [(s["measure"], s["value"]) for s in _contract(text)["statistics"]]
    assert figures == [("released", value)]
