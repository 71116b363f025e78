"""Mutilation of the dead as lemma patterns: organs removed from a body, bodies burned or mutilated,
in any wording (CONTRACT.md: mistreatment_of_dead)."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract.engine.document import Document

PUBLISHED = dt.date(2025, 5, 1)


def labels(text: str) -> list[str]:
    return [m.value for m in Document(text, PUBLISHED).hits("violation")]


@pytest.mark.parametrize("text", [
    "His body came back from Russia without its organs.",
    "Pathologists found that the kidneys and other organs had been removed before the corpse was handed over.",
    "The family said the soldiers removed his organs and sent back a sealed coffin.",
    "When the body was returned, several organs were missing.",
])
def test_a_body_returned_without_its_organs_is_mistreatment_of_the_dead(text):
    assert "mistreatment_of_dead" in labels(text)


@pytest.mark.parametrize("text", [
    "The corpses were burned in a pit behind the farm.",
    "Investigators said the bodies had been mutilated.",
    "Villagers told of soldiers mutilating the dead.",
])
def test_burned_or_mutilated_bodies_are_mistreatment_of_the_dead(text):
    assert "mistreatment_of_dead" in labels(text)


def test_an_organ_transplant_ward_is_no_mutilation():
    assert "mistreatment_of_dead" not in labels("A missile damaged the organ transplant ward of the hospital.")
