"""Stage 20 (victims, en/uk/ru): a crew word beside medical or aid people is of their team; a pronoun and a relative
are two; "me and N others" is N+1; a person by initials and age is one; an aid group's own staff ("our staff") are
humanitarian workers. Every sentence is our own; each rule has three wordings per language and look-alikes that must
not fire."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import first_victims
from warcrimes.domain.facts import Victims
from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")

PUBLISHED = dt.date(2025, 6, 18)


def victims(text: str) -> Victims:
    return first_victims(text, PUBLISHED)


# --- a crew word (class `staff_noun`) beside medical or aid people, or on a struck medical object ---


@pytest.mark.parametrize("text", [
    "On 5 May 2024 a Russian drone hit an ambulance in Kherson, wounding a paramedic and a driver.",
    "A driver and a nurse were injured when a missile struck a medical team's car in Sumy on 2 June 2024.",
    "On 9 April 2024 shelling in Nikopol wounded a doctor and his driver near the clinic.",
    "5 травня 2024 року російський дрон атакував карету швидкої в Херсоні, поранено фельдшера та водія.",
    "2 червня 2024 року в Сумах ракета влучила в автомобіль медиків: поранені лікар і водій.",
    "9 квітня 2024 року в Нікополі внаслідок обстрілу поранено водія та медсестру бригади швидкої.",
    "5 мая 2024 года российский дрон атаковал машину скорой помощи в Херсоне, ранены фельдшер и водитель.",
    "2 июня 2024 года в Сумах ракета попала в автомобиль медиков: ранены врач и водитель.",
    "9 апреля 2024 года в Никополе при обстреле ранены водитель и медсестра бригады скорой помощи.",
])
def test_a_driver_beside_medics_is_of_their_team(text):
    assert victims(text).category == "medical_personnel"


@pytest.mark.parametrize("text", [
    "On 5 May 2024 a Russian drone struck an ambulance in Kherson, killing its driver.",
    "Вранці 5 травня 2024 року в Херсоні дрон влучив у бригаду швидкої: загинув водій.",
    "5 мая 2024 года в Херсоне дрон ударил по машине скорой помощи, погиб водитель.",
])
def test_the_driver_of_a_struck_ambulance_is_medical(text):
    assert victims(text).category == "medical_personnel"


@pytest.mark.parametrize("text", [
    "On 5 May 2024 a Russian drone hit a car in Kherson, wounding a nurse and a teacher.",
    "5 мая 2024 года российский дрон атаковал машину в Херсоне, ранены врач и пенсионер.",
    "On 5 May 2024 a Russian drone struck a bus in Kherson, killing its driver.",
])
def test_a_medic_beside_other_people_or_a_driver_of_a_bus_is_not_a_team(text):
    assert victims(text).category in ("mixed", "civilian")


# --- a pronoun and a relative joined by 'and' ('with' in uk/ru) and a possessive (casualties.json `pronoun_and`) ---


@pytest.mark.parametrize("text", [
    "On 5 May 2024 soldiers in Izium beat her and her mother.",
    "On 12 March 2023 in Irpin he and his son were shot dead by soldiers.",
    "In Bucha on 4 March 2022 Russian troops took him and his brother to a basement and tortured them.",
    "5 травня 2024 року в Ізюмі військові розстріляли його та його сина.",
    "Він і його батько загинули 12 березня 2023 року в Ірпені від обстрілу.",
    "4 березня 2022 року в Бучі окупанти побили її та її матір.",
    "5 мая 2024 года в Изюме военные расстреляли её и её мать.",
    "Он и его отец погибли 12 марта 2023 года в Ирпене при обстреле.",
    "4 марта 2022 года в Буче военные избили меня и моего брата.",
])
def test_a_pronoun_and_a_relative_are_two(text):
    told = victims(text)
    assert (told.min, told.category) == (2, "civilian")


@pytest.mark.parametrize("text", [
    "5 мая 2024 года в Изюме военные расстреляли её сына.",
    "On 5 May 2024 soldiers in Izium shot his son at the gate.",
    "5 травня 2024 року в Ізюмі військові розстріляли його та його побратимів.",
])
def test_a_relative_alone_or_comrades_after_a_pronoun_are_not_a_pair(text):
    assert victims(text).min in (None, 1)


# --- "me and N others": the speaker and the others (class `other_after` "others") ---


@pytest.mark.parametrize("text", [
    "In May 2023 guards in Kherson tortured me and four others every day.",
    "Me and four others were tortured in a basement in Kherson in August 2022.",
    "On 2 March 2024 in Kherson occupiers detained me and 4 others and beat us.",
    "Мене і ще чотирьох катували наглядачі в Херсоні у травні 2023 року.",
    "У серпні 2022 року в Херсоні в підвалі катували мене і ще чотирьох чоловіків.",
    "2 березня 2024 року в Херсоні окупанти затримали мене і ще чотирьох чоловіків.",
    "В мае 2023 года в Херсоне охранники каждый день пытали меня и ещё четверых.",
    "Меня и ещё четверых мужчин пытали в подвале в Херсоне в августе 2022 года.",
    "2 марта 2024 года в Херсоне военные избили меня и ещё четверых мужчин.",
])
def test_me_and_n_others_are_n_plus_one(text):
    assert victims(text).min == 5


@pytest.mark.parametrize("text", [
    "At least fifteen prisoners were beaten in the colony in Olenivka in May 2023, a former prisoner said.",
    "Guards beat fifteen prisoners in the colony in Olenivka in May 2023.",
    "Не менее пятнадцати пленных избили в колонии в Оленовке в мае 2023 года.",
    "Щонайменше п'ятнадцять полонених побили в колонії в Оленівці у травні 2023 року.",
])
def test_a_count_of_people_beaten_is_counted(text):
    assert victims(text).min == 15


def test_others_after_a_count_of_victims_is_not_a_person_more():
    told = victims("On 2 March 2024 in Kherson soldiers killed 4 civilians and injured 5 others.")
    assert (told.min, told.injured) == (4, 5)


# --- the one who tells it: a verb of telling before a count whose clause ends in its noun, a noun of two words ---


@pytest.mark.parametrize("text", [
    "At least fifteen prisoners were beaten in the colony in Olenivka in May 2023, said one former prisoner.",
    "One former prisoner told us that at least fifteen prisoners were beaten in Olenivka in May 2023.",
    "In May 2023 at least fifteen prisoners were beaten in Olenivka, as told by one former prisoner.",
    "Один колишній полонений розповів, що у травні 2023 року в колонії в Оленівці побили щонайменше п'ятнадцять "
    "полонених.",
    "У травні 2023 року в Оленівці побили щонайменше п'ятнадцять полонених, розповів один колишній полонений.",
    "Один колишній в'язень засвідчив: у травні 2023 року в Оленівці побили щонайменше п'ятнадцять полонених.",
    "Один бывший пленный рассказал, что в мае 2023 года в колонии в Оленовке избили не менее пятнадцати пленных.",
    "В мае 2023 года в Оленовке избили не менее пятнадцати пленных, рассказал один бывший пленный.",
    "Один бывший заключённый вспоминает: в мае 2023 года в Оленовке избили не менее пятнадцати пленных.",
])
def test_the_one_who_tells_is_not_counted(text):
    assert victims(text).min == 15


def test_people_told_to_do_something_are_counted():
    assert victims("In May 2023 guards in Olenivka told two prisoners to undress and beat them.").min == 2


# --- a person by initials with an age between commas (casualties.json `initials`, `one_victim`) ---


@pytest.mark.parametrize("text", [
    "On 3 May 2024 Russian soldiers shot O.K., 54, at a checkpoint near Izium.",
    "In Izium on 3 May 2024 V. S. Melnyk, 61, was beaten by soldiers.",
    "On 3 May 2024 in Kherson troops detained T.H., 38, at her home.",
])
def test_a_person_by_initials_and_age_is_one(text):
    assert victims(text).min == 1


def test_a_count_after_initials_without_commas_is_a_count():
    assert victims("On 3 May 2024 in Izium, according to O.K. 54 residents were detained by troops.").min == 54


# --- the telling group's own staff (class `our_possessive` before a `staff_noun`) ---


@pytest.mark.parametrize("text", [
    "On 5 May 2024 a drone struck a van in Kherson, killing two of our staff.",
    "Two of our employees were wounded when shelling hit Kherson on 5 May 2024.",
    "On 5 May 2024 shelling in Kherson killed our driver and wounded a passer-by.",
    "5 травня 2024 року в Херсоні дрон атакував авто, загинули двоє наших працівників.",
    "Обстріл Херсона 5 травня 2024 року поранив трьох наших співробітників.",
    "5 травня 2024 року в Херсоні загинув наш водій, ще двоє наших працівників поранені.",
    "5 мая 2024 года в Херсоне дрон атаковал машину, погибли двое наших сотрудников.",
    "Двое наших работников ранены при обстреле Херсона 5 мая 2024 года.",
    "Обстрел Херсона 5 мая 2024 года ранил троих наших сотрудников.",
])
def test_our_own_staff_are_humanitarian_workers(text):
    assert victims(text).category == "humanitarian_worker"


@pytest.mark.parametrize("text", [
    "On 5 May 2024 shelling in Kherson killed two of our neighbours.",
    "On 5 May 2024 shelling in Kherson killed two staff of a bakery.",
    "5 мая 2024 года в Херсоне погибли двое наших соседей.",
])
def test_our_neighbours_or_others_staff_are_not(text):
    assert victims(text).category == "civilian"


# --- an age under 18 after a pronoun and a copula (cues.json `age` value `copula`, class `minor_age_word`) ---


@pytest.mark.parametrize("text", [
    "In March 2023 soldiers detained a resident of Kherson. She was fifteen.",
    "On 3 May 2024 troops in Izium shot a neighbour, Ivan; he was sixteen.",
    "On 3 May 2024 in Izium soldiers killed a man at the gate. He was only 15 when he died.",
    "3 травня 2024 року в Ізюмі військові розстріляли чоловіка. Йому було шістнадцять.",
    "3 травня 2024 року в Ізюмі військові розстріляли мешканця села, йому було лише 16 років.",
    "3 травня 2024 року в Ізюмі від обстрілу загинула жінка. Їй було п'ятнадцять.",
    "3 мая 2024 года в Изюме военные расстреляли мужчину. Ему было шестнадцать.",
    "3 мая 2024 года в Изюме при обстреле погибла женщина, ей было всего 16 лет.",
    "3 мая 2024 года в Изюме военные расстреляли жителя села. Ему было пятнадцать лет.",
])
def test_an_age_under_18_after_a_copula_makes_a_child(text):
    assert victims(text).category == "child"


@pytest.mark.parametrize("text", [
    "In March 2023 soldiers detained a resident of Kherson. She was one of twelve detainees.",
    "In March 2023 soldiers detained a resident of Kherson. He was 45.",
    "3 мая 2024 года в Изюме военные расстреляли жителя села. Ему было 56 лет.",
    "3 травня 2024 року в Ізюмі військові розстріляли чоловіка. Йому було п'ятдесят шість.",
])
def test_an_adult_age_or_one_of_many_is_no_child(text):
    assert victims(text).category == "civilian"


@pytest.mark.parametrize("text", [
    "On May 3, 20 civilians were returned from Russian captivity in Sumy. At least 12 of them said they had been "
    "tortured by guards.",
    "3 мая в Сумы из плена вернули 20 мирных жителей. Не менее 12 из них рассказали, что их пытали.",
    "3 травня до Сум з полону повернули 20 цивільних. Щонайменше 12 з них розповіли, що їх катували.",
])
def test_some_of_a_group_who_tell_are_still_counted(text):
    assert 12 in [i.facts.victims.min for i in extract(text, PUBLISHED).incidents]


# --- a speaker label opening a line ("JOURNALIST:", "Journalist (Channel 5):") is no victim (steps/cues.py) ---


@pytest.mark.parametrize("text, category", [
    ("Briefing, 5 May 2024\n\nJOURNALIST: On 3 May a drone hit a minibus in Kherson, killing two women. Who did it?\n"
     "SPOKESMAN: The Russian army did.", "civilian"),
    ("Briefing, 5 May 2024\n\nJournalist (Channel 5): On 3 May a Russian drone killed a man in Kherson. Will you "
     "respond?\nMinister: We will.", "civilian"),
    ("Briefing, 5 May 2024\n\nREPORTER: On 3 May shelling in Kherson wounded two pensioners. Your comment?\n"
     "OFFICIAL: It was a Russian strike.", "civilian"),
    ("Брифінг, 5 травня 2024\n\nЖУРНАЛІСТ: 3 травня в Херсоні дрон убив двох жінок. Хто відповідальний?\n"
     "РЕЧНИК: Російська армія.", "civilian"),
    ("Брифинг, 5 мая 2024\n\nЖурналист: 3 мая в Херсоне дрон убил двух женщин. Кто ответит?\n"
     "Представитель: Российская армия.", "civilian"),
    ("Briefing, 5 May 2024\n\nJournalist Olena Koval: On 3 May a Russian drone killed two women in Kherson.",
     "civilian"),
])
def test_a_speaker_label_is_no_victim(text, category):
    assert victims(text).category == category


@pytest.mark.parametrize("text", [
    "On 3 May 2024 a Russian drone killed a journalist in Kherson.",
    "Report, 5 May 2024\n\nJournalists killed: on 3 May a Russian drone killed two reporters in Kherson.",
    "Report, 5 May 2024\n\nA journalist was killed on 3 May when a Russian drone hit his car in Kherson.",
])
def test_journalists_told_as_victims_stay(text):
    assert victims(text).category == "journalist"


# --- an order of no quarter harms no one by itself (cues.json `victimless_violations`) ---


@pytest.mark.parametrize("text", [
    "On 3 May 2024 Russian commanders ordered troops near Bakhmut not to take prisoners.",
    "A Russian commander ordered his men on 3 May 2024 near Bakhmut to take no prisoners.",
    "Near Bakhmut on 3 May 2024 an officer told the assault group not to take any prisoners.",
    "3 травня 2024 року під Бахмутом російський командир наказав не брати полонених.",
    "3 мая 2024 года под Бахмутом российский командир приказал пленных не брать.",
])
def test_an_order_of_no_quarter_has_no_victims(text):
    told = victims(text)
    assert (told.category, told.min) == ("unknown", None)


@pytest.mark.parametrize("text", [
    "On 3 May 2024 near Bakhmut a commander ordered his men not to take prisoners, and they shot two surrendering "
    "soldiers.",
    "3 мая 2024 года под Бахмутом командир приказал пленных не брать, после чего военные расстреляли двух сдавшихся "
    "бойцов.",
])
def test_killings_after_the_order_keep_their_victims(text):
    told = victims(text)
    assert (told.category, told.min) == ("pow", 2)


# --- "both" after an act, or before it as its subject (en casualties.json `one_victim` values `object_both`,
# `subject_both`); in uk/ru the two people joined before "обох"/"обоих" are counted already, checked here ---


@pytest.mark.parametrize("text", [
    "On 3 May 2024 Russian troops near Bakhmut shot both after they surrendered.",
    "On 3 May 2024 two men were detained in Izium; both were later tortured.",
    "Soldiers captured a driver and his neighbour in Izium on 3 May 2024 and beat both of them.",
    "3 травня 2024 року під Бахмутом окупанти взяли в полон двох бійців і розстріляли обох.",
    "3 мая 2024 года под Бахмутом военные взяли в плен двух бойцов и расстреляли обоих.",
    "3 мая 2024 года в Изюме военные задержали водителя и соседа, оба были убиты.",
])
def test_both_are_two(text):
    assert victims(text).min == 2


def test_both_before_a_noun_is_a_determiner():
    assert victims("On 3 May 2024 troops in Izium beat both men and their wives.").min != 2


# --- prisoners of war tried in an unfair trial are its victims, not the accused (casualties._tried_unfairly) ---


@pytest.mark.parametrize("text", [
    "On 3 May 2024 twelve Ukrainian POWs were sentenced in Rostov-on-Don to between 13 and 23 years in prison.",
    "Twelve Ukrainian prisoners of war were convicted by a court in occupied Donetsk on 3 May 2024 and jailed for 20 "
    "years.",
    "On 3 May 2024 in Rostov 12 Ukrainian POWs were sentenced to 18-22 years in a sham trial.",
    "3 травня 2024 року суд у Ростові засудив 12 українських військовополонених до 13-23 років ув'язнення.",
    "3 мая 2024 года суд в Ростове приговорил 12 украинских военнопленных к срокам от 13 до 23 лет.",
])
def test_pows_sentenced_in_an_unfair_trial_are_counted(text):
    told = victims(text)
    assert (told.category, told.min) == ("pow", 12)


def test_soldiers_sentenced_for_a_crime_are_not_its_victims():
    assert victims("On 3 May 2024 two Russian soldiers were sentenced in Kharkiv for shelling a school.").min is None


# --- a toll over a span of days or weeks beside one incident's own count (casualties.json `period_toll`) ---


@pytest.mark.parametrize("text", [
    "Over the past week Russian shelling killed 12 people and injured 40 in Kherson, the city administration said. "
    "On Monday a drone killed a 64-year-old man on his bicycle in the Dniprovskyi district.",
    "In the last week Russian strikes killed 12 residents of Kherson. On 3 May 2024 a drone killed a woman at a bus "
    "stop in the city.",
    "During the past seven days shelling killed 12 civilians in Kherson. On 3 May 2024 a drone attack there killed "
    "a pensioner.",
    "За минулий тиждень російські обстріли вбили в Херсоні 12 людей. 3 травня 2024 року дрон убив 64-річного чоловіка "
    "на велосипеді.",
    "Протягом тижня російські удари забрали життя 12 херсонців. 3 травня 2024 року в Херсоні дрон убив пенсіонерку.",
    "За останні сім днів обстріли вбили в Херсоні 12 людей. 3 травня 2024 року дрон убив жінку на зупинці.",
])
def test_a_period_toll_is_not_the_single_death_beside_it(text):
    mins = [i.facts.victims.min for i in extract(text, PUBLISHED).incidents]
    assert 1 in mins, mins  # the death is counted as one (the toll may stand apart as an incident of its own)


@pytest.mark.parametrize("text", [
    "Over the past week Russian shelling killed 12 people in Kherson.",
    "3 травня 2024 року ракета вбила в Херсоні 12 людей; за минулий тиждень місто обстрілювали щодня.",
    "On 3 May 2024 a missile killed 12 people in Kherson; over the past week the city had been shelled daily.",
])
def test_a_period_toll_alone_is_kept(text):
    assert victims(text).min == 12


# --- two relatives named by initials after a plural kin noun (en `one_victim` values `object_both`, `subject_both`) ---


@pytest.mark.parametrize("text", [
    "On 4 April 2022 Russian troops shot dead brothers V. and S. M. in their yard in Bucha.",
    "In Bucha on 4 April 2022 brothers V. and S. Melnyk were shot by soldiers.",
    "On 4 April 2022 soldiers in Bucha detained sisters O. K. and N. K. and tortured them.",
])
def test_two_relatives_by_initials_are_two(text):
    assert victims(text).min == 2


def test_a_plural_kin_noun_without_initials_is_not_counted_as_two():
    assert victims("On 4 April 2022 in Bucha soldiers shot dead brothers of the mayor.").min != 2


@pytest.mark.parametrize(("text", "language"), [
    ("A former prisoner said guards beat him in the colony in Kherson in May 2022.", "en"),
    ("One released soldier told reporters that Russian guards tortured him in Kherson in May 2022.", "en"),
    ("Бывший пленный рассказал, что российские охранники избивали его в колонии в Еленовке в мае 2022 года.", "ru"),
])
def test_the_one_who_tells_of_an_act_done_to_them_is_its_victim(text, language):
    # before stage 20's merge, the teller was read as a source only, leaving the act with no victim
    found = extract(text, dt.date(2024, 6, 1), language).incidents
    assert [(i.facts.violations[0], i.facts.victims.min) for i in found] == [("torture_ill_treatment", 1)]


@pytest.mark.parametrize(("text", "language"), [
    ("One released soldier told reporters that Russian guards tortured him in Kherson in May 2022.", "en"),
    ("A former prisoner told journalists that guards beat him in Kherson in May 2022.", "en"),
    ("Колишній полонений розповів журналістам, що охоронці катували його в Херсоні у травні 2022 року.", "uk"),
])
def test_the_people_an_account_is_told_to_are_no_victims(text, language):
    found = extract(text, dt.date(2024, 6, 1), language).incidents
    assert found and all(i.facts.victims.category != "journalist" for i in found)


def test_reporters_hurt_by_an_attack_are_its_victims():
    found = extract("Russian shelling of Kherson on 3 May 2024 wounded two reporters.", PUBLISHED).incidents
    assert [(i.facts.victims.min, i.facts.victims.category) for i in found] == [(2, "journalist")]
