"""Victims counted by their nouns: police officers are civilians, and people named one by one in one breath
add up ('a police officer and a civilian' are two)."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.pipeline import default_steps, run

PUBLISHED = dt.date(2025, 5, 20)


@pytest.mark.parametrize(("text", "count"), [
    ("On May 3, a Russian drone hit a checkpoint in Kherson. A police officer and a civilian were killed.", 2),
    ("Russian shelling of Kherson on May 3 killed a policeman and a passer-by's wife.", 2),
    ("On May 3, Russian troops shelled Nikopol, killing two police officers.", 2),
    ("A law enforcement officer was killed when a Russian drone struck a patrol car in Kherson on May 3.", 1),
])
def test_police_killed_in_an_attack_are_counted_as_civilians(text, count):
    [incident] = extract(text, PUBLISHED).to_contract()["incidents"]
    assert incident["victims"]["min"] == count
    assert incident["victims"]["category"] == "civilian"


def test_an_officer_of_the_army_is_not_a_police_officer():
    text = "On May 3, Russian troops executed two officers who had surrendered near Bakhmut."
    [incident] = extract(text, PUBLISHED).to_contract()["incidents"]
    assert incident["victims"]["category"] == "pow"


@pytest.mark.parametrize("text", [
    "A man died in Russian captivity after being tortured in Kherson on May 3, prosecutors said.",
    "An elderly woman held in Russian custody in Melitopol died on May 3, her family said.",
    "Two civilians died in Russian captivity in Olenivka on May 3, the ombudsman said.",
])
def test_civilians_who_died_in_captivity_are_not_prisoners_of_war(text):
    [incident] = extract(text, PUBLISHED).to_contract()["incidents"]
    assert incident["victims"]["category"] == "civilian"


@pytest.mark.parametrize("text", [
    "A Ukrainian soldier died in Russian captivity in Olenivka on May 3 after torture.",
    "Twelve Ukrainian defenders died in Russian captivity in Olenivka on May 3, the ombudsman said.",
])
def test_soldiers_who_died_in_captivity_are_prisoners_of_war(text):
    [incident] = extract(text, PUBLISHED).to_contract()["incidents"]
    assert incident["victims"]["category"] == "pow"


@pytest.mark.parametrize(("text", "population"), [
    ("Since February, attacks have killed 40 civilians and injured 112 others, the UN mission said.", "civilian"),
    ("In June, 12 children were killed and 30 others were wounded across Ukraine, the UN said.", "child"),
    ("The monitors counted 300 civilians killed and 900 others hurt this year, OHCHR said.", "civilian"),
])
def test_others_counted_after_people_are_of_the_same_people(text, population):
    wounded = [s for s in extract(text, PUBLISHED).to_contract()["statistics"] if s["measure"] == "wounded"]
    assert wounded and wounded[0]["population"] == population


def test_a_victim_noun_far_along_its_sentence_does_not_name_what_a_count_counts():
    text = ("The ombudsman said that 2,400 Ukrainians have been freed over the whole course of the exchanges "
            "of prisoners since 2022.")
    released = [s for s in extract(text, PUBLISHED).to_contract()["statistics"] if s["value"] == 2400]
    assert released and released[0]["population"] != "pow"


@pytest.mark.parametrize("text", [
    "The bodies of 40 civilians and servicemen were exhumed near Izium, investigators said.",
    "Shelling has killed 75 civilians and Ukrainian soldiers since March, the UN said.",
    "Since March, 75 soldiers and ordinary civilians have been killed in the shelling, the UN said.",
])
def test_one_count_over_civilians_and_soldiers_counts_both(text):
    assert _casualty_categories(text) == ["mixed"]


def test_two_counts_joined_are_each_their_own_people():
    categories = _casualty_categories("Shelling killed 185 soldiers and 20 civilians, the UN said.")
    assert categories == ["combatant", "civilian"]


def _casualty_categories(text: str) -> list[str | None]:
    doc = Document(text, PUBLISHED)
    run(doc, default_steps())
    return [m.value.category for m in doc.of_kind("casualty")]


@pytest.mark.parametrize(("text", "count"), [
    ("Russian soldiers shot a woman, her husband and their son in Bakhmut on May 3.", 3),
    ("A drone killed the driver, a passenger and a nurse in Kherson on May 3.", 3),
    ("On May 3 a shell hit a house in Kherson, killing an old man, his wife, their daughter and a "
     "neighbour.", 4),
])
def test_people_listed_with_commas_and_a_closing_and_add_up(text, count):
    [incident] = extract(text, PUBLISHED).to_contract()["incidents"]
    assert incident["victims"]["min"] == count


def test_a_comma_with_no_closing_and_does_not_join_people():
    text = "Russian soldiers shot a woman, the police said, in Bakhmut on May 3."
    [incident] = extract(text, PUBLISHED).to_contract()["incidents"]
    assert incident["victims"]["min"] == 1


@pytest.mark.parametrize("text", [
    "The mother and her young son were returned to Ukraine. They were deported to Russia from Bakhmut on "
    "March 16, 2022.",
    "A teacher and a nurse were freed on Monday. They had been detained in Kherson in May.",
    "An old man and his wife came back home last week. They were abducted from Kherson by soldiers in May.",
])
def test_people_named_together_are_the_they_of_a_deed_told_next(text):
    [incident] = extract(text, PUBLISHED).to_contract()["incidents"]
    assert incident["victims"]["min"] == 2


@pytest.mark.parametrize("text", [
    "A teacher and a nurse spoke to reporters on Monday. They said soldiers shelled Kherson in May.",
    "A teacher and a nurse were freed on Monday. They said five men had been detained in Kherson in May.",
])
def test_a_they_with_no_deed_done_to_them_or_a_count_of_its_own_is_not_counted_as_them(text):
    counts = [i["victims"]["min"] for i in extract(text, PUBLISHED).to_contract()["incidents"]]
    assert 2 not in counts


@pytest.mark.parametrize(("text", "count"), [
    ("A Russian missile strike on Sumy on May 3 killed more than 20 people. Prosecutors later confirmed at least "
     "21 dead.", 21),
    ("A Russian missile strike on Sumy on May 3 killed about 30 people. The city council said 34 people were killed.",
     34),
    ("Over 10 civilians died when a Russian bomb hit a market in Kostiantynivka on May 3. Officials said 12 people "
     "were killed.", 12),
])
def test_a_later_figure_makes_a_round_estimate_precise(text, count):
    [incident] = extract(text, PUBLISHED).to_contract()["incidents"]
    assert incident["victims"]["min"] == count


@pytest.mark.parametrize(("text", "count"), [
    ("A Russian missile strike on Sumy on May 3 killed more than 20 people. Across the region, 56 people have been "
     "killed this week.", 20),
    ("A Russian missile strike on Sumy on May 3 killed 23 people. Prosecutors later said 25 were killed.", 23),
])
def test_a_later_figure_far_above_an_estimate_or_after_an_exact_count_does_not_replace_it(text, count):
    [incident] = extract(text, PUBLISHED).to_contract()["incidents"]
    assert incident["victims"]["min"] == count


@pytest.mark.parametrize(("text", "count"), [
    ("Russian troops executed Oleh Bondar, Serhii Melnyk and Andrii Kravets near Bakhmut on May 3.", 3),
    ("A Russian drone hit a car near Kherson on May 3. Ivan Petrenko and Olena Koval were killed.", 2),
    ("On May 3 Russian soldiers killed Olena Koval and her husband in Bucha.", 2),
    ("Russian soldiers shot Ivan Petrenko in Bucha on March 5.", 1),
])
def test_people_named_by_name_beside_the_deed_are_counted(text, count):
    [incident] = extract(text, PUBLISHED).to_contract()["incidents"]
    assert incident["victims"]["min"] == count


@pytest.mark.parametrize("text", [
    "Governor Oleksandr Prokudin said Russian shelling killed two people in Kherson on May 3.",
    "Russian shelling killed two people in Kherson on May 3, Oleksandr Prokudin said.",
])
def test_a_speaker_named_near_the_deed_is_no_victim(text):
    [incident] = extract(text, PUBLISHED).to_contract()["incidents"]
    assert incident["victims"]["min"] == 2


@pytest.mark.parametrize(("text", "count"), [
    ("There were seven students from India in Vovchansk. They were detained by Russian troops on May 3 and "
     "tortured.", 7),
    ("Seven students from India lived in a hostel in Vovchansk. After the occupiers entered the city, they tried to "
     "leave. They were detained by Russian troops on May 3 and tortured.", 7),
    ("Five volunteers arrived in Kherson on May 3. They were killed by a Russian drone.", 5),
])
def test_people_counted_with_nothing_done_to_them_are_the_they_told_next(text, count):
    [incident] = extract(text, PUBLISHED).to_contract()["incidents"]
    assert incident["victims"]["min"] == count


def test_a_they_that_tells_of_a_deed_done_to_someone_else_takes_no_count():
    text = "Five volunteers arrived in Kherson on May 3. They said a Russian drone killed a man."
    [incident] = extract(text, PUBLISHED).to_contract()["incidents"]
    assert incident["victims"]["min"] == 1


@pytest.mark.parametrize("text", [
    "A Russian missile hit a hospital in Kyiv on May 3, killing two doctors. Rescuers are still working at two more "
    "locations in the city. In a house in Kyiv, the bodies of three people were found. The number of dead in this "
    "house has risen to 11.",
    "A Russian missile hit a hospital in Kyiv on May 3, killing two doctors. Search work goes on at another site in "
    "the city. The bodies of three people were found in a house in Kyiv. The number of dead there has risen to 11.",
])
def test_a_toll_told_after_more_sites_are_named_is_another_sites_toll(text):
    tolls = [i["victims"]["min"] for i in extract(text, PUBLISHED).to_contract()["incidents"]]
    assert tolls[0] == 2 and 11 in tolls


def test_a_toll_update_at_the_same_site_replaces_the_first_count():
    text = ("A Russian missile hit a hospital in Kyiv on May 3, killing two doctors. Rescuers finished their work at "
            "the site. The number of dead has risen to 11.")
    assert [i["victims"]["min"] for i in extract(text, PUBLISHED).to_contract()["incidents"]] == [11]


@pytest.mark.parametrize(("text", "count"), [
    ("The mayor of a village near Kherson was kidnapped and executed by Russian troops on May 3 along with her "
     "husband and son.", 3),
    ("Russian soldiers shot a farmer near Bucha on March 5 together with his neighbour.", 2),
    ("On May 3 a Russian shell killed a woman and her husband and son in Kherson.", 3),
])
def test_people_told_along_with_a_person_or_sharing_a_determiner_add_up(text, count):
    [incident] = extract(text, PUBLISHED).to_contract()["incidents"]
    assert incident["victims"]["min"] == count


@pytest.mark.parametrize(("text", "count"), [
    ("A Russian shell killed a man in Kherson on May 3 and injured his wife and children.", 1),
    ("The governor visited Bucha on May 3 along with his deputy. Russian troops had shot a man there in March.", 1),
])
def test_people_along_with_no_deed_or_a_plural_noun_add_nothing(text, count):
    [incident] = extract(text, PUBLISHED).to_contract()["incidents"]
    assert incident["victims"]["min"] == count


def test_a_definite_person_told_again_is_no_new_victim():
    text = ("The mayor of a village near Kherson was executed by Russian troops on May 3 along with her husband and "
            "son. The deputy prime minister confirmed the mayor was killed.")
    assert [i["victims"]["min"] for i in extract(text, PUBLISHED).to_contract()["incidents"]] == [3]


def test_an_indefinite_person_told_again_is_someone_new():
    text = "A Russian drone killed a man in Kherson on May 3. On May 5 a Russian shell killed a man in Nikopol."
    assert [i["victims"]["min"] for i in extract(text, PUBLISHED).to_contract()["incidents"]] == [1, 1]


@pytest.mark.parametrize(("text", "count", "category"), [
    ("A Russian missile hit a children's hospital in Kyiv on May 3, killing two doctors.", 2, "medical_personnel"),
    ("On May 3 in Kherson, the woman's husband was killed by a Russian drone.", 1, "civilian"),
])
def test_a_victim_noun_owning_the_noun_after_it_is_no_victim(text, count, category):
    [incident] = extract(text, PUBLISHED).to_contract()["incidents"]
    assert (incident["victims"]["min"], incident["victims"]["category"]) == (count, category)


@pytest.mark.parametrize(("text", "count", "category"), [
    ("A woman was killed in Kherson on May 3 along with her two children when a Russian shell hit their house.",
     3, "civilian"),
    ("Russian soldiers shot a farmer near Bucha on March 5 together with his three sons.", 4, "civilian"),
])
def test_a_count_told_along_with_one_person_counts_the_person_too(text, count, category):
    [incident] = extract(text, PUBLISHED).to_contract()["incidents"]
    assert (incident["victims"]["min"], incident["victims"]["category"]) == (count, category)


def test_a_count_along_with_people_of_a_plural_noun_is_another_count():
    text = "A Russian drone killed two civilians in Kherson on May 3 along with three soldiers."
    [incident] = extract(text, PUBLISHED).to_contract()["incidents"]
    assert incident["victims"]["min"] == 2
