"""Stage 17 (issue 8): a count standing alone in a table's cell counts what its column's heading names, and a
strike that killed no one but injured some counts the injured."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

pytestmark = pytest.mark.usefixtures("fake_gazetteer")

PUBLISHED = dt.date(2025, 6, 18)


def tolls(text: str) -> list[tuple[str | None, int | None, int | None, int | None]]:
    out = []
    for incident in extract(text, PUBLISHED).incidents:
        facts = incident.facts
        out.append((facts.location.name if facts.location else None, facts.victims.min, facts.victims.killed,
                    facts.victims.injured))
    return out


MARKDOWN = """Civilian harm this week:

| Date | Settlement | What happened | Killed | Injured |
|---|---|---|---|---|
| 3 June | Kherson | Artillery shelling of a residential block | 2 | 5 |
| 5 June | Orikhiv | Drone strike on a bus | 0 | 3 |
"""

BARE = """Date | Place | Incident | Dead | Wounded
12 May | Sumy | missile strike on a market | 4 | 11
14 May | Huliaipole | shelling of a residential street | 1 | 6
"""

WOUNDED_FIRST = """| Wounded | Killed | Where | When | Event |
| 7 | 1 | Izium | 9 June | a guided bomb hit an apartment block |
"""


def test_markdown_table_rows_count_their_columns():
    assert tolls(MARKDOWN) == [("Kherson", 2, 2, 5), ("Orikhiv", 3, 0, 3)]


def test_a_table_without_outer_bars_counts_its_columns():
    assert tolls(BARE) == [("Sumy", 4, 4, 11), ("Huliaipole", 1, 1, 6)]


def test_columns_are_read_in_whatever_order_they_stand():
    assert tolls(WOUNDED_FIRST) == [("Izium", 1, 1, 7)]


@pytest.mark.parametrize("text", [
    "| Date | Settlement | Event |\n| 3 June | Kherson | shelling killed 2 and injured 5 residents |\n",
    "| Settlement | Houses damaged |\n| Kherson | 14 |\n",
])
def test_a_cell_with_words_of_its_own_or_a_column_of_things_counts_no_column(text):
    assert all(toll[1] in (None, 2) for toll in tolls(text))
    assert all(toll[1] != 14 for toll in tolls(text))


@pytest.mark.parametrize("text", [
    "A drone hit a bus in Orikhiv on Friday: 0 killed, 3 injured.",
    "A drone hit a bus in Orikhiv on Friday. Killed: 0. Injured: 3.",
    "A drone hit a bus in Orikhiv on Friday, killing 0 and injuring 3 passengers.",
])
def test_none_killed_gives_the_injured(text):
    assert tolls(text)[0][1] == 3
