"""Number grammar: each test is one hand-written sentence and the count it must (or must not) give."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.language import load
from warcrimes.extract.engine.values import CountValue
from warcrimes.extract.lang.en.numbers import find_counts
from warcrimes.extract.steps.dates import dates
from warcrimes.extract.steps.numbers import numbers

tokenise = load("en").tokenise


def counts(text: str) -> list[tuple[str, CountValue]]:
    return [(text[m.start : m.end], m.value) for m in find_counts(tokenise(text), text)]


def only(text: str) -> CountValue:
    found = counts(text)
    assert len(found) == 1, found
    return found[0][1]


def bounds(text: str) -> tuple[int | None, int | None, str]:
    value = only(text)
    return value.min, value.max, value.qualifier


# -- digits ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There are 28,000 Ukrainians in captivity.", 28000),
        ("Ukraine has returned 3 135 citizens.", 3135),
        ("Ukraine has returned 3\u00a0135 citizens.", 3135),
        ("The shelling displaced 1.5 million people.", 1_500_000),
        ("Some 1,234,567 people fled.", 1_234_567),
        ("The guards beat 12 detainees.", 12),
        ("They counted 2,000 bodies.", 2000),
    ],
)
def test_digits_with_separators_and_scales(text, expected):
    assert only(text).value == expected


def test_percent_sign_gives_unit_percent():
    value = only("Around 90% of prisoners are tortured, he said.")
    assert (value.value, value.unit, value.qualifier) == (90, "percent", "about")


@pytest.mark.parametrize("text", ["90 percent of them", "90 per cent of them", "ninety percent of them"])
def test_percent_words_give_unit_percent(text):
    value = only(text)
    assert (value.min, value.unit) == (90, "percent")


def test_plain_count_has_unit_persons():
    assert only("They shot 7 men.").unit == "persons"


# -- number words --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops executed seven soldiers.", 7),
        ("Troops executed twenty-one soldiers.", 21),
        ("Troops executed twenty one soldiers.", 21),
        ("Troops detained a hundred and five civilians.", 105),
        ("Troops detained two thousand three hundred people.", 2300),
        ("Troops detained a dozen men.", 12),
        ("Troops detained two dozen men.", 24),
        ("Troops detained one man.", 1),
        ("Troops detained two men.", 2),
        ("Eleven bodies were found.", 11),
    ],
)
def test_number_words(text, expected):
    value = only(text)
    assert (value.min, value.max, value.value) == (expected, expected, expected)


# -- qualifiers ------------------------------------------------------------------------------------------
def test_at_least_seven_gives_min_seven_and_no_max():
    assert bounds("Russian troops killed at least seven POWs.") == (7, None, "at_least")


def test_more_than_keeps_the_stated_figure_as_min():
    assert bounds("More than 100 POWs were interviewed.") == (100, None, "at_least")


@pytest.mark.parametrize("phrase", ["over 50", "no fewer than 50", "in excess of 50", "upwards of 50"])
def test_at_least_phrases(phrase):
    assert bounds(f"Shelling killed {phrase} people.") == (50, None, "at_least")


@pytest.mark.parametrize(
    "phrase", ["about", "around", "nearly", "almost", "some", "approximately", "roughly"]
)
def test_about_phrases_keep_the_figure_and_say_about(phrase):
    assert bounds(f"The strike killed {phrase} 40 people.") == (40, 40, "about")


@pytest.mark.parametrize("phrase", ["up to", "as many as", "no more than", "fewer than"])
def test_at_most_phrases_give_max_only(phrase):
    assert bounds(f"The strike killed {phrase} 15 people.") == (None, 15, "at_most")


@pytest.mark.parametrize(
    "text", ["between 10 and 12 people", "10 to 12 people", "10-12 people", "10\u201312 people"]
)
def test_ranges_give_min_and_max(text):
    assert bounds(f"Shelling killed {text}.") == (10, 12, "range")


def test_two_or_three_is_a_range():
    assert bounds("Two or three men were taken.") == (2, 3, "range")


def test_exactly_is_exact():
    assert bounds("Exactly 45 POWs came home.") == (45, 45, "exact")


# -- vague amounts ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dozens of civilians were detained.", 12),
        ("Hundreds of people fled.", 100),
        ("Thousands of children were deported.", 1000),
        ("Tens of thousands of people were deported.", 10000),
        ("Several soldiers were wounded.", 3),
        ("A few soldiers were wounded.", 3),
    ],
)
def test_vague_amounts_follow_the_rule_table(text, expected):
    value = only(text)
    assert (value.min, value.max, value.qualifier) == (expected, None, "vague")


def test_at_least_dozens_is_at_least():
    assert only("At least dozens of civilians were held.").qualifier == "at_least"


# -- of N ------------------------------------------------------------------------------------------
def test_five_of_the_six_captured_counts_five_of_six():
    value = only("Troops shot five of the six captured soldiers.")
    assert (value.min, value.max, value.of_total) == (5, 5, 6)


def test_one_of_the_soldiers_counts_one_without_total():
    value = only("One of the soldiers survived.")
    assert (value.min, value.of_total) == (1, None)


# -- what is not a count ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The report was published in 2024.",
        "The men were shot on Feb. 24.",
        "The men were shot on 24 February.",
        "The 110th Brigade reported it.",
        "The 155th Naval Infantry Brigade was named.",
        "It violates article 8 of the statute.",
        "Sirens sounded at 10:30 in the morning.",
        "The fund paid $5 million.",
        "An Su-25 jet dropped bombs.",
        "A 10-year-old boy was wounded.",
        "The order is dated 24.02.2024.",
        "No one survived.",
        "The shelling lasted 3 hours.",
        "The convoy drove 40 km.",
        "They were held for two weeks.",
        "The strike came at 5 a.m.",
    ],
)
def test_things_that_are_not_counts(text):
    assert counts(text) == []


def test_a_year_followed_by_a_count_noun_is_a_count():
    assert only("Troops deported 2000 children.").value == 2000


def test_day_after_month_is_not_grouped_with_the_count_after_it():
    found = counts("On Feb. 24 150 soldiers were captured.")
    assert [(surface, value.value) for surface, value in found] == [("150", 150)]


def test_step_skips_numbers_inside_date_mentions():
    text = "Detainees were beaten from 18 to 20 February; 14 of them died two days ago."
    doc = Document(text=text, published=dt.date(2024, 2, 25))
    dates(doc)
    numbers(doc)
    found = [(text[m.start : m.end], m.value.min, m.value.of_total) for m in doc.of_kind("count")]
    assert found == [("14", 14, None)]


def test_seed_report_counts():
    text = (
        "Russian troops killed at least seven Ukrainian soldiers near Bakhmut on Feb. 24. "
        "At the forum on Feb. 25, Lubinets said that there are currently 28,000 Ukrainian citizens in "
        "Russian captivity. Ukraine has managed to return 3,135 citizens, including 147 civilians. "
        "Around 90% of Ukrainian prisoners of war are tortured every day."
    )
    doc = Document(text=text, published=dt.date(2024, 2, 25))
    dates(doc)
    numbers(doc)
    assert [m.value.value for m in doc.of_kind("count")] == [7, 28000, 3135, 147, 90]


def test_south_asian_grouping_reads_lakhs():
    assert only("Officials said 4,02,000 people were taken to Russia.").value == 402_000


def test_out_of_gives_the_total():
    value = only("Twenty-seven out of 46 apartments burned.")
    assert (value.min, value.of_total) == (27, 46)


def test_several_dozen_is_three_dozen():
    assert bounds("Several dozen people were wounded.") == (36, None, "vague")


def test_the_previous_one_is_not_a_count():
    assert counts("The data match the previous one.") == []


def test_a_couple_is_two():
    assert bounds("A couple of medics were detained.") == (2, 2, "exact")
