"""Words that look like a cited source but are not one: a body inside an adjective, a town's name."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import FakeGazetteer, FakePlace
from warcrimes.extract import extract
from warcrimes.extract.steps import places


class TwoWordTownGazetteer(FakeGazetteer):
    """The shared fake places plus a settlement whose two words look like a first name and surname."""

    TOWN = FakePlace(90, "Velykyi Burluk", "settlement", "Kharkiv Oblast", "Kupiansk Raion", population=4000)

    def surface_forms(self):
        return super().surface_forms() + [("velykyi burluk", 90)]

    def by_id(self, place_id):
        return self.TOWN if place_id == 90 else super().by_id(place_id)


@pytest.fixture(autouse=True)
def fake_gazetteer(monkeypatch):
    monkeypatch.setattr(places, "_gazetteer", lambda: TwoWordTownGazetteer())


def sources(text: str) -> list[list[str]]:
    found = extract(text, dt.date(2024, 3, 1)).to_contract()["incidents"]
    return [i["reported_by"] for i in found]


def test_a_kremlin_installed_official_cites_the_official_not_the_kremlin():
    text = (
        "Ukrainian forces shelled Kherson on Feb. 28, killing two civilians, "
        "Kremlin-installed official Ivan Petrenko said."
    )
    assert sources(text) == [["Ivan Petrenko"]]


def test_a_two_word_town_before_said_is_not_a_person():
    text = (
        "A Russian drone attack on the village of Velykyi Burluk in Kharkiv Oblast killed a 50-year-old woman "
        "on Feb. 28, Kharkiv Gov. Oleh Syniehubov said."
    )
    assert sources(text) == [["Oleh Syniehubov"]]


def test_a_town_opening_a_sentence_before_a_title_is_not_a_person_and_found_dead_cites_no_one():
    text = (
        "The UN mission said Russian troops abducted people near Kyiv in March 2022.\n"
        "In Fedorivka, the village head and her husband were abducted on March 23, 2022 and later found dead."
    )
    assert all("In Fedorivka" not in s and "village head" not in s for s in sum(sources(text), []))


def test_a_prosecutors_office_that_launched_an_investigation_is_the_source_not_the_doer():
    text = (
        "The Kherson Oblast Prosecutor's Office has launched a pre-trial investigation after Russian troops shot "
        "two civilians in Kherson on Feb. 28."
    )
    assert sources(text) == [["Kherson Oblast Prosecutor's Office"]]


def test_a_well_known_speaker_named_by_surname_alone_is_cited():
    text = "Russian troops shot two civilians in Kherson on Feb. 28, Zelensky said in his nightly address."
    assert sources(text) == [["Zelensky"]]

