"""Violation cues one language had and another lacked (bench/bench_cue_parity.py shows the gaps), written
as lemma patterns in the language that lacked them. Every sentence is our own (STYLE.md points 11-12):
three wordings per rule and a near miss that must not match."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract.engine.document import Document

PUBLISHED = dt.date(2025, 6, 11)


def labels(text: str, language: str) -> set[str]:
    found = Document(text, PUBLISHED, language) if language != "en" else Document(text, PUBLISHED)
    return {m.value for m in found.hits("violation")}


def cases(language: str, label: str, *texts: str) -> list:
    return [pytest.param(text, language, label, id=f"{language}-{label}-{n}") for n, text in enumerate(texts)]


MATCHES = [
    # a court sentencing captives, or sentencing unlawfully
    *cases("en", "unfair_trial_forced_service",
           "Russian courts unlawfully sentenced 21 Ukrainian prisoners of war.",
           "An occupation tribunal illegally convicted three marines of terrorism.",
           "The captured soldiers were sentenced to 20 years by a court in Rostov.",
           "A court in Donetsk sentenced 12 Ukrainian POWs to long terms.",
           "Ukrainian prisoners of war have been convicted in absentia of invented crimes."),
    *cases("uk", "unfair_trial_forced_service",
           "Окупаційний суд засудив трьох українських полонених до 20 років.",
           "Українських полонених морпіхів засудили у Ростові до довічного ув'язнення.",
           "Так званий суд виніс вирок українським військовополоненим з Маріуполя.",
           "Чоловіків з окупованих сіл змусили воювати проти своїх."),
    *cases("ru", "unfair_trial_forced_service",
           "Суд вынес незаконный приговор украинским военнопленным.",
           "Мобилизованных жителей заставили воевать против своих.",
           "Пленных морпехов судили на показательном судилище."),
    # feigned surrender, a white flag
    *cases("uk", "perfidy",
           "Солдати вийшли з білим прапором, а потім відкрили вогонь.",
           "Росіяни вдавали, що здаються, і стріляли в упор.",
           "Військові прикинулися, ніби здаються в полон."),
    *cases("ru", "perfidy",
           "Военные вышли под белым флагом, а затем открыли огонь.",
           "Солдаты притворились, что сдаются, и открыли стрельбу.",
           "Боевики сделали вид, что сдаются."),
    # no prisoners taken
    *cases("uk", "denial_of_quarter",
           "Командир наказав не брати полонених.",
           "Полонених не брати, сказав офіцер у перехопленні.",
           "Бійцям наказали в полон не брати нікого."),
    *cases("ru", "denial_of_quarter",
           "Командир приказал не брать пленных.",
           "Пленных не брать, сказал офицер на записи.",
           "Им велели в плен не брать никого."),
    # people used as a shield
    *cases("uk", "human_shields",
           "Окупанти прикривалися цивільними під час наступу.",
           "Військові тримали людей у школі як щит.",
           "Загарбники використали селян як живий щит."),
    *cases("ru", "human_shields",
           "Боевики прикрывались мирными жителями в школе.",
           "Они использовали жителей в качестве щита.",
           "Заложников поставили как щит перед колонной."),
    # the dead mutilated or desecrated
    *cases("uk", "mistreatment_of_dead",
           "Загарбники обезголовили полоненого бійця.",
           "Тіло повернули без внутрішніх органів.",
           "Окупанти спалили тіла загиблих у лісі."),
    *cases("ru", "mistreatment_of_dead",
           "Боевики обезглавили пленного солдата.",
           "Тело вернули без внутренних органов.",
           "Солдаты сожгли тела погибших в лесу."),
    # sexual violence named by its acts
    *cases("uk", "sexual_violence",
           "Полоненого кастрували на відео.",
           "Слідчі задокументували кастрацію затриманого.",
           "Наглядачі застосовували струм до геніталій."),
    *cases("ru", "sexual_violence",
           "Пленного кастрировали на видео.",
           "Следователи задокументировали кастрацию задержанного.",
           "Охранники применяли ток к гениталиям."),
    # pillage, told by what was taken
    *cases("ru", "pillage_destruction",
           "Солдаты украли из домов технику и деньги.",
           "Военные похитили у фермеров скот и зерно.",
           "В селе начался грабеж магазинов."),
    # Russian forms Ukrainian already had
    *cases("ru", "execution",
           "Пленных расстреливали у дороги.",
           "Раненых добивали на месте.",
           "Солдаты убивали пленных после допроса.",
           "Заключённый умер после избиения в колонии."),
    *cases("ru", "unlawful_detention",
           "Жителей держали несколько недель в подвале.",
           "Мужчина пропал без вести в марте.",
           "Похищенного волонтёра удерживали в изоляторе."),
    *cases("ru", "deportation_transfer",
           "Детей принудительно вывезли в Россию.",
           "Правозащитники описали насильственный вывоз сирот.",
           "Воспитанников насильно вывезли из интерната."),
    *cases("ru", "torture_ill_treatment",
           "Пленным имитировали расстрел.",
           "Задержанному угрожали расстрелом.",
           "В здании полиции устроили пыточную."),
    *cases("uk", "deportation_transfer",
           "Вони вивезли 15 дітей з інтернату до Криму.",
           "Окупанти вивезли сиріт до Ростова.",
           "Омбудсман розповів про вивезення дітей з Херсона."),
]


@pytest.mark.parametrize(("text", "language", "label"), MATCHES)
def test_a_violation_cue_holds_in_every_language(text, language, label):
    assert label in labels(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("A judge in Kyiv sentenced the looter to five years.", "en"),
    ("The prisoners were exchanged and the court sentenced nobody.", "en"),
    ("Суд у Києві засудив шахрая до п'яти років.", "uk"),
    ("Діти бігали з білим папером по двору.", "uk"),
    ("Тіло знайшли біля дороги без документів.", "uk"),
    ("Суд в Москве приговорил вора к пяти годам.", "ru"),
    ("Он держал флаг в руках.", "ru"),
    ("Мальчик взял с собой деньги и вещи.", "ru"),
])
def test_look_alikes_are_no_violation_cue(text, language):
    assert labels(text, language) == set()


@pytest.mark.parametrize(("text", "language"), [
    ("Суд у Харкові засудив полоненого російського військового до довічного ув'язнення.", "uk"),
    ("A court in Kharkiv sentenced a captured Russian soldier to life in prison.", "en"),
    ("Two Russian prisoners of war were sentenced in Kyiv for the shooting.", "en"),
])
def test_a_ukrainian_court_trying_a_russian_captive_is_no_unfair_trial_cue(text, language):
    assert "unfair_trial_forced_service" not in labels(text, language)
