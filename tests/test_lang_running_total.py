"""A running total has one name in every language's data and in the code: the `running_total` patterns of
statistics.json, of two kinds ('as_of', a total standing on an hour; 'total', a total over time)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import warcrimes.extract.lang as lang_package
from warcrimes.extract.engine.document import Document

LANG_DIR = Path(lang_package.__file__).parent
KINDS = {"as_of", "total"}


@pytest.mark.parametrize("code", ["en", "uk", "ru"])
def test_no_language_names_a_running_total_otherwise(code):
    patterns = json.loads((LANG_DIR / code / "statistics.json").read_text(encoding="utf-8"))["patterns"]
    assert "snapshot" not in patterns
    assert set(patterns.get("running_total", {})) <= KINDS


@pytest.mark.parametrize(("code", "text", "kind"), [
    ("en", "As of 9 a.m., 14 people had been killed in the city.", "as_of"),
    ("en", "At 18:00 on Tuesday, 14 people had been killed.", None),
    ("ru", "Всего с начала вторжения в городе погибли 14 человек.", "total"),
    ("ru", "В общей сложности в городе погибли 14 человек.", "total"),
])
def test_running_total_patterns_are_read_under_one_label(code, text, kind):
    doc = Document(text, dt.date(2025, 3, 12), code)
    found = {h.value for h in doc.hits("running_total")}
    assert found == ({kind} if kind else set())
