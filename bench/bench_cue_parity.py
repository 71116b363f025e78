"""Cue parity across languages: per violation type, cue label and language switch, how many patterns
each of lang/en, lang/uk and lang/ru defines ("-": not defined). Data files grow report by report, so a
rule written for one language is easily missing in another; this table shows the gaps.

    .venv/bin/python -m bench.bench_cue_parity            # violations, labels and switches
    .venv/bin/python -m bench.bench_cue_parity --gaps     # only rows some language lacks
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

LANG = Path(__file__).resolve().parents[1] / "src" / "warcrimes" / "extract" / "lang"
LANGUAGES = ("en", "uk", "ru")

# Rows that are per-language vocabulary by nature (number words, month names, named organisations):
# a word one language has and another lacks is no gap.
VOCABULARY = (
    "actors/patterns/organisation/", "numbers/units/", "numbers/tens/", "numbers/scales/", "numbers/vague/",
    "numbers/qualifiers/", "numbers/hundreds/", "numbers/ordinals/", "numbers/exact_words/", "dates/months/",
    "dates/weekdays/", "dates/ago_units/", "dates/anaphoric_days/", "dates/anaphoric_directions/",
    "dates/deictic/", "dates/night/", "dates/night_before/", "dates/window/", "dates/year_phrases/",
    "dates/seasons/", "dates/month_parts/", "dates/holidays/", "dates/small_counts/", "dates/anchors/",
    "lemmas/irregular/", "statistics/implicit/count/", "statistics/tally_measures/", "places/oblast/",
    "places/town_adjectives/", "places/town_areas/", "places/district_adjectives/endings/",
    "places/patterns/region_by_preposition/",
)


def _count(value: Any) -> int:
    """Patterns in a value: a list's length, a table's entries, 1 for a set switch (true, "RU", "whole")."""
    if isinstance(value, list | dict):
        return len(value)
    return 0 if value in (None, False, "") else 1


def _rows(node: Any, path: str, out: dict[str, int]) -> None:
    """Flatten a data file: every list is a row; a table of lists (e.g. endings) is one row too."""
    if isinstance(node, dict) and not all(isinstance(v, list) for v in node.values()) or (
        isinstance(node, dict) and path.count("/") < 2
    ):
        for key, value in node.items():
            if key == "source" or key.endswith("note") or key == "notes":
                continue
            _rows(value, f"{path}/{key}", out)
    elif isinstance(node, dict):
        for key, value in node.items():
            out[f"{path}/{key}"] = _count(value)
    else:
        out[path] = _count(node)


def table() -> dict[str, dict[str, int]]:
    """Row name -> language -> number of patterns."""
    rows: dict[str, dict[str, int]] = {}
    for code in LANGUAGES:
        for path in sorted((LANG / code).glob("*.json")):
            found: dict[str, int] = {}
            _rows(json.loads(path.read_text("utf-8")), path.stem, found)
            for name, count in found.items():
                rows.setdefault(name, {})[code] = count
    return rows


def _grouped(rows: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    """Vocabulary rows folded into one row per folder (how many entries each language has)."""
    out: dict[str, dict[str, int]] = {}
    for name, counts in rows.items():
        prefix = next((p for p in VOCABULARY if name.startswith(p)), None)
        key = f"{prefix}*" if prefix else name
        for code, count in counts.items():
            out.setdefault(key, {})[code] = out.get(key, {}).get(code, 0) + (1 if prefix else count)
    return out


def render(gaps_only: bool = False) -> str:
    rows = _grouped(table())
    lines = [f"{'row':72} " + " ".join(f"{c:>4}" for c in LANGUAGES)]
    for name in sorted(rows, key=lambda n: (not n.startswith("cues/patterns/violation/"), n)):
        counts = rows[name]
        if gaps_only and all(counts.get(c) for c in LANGUAGES):
            continue
        lines.append(f"{name[:72]:72} " + " ".join(f"{counts[c] if counts.get(c) else '-':>4}" for c in LANGUAGES))
    return "\n".join(lines)


def run() -> list[tuple[str, str]]:
    rows = _grouped(table())
    violations = [n for n in rows if n.startswith("cues/patterns/violation/")]
    full = [n for n in violations if all(rows[n].get(c) for c in LANGUAGES)]
    gaps = [n for n in rows if not all(rows[n].get(c) for c in LANGUAGES)]
    return [
        ("violation types with cues in en, uk and ru", f"{len(full)} of {len(violations)}"),
        ("rows some language lacks", str(len(gaps))),
    ]


if __name__ == "__main__":
    print(render(gaps_only="--gaps" in sys.argv))
