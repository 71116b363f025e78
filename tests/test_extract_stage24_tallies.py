"""Stage 24 (cntV): a count whose clause is framed as many acts' figure (a span of a week or more with a scope wider
than one act, a war or an occupation, people still held) is a statistic, never the victims of an act told beside it;
that act keeps its own count or none. One act with its own count, its town or its day keeps the count. All texts are
our own, in en, uk and ru."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 6, 10)
CAR = {
    "en": "On Tuesday a drone hit a car in Beryslav. ",
    "uk": "У вівторок дрон уразив автомобіль у Бериславі. ",
    "ru": "Во вторник дрон поразил автомобиль в Бериславе. ",
}
FARMER = {
    "en": "Russian soldiers detained a farmer in Vasylivka on Monday. ",
    "uk": "У понеділок окупанти затримали фермера у Василівці. ",
    "ru": "В понедельник оккупанты задержали фермера в Васильевке. ",
}


def _figures(extraction) -> list[tuple[str, str, float, str]]:
    return [(s.facts.measure, s.facts.population, s.facts.value, s.facts.qualifier) for s in extraction.statistics]


@pytest.mark.parametrize(("lang", "toll", "figures"), [
    ("en", "Over the past week the shelling of the district killed nine people.", [("killed", "civilian", 9, "exact")]),
    ("en", "Last week nine civilians were killed in the district.", [("killed", "civilian", 9, "exact")]),
    ("en", "During the past month, Russian attacks in the region killed 27 people and wounded 88.",
     [("killed", "civilian", 27, "exact"), ("wounded", "civilian", 88, "exact")]),
    ("en", "Over the last two weeks Russian strikes killed 11 residents of the community.",
     [("killed", "civilian", 11, "exact")]),
    ("uk", "Минулого тижня в районі загинули дев'ять цивільних.", [("killed", "civilian", 9, "exact")]),
    ("uk", "За тиждень обстріли вбили дев'ять людей у районі.", [("killed", "civilian", 9, "exact")]),
    ("uk", "Протягом минулого місяця внаслідок атак на громаду загинули 27 людей, ще 88 поранені.",
     [("killed", "civilian", 27, "exact"), ("wounded", "civilian", 88, "exact")]),
    ("uk", "За останні два тижні в області загинули 11 мешканців.", [("killed", "civilian", 11, "exact")]),
    ("ru", "На прошлой неделе в районе погибли девять мирных жителей.", [("killed", "civilian", 9, "exact")]),
    ("ru", "За неделю обстрелы убили девять человек в районе.", [("killed", "civilian", 9, "exact")]),
    ("ru", "В течение прошлого месяца в результате атак на громаду погибли 27 человек, еще 88 ранены.",
     [("killed", "civilian", 27, "exact"), ("wounded", "civilian", 88, "exact")]),
    ("ru", "За последние две недели в области погибли 11 жителей.", [("killed", "civilian", 11, "exact")]),
])
def test_a_toll_over_a_week_or_more_beside_an_act_is_a_figure_not_the_acts_victims(lang, toll, figures):
    extraction = extract(CAR[lang] + toll, PUBLISHED, lang)
    [incident] = extraction.incidents
    assert incident.facts.location.name == "Beryslav"
    assert incident.facts.victims.min is None
    assert _figures(extraction) == figures


@pytest.mark.parametrize(("lang", "toll"), [
    ("en", "Since the invasion 43 people have been killed in the district."),
    ("en", "During the war, 43 people have been killed in the community."),
    ("en", "Since the occupation began, 43 residents of the district have been killed."),
    ("uk", "Від початку вторгнення в районі загинули 43 людини."),
    ("uk", "За час війни в громаді загинули 43 людини."),
    ("uk", "Під час окупації в районі були вбиті 43 мешканці."),
    ("ru", "С начала вторжения в районе погибли 43 человека."),
    ("ru", "За время войны в громаде погибли 43 человека."),
    ("ru", "Во время оккупации в районе были убиты 43 жителя."),
])
def test_a_war_toll_beside_an_act_is_a_figure(lang, toll):
    extraction = extract(CAR[lang] + toll, PUBLISHED, lang)
    [incident] = extraction.incidents
    assert incident.facts.victims.min is None
    assert _figures(extraction) == [("killed", "civilian", 43, "exact")]


@pytest.mark.parametrize(("lang", "total", "figure"), [
    ("en", "More than 1,200 of our defenders are still held in Russian captivity.", ("pow", "at_least")),
    ("en", "1,200 of our defenders remain in Russian prisons.", ("pow", "exact")),
    ("en", "Over 1,200 residents of the district are still held by the occupiers.", ("civilian", "at_least")),
    ("uk", "Понад 1200 наших захисників досі перебувають у російському полоні.", ("pow", "at_least")),
    ("uk", "1200 наших захисників залишаються в російських в'язницях.", ("pow", "exact")),
    ("uk", "Понад 1200 мешканців району досі утримуються окупантами.", ("civilian", "at_least")),
    ("ru", "Более 1200 наших защитников до сих пор остаются в российском плену.", ("pow", "at_least")),
    ("ru", "1200 наших защитников остаются в российских тюрьмах.", ("pow", "exact")),
    ("ru", "Более 1200 жителей района до сих пор удерживаются оккупантами.", ("civilian", "at_least")),
])
def test_people_still_held_are_a_figure_and_the_detention_keeps_its_own_count(lang, total, figure):
    extraction = extract(FARMER[lang] + total, PUBLISHED, lang)
    [incident] = extraction.incidents
    assert incident.facts.victims.min == 1
    assert _figures(extraction) == [("held_captive", figure[0], 1200, figure[1])]


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "On Monday the strike on the market in Kupiansk killed 14 people.", 14),
    ("en", "On Monday Russian troops shelled a bus near Kupiansk. All 5 passengers were killed.", 5),
    ("en", "A total of 3 people were wounded in the attack on Kupiansk on Monday.", 3),
    ("uk", "У понеділок удар по ринку в Куп'янську вбив 14 людей.", 14),
    ("uk", "У понеділок росіяни обстріляли автобус біля Куп'янська. Усі 5 пасажирів загинули.", 5),
    ("uk", "Загалом 3 людини були поранені внаслідок атаки на Куп'янськ у понеділок.", 3),
    ("ru", "В понедельник удар по рынку в Купянске убил 14 человек.", 14),
    ("ru", "В понедельник россияне обстреляли автобус возле Купянска. Все 5 пассажиров погибли.", 5),
    ("ru", "В общей сложности 3 человека были ранены в результате атаки на Купянск в понедельник.", 3),
])
def test_one_act_with_its_own_count_town_or_day_keeps_the_count(lang, text, value):
    extraction = extract(text, PUBLISHED, lang)
    [incident] = extraction.incidents
    assert incident.facts.victims.min == value
    assert incident.facts.location.name == "Kupiansk"
    assert extraction.statistics == ()


@pytest.mark.parametrize("text", [
    "Всего с начала года из плена возвращены 1 220 наших военнопленных.",
    "С начала года на Родину возвращено 1 220 военнослужащих.",
    "За год удалось возвратить из плена 1 220 защитников.",
])
def test_people_returned_told_by_vozvratit_are_a_release_figure(text):
    extraction = extract(text, PUBLISHED, "ru")
    assert extraction.incidents == ()
    assert [(s.facts.measure, s.facts.value) for s in extraction.statistics] == [("released", 1220)]


@pytest.mark.parametrize(("lang", "toll"), [
    ("en", "Nine civilians lost their lives in May."),
    ("en", "In May, nine people died."),
    ("en", "Nine residents were killed in May."),
    ("uk", "У травні загинули дев'ять цивільних."),
    ("uk", "Дев'ятеро людей загинули в травні."),
    ("uk", "У травні були вбиті дев'ять мешканців."),
    ("ru", "В мае погибли девять мирных жителей."),
    ("ru", "Девять человек погибли в мае."),
    ("ru", "В мае были убиты девять жителей."),
])
def test_a_months_toll_with_no_act_of_its_own_is_a_figure(lang, toll):
    extraction = extract(CAR[lang] + toll, PUBLISHED, lang)
    [incident] = extraction.incidents
    assert incident.facts.victims.min is None
    assert _figures(extraction) == [("killed", "civilian", 9, "exact")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A soldier said he was held in a colony near Kursk. Two of his comrades died of beatings in January."),
    ("en", "A soldier said he was held in a colony near Kursk. His two cellmates died after beatings in January."),
    ("uk", "Військовий розповів, що його утримували в колонії під Курськом. Двоє його побратимів померли від побоїв у "
           "січні."),
    ("uk", "Військовий розповів, що його утримували в колонії під Курськом. У січні від побоїв померли двоє його "
           "побратимів."),
    ("ru", "Военный рассказал, что его содержали в колонии под Курском. Двое его сослуживцев скончались от побоев в "
           "январе."),
    ("ru", "Военный рассказал, что его содержали в колонии под Курском. В январе от побоев умерли двое его "
           "сослуживцев."),
])
def test_someones_dead_in_a_month_stay_one_accounts_victims(lang, text):
    extraction = extract(text, PUBLISHED, lang)
    [incident] = extraction.incidents
    assert incident.facts.victims.min == 2
    assert extraction.statistics == ()


@pytest.mark.parametrize(("lang", "toll"), [
    ("en", "Overall, 43 civilians have been killed in the district."),
    ("en", "In total, 43 residents of the community have been killed."),
    ("en", "In all, 43 people have died in the district."),
    ("uk", "Загалом у громаді загинули 43 людини."),
    ("uk", "Всього в районі загинули 43 мешканці."),
    ("uk", "Усього в районі були вбиті 43 цивільні."),
    ("ru", "Всего в громаде погибли 43 человека."),
    ("ru", "В общей сложности в районе погибли 43 жителя."),
    ("ru", "Всего в районе были убиты 43 мирных жителя."),
])
def test_a_cumulative_toll_of_a_district_beside_an_act_is_a_figure(lang, toll):
    extraction = extract(CAR[lang] + toll, PUBLISHED, lang)
    [incident] = extraction.incidents
    assert incident.facts.victims.min is None
    assert _figures(extraction) == [("killed", "civilian", 43, "exact")]
