"""The legal provisions the taxonomy cites ship as data with their sources, and bad data is refused."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from warcrimes.domain.provisions import (
    ID_PATTERN,
    cited_anchors,
    parse_provisions,
    provision,
    provisions,
)
from warcrimes.errors import ConfigError, NotFoundError

DATA = Path(__file__).resolve().parents[1] / "src" / "warcrimes" / "domain" / "data"


def _document() -> dict[str, Any]:
    return json.loads((DATA / "legal_provisions.json").read_text(encoding="utf-8"))


def _with(change: dict[str, Any], index: int = 0) -> dict[str, Any]:
    document = copy.deepcopy(_document())
    document["provisions"][index].update(change)
    return document


def _index_of(document: dict[str, Any], pid: str) -> int:
    return next(i for i, row in enumerate(document["provisions"]) if row["id"] == pid)


def test_every_provision_the_taxonomy_cites_has_an_entry() -> None:
    table = provisions()
    assert len(cited_anchors()) == 50
    assert set(cited_anchors()) == set(table)


def test_every_id_is_well_formed_and_matches_its_article_and_paragraph() -> None:
    for entry in provisions().values():
        assert ID_PATTERN.fullmatch(entry.id)
        assert entry.id.startswith(f"{entry.instrument} art. {entry.article}")


def test_verified_provisions_carry_text_language_and_source_and_unverified_carry_none() -> None:
    for entry in provisions().values():
        if entry.status == "not verified":
            assert entry.text is None and not entry.has_text
        else:
            assert entry.text and entry.language and entry.source_url and entry.source_publisher


def test_a_rome_statute_crime_comes_with_the_chapeau_it_completes() -> None:
    rape = provision("Rome Statute art. 8(2)(b)(xxii)")
    assert rape.status == "verified" and rape.language == "en"
    assert rape.text is not None and rape.text.startswith("Committing rape")
    assert rape.context[-1].startswith("Other serious violations of the laws and customs")
    assert provision("Rome Statute art. 8(2)(a)(i)").context[-1].startswith("Grave breaches")


def test_a_partial_quote_names_the_paragraphs_it_holds() -> None:
    shields = provision("AP I art. 12")
    assert shields.status == "partial" and shields.quoted == ("4",)


def test_an_anchor_we_do_not_ship_is_a_clear_not_found() -> None:
    with pytest.raises(NotFoundError, match="GC II art. 12"):
        provision("GC II art. 12")


def test_a_cited_anchor_without_entry_is_refused_by_name() -> None:
    with pytest.raises(ConfigError, match=r"no entry for GC II art\. 99"):
        parse_provisions(_document(), [*cited_anchors(), "GC II art. 99"])


@pytest.mark.parametrize("bad_id", ["GC IV 147", "GCIV art. 147", "Rome Statute art. 8(2)(b)(xxii",
                                    "AP I art. 51(7)(", ""])
def test_a_malformed_id_is_refused(bad_id: str) -> None:
    with pytest.raises(ConfigError, match="the id is not of the form"):
        parse_provisions(_with({"id": bad_id}), [])


def test_an_id_that_disagrees_with_its_article_is_refused() -> None:
    with pytest.raises(ConfigError, match="does not match"):
        parse_provisions(_with({"article": "16"}), [])


def test_a_provision_listed_twice_is_refused() -> None:
    document = _document()
    document["provisions"].append(copy.deepcopy(document["provisions"][0]))
    with pytest.raises(ConfigError, match="appears twice"):
        parse_provisions(document, [])


def test_a_verified_provision_without_source_is_refused() -> None:
    index = _index_of(_document(), "AP I art. 40")
    with pytest.raises(ConfigError, match="needs source_url"):
        parse_provisions(_with({"source_url": None}, index), [])


def test_an_unverified_provision_with_text_is_refused() -> None:
    index = _index_of(_document(), "GC IV art. 147")
    with pytest.raises(ConfigError, match="must have text null"):
        parse_provisions(_with({"text": "written from memory"}, index), [])


def test_a_partial_provision_must_say_what_it_quotes() -> None:
    index = _index_of(_document(), "AP I art. 12")
    with pytest.raises(ConfigError, match="which paragraphs"):
        parse_provisions(_with({"quoted": []}, index), [])


def test_an_unknown_status_is_refused() -> None:
    with pytest.raises(ConfigError, match="status 'probably'"):
        parse_provisions(_with({"status": "probably"}), [])


def test_provenance_lists_exactly_the_provisions_without_a_full_verified_text() -> None:
    note = (DATA / "PROVENANCE.md").read_text(encoding="utf-8")
    section = note.split("## Not verified", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"`([^`]+ art\. [^`]+)`", section))
    assert listed == {entry.id for entry in provisions().values() if entry.status != "verified"}
