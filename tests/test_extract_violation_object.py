"""Stage 21 (violation label by object and manner): the label comes from what the act was done to and how, in
English, Ukrainian and Russian. Every sentence is our own, written for these tests.

- a person shot at hand or killed by soldiers, with no munition told, is a killing, not an attack;
- a protected noun in a goal, origin or care phrase ("driving to the hospital", "у лікарні помер") is no target;
- aid sites named as the speaker's own, marked vehicles and a protected object in a strike's damage list (nobody hurt)
  are protected objects;
- exhumation by investigators is no mistreatment of the dead;
- civilians seized, then abused while held: the detention leads;
- goods loaded or carried off are pillage, and taking them away is no deportation.
"""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 6, 18)


def main_labels(text: str, language: str) -> list[str]:
    return [i.facts.violations[0] for i in extract(text, PUBLISHED, language).incidents]


def all_labels(text: str, language: str) -> set[str]:
    return {v for i in extract(text, PUBLISHED, language).incidents for v in i.facts.violations}


SHOT_AT_HAND = [
    ("en", "On 3 April a Russian soldier walked into a yard in Bucha and shot the owner, a pensioner, police said."),
    ("en", "On 28 October an elderly woman was shot in Selydove while cycling to the well, witnesses told us."),
    ("en", "A farmer was shot at a Russian checkpoint outside Balakliia on 9 August 2022, his daughter said."),
    ("en", "On 2 March in Hostomel a resident was shot by a Russian serviceman outside his gate, prosecutors said."),
    ("en", "Russian officials claimed Ukrainian soldiers had shot \"at least four\" residents of Sudzha on 8 August."),
    ("uk", "5 березня в Бучі російські військові вбили двох цивільних, які ховалися в гаражі, повідомила поліція."),
    ("uk", "За даними слідства, 12 березня в Ірпені військовослужбовець рф вбив місцевого жителя біля його двору."),
    ("uk", "10 березня в Гостомелі російський солдат вбив пенсіонера, який виходив по воду, повідомили у прокуратурі."),
    ("ru", "В августе 2024 года в Судже украинские военнослужащие убили четырёх местных жителей, заявили в СК."),
    ("ru", "По данным следствия, 14 августа в Судже украинский военный убил пенсионера во дворе его дома."),
    ("ru", "В Судже 20 августа военнослужащие ВСУ убили там двух мирных жителей, сообщил губернатор."),
]


@pytest.mark.parametrize(("language", "text"), SHOT_AT_HAND)
def test_a_person_shot_or_killed_by_soldiers_without_munition_is_a_killing(language, text):
    assert main_labels(text, language)[:1] in (["killing_civilians"], ["killing_hors_de_combat"])


STRIKE_KILLS = [
    ("en", "On 3 May a drone struck a car in Kherson, killing the driver, police said."),
    ("en", "On that day in 2022 the Russians hit a shopping centre in Kremenchuk with two missiles. Then the soldiers "
           "killed 21 people and wounded 77."),
    ("uk", "5 березня російські військові обстріляли Бучу з артилерії та вбили двох цивільних."),
    ("ru", "В августе украинские военные обстреляли Суджу из артиллерии и убили четырёх местных жителей."),
    ("uk", "Упродовж минулої доби російські окупанти вбили одного і поранили трьох цивільних у Костянтинівці."),
]


@pytest.mark.parametrize(("language", "text"), STRIKE_KILLS)
def test_a_killing_told_with_a_munition_or_a_tally_of_occupiers_stays_an_attack(language, text):
    assert main_labels(text, language) == ["attack_on_civilians"]


NOT_TARGET = [
    ("en", "On 3 May a drone hit a car in Kherson as the family was driving to the hospital. Two people were injured."),
    ("en", "On 3 May a drone struck a minibus in Nikopol carrying teachers on their way to school. Four were hurt."),
    ("en", "On 3 May a drone hit a car in Kherson, injuring two. The pair were returning from church, police said."),
    ("en", "A missile hit a block of flats in Kharkiv on 3 May, killing two. Three people remain in serious condition "
           "in the regional hospital."),
    ("uk", "Ворог атакував цивільний автомобіль у Сумах 3 травня. Поранені двоє людей. Пізніше у лікарні помер "
           "чоловік."),
    ("uk", "Ворог атакував цивільний автомобіль у Сумах 3 травня, загинув чоловік, його дружина в лікарні перебуває "
           "у важкому стані."),
    ("uk", "3 травня у Сумах дрон атакував автомобіль, який їхав до лікарні. Поранено двох людей."),
    ("uk", "3 травня дрон атакував автомобіль у Сумах. Двоє поранених залишаються в лікарні."),
    ("ru", "3 мая дрон атаковал автомобиль в Судже. Водитель ранен. Позже в больнице скончался пассажир."),
    ("ru", "3 мая дрон атаковал автомобиль в Судже, ехавший в больницу. Ранены двое."),
    ("ru", "Ракета попала в пятиэтажку в Балаклее 3 мая. Погибли три человека. Двое раненых остаются в тяжелом "
           "состоянии в харьковской больнице."),
    ("ru", "3 мая в Судже дрон атаковал машину, которая возвращалась из церкви. Ранены двое."),
]


@pytest.mark.parametrize(("language", "text"), NOT_TARGET)
def test_a_protected_noun_in_a_goal_origin_or_care_phrase_is_no_target(language, text):
    assert all_labels(text, language) == {"attack_on_civilians"}


PROTECTED_HIT = [
    ("en", "On 12 February a drone dropped an explosive on a clearly marked charity van in Bilozerka, injuring the "
           "driver."),
    ("en", "On 12 February a drone hit our warehouse in Bilozerka, injuring two staff members, the charity said."),
    ("en", "On 12 February our distribution point in Antonivka was shelled; a volunteer was injured."),
    ("en", "On 3 May a drone hit a hospital in Kherson, injuring two, police said."),
    ("uk", "3 травня російський дрон влучив у лікарню в Сумах, де перебували пацієнти, поранено двох людей."),
    ("uk", "У ніч на 12 травня окупанти обстріляли Червоногригорівку. Пошкоджено будівлю ліцею, дві приватні оселі. "
           "Минулося без постраждалих."),
    ("uk", "3 травня у Сумах окупанти обстріляли лікарню, в лікарні перебували пацієнти, поранено двох людей."),
    ("ru", "3 мая в Судже снаряд попал в больницу, где находились пациенты, ранены двое."),
    ("ru", "3 мая дрон ударил по больнице в Судже, ранены двое."),
    ("ru", "В ночь на 12 мая обстреляли Горняк. Повреждены здание школы и два частных дома. Пострадавших нет."),
]


@pytest.mark.parametrize(("language", "text"), PROTECTED_HIT)
def test_a_protected_object_struck_is_an_attack_on_protected_objects(language, text):
    assert "attack_on_protected_objects" in main_labels(text, language)


DAMAGE_LIST_WITH_DEAD = [
    ("uk", "3 травня окупанти обстріляли Нікополь, загинула жінка, ще двоє поранені. Пошкоджено будинки та школу."),
    ("ru", "12 марта при обстреле Каховки погибла местная жительница, двое ранены. Повреждены жилые дома и здание "
           "поликлиники."),
    ("ru", "ВСУ выпустили по Донецку 20 снарядов 3 мая, пострадали восемь мирных жителей. Повреждены 12 жилых домов и "
           "детский сад."),
]


@pytest.mark.parametrize(("language", "text"), DAMAGE_LIST_WITH_DEAD)
def test_a_protected_object_in_the_damage_list_of_a_strike_with_casualties_is_no_target(language, text):
    assert main_labels(text, language) == ["attack_on_civilians"]


EXHUMED = [
    ("en", "Police exhumed the body of a woman in Drobysheve on 3 October; she was shot by a Russian serviceman on "
           "12 September."),
    ("en", "Viktor, 67, was shot at a Russian checkpoint in Balakliia in August 2022. Police exhumed his body from a "
           "roadside grave that October."),
    ("en", "On 14 September investigators exhumed two men from a grave in Izium; a neighbour said Russian soldiers had "
           "shot them in their yard in March."),
]


@pytest.mark.parametrize(("language", "text"), EXHUMED)
def test_exhumation_by_investigators_of_people_shot_is_a_killing(language, text):
    assert "mistreatment_of_dead" not in all_labels(text, language)
    assert "killing_civilians" in all_labels(text, language) or "killing_hors_de_combat" in all_labels(text, language)


def test_a_mass_grave_stays_mistreatment_of_the_dead():
    text = "On 16 September investigators found a mass grave with 440 bodies in a forest near Izium, police said."
    assert "mistreatment_of_dead" in all_labels(text, "en")


SEIZED_THEN_ABUSED = [
    ("en", "On 17 March two brothers were detained at a checkpoint in Mykhailivka, taken to a basement and beaten "
           "and tortured with electric shocks and beaten again, their lawyer said."),
    ("uk", "Мешканця Каланчака, 34-річного Андрія К., затримали 5 жовтня через дописи в соцмережах. Десять днів його "
           "тримали в підвалі, били та катували струмом, били знову."),
    ("ru", "Жителя Мелитополя задержали 5 октября за посты в соцсетях. Десять дней его держали в подвале, избивали и "
           "пытали током, снова избивали."),
]


@pytest.mark.parametrize(("language", "text"), SEIZED_THEN_ABUSED)
def test_civilians_seized_then_abused_while_held_give_the_detention_first(language, text):
    assert main_labels(text, language)[:1] == ["unlawful_detention"]


def test_abuse_told_before_holding_keeps_torture_first():
    text = (
        "On 17 March Russian guards beat and tortured two brothers held in a basement in Mykhailivka, their lawyer "
        "said."
    )
    assert main_labels(text, "en")[:1] == ["torture_ill_treatment"]


GOODS_TAKEN = [
    ("en", "Before leaving Lukashivka on 30 March, Russian soldiers loaded washing machines, televisions and a tractor "
           "onto trucks, residents said."),
    ("en", "At the end of September occupiers took 300 tonnes of grain from a farm in Ivanivka, the rights group "
           "said."),
    ("en", "On 4 April in Bucha soldiers carried off the family's furniture and a fridge, neighbours said."),
    ("uk", "Наприкінці вересня окупанти вивезли з фермерського господарства в Іванівці 300 тонн зерна, повідомила "
           "правозахисна група."),
    ("uk", "4 квітня в Бучі російські військові забрали з будинку телевізор і холодильник."),
    ("uk", "4 квітня окупанти вивезли зерно з елеватора в Мелітополі до Криму."),
    ("ru", "В конце сентября оккупанты вывезли из фермерского хозяйства в Ивановке 300 тонн зерна."),
    ("ru", "4 апреля в Буче военные погрузили на грузовики бытовую технику и мебель из домов."),
    ("ru", "4 апреля оккупанты забрали из домов в Буче холодильники и телевизоры."),
]


@pytest.mark.parametrize(("language", "text"), GOODS_TAKEN)
def test_goods_loaded_or_carried_off_are_pillage_not_deportation(language, text):
    assert main_labels(text, language) == ["pillage_destruction"]


LOOKALIKES = [
    ("en", "On 4 April in Bucha volunteers loaded the wounded into a car and drove them to hospital."),
    ("en", "Air defence shot them down over Kyiv on 3 May, the air force said."),
    ("uk", "4 квітня волонтери вивезли з Бучі 20 людей."),
    ("ru", "4 апреля в Буче волонтеры вывезли 20 человек."),
]


@pytest.mark.parametrize(("language", "text"), LOOKALIKES)
def test_rescue_and_interception_are_no_incident(language, text):
    assert main_labels(text, language) == []
