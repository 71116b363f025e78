"""Every language data file names each key once.

json.load keeps the last of two equal keys silently, so a merge that writes a rule's key twice drops
the first value without a word; this test makes that loud.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

LANG = Path(__file__).parent.parent / "src" / "warcrimes" / "extract" / "lang"
FILES = sorted(LANG.rglob("*.json"))


def _repeated_keys(text: str) -> list[str]:
    repeated: list[str] = []

    def note(pairs: list[tuple[str, object]]) -> dict[str, object]:
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                repeated.append(key)
            seen.add(key)
        return dict(pairs)

    json.loads(text, object_pairs_hook=note)
    return repeated


def test_language_data_files_are_found() -> None:
    assert len(FILES) > 20


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(LANG)))
def test_no_key_is_written_twice_in_one_object(path: Path) -> None:
    assert _repeated_keys(path.read_text(encoding="utf-8")) == []


def test_a_repeated_key_is_caught() -> None:
    assert _repeated_keys('{"a": 1, "b": {"c": 2, "c": 3}}') == ["c"]
