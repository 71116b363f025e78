"""Tallies Ukrainian and Russian reports state in words of their own (lang/<xx>/statistics.json,
classes.json partitive_of): a share of the cases of an act ("70% випадків катувань цивільних"), the
captives brought to a prison or colony, and the sentences courts (plural) have passed on captives.
Every sentence is our own; the look-alikes must stay what they were."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 6, 11)


def figures(text: str, language: str) -> list[tuple[str, str, float, str]]:
    found = extract(text, PUBLISHED, language).statistics
    return [(s.facts.measure, s.facts.population, s.facts.value, s.facts.unit) for s in found]


@pytest.mark.parametrize(("text", "language", "figure"), [
    ("За даними прокурорів, 70% випадків катувань цивільних зафіксовано на Херсонщині.", "uk",
     ("tortured", "civilian", 70, "percent")),
    ("За словами слідчих, 65% випадків розстрілів полонених припадає на цей рік.", "uk",
     ("killed", "pow", 65, "percent")),
    ("По данным прокуратуры, 70% случаев пыток мирных жителей зафиксировано в Херсонской области.", "ru",
     ("tortured", "civilian", 70, "percent")),
    ("Около 55% случаев казней военнопленных пришлось на 2024 год.", "ru", ("killed", "pow", 55, "percent")),
])
def test_a_share_of_the_cases_of_an_act_is_a_share_of_that_act(text, language, figure):
    assert figure in figures(text, language)


@pytest.mark.parametrize(("text", "language", "value"), [
    ("По словам источника, к марту в ИК-3 привезли 200 пленных.", "ru", 200),
    ("В ИК-7 в Мордовии с начала года этапировали 340 военнопленных.", "ru", 340),
    ("З початку року до колонії в Брянській області привезли 250 полонених.", "uk", 250),
    ("До СІЗО в Таганрозі з початку року етапували 150 полонених.", "uk", 150),
])
def test_captives_brought_to_a_prison_are_held_captive(text, language, value):
    assert ("held_captive", "pow", value, "persons") in figures(text, language)


@pytest.mark.parametrize(("text", "language", "value"), [
    ("По подсчетам правозащитников, российские суды уже осудили не менее 190 украинских военнопленных.", "ru", 190),
    ("С начала войны суды в России вынесли приговоры более чем 200 пленным.", "ru", 200),
    ("Російські суди вже засудили щонайменше 160 українських військовополонених.", "uk", 160),
    ("Від початку вторгнення російські суди засудили понад 170 українських полонених.", "uk", 170),
])
def test_sentences_courts_have_passed_on_captives_are_a_tally(text, language, value):
    assert ("other", "pow", value, "persons") in figures(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Суд в Ростове приговорил трёх украинских военнопленных к 20 годам.", "ru"),
    ("Окупанти привезли до Мелітополя 20 тонн зерна.", "uk"),
    ("Оккупанты привезли в Мелитополь 30 тонн зерна.", "ru"),
])
def test_one_trial_or_a_delivery_of_goods_is_no_tally(text, language):
    assert figures(text, language) == []


@pytest.mark.parametrize(("text", "language", "figures_expected"), [
    ("На Запоріжжі слідчі встановили понад 60 осіб, які утримувалися в катівнях окупантів, щонайменше "
     "5 людей закатували до смерті.", "uk", [("detained", 60), ("killed", 5)]),
    ("Прокурори встановили 90 потерпілих, які пройшли через катування, 4 з них загинули.", "uk",
     [("tortured", 90), ("killed", 4)]),
    ("На Запорожье следователи установили более 60 человек, которые содержались в пыточных, не менее "
     "5 человек запытали до смерти.", "ru", [("detained", 60), ("killed", 5)]),
    ("Прокуроры установили 90 потерпевших, которые прошли через пытки, 4 из них погибли.", "ru",
     [("tortured", 90), ("killed", 4)]),
])
def test_people_investigators_established_are_a_tally_of_what_the_clause_says(text, language, figures_expected):
    found = {(measure, value) for measure, _, value, _ in figures(text, language)}
    assert set(figures_expected) <= found


@pytest.mark.parametrize(("text", "language"), [
    ("Слідчі встановили особу чоловіка, якого 3 березня розстріляли окупанти.", "uk"),
    ("Слідчі встановили двох чоловіків, яких 3 березня розстріляли окупанти.", "uk"),
    ("Следователи установили личность мужчины, которого 3 марта расстреляли оккупанты.", "ru"),
])
def test_identifying_the_victims_of_one_killing_is_no_tally(text, language):
    assert figures(text, language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Прокурори встановили 90 потерпілих, які пройшли через катування, 4 з них, на жаль, загинули.", "uk"),
    ("Прокурори встановили 90 потерпілих, які пройшли через катування, 4 з них, ймовірно, загинули.", "uk"),
    ("Прокуроры установили 90 потерпевших, которые прошли через пытки, 4 из них, к сожалению, погибли.", "ru"),
])
def test_an_aside_between_commas_does_not_cut_a_count_from_its_measure(text, language):
    assert ("killed", 4) in {(measure, value) for measure, _, value, _ in figures(text, language)}


def test_a_plain_comma_still_ends_the_counts_clause():
    found = {(measure, value) for measure, _, value, _ in figures(
        "Прокурори встановили 90 потерпілих, які пройшли через катування, 4 з них пізніше звільнили, "
        "решта загинули.", "uk")}
    assert ("killed", 4) not in found
