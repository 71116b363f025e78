"""Every event told inside a quotation is its speaker's account, whether the speaker is named after the
closing mark or before the opening one; a speaker in another paragraph with no colon is not the quote's."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 3, 14)
ACCOUNT = (
    "On March 12, a drone dropped a grenade on a car in Beryslav, killing two women. "
    "On March 13, shelling of Kherson killed a man. In Bilozerka a missile wounded three residents on March 11"
)


def sources(text: str) -> list[list[str]]:
    return [i["reported_by"] for i in extract(text, PUBLISHED).to_contract()["incidents"]]


@pytest.mark.parametrize("text", [
    f'The regional police reported new attacks.\n\n"{ACCOUNT}," Governor Oleksandr Prokudin said.',
    f"The regional police reported new attacks.\n\n\u201c{ACCOUNT},\u201d said Governor Oleksandr Prokudin.",
    f'The regional police reported new attacks.\n\nGovernor Oleksandr Prokudin said: "{ACCOUNT}."',
    f'The regional police reported new attacks. Governor Oleksandr Prokudin wrote:\n\n"{ACCOUNT}."',
])
def test_each_event_inside_a_quotation_is_its_speakers_account(text):
    found = sources(text)
    assert len(found) == 3, found
    assert all(any("Prokudin" in name for name in names) for names in found), found


def test_a_speaker_in_the_next_paragraph_is_not_the_quotations():
    text = (f'The regional police reported new attacks.\n\n"{ACCOUNT}."\n\n'
            "Governor Oleksandr Prokudin said the city would get more air defence.")
    found = sources(text)
    assert len(found) == 3, found
    assert not any("Prokudin" in name for name in found[1]), found


def test_an_account_told_without_quotation_marks_keeps_its_sentences_sources():
    text = f"The regional police reported new attacks.\n\n{ACCOUNT}, Governor Oleksandr Prokudin said."
    found = sources(text)
    # stage 23 (srcU): the police's attribution governs the sentence told after it; Prokudin's, after it, does not
    assert not any("Prokudin" in name for name in found[1]), found
