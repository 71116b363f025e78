"""A new language is a new folder of data plus a few lines of code: proved with a toy language written
here in a temporary folder (Ukrainian words, a stand-in lemmatizer where pymorphy3 will go)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest

import warcrimes.extract.lang as lang_package
from warcrimes.extract.engine import language as language_module
from warcrimes.extract.engine.document import Document

_INIT = '''
from warcrimes.extract.engine.language import Language

_LEMMAS = {"розстріляли": ("розстріляти",), "розстріляв": ("розстріляти",), "полонених": ("полонений",),
           "полоненого": ("полонений",), "військовополонених": ("військовополонений",)}


def language():
    return Language("zz", lemmatizer=lambda form: _LEMMAS.get(form, (form,)), learns_pattern_lemmas=False)
'''


@pytest.fixture
def toy_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    folder = tmp_path / "zz"
    folder.mkdir()
    (folder / "__init__.py").write_text(_INIT, encoding="utf-8")
    (folder / "classes.json").write_text(json.dumps({
        "source": "test", "classes": {"captive": ["@полонений", "@військовополонений"]},
    }, ensure_ascii=False), encoding="utf-8")
    (folder / "cues.json").write_text(json.dumps({
        "source": "test", "patterns": {"violation": {"execution": ["@розстріляти <captive>"]}},
    }, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(lang_package, "__path__", [*lang_package.__path__, str(tmp_path)])
    language_module.available.cache_clear()
    yield language_module.load("zz")
    language_module.available.cache_clear()
    language_module._LOADED.pop("zz", None)
    sys.modules.pop("warcrimes.extract.lang.zz", None)


def _ids(text: str) -> list[str]:
    doc = Document(text, dt.date(2024, 3, 1), language="zz")
    return [m.id for m in doc.hits("violation")]


def test_a_new_language_folder_is_found_and_its_patterns_match_by_lemma(toy_language):
    assert toy_language.code == "zz"
    expected = ["zz/cues:violation.execution:@розстріляти <captive>"]
    assert _ids("Окупанти розстріляли полонених біля Бахмута.") == expected
    assert _ids("Солдат розстріляв полоненого.") != []
    assert _ids("Окупанти РОЗСТРІЛЯЛИ військовополонених.") != []  # Cyrillic capitals fold


def test_a_look_alike_without_the_captive_does_not_match(toy_language):
    assert _ids("Окупанти розстріляли будинок.") == []
