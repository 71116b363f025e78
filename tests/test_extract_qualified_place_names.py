"""A settlement named by a qualifier and a noun (Malaya / Bolshaya / Novaya X, Малая / Большая / Новая X)
that the gazetteer lacks is not its noun's namesake elsewhere (a Ukrainian Pokrovka for 'Bolshaya Pokrovka'
in Kursk Oblast), nor the village its qualifier spells alone ('Novaya' is no Novoye); after a preposition
of place and before its Russian region it is read whole. Names the gazetteer holds whole stay themselves."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 3, 5)


def location(text: str, language: str) -> dict:
    incidents = extract(text, PUBLISHED, language).to_contract()["incidents"]
    assert incidents, text
    return incidents[0]["location"]


@pytest.mark.parametrize(("text", "language", "admin1"), [
    ("On Monday a drone killed a woman in Bolshaya Pokrovka in Kursk region.", "en", "Kursk Oblast"),
    ("Two civilians died when shells hit Malaya Kamenka, Belgorod Oblast, on Tuesday.", "en", "Belgorod Oblast"),
    ("A Ukrainian drone struck a bus near Staraya Ivanovka in Bryansk Oblast, wounding four.", "en",
     "Bryansk Oblast"),
    ("В понедельник дрон убил женщину в Большой Покровке Курской области.", "ru", "Kursk Oblast"),
    ("Во вторник снаряд попал в дом в Малой Каменке Белгородской области, погибли двое.", "ru",
     "Belgorod Oblast"),
    ("Двое мирных жителей ранены при обстреле Новой Ивановки Брянской области в среду.", "ru", "Bryansk Oblast"),
])
def test_the_noun_of_an_unlisted_qualified_name_is_not_its_namesake(text: str, language: str, admin1: str) -> None:
    found = location(text, language)
    assert (found["admin1"], found["country"]) == (admin1, "RU")
    assert found["name"] not in {"Pokrovka", "Kamianka", "Ivanivka"}


@pytest.mark.parametrize("text", [
    "On Monday a missile killed two civilians in Novaya Sorochina, Kursk region.",
    "Shelling of Novaya Grafovka in Belgorod Oblast killed a tractor driver on Friday.",
    "A drone hit a shop in Novoye Gorodishche, Kursk Oblast, on Sunday, killing the owner.",
])
def test_a_qualifier_alone_is_no_village(text: str) -> None:
    found = location(text, "en")
    assert found["name"] not in {"Novoye", "Nova", "Nove"} and found["country"] == "RU"


@pytest.mark.parametrize(("text", "language", "name", "admin1"), [
    ("В Большой Покровке Курской области при атаке дрона погиб мирный житель.", "ru", "Bolshaya Pokrovka",
     "Kursk Oblast"),
    ("Дрон атаковал автомобиль в Малой Каменке Белгородской области, погиб водитель.", "ru", "Malaya Kamenka",
     "Belgorod Oblast"),
    ("Под Новой Ивановкой Брянской области снаряд убил двух человек.", "ru", "Novaya Ivanovka", "Bryansk Oblast"),
    ("Біля Малої Локні Курської області дрон атакував автомобіль, загинув цивільний.", "uk", "Malaya Loknya",
     "Kursk Oblast"),
    ("A drone killed a woman in Malaya Loknya, Kursk Oblast, on Monday.", "en", "Malaya Loknya", "Kursk Oblast"),
    ("On Monday a drone killed a woman in Bolshaya Pokrovka in Kursk region.", "en", "Bolshaya Pokrovka",
     "Kursk Oblast"),
    ("Shells fell near Novaya Ivanovka of Belgorod Oblast on Friday, killing a tractor driver.", "en",
     "Novaya Ivanovka", "Belgorod Oblast"),
])
def test_after_a_preposition_and_before_its_region_the_whole_name_is_read(
    text: str, language: str, name: str, admin1: str
) -> None:
    found = location(text, language)
    assert (found["name"], found["admin1"], found["country"]) == (name, admin1, "RU")


@pytest.mark.parametrize(("text", "language", "name"), [
    ("Russian shelling killed two civilians in Nova Kakhovka on Monday.", "en", "Nova Kakhovka"),
    ("В понедельник обстрел Новой Каховки убил двух мирных жителей.", "ru", "Nova Kakhovka"),
    ("У понеділок обстріл Малої Токмачки вбив жінку.", "uk", "Mala Tokmachka"),
    ("A missile killed two people in Stary Oskol on Monday.", "en", "Stary Oskol"),
    ("В понедельник ракета убила двух человек в Старом Осколе.", "ru", "Stary Oskol"),
    ("A drone killed a woman in Bolshoye Soldatskoye in Kursk Oblast on Monday.", "en", "Bolshoye Soldatskoye"),
    ("Новый удар по Покровке Донецкой области убил двух человек в понедельник.", "ru", "Pokrovka"),
    ("A drone killed a man in Velyka Novosilka, Donetsk Oblast, on Monday.", "en", "Velyka Novosilka"),
])
def test_a_qualified_name_the_gazetteer_holds_or_a_lowercase_word_before_it_changes_nothing(
    text: str, language: str, name: str
) -> None:
    assert location(text, language)["name"] == name
