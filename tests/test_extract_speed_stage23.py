"""Stage 23 (speed, docs/extraction.md): each shortcut against the long way it replaces, on texts of our own."""

from __future__ import annotations

import random
import re

import pytest

from warcrimes.extract.engine.language import load
from warcrimes.extract.steps.source_refs import _ForwardLines

PIECES = [
    "wrote", "Wrote", "WRITES", "posted", "reports", "reported", "wro", "te", "ſ", "\u212a", "s", "x", "1", "_",
    ":", ":", " ", "  ", "\u00a0", "\t", "\n", "\n", "Forwarded from", "forwarded", " from", "repost:", "Repost",
    "*", ">", "—", "The mayor", "Kharkiv Watch", ".", "'", "\u2019",
]


def _whole(config: dict) -> re.Pattern[str]:
    """The long way: the one expression, tried at every character."""
    labels = "|".join(re.escape(p) for p in config["before"])
    written = "|".join(re.escape(a) for a in config["after"])
    return re.compile(rf"^\W*(?:{labels})\b|\b(?:{written})\s*:", re.I | re.M)


def _english() -> dict:
    return load("en").table("actors.json")["forward_label"]


@pytest.mark.parametrize("text", [
    "Kharkiv Watch wrote: a drone hit the depot at night.",
    "The channel's editor posted   :\nshelling overnight in the north.",
    "Forwarded from Kharkiv Watch\nA drone hit the depot.",
    "  > Repost from the regional channel\nNo one was hurt.",
    "He WROTE\u00a0: the town was quiet.",
    "Time: 10:15. The governor wrote that the strike killed two people.",  # "wrote" with no colon after it
    "Rewrote: a heading, not a forward line.",  # a word that only ends in "wrote"
    "Nothing is relayed here at all.",
    "",
])
def test_forward_lines_answer_as_the_one_expression_does(text: str) -> None:
    config = _english()
    assert _ForwardLines(config).search(text) == bool(_whole(config).search(text))


def test_forward_lines_answer_as_the_one_expression_does_on_random_texts() -> None:
    config = _english()
    fast, slow = _ForwardLines(config), _whole(config)
    rng = random.Random(23)
    for _ in range(4000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 14)))
        assert fast.search(text) == bool(slow.search(text)), text


def test_a_phrase_with_blanks_at_its_ends_is_asked_of_the_whole_expression() -> None:
    config = {"before": ["relayed from"], "after": ["wrote ", "said"]}
    fast, slow = _ForwardLines(config), _whole(config)
    assert fast.reach is None
    for text in ["X wrote : it", "X wrote: it", "X said:", "relayed from X", "X told us"]:
        assert fast.search(text) == bool(slow.search(text))


def test_a_text_dense_in_colons_gets_the_same_answer_the_other_way() -> None:
    config = _english()
    fast, slow = _ForwardLines(config), _whole(config)
    for text in [" :" * 400, "wrote :" * 50, " wrote:" + " :" * 300, "x:" * 100 + "\nForwarded from Y"]:
        assert fast.search(text) == bool(slow.search(text))
