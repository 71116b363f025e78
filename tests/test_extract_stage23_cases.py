"""Stage 23: several cases in one report, told apart by one rule of compatibility (`steps/cases.py`). A layout unit
(a paragraph, a list item) whose first act contradicts the case being told opens another case: a list item's other
count of the harmed, a day or a settlement the unit's first sentence set, a victim from another settlement brought in
with no cue word. Every text here is written for this file; the look-alikes (a toll update or a part of the victims
in the same story, the same day or place retold, a headline with its lead and a quote) stay one incident."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import document, en_contract_incidents
from warcrimes.extract.steps.cases import list_mark

PUBLISHED = dt.date(2025, 6, 20)


def _rows(text: str) -> list[tuple[str, str | None, str | None, int | None]]:
    return [
        (
            i["violations"][0],
            i["date"]["start"] if i["date"] else None,
            (i["location"] or {}).get("name"),
            i["victims"]["min"],
        )
        for i in en_contract_incidents(text, PUBLISHED)
    ]


# -- a list item counting other harmed than the item before: another case, at the same place too --------------------

OTHER_COUNT = [
    (  # dashes; the second item an update of another strike's toll
        "Morning summary, 19 June\n\n"
        "- Kherson. At night a drone hit a private house. A woman, 64, was wounded.\n"
        "- The number of wounded in yesterday's shelling of a market in Kherson has risen to six.\n"
        "- Bilozerka. Shells damaged two houses.\n",
        [1, 6],
    ),
    (  # numbered items
        "Morning summary, 19 June\n\n"
        "1. Kherson: at night a drone dropped a grenade on a bus stop, wounding a man.\n"
        "2. In Kherson, a glide bomb hit a warehouse in the afternoon; four workers were wounded.\n",
        [1, 4],
    ),
    (  # emoji bullets, the dead
        "Morning summary, 19 June\n\n"
        "▪️ Kherson. A drone struck a car on the bridge at night, killing the driver.\n"
        "▪️ Three people were killed when artillery hit a queue for water in Kherson.\n",
        [1, 3],
    ),
]


@pytest.mark.parametrize(("text", "counts"), OTHER_COUNT)
def test_a_list_items_other_count_of_the_harmed_is_another_case(text, counts):
    rows = _rows(text)
    assert [r[3] for r in rows] == counts
    assert {r[2] for r in rows} == {"Kherson"}


SAME_COUNT_LOOK_ALIKES = [
    (  # a toll update in the story's next paragraph, no list
        "Morning update\n\n"
        "A drone hit a bus stop in Kherson on Monday, wounding a man.\n\n"
        "The number of wounded has risen to four, the governor said.\n"
    ),
    (  # a part of the victims in the next list item
        "Morning summary, 19 June\n\n"
        "- Kherson. At night a drone hit a private house. Two women were wounded.\n"
        "- Among them is a 17-year-old girl.\n"
    ),
    (  # the item's details on the next line
        "Drone wounds two women in Kherson\n\n"
        "- A drone hit a bus stop in Kherson on Monday. Two women were wounded.\n"
        "- The women, 60 and 64, were taken to hospital.\n"
    ),
]


@pytest.mark.parametrize("text", SAME_COUNT_LOOK_ALIKES)
def test_an_update_a_part_or_details_of_the_victims_stay_one_case(text):
    assert len(_rows(text)) == 1


# -- a unit's own day or settlement, set by its first sentence before the act ---------------------------------------

OWN_SCENE = [
    (  # another day set by the paragraph's first sentence
        "Verdict summary\n\n"
        "On 12 March 2022, in Hostomel, the defendant shot dead a 58-year-old man at his gate.\n\n"
        "On 20 March 2022 the soldiers returned to the same street. They shot two neighbours in their yard.\n",
        ("killing_civilians", "2022-03-20", "Hostomel", 2),
    ),
    (  # another settlement set by the paragraph's first sentence
        "Court news\n\n"
        "Soldiers shot a farmer dead in his field near Hostomel on 12 March 2022, the court found.\n\n"
        "In Bucha, the unit had set up its post in a kindergarten. Its soldiers shot two men who walked past it.\n",
        ("killing_civilians", None, "Bucha", 2),
    ),
    (  # a victim from another settlement, brought in with no cue word
        "Freed civilians describe their captivity\n\n"
        "A teacher from Kherson said soldiers detained him in August 2022 and beat him in a basement.\n\n"
        "A nurse, 47, from Melitopol is the youngest of those freed. Soldiers seized her at her home in April 2023 and "
        "held her for a year.\n",
        ("unlawful_detention", "2023-04-01", "Melitopol", 1),
    ),
]


@pytest.mark.parametrize(("text", "second"), OWN_SCENE)
def test_a_units_own_day_or_place_opens_another_case(text, second):
    rows = _rows(text)
    assert len(rows) == 2
    assert rows[1] == second


OWN_SCENE_LOOK_ALIKES = [
    (  # the same day retold
        "Verdict summary\n\n"
        "On 12 March 2022, in Hostomel, the defendant shot dead a 58-year-old man at his gate.\n\n"
        "On 12 March 2022 the soldiers stayed on the same street. They shot the man's brother as he ran to help.\n"
    ),
    (  # the same settlement retold
        "Court news\n\n"
        "Soldiers shot a farmer dead in his field near Hostomel on 12 March 2022, the court found.\n\n"
        "In Hostomel, the unit had set up its post in a kindergarten. Its soldiers shot the farmer's son as well.\n"
    ),
    (  # a headline, its lead and a quote: one event
        "Drone kills driver in Kherson\n\n"
        "A Russian drone struck a car in Kherson on Monday morning, killing its driver, the regional governor said.\n\n"
        '"The drone hit the car as it crossed the bridge. The driver died on the spot," the governor wrote.\n'
    ),
]


@pytest.mark.parametrize("text", OWN_SCENE_LOOK_ALIKES)
def test_the_same_day_place_or_a_retelling_stays_one_case(text):
    assert len(_rows(text)) == 1


# -- what a list mark is ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("- On Monday a drone hit a car.", True),
        ("▪️ Kherson.", True),
        ("12) On Monday a drone hit a car.", True),
        ("2. On Monday a drone hit a car.", True),
        ("On Monday a drone hit a car.", False),
        ('"On Monday a drone hit a car," he said.', False),
        ("2025 was a hard year.", False),
    ],
)
def test_a_list_mark_opens_a_line(text, marked):
    doc = document("Summary\n" + text)
    start = next(i for i, c in enumerate(doc.text) if i > 7 and c.isalpha())
    assert list_mark(doc, start) is marked
