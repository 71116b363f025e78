"""The forward-line test of source_refs (stage 24): which texts hold a line a forward label opens or an author's
'X wrote:' closes, on sentences of our own, and work linear in the text on hostile shapes (instructions counted)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from warcrimes.errors import ConfigError
from warcrimes.extract.steps.source_refs import _ForwardLines


def _english() -> _ForwardLines:
    lexicon = resources.files("warcrimes.extract.lang").joinpath("en/actors.json").read_text(encoding="utf-8")
    return _ForwardLines(json.loads(lexicon)["forward_label"])


@pytest.mark.parametrize("text", [
    "Forwarded from Kharkiv Watch\nA drone hit the depot at night.",
    "Our morning digest.\n\n> Repost from the Sumy regional channel\nNo one was hurt.",
    "Morning update\n**Forwarded message from Oblast Police**\nTwo cars burned overnight.",
    "Kharkiv Watch wrote: a drone hit the depot at night.",
    "The night editor of the city channel posted   :\nshelling in the north again.",
    "He WROTE\u00a0: the town was quiet until noon.",
])
def test_a_forward_label_opening_a_line_or_an_author_before_a_colon_is_a_forward_line(text: str) -> None:
    assert _english().search(text)


@pytest.mark.parametrize("text", [
    "A drone hit the depot at night; nobody was hurt.",
    "The complaint was forwarded from the mayor's office to the police.",  # the label inside a line
    "The governor wrote that the strike killed two people. Time: 10:15.",  # no colon after the phrase
    "Rewrote: a heading, not a forward line.",  # the phrase inside a word
    "",
])
def test_a_label_inside_a_line_or_a_phrase_with_no_colon_after_it_is_none(text: str) -> None:
    assert not _english().search(text)


@pytest.mark.parametrize("config", [
    {"before": ["» forwarded from"], "after": ["wrote"]},  # a label starting with a mark
    {"before": ["forwarded from"], "after": ["wrote "]},  # a phrase ending in a blank
])
def test_a_label_or_phrase_the_searches_cannot_read_is_refused_when_the_language_loads(config: dict) -> None:
    with pytest.raises(ConfigError, match="forward_label"):
        _ForwardLines(config)


#: Run under callgrind with instrumentation off until the searches, the instructions inside the regular-expression
#: engine's search counted per shape (a dump after each); the two copies `search` makes ("\n" + text, the text
#: reversed) are linear by construction and not counted.
COUNTED = """
import json, os, subprocess, sys
from importlib import resources
from warcrimes.extract.steps.source_refs import _ForwardLines

lexicon = resources.files("warcrimes.extract.lang").joinpath("en/actors.json").read_text(encoding="utf-8")
forward = _ForwardLines(json.loads(lexicon)["forward_label"])
sizes = [int(size) for size in sys.argv[1:]]
shapes = [lambda n: {shapes_joined}]
pid = str(os.getpid())
subprocess.run(["callgrind_control", "-i", "on", pid], check=True, capture_output=True)
for k, shape in enumerate(shapes):
    for n in sizes:
        text = shape(n)
        subprocess.run(["callgrind_control", "-z", pid], check=True, capture_output=True)
        forward.search(text)
        subprocess.run(["callgrind_control", "-d", f"shape{{k}}-{{n}}", pid], check=True, capture_output=True)
"""
#: Hostile shapes of n units: blank lines, lines of marks, one line of marks, colons after blanks or letters, labels
#: run together, phrases with no colon, colons before a phrase spelled backwards (what the reversed text holds
#: as 'wrote:'), and ordinary sentences.
SHAPES = ['"\\n" * n', '"\\n \\n" * n', '"-\\n" * n', '"-" * n', '" :" * n', '"x:" * n', '" " * n + ":"',
          '"Forwarded" * n', '"Kharkiv Watch wrote " * n', '" :etorw" * n',
          '"A drone hit the depot at night: two were hurt. " * n']
SIZES = (4000, 8000, 16000)


def _instructions(folder: Path) -> list[list[int]]:
    """Instructions from a zeroed counter to a dump around each search, per shape and size.

    The whole process is counted (no symbol of the regular-expression engine is needed, so an interpreter built
    without one, such as Debian's, is measured too); what the counter holds besides the search (the tail of one
    callgrind_control call, the start of the next) is the same for every size, and drops out of the differences.
    """
    out = folder / "callgrind"
    script = COUNTED.format(shapes_joined=", lambda n: ".join(SHAPES))
    subprocess.run(["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
                    sys.executable, "-c", script, *map(str, SIZES)],
                   check=True, capture_output=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    dumps = sorted(folder.glob("callgrind.*"), key=lambda path: int(path.suffix[1:]))
    counts = [int(next(line for line in dump.read_text().splitlines() if line.startswith("totals:")).split()[1])
              for dump in dumps]
    return [counts[k * len(SIZES):(k + 1) * len(SIZES)] for k in range(len(SHAPES))]


@pytest.mark.slow
@pytest.mark.skipif(not (shutil.which("valgrind") and shutil.which("callgrind_control")), reason="needs valgrind")
def test_the_work_of_the_search_doubles_when_a_hostile_text_doubles(tmp_path: Path) -> None:
    """Linear: the work the second doubling adds is twice the first's (a quadratic search would add four times)."""
    for shape, (small, medium, large) in zip(SHAPES, _instructions(tmp_path), strict=True):
        first, second = medium - small, large - medium
        assert first > 0, f"{shape}: no work counted"
        assert second <= 2.3 * max(first, 1) + 50_000, f"{shape}: +{first:,} instructions for the first doubling, " \
            f"+{second:,} for the second"
