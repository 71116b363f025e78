"""Names listed before "regions" ("the Donetsk, Luhansk and Kherson regions") are oblasts: the closing word is
looked for within 16 tokens of each name, however long the names."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import document
from warcrimes.extract.engine.pipeline import default_steps, run


def regions(text: str) -> list[str]:
    doc = document(text, dt.date(2025, 3, 12))
    run(doc, default_steps())
    return [doc.text[m.start : m.end] for m in doc.of_kind("region")]


@pytest.mark.parametrize(("text", "names"), [
    ("Russian strikes hit the Donetsk and Luhansk regions on May 3.", ["Donetsk", "Luhansk"]),
    ("Russian strikes hit the Donetsk, Luhansk, Zaporizhzhia, Dnipropetrovsk, Kirovohrad, Mykolaiv, Chernihiv and "
     "Kharkiv regions on May 3.",
     ["Donetsk", "Luhansk", "Zaporizhzhia", "Dnipropetrovsk", "Kirovohrad", "Mykolaiv", "Chernihiv", "Kharkiv"]),
])
def test_names_listed_before_regions_are_oblasts(text, names):
    assert regions(text) == names


def test_names_listed_before_other_cities_are_no_oblasts():
    assert regions("Russian strikes hit Donetsk, Luhansk and other cities on May 3.") == []
