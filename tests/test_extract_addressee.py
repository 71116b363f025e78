"""Stage 17 (issue 8): the body a letter, petition or appeal is written to is no source of what its writers tell;
the writers are."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")


def sources(text: str) -> list[tuple[str, ...]]:
    return [i.facts.reported_by for i in extract(text, dt.date(2025, 6, 18)).incidents]


@pytest.mark.parametrize(("text", "writer"), [
    ("The Coalition for Captives wrote to the UN Human Rights Office on Monday, saying Russian troops had tortured "
     "two detained men in Kherson in May.", "Coalition for Captives"),
    ("In a petition to the Ombudsman, the Kherson Families Union said Russian soldiers shot two civilians in "
     "Bakhmut in January.", "Kherson Families Union"),
    ("Dear President of the ICRC, the Kherson Families Union writes to tell you that Russian guards tortured two "
     "detained men in Izium in April.", "Kherson Families Union"),
])
def test_the_one_written_to_is_no_source(text, writer):
    told = sources(text)
    assert told and all(writer in cited for cited in told)
    assert not any(name in ("OHCHR", "Ombudsman", "International Committee of the Red Cross")
                   for cited in told for name in cited)


@pytest.mark.parametrize("text", [
    "The UN Human Rights Office said Russian troops had tortured two detained men in Kherson in May.",
    "According to the UN Human Rights Office, Russian troops tortured two detained men in Kherson in May.",
])
def test_a_body_speaking_for_itself_stays_a_source(text):
    assert sources(text) == [("OHCHR",)]
