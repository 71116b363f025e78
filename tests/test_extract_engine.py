"""The language-neutral engine: folding, tokens, the lemmatizer interface, patterns with ids, and the
step contracts checked when a pipeline is built and when it runs."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.errors import ConfigError, UnsupportedLanguageError
from warcrimes.extract.engine import pipeline
from warcrimes.extract.engine.document import Document, Mention
from warcrimes.extract.engine.language import available, detect_language, load
from warcrimes.extract.engine.lemmas import InflectionLemmatizer
from warcrimes.extract.engine.patterns import Matcher, Pattern, WordClasses, parse
from warcrimes.extract.engine.text import fold, tokenise


def test_folding_lowercases_cyrillic_and_keeps_offsets():
    text = "ЗСУ звільнили КИЇВ, Ёлкино"
    folded = fold(text)
    assert folded == "зсу звільнили київ, ёлкино"
    assert len(folded) == len(text)


def test_folding_strips_latin_accents_and_unifies_apostrophes():
    assert fold("Kyïv’s Stépové") == "kyiv's stepove"


def test_a_modifier_letter_apostrophe_splits_a_word_like_any_apostrophe():
    tokens = tokenise("Prosecutor Generalʼs Office")
    assert tokens.lower == ["prosecutor", "general", "'", "s", "office"]
    assert tokens.words[1] == "General"


def test_tokens_keep_offsets_into_the_original_text():
    text = "Дрон влучив у будинок у Херсоні."
    tokens = tokenise(text)
    assert [text[s : tokens.end(i)] for i, s in enumerate(tokens.starts)] == tokens.words


def test_generated_forms_map_back_to_their_lemmas():
    lemmatize = InflectionLemmatizer([("", "s"), ("", "ed"), ("", "ing"), ("e", "ed"), ("+double", "ed,ing")],
                                     {"shoot": ["shot"]})
    lemmatize.learn(["shoot", "execute", "shell"])
    assert "shoot" in lemmatize("shot") and "shot" in lemmatize("shot")
    assert lemmatize("executed") == ("executed", "execute")
    assert "shell" in lemmatize("shelled")
    assert lemmatize("unknownword") == ("unknownword",)


def _matcher(*written: tuple[str, str]) -> Matcher:
    classes = WordClasses({"armed": ["troops", "@soldier"]})
    patterns = [Pattern(pid, "cue", "v", parse(body, classes)) for pid, body in written]
    return Matcher(patterns)


def _found(matcher: Matcher, text: str, lemmas: dict[str, tuple[str, ...]] | None = None) -> list[str]:
    table = lemmas or {}
    tokens = tokenise(text, lambda form: table.get(form, (form,)))
    return [m.id for m in matcher(tokens)]


def test_a_pattern_with_an_optional_token_matches_both_wordings_and_names_itself():
    matcher = _matcher(("shot-dead", "shot dead?"))
    assert _found(matcher, "they shot dead two men") == ["shot-dead"]
    assert _found(matcher, "they shot two men") == ["shot-dead"]
    assert _found(matcher, "a shotgun was found") == []


def test_a_lemma_test_matches_every_form_the_lemmatizer_gives():
    matcher = _matcher(("kill", "@kill <armed>"))
    lemmas = {"killed": ("killed", "kill"), "killing": ("killing", "kill"), "soldiers": ("soldiers", "soldier")}
    assert _found(matcher, "killed soldiers", lemmas) == ["kill"]
    assert _found(matcher, "killing troops", lemmas) == ["kill"]
    assert _found(matcher, "skill troops", lemmas) == []


def test_alternatives_and_flags():
    matcher = _matcher(("n", "#num|several people"))
    assert _found(matcher, "12 people") == ["n"]
    assert _found(matcher, "several people") == ["n"]
    assert _found(matcher, "many people") == []


def test_a_pattern_naming_an_unknown_class_is_refused_at_load():
    with pytest.raises(ConfigError, match="<nowhere>"):
        parse("@kill <nowhere>", WordClasses({}))


def test_two_patterns_with_one_id_are_refused():
    with pytest.raises(ConfigError, match="used twice"):
        _matcher(("same", "a"), ("same", "b"))


def test_english_is_a_folder_and_other_languages_are_refused_in_a_sentence():
    assert "en" in available()
    with pytest.raises(UnsupportedLanguageError, match="not supported yet"):
        load("xx")


def test_detects_cyrillic_languages_by_their_letters():
    assert detect_language("Російські війська обстріляли Херсон, загинула жінка.") == "uk"
    assert detect_language("Российские войска обстреляли Херсон, погибла женщина.") == "ru"
    assert detect_language("Russian forces shelled Kherson.") == "en"


def test_every_english_pattern_compiles_and_ids_are_unique():
    english = load("en")
    ids = [p.id for p in english.matcher.patterns]
    assert len(ids) == len(set(ids)) > 1000
    assert all(p.id.startswith("en/") for p in english.matcher.patterns)


def test_a_step_naming_an_unknown_mention_kind_is_refused():
    with pytest.raises(ConfigError, match="unknown kinds"):
        pipeline.step("broken", requires=("sentence",), adds=("date",))


def test_a_pipeline_whose_requirement_comes_later_is_refused():
    with pytest.raises(ConfigError, match="needs"):
        pipeline.build(["casualties", "segment"])


def test_a_step_that_adds_an_undeclared_kind_is_caught_when_it_runs():
    def sneaky(doc: Document) -> None:
        doc.add(Mention("victim", 0, 1, "civilian", "test"))

    step = pipeline.Step("sneaky", (), ("date",), sneaky)
    with pytest.raises(ConfigError, match="without declaring"):
        pipeline.run(Document("x", dt.date(2024, 1, 1)), [step])


def test_every_shipped_step_declares_real_kinds_in_a_buildable_order():
    steps = pipeline.default_steps()
    names = [s.name for s in steps]
    assert names.index("roles") < names.index("assemble")
    for current in steps:
        assert set(current.adds) <= pipeline.MENTION_KINDS | pipeline.FACETS
