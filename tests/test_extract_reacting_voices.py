"""Stage 17 (issue 8): a body or person reacting to an attack (appalled by it, asking that it be investigated,
saying it could amount to a war crime) tells nothing of it and is no source; who told the facts is."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")

LEAD = "A Russian missile killed six civilians in Kherson on Thursday, the governor said. "


def sources(text: str) -> list[tuple[str, ...]]:
    return [i.facts.reported_by for i in extract(text, dt.date(2025, 6, 18)).incidents]


@pytest.mark.parametrize("reaction", [
    "The European Union said it was appalled by the attack.",
    "Amnesty International said the attack should be investigated as a war crime.",
    "Such a strike may constitute a war crime, said lawyer Maria Kovalenko.",
    "The Foreign Ministry of Norway said it was shocked at the strike.",
])
def test_a_reacting_voice_is_no_source(reaction):
    assert sources(LEAD + reaction) == [("governor",)]


@pytest.mark.parametrize("detail", [
    "Two of the dead were children, the mayor said.",
    "The missile hit a bus stop near the central market, the mayor said.",
])
def test_a_voice_adding_facts_stays_a_source(detail):
    assert sources(LEAD + detail) == [("governor", "mayor")]
