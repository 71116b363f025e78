"""A side named as the doer of holding people ("украинские военные удерживают", "російські військові утримують"),
or of a deed told after a day ("военные с августа удерживают", "3 мая обстреляли"), is the accused side even when
no place says whose territory it is; a side that did no deed leaves the report's default."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 5, 20)


def _party(text: str) -> str:
    [incident] = extract(text, PUBLISHED).to_contract()["incidents"]
    return incident["perpetrator"]["party"]


@pytest.mark.parametrize(("text", "party"), [
    ("Как сообщил местный чиновник, украинские военные удерживают в здании школы 12 пожилых жителей.", "UA"),
    ("Как сообщил местный чиновник, украинские военные с августа удерживают в здании школы 12 пожилых жителей.", "UA"),
    ("Как сообщил местный чиновник, военнослужащие ВСУ 3 мая обстреляли школу, погибли двое мирных жителей.", "UA"),
    ("Як повідомив місцевий чиновник, українські військові з серпня утримують у школі 12 літніх жителів.", "UA"),
    ("Як повідомив місцевий чиновник, російські військові утримують у школі 12 літніх жителів.", "RU"),
    ("Как заявила Москалькова, российские военные удерживают в здании школы 12 пожилых жителей.", "RU"),
])
def test_the_named_doer_is_the_accused_side(text, party):
    assert _party(text) == party


def test_a_side_that_did_no_deed_leaves_the_default():
    text = ("Как сообщил местный чиновник, украинские военные в августе ушли из села, а 3 мая при обстреле погибли "
            "двое мирных жителей.")
    assert _party(text) == "RU"
