"""Victims counted by their nouns: police officers are civilians, and people named one by one in one breath
add up ('a police officer and a civilian' are two)."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

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
