"""Stage 21 (victims, en/uk/ru): victims read across all the sentences of an incident with a precedence (a count in
the act's sentence, then a count of the same people told elsewhere in the incident or just before it, then one person
told by an age); a pronoun joined to a count ("he and two cellmates") is one more; wounded men who had surrendered are
prisoners of war. Every sentence is our own; each rule has three wordings per language and look-alikes that must not
fire."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import first_victims
from warcrimes.domain.facts import Victims

PUBLISHED = dt.date(2025, 6, 18)


def victims(text: str) -> Victims:
    return first_victims(text, PUBLISHED)


# --- one person told by an age before any noun (one_victim.aged_one) ---


@pytest.mark.parametrize("text", [
    "On 3 May 2025 a Russian drone hit a farm building near Apostolove, injuring a 62-year-old watchman.",
    "On 3 May 2025 a Russian drone struck a shop in Nikopol. A 58-year-old saleswoman was wounded.",
    "On 3 May 2025 Russian artillery shelled Marhanets, wounding a 70-year-old beekeeper in his yard.",
    "3 травня 2025 року снаряд влучив у будинок у Бериславі, 71-річна господиня дістала поранення.",
    "3 травня 2025 року російський дрон атакував магазин у Нікополі. Поранено 58-річну продавчиню.",
    "3 травня 2025 року в Марганці внаслідок обстрілу поранено 70-річного пасічника.",
    "3 мая 2025 года снаряд попал в дом в Бериславе, 71-летняя хозяйка получила ранение.",
    "3 мая 2025 года российский дрон атаковал магазин в Никополе, ранена 58-летняя продавщица.",
    "3 мая 2025 года в Марганце в результате обстрела ранен 70-летний пасечник.",
])
def test_one_person_told_by_an_age_before_any_noun_is_one_civilian(text):
    told = victims(text)
    assert (told.min, told.category) == (1, "civilian")


@pytest.mark.parametrize("text", [
    "On 3 May 2025 Russian shelling killed a 14-year-old in Kherson.",
    "3 травня 2025 року внаслідок обстрілу Херсона загинув 14-річний підліток.",
    "3 мая 2025 года в результате обстрела Херсона погиб 14-летний подросток.",
])
def test_an_age_under_eighteen_is_one_child(text):
    told = victims(text)
    assert (told.min, told.category) == (1, "child")


@pytest.mark.parametrize("text", [
    "On 3 May 2025 a 35-year-old Russian serviceman shot a pensioner in Bucha.",
    "3 травня 2025 року в Бучі 35-річний російський військовий застрелив пенсіонера.",
    "3 мая 2025 года в Буче 35-летний российский военный застрелил пенсионера.",
])
def test_the_age_of_the_one_who_did_it_adds_no_victim(text):
    assert victims(text).min == 1  # the pensioner, not the soldier beside him


@pytest.mark.parametrize("text", [
    "On 3 May 2025 a Russian drone hit a 100-year-old church in Nikopol.",
    "On 3 May 2025 a drone hit a house in Nikopol; nobody was hurt. A 45-year-old neighbour said the blast woke her.",
])
def test_an_age_of_a_thing_or_of_one_who_speaks_is_no_victim(text):
    assert victims(text).min in (None, 0)


def test_an_age_in_the_plural_counts_no_one_person():
    told = victims("3 травня 2025 року в Бериславі 71-річні подружжя та їхні сусіди дістали поранення.")
    assert told.min != 1


@pytest.mark.parametrize("text", [
    "3 мая 2025 года в селе Русское Поречное военный застрелил во дворе дома 65-летнего местного жителя.",
    "3 мая 2025 года в Курской области военный застрелил местного жителя во дворе его дома.",
    "3 травня 2025 року в Бучі військовий застрелив місцевого жителя біля його будинку.",
])
def test_an_empty_count_of_one_takes_the_noun_phrase_it_stands_in(text):
    told = victims(text)
    assert (told.min, told.category) == (1, "civilian")


# --- a count of the incident's people told in another of its sentences, or just before it ---


@pytest.mark.parametrize("text", [
    "On 14 March 2025 Russian soldiers stopped a minibus at a checkpoint near Enerhodar and took away five workers"
    " of the plant. Their relatives have heard nothing since. We regard this detention as an enforced disappearance.",
    "In March 2025 Russian troops searched homes in Kakhovka and took away three local residents. Nobody knows where"
    " they are. We regard this detention as an enforced disappearance.",
    "On 2 April 2025 Russian soldiers drove off four men from Vasylivka in a truck. Their families know nothing."
    " We regard this detention as an enforced disappearance.",
])
def test_the_group_seized_in_the_sentence_before_the_act_is_counted(text):
    assert victims(text).min in (3, 4, 5)


@pytest.mark.parametrize("text", [
    "Мешканця Каланчака, 34-річного Андрія К., затримали 5 жовтня 2025 року. Десять днів його били та катували.",
    "Жителя Херсона, 34-летнего Андрея К., российские военные задержали 5 октября 2025 года. Десять дней его держали"
    " в подвале, били и пытали.",
    "On 5 October 2025 occupation police in Kalanchak detained a 34-year-old resident. For ten days he was beaten"
    " and tortured.",
])
def test_a_count_told_in_a_sentence_of_the_incident_that_is_not_its_act_sentence(text):
    assert victims(text).min in (1, 3, 4)


@pytest.mark.parametrize("text", [
    "On 14 March 2025 a drone hit a clinic in Sumy; nobody was hurt. This week our team evacuated 300 residents"
    " from the border villages.",
    "On 14 March 2025 Russian soldiers detained residents in Vasylivka. Prosecutors later charged two Russian"
    " officers in absentia.",
])
def test_people_evacuated_or_soldiers_charged_elsewhere_are_no_count_of_the_incident(text):
    assert victims(text).min in (None, 0)


# --- a pronoun joined to a count: one more ---


@pytest.mark.parametrize("text", [
    "On 5 May 2024 in a cell in Vasylivka he and two cellmates were beaten by guards.",
    "On 19 August 2025 in Pokrovsk soldiers forced him and two neighbours to walk ahead of an assault group.",
    "A resident of Vasylivka was detained on 5 May 2024. He and two cellmates were beaten by guards.",
    "5 травня 2024 року в Ізюмі російські військові затримали її і двох колег.",
    "5 травня 2024 року в Ізюмі його та двох сусідів по камері катували струмом.",
    "5 травня 2024 року у Василівці охоронці били його та двох сусідів по камері.",
    "5 мая 2024 года в Изюме российские военные задержали ее и двух коллег.",
    "5 мая 2024 года в Изюме его и двух сокамерников пытали током.",
    "5 мая 2024 года в Василевке охранники избивали его и двух сокамерников.",
])
def test_a_pronoun_and_a_count_the_act_is_done_to_are_one_more(text):
    assert victims(text).min == 3


@pytest.mark.parametrize("text", [
    "On 5 May 2024 in Izium he and two soldiers shot a man near the school.",
    "On 5 May 2024 in Izium, she said, he and two friends saw soldiers beat a man.",
    "5 мая 2024 года в Изюме, по ее словам, он и двое друзей видели, как военные избили мужчину.",
])
def test_a_pronoun_and_a_count_who_did_or_saw_it_are_not_its_victims(text):
    assert victims(text).min != 3


@pytest.mark.parametrize("text", [
    "Andrii Koval, a 41-year-old crane operator, was taken off a convoy in April 2022. He was locked in a garage with"
    " thirty other men.\n\nHe and two cellmates were beaten with truncheons in Vasylivka, he said.",
])
def test_the_companions_of_a_civilian_told_by_a_pronoun_stay_civilians(text):
    told = victims(text)
    assert (told.min, told.category) == (3, "civilian")


# --- one person counted in the act's sentence and with N more elsewhere ---


@pytest.mark.parametrize("text", [
    "Сергій Мельник, колишній військовополонений: «Нас тримали в ізоляторі в Старому Осколі у 2024 році. Били щодня"
    " – мене і ще дванадцятьох хлопців з роти.",
    "Сергей Мельник, бывший военнопленный: «Нас держали в изоляторе в Старом Осколе в 2024 году. Били каждый день –"
    " меня и еще двенадцать ребят из роты.",
    "Serhii Melnyk, a former prisoner of war: \"They held us in a detention centre in Stary Oskol in 2024. They beat"
    " me and twelve other men from my company every day.",
])
def test_the_one_counted_is_among_himself_and_n_more_told_after(text):
    assert victims(text).min == 13


# --- wounded men who had surrendered are prisoners of war ---


@pytest.mark.parametrize("text", [
    "On 3 February 2024 near Avdiivka Russian soldiers shot two wounded Ukrainian soldiers who had surrendered.",
    "У лютому 2024 року поблизу Авдіївки російські військові розстріляли двох поранених побратимів, які здалися в"
    " полон.",
    "В феврале 2024 года под Авдеевкой российские военные расстреляли двух раненых бойцов, которые сдались в плен.",
    "On 3 February 2024 near Avdiivka Russian troops executed two wounded marines who had been captured.",
])
def test_wounded_men_who_had_surrendered_are_prisoners_of_war(text):
    assert victims(text).category == "pow"


@pytest.mark.parametrize("text", [
    "On 3 February 2024 near Avdiivka Russian soldiers shot two wounded Ukrainian soldiers lying in a trench.",
    "On 3 February 2024 near Avdiivka Russian soldiers shot two wounded Ukrainian soldiers who were trying to"
    " surrender.",
    "У лютому 2024 року поблизу Авдіївки російські військові розстріляли двох поранених бійців, які намагалися"
    " здатися в полон.",
    "В феврале 2024 года под Авдеевкой российские военные добили раненого бойца, который пытался сдаться.",
])
def test_wounded_men_not_yet_in_enemy_hands_stay_wounded_combatants(text):
    assert victims(text).category == "wounded_combatant"


# --- a noun phrase in apposition does not part a person from the deed ---


@pytest.mark.parametrize("text", [
    "On 3 May 2025 a drone attacked a marked aid van in Bilozerka. The driver, a local staff member, was wounded in"
    " the legs.",
    "On 3 May 2025 a drone attacked a bus in Kherson. The driver, a father of three, was killed.",
    "On 3 May 2025 a drone attacked a car in Kherson. The driver, a retired teacher, was injured.",
])
def test_a_person_in_apposition_is_still_the_one_harmed(text):
    assert victims(text).min == 1


def test_wounded_men_shot_after_capture_stay_wounded_combatants():
    text = "Two wounded Ukrainian soldiers were shot after capture near Bakhmut on 5 February 2024, prosecutors said."
    assert victims(text).category == "wounded_combatant"  # "after capture" tells when, not that they surrendered


# --- one person after a citing cue and its adjectives is the source (uk/ru) ---


@pytest.mark.parametrize("text", [
    "По словам бывшего пленного Игоря М., в январе 2025 года охранники в Таганроге ежедневно избивали не менее"
    " двадцати пленных.",
    "По словам бывшего военнопленного, в январе 2025 года охранники СИЗО в Таганроге избивали не менее двадцати"
    " пленных.",
    "По словам освобожденного пленного Игоря М., в январе 2025 года охранники в Таганроге избили двадцать пленных.",
])
def test_the_one_cited_is_no_victim_beside_the_group(text):
    assert victims(text).min == 20


def test_one_person_beaten_with_no_citing_cue_is_the_victim():
    assert victims("В январе 2025 года в Таганроге охранники избили бывшего пленного Игоря М.").min == 1


@pytest.mark.parametrize("text", [
    "Під час обстрілу Нікополя 3 травня 2025 року загинула медична сестра лікарні Марія Бойко.",
    "Во время обстрела Никополя 3 мая 2025 года погибла медицинская сестра больницы Мария Бойко.",
    "3 травня 2025 року в Нікополі внаслідок обстрілу загинув місцевий житель.",
])
def test_a_singular_noun_phrase_keeps_its_kind_with_its_count(text):
    told = victims(text)
    assert told.min == 1 and told.category in ("medical_personnel", "civilian")
