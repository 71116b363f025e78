"""Statistics: a tally of court outcomes (verdicts, convictions, people sentenced) is no figure (CONTRACT.md: counts
of court steps are neither incidents nor statistics), in English, Ukrainian and Russian (statistics.json
`court_outcome`, steps/statistics.py `_court_outcome`); the cases opened, a toll beside it and the captor's courts
trying captives (uk/ru, the unfair-trial violation) stay figures. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")


def figures(text: str, language: str | None = None) -> set[tuple[str, float]]:
    result = extract(text, dt.date(2025, 3, 2), language)
    return {(s.facts.measure, s.facts.value) for s in result.statistics}


@pytest.mark.parametrize("text", [
    "Courts have issued verdicts in 44 war crimes cases since 2022.",
    "So far, 19 war crimes cases have resulted in guilty verdicts.",
    "There have been 23 verdicts in war crimes cases this year.",
    "Since the invasion began, 212 Russian soldiers have been convicted of war crimes, most in absentia.",
])
def test_a_tally_of_court_outcomes_is_no_figure(text):
    assert figures(text) == set()


@pytest.mark.parametrize(("text", "kept"), [
    ("Of the 1,200 war crimes cases registered in the region, 87 have led to verdicts.", ("cases_opened", 1200)),
    ("Prosecutors have registered 3,400 war crimes cases; verdicts have been delivered in 61 cases.",
     ("cases_opened", 3400)),
    ("Investigators have opened 400 criminal proceedings, and 12 have ended in convictions.", ("cases_opened", 400)),
])
def test_the_cases_opened_beside_the_outcomes_stay_the_only_figure(text, kept):
    assert figures(text) == {kept}


@pytest.mark.parametrize(("text", "kept"), [
    ("Since 2022, 640 civilians have been killed in the region; courts have convicted 12 soldiers.", ("killed", 640)),
    ("In total, courts sentenced 40 soldiers for killing 300 civilians.", ("killed", 300)),
    ("Since February, 75 civilians have been killed in the oblast, and one soldier was sentenced.", ("killed", 75)),
])
def test_near_miss_a_toll_beside_a_court_word_stays(text, kept):
    assert kept in figures(text)


@pytest.mark.parametrize(("text", "language"), [
    ("Від початку вторгнення українські суди засудили 96 російських військовослужбовців за воєнні злочини.", "uk"),
    ("С начала вторжения украинские суды осудили 96 российских военнослужащих за военные преступления.", "ru"),
    ("В одному процесі засуджено 12 російських військовополонених за вбивство цивільних.", "uk"),
    ("В одном деле 12 военнопленных приговорили к срокам от 13 до 20 лет.", "ru"),
    ("Прокурори зареєстрували 1200 кримінальних проваджень; у 61 справі вже ухвалено вирок.", "uk"),
])
def test_uk_ru_court_outcomes_of_the_accused_are_no_figure(text, language):
    assert not {f for f in figures(text, language) if f[1] in (96, 12, 61)}


@pytest.mark.parametrize(("text", "language", "value"), [
    ("Російські суди вже засудили щонайменше 160 українських військовополонених.", "uk", 160),
    ("Окупаційні суди засудили понад 80 цивільних заручників із Херсонщини.", "uk", 80),
    ("Российские суды уже осудили не менее 210 украинских пленных.", "ru", 210),
])
def test_near_miss_the_captors_courts_trying_captives_stay_a_tally(text, language, value):
    assert ("other", value) in figures(text, language)
