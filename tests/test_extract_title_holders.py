"""A title later used alone ("the governor said") names the person who held it when first named, the
holder read within tokens of the title, not characters."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import document
from warcrimes.extract.steps.actors import find_actors


def sources_of(text: str) -> list[str]:
    return [m.value.name for m in find_actors(document(text, dt.date(2024, 5, 14))) if m.kind == "source"]


@pytest.mark.parametrize("text", [
    "Governor Oleksandr Prokudin visited Beryslav on Sunday. A man was killed overnight, the governor said.",
    "Oleksandr Prokudin, the governor, visited Beryslav on Sunday. A man was killed overnight, the governor said.",
    # six tokens but 57 characters between the title and the name: a 40-character window lost the holder
    "Governor of the Kherson Regional Military Administration Oleksandr Prokudin visited Beryslav on Sunday. "
    "A man was killed overnight, the governor said.",
])
def test_the_title_alone_names_its_holder(text):
    assert sources_of(text) == ["Oleksandr Prokudin"]


@pytest.mark.parametrize("text", [
    "Oleksandr Prokudin visited Beryslav on Sunday. A man was killed overnight, the governor said.",
    "Governor of the region. Oleksandr Prokudin visited Beryslav. A man was killed overnight, the governor said.",
    "Oleksandr Prokudin met the mayor and then the governor. A man was killed overnight, the governor said.",
])
def test_a_name_not_set_beside_the_title_does_not_hold_it(text):
    assert sources_of(text) == ["governor"]
