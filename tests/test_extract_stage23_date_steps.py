"""Stage 23 (dateU): a date belongs to the clause it modifies, and dates an act only when that clause tells the act;
a later step's clause (a person set free, a repatriation, a telling to the narrator) keeps its day to itself, so the
act is dated by its own clause or by the scene told before it, or stays undated. The later-step words are the
per-language classes roles.json `release` and dates.json `reporting_channels`. All passages are written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 7, 30)  # a Wednesday


def _dates(text: str, language: str) -> list[str | None]:
    return [
        i.facts.date.start.isoformat() if i.facts.date else None
        for i in extract(text, PUBLISHED, language=language).incidents
    ]


# -- uk/ru: a person set free ("звільнений у січні", "освобождённый в январе") governs its own day -------------

@pytest.mark.parametrize(("language", "text"), [
    ("uk", "Один із затриманих, звільнений у січні, розповів, що його тримали в підвалі в Мелітополі та катували "
           "струмом."),
    ("uk", "Жінка, яку відпустили в березні, розповіла, що окупанти катували її в Мелітополі."),
    ("uk", "Чоловік, визволений 3 лютого, розповів, що в Мелітополі його били прикладами в підвалі комендатури."),
    ("ru", "Один из задержанных, освобождённый в январе, рассказал, что его держали в подвале в Мелитополе и пытали "
           "током."),
    ("ru", "Женщина, которую отпустили в марте, рассказала, что оккупанты пытали её в Мелитополе."),
    ("ru", "Мужчина, освобождённый 3 февраля, рассказал, что в Мелитополе его избивали прикладами в подвале "
           "комендатуры."),
])
def test_a_release_day_does_not_date_the_torture_told_after_it(language, text):
    assert _dates(text, language) == [None]


@pytest.mark.parametrize(("language", "text"), [
    ("uk", "2 березня окупанти затримали в Мелітополі двох волонтерів. Одного з них, звільненого у квітні, "
           "катували струмом."),
    ("ru", "2 марта оккупанты задержали в Мелитополе двух волонтёров. Одного из них, освобождённого в апреле, пытали "
           "током."),
    ("en", "On 2 March soldiers detained two volunteers in Melitopol. One of them, released in April, was tortured "
           "with electric shocks."),
])
def test_the_scene_day_told_before_dates_the_act_not_the_release(language, text):
    assert _dates(text, language) == ["2025-03-02"]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "He was released on 5 May after being beaten on 1 May in a cellar in Kherson."),
    ("en", "Russian soldiers beat the volunteer in a cellar in Kherson on 1 May; he was released on 5 May."),
    ("uk", "1 травня окупанти побили волонтера в підвалі в Херсоні, а 5 травня його відпустили."),
    ("ru", "1 мая оккупанты избили волонтёра в подвале в Херсоне, а 5 мая его отпустили."),
])
def test_an_act_with_its_own_day_keeps_it_beside_a_release(language, text):
    assert _dates(text, language) == ["2025-05-01"]


@pytest.mark.parametrize(("language", "text"), [
    ("uk", "Окупанти 5 травня обстріляли звільнене село Вербівка, загинули двоє людей."),
    ("ru", "Оккупанты 5 мая обстреляли освобождённое село Вербовка, погибли два человека."),
])
def test_a_liberated_village_named_in_the_strike_is_no_release_step(language, text):
    assert _dates(text, language) == ["2025-05-05"]


# -- en: a telling to the narrator and a repatriation keep their days -------------------------------------------

@pytest.mark.parametrize("text", [
    "Here is what he told us at our Saturday meeting: guards beat him with batons in the colony in Ryazhsk.",
    "He told me in a call on 3 June that guards beat prisoners with batons in the colony in Ryazhsk.",
    "Guards beat him with batons in the colony in Ryazhsk, he told us on Saturday.",
    "Guards beat prisoners with batons in the colony in Ryazhsk, he told them at a meeting on 3 June.",
])
def test_the_day_he_told_us_does_not_date_the_beating(text):
    assert _dates(text, "en") == [None]


def test_a_day_opening_the_act_clause_before_the_telling_dates_the_act():
    assert _dates("On Saturday guards beat him with batons in the colony in Ryazhsk, he told us.", "en") == [
        "2025-07-26"]


@pytest.mark.parametrize("text", [
    "Soldiers shot the man in Bucha. The repatriation of 14 November brought his body home.",
    "Soldiers shot the man in Bucha. His body was returned in the repatriation of 14 November.",
    "Soldiers shot the man in Bucha. His remains came home in a repatriation on 14 November.",
])
def test_a_repatriation_day_does_not_date_the_killing(text):
    assert _dates(text, "en") == [None]


def test_a_killing_dated_in_its_own_clause_keeps_its_day():
    assert _dates("Soldiers shot the man in Bucha on 14 November during the evacuation.", "en") == ["2024-11-14"]


# -- a publication (a video posted, footage surfacing) governs only the days nearer it than any act --------------

@pytest.mark.parametrize(("language", "text"), [
    ("en", "A video posted on Telegram on 6 October shows Russian soldiers shooting three captured Ukrainian soldiers "
           "near Selydove."),
    ("en", "Footage that surfaced online on Monday shows soldiers executing two prisoners near Krynky."),
    ("en", "A video published on 2 June shows a Russian soldier beheading a Ukrainian prisoner in Bakhmut."),
    ("uk", "Відео, оприлюднене 6 жовтня, показує, як російські військові розстрілюють трьох полонених біля "
           "Селидового."),
    ("uk", "Опубліковане 6 жовтня відео показує, як російські військові розстрілюють трьох полонених біля "
           "Селидового."),
    ("uk", "6 жовтня у мережі з'явилося відео, на якому російські військові розстрілюють трьох полонених біля "
           "Селидового."),
    ("ru", "Видео, опубликованное 6 октября, показывает, как российские военные расстреливают троих пленных у "
           "Селидово."),
    ("ru", "6 октября в сети появилось видео, на котором российские военные расстреливают троих пленных у "
           "Селидово."),
    ("ru", "Опубликованное 6 октября видео показывает, как российские военные расстреливают троих пленных у "
           "Селидово."),
])
def test_the_day_a_video_appeared_does_not_date_the_killing_it_shows(language, text):
    assert _dates(text, language) == [None]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "On 14 September Russian troops shot a captured Ukrainian soldier near Toretsk, according to a brigade "
           "that published a video of the killing."),
    ("en", "Russian troops shot a captured Ukrainian soldier near Toretsk on 14 September; a brigade posted the video "
           "on 16 September."),
    ("en", "A brigade published a video on 16 September showing Russian troops shooting a captured soldier near "
           "Toretsk on 14 September."),
    ("uk", "14 вересня російські військові розстріляли полоненого бійця біля Торецька, повідомила бригада, яка "
           "оприлюднила відео страти."),
    ("ru", "14 сентября российские военные расстреляли пленного бойца у Торецка, сообщила бригада, которая "
           "опубликовала видео казни."),
])
def test_the_act_clause_keeps_its_own_day_beside_a_publication(language, text):
    assert _dates(text, language) == ["2024-09-14"]


# -- "Сили оборони" (the Defence Forces) is no village, so the scene's day reaches the act told next --------------

@pytest.mark.parametrize("text", [
    "Прокуратура розслідує розстріл трьох полонених біля Малинівки. 28 травня під час штурму позицій Сил оборони "
    "окупанти взяли в полон трьох бійців. Згодом їх поставили на коліна та розстріляли.",
    "Прокуратура розслідує страту полонених біля Малинівки. 28 травня росіяни захопили в полон двох бійців Сил "
    "оборони. Потім окупанти їх розстріляли.",
    "Слідство встановило, що окупанти стратили полонених біля Малинівки. 28 травня під час наступу на позиції Сил "
    "оборони росіяни полонили трьох військових. Згодом окупанти їх розстріляли.",
])
def test_the_capture_day_told_before_dates_the_execution(text):
    assert _dates(text, "uk") == ["2025-05-28"]


def test_a_strike_on_the_defence_forces_keeps_its_own_place_and_day():
    text = "Окупанти обстріляли позиції Сил оборони біля Малинівки 28 травня."
    assert [(i.facts.location.name, i.facts.date.start.isoformat())
            for i in extract(text, PUBLISHED, language="uk").incidents] == [("Malynivka", "2025-05-28")]
