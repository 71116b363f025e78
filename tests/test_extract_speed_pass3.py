"""What the third speed pass (docs/extraction.md) relies on: the matcher's shortcuts (heads shared by
the index lists they draw on, variants at a capitalised word kept by their second test, a probe of the
narrowest later test) find exactly what testing every variant at every token finds; folding with the
filled tables and the apostrophes replaced give what the character rules give."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from matcher_fixtures import assert_scans_find_the_long_way, written_matcher
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.lemmas import InflectionLemmatizer
from warcrimes.extract.engine.patterns import Matcher, WordClasses, _variants, parse
from warcrimes.extract.engine.text import FOLD_TABLE, LISTED, _fold_char, fold, folding_table, tokenise
from warcrimes.gazetteer.lookup import Gazetteer, UnknownPlaceError
from warcrimes.gazetteer.places import Place
from warcrimes.language_id.identify import _apostrophes

CLASSES = WordClasses({
    "body_head": ["bureau", "office", "council", "service"],
    "determiner": ["the", "a", "an", "its"],
    "count": ["two", "three", "dozen"],
})
WRITTEN = {
    "body": "#cap #cap? #cap? <body_head>",
    "body_of": "#cap? #cap? <body_head> of|for the? #cap #cap?",
    "pair": "#cap and @help",
    "numbered": "#cap #num",
    "moved": "to <determiner>? #any? #any? #any? near|outside|in",
    "shot": "@shoot <count>|#num",
    "age": "#any - year - old",
    "taken": "@take to",
    "single": "#cap",
}


def _matcher() -> tuple[Matcher, InflectionLemmatizer]:
    lemmatize = InflectionLemmatizer([("", "s"), ("", "ed"), ("", "ing"), ("e", "ing")], {"shoot": ["shot"],
                                                                                     "take": ["took", "taken"]})
    return written_matcher(WRITTEN, CLASSES, lemmatize), lemmatize


@pytest.mark.parametrize("text", [
    "The National Security Service said Olena Marchenko and helped two Kharkiv 12 residents.",
    "Prosecutors of the Regional Office for the Donetsk Region took 30 people to a camp near Anapa.",
    "Troops shot three men; the Council of Europe moved them to the old school in Izium",
    "a 15-year-old was taken to its basement outside Kupiansk by the Main Intelligence Directorate Bureau",
    "Ivan and helped Petro. Kherson City Council shot dozen. Moved to Crimea in May, Red Cross",
    "BBC Office Council Service Bureau",
])
def test_the_matcher_finds_what_testing_every_variant_finds(text: str) -> None:
    assert_scans_find_the_long_way(*_matcher(), text)


def test_forms_drawing_on_the_same_lists_share_one_head() -> None:
    matcher, lemmatize = _matcher()
    matcher.scan(tokenise("Soldiers shot two men and shoots three; Olena Vovk walked home", lemmatize))
    assert matcher._heads["walked"] is matcher._heads["home"]  # no pattern starts at either
    assert matcher._heads["shot"] is matcher._heads["shoots"]  # both draw on the lemma shoot alone
    assert matcher._heads["shot"] is not matcher._heads["walked"]


@pytest.mark.parametrize("text", [
    "Kyïv’s ŞEHİR «Ёлка» — Straße ΣΟΦΙΑ İzmir … 𝔸 ﬁ ǅ",
    "Жителі Бучі, Ірпеня та Гостомеля ʼʼ 2022‐2023 Ǆ",
    "Plain ASCII text, with 'quotes' and `ticks` - and DASHES.",
])
def test_folding_with_the_filled_tables_is_folding_character_by_character(text: str) -> None:
    def by_char(extra: dict[str, str]) -> str:
        return "".join(extra.get(c) or (_fold_char(c) if ord(c) < 0x530 or c in "’ʼ`‘‐‑‒–—" else c) for c in text)

    assert fold(text) == by_char({})
    assert fold(text, folding_table({"ё": "е"})) == by_char({"ё": "е"})
    assert all(key < LISTED or FOLD_TABLE[key] != chr(key) for key in FOLD_TABLE)


def test_a_document_is_folded_as_its_tokens_were() -> None:
    for text in ("Russian forces shelled Kherson’s centre on Monday.", "Обстріл Херсона: «ракета» влучила."):
        doc = Document(text=text, published=dt.date(2024, 1, 1), language="en")
        assert doc.folded == fold(text, doc.lang.fold_table)
        assert len(doc.folded) == len(text)


@pytest.mark.parametrize("text", ["п’ять ʼяблук", "it’s O'Brien’s", "no apostrophe here", "ʼ’ʼ"])
def test_apostrophes_are_replaced_as_the_table_replaced_them(text: str) -> None:
    assert _apostrophes(text) == text.translate(str.maketrans({"’": "'", "ʼ": "'"}))


@pytest.mark.parametrize(("written", "count"), [
    ("to <determiner>? #any? #any? near|in", 6),  # 2 x 3 lengths, not 2 x 4 choices
    ("@find #any? #any? #any? by", 4),
    ("#cap? #cap? <body_head> of the? #cap", 6),
    ("@shoot <count>? dead", 2),  # unlike optional tests: every choice is its own sequence
])
def test_alike_optional_tests_give_each_sequence_of_tests_once(written: str, count: int) -> None:
    found = _variants(parse(written, CLASSES), written)
    assert len(found) == len(set(found)) == count
    assert len(found[0]) == len(parse(written, CLASSES))  # the longest first, as before


def _places() -> list[Place]:
    return [
        Place(7001, "Verkhnie Selo", "settlement", "Kharkiv Oblast", "Izium Raion", None, "UA", 49.1, 37.2,
              "settlement", 820, None, ("Verkhnye Selo",), "village"),
        Place(7002, "Verkhnie Selo", "settlement", "Sumy Oblast", None, None, "UA", None, None, "raion_centre",
              None, None, (), None),
        Place(7003, "Nyzhnia Balka", "settlement", "Zaporizhzhia Oblast", None, None, "UA", 47.5, 35.9,
              "settlement", 12_400, "UA23", ("Nizhnyaya Balka", "Nyzhnya Balka"), "urban_settlement"),
    ]


def test_a_gazetteer_read_back_from_its_pickle_holds_the_same_places() -> None:
    built = Gazetteer(_places(), sources={"test": True})
    read = pickle.loads(pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL))
    assert not read._places  # the places' fields travel, the objects are made when asked for
    assert len(read) == 3 and list(read) == list(built) == _places()
    assert read.by_id(7003) == built.by_id(7003) and read.by_id(7003) is read.by_id(7003)
    assert [p.id for p in read.candidates("Verkhnye Selo")] == [p.id for p in built.candidates("Verkhnye Selo")]
    assert read.resolve("Nyzhnya Balka") == _places()[2] == built.resolve("Nyzhnya Balka")
    assert read.resolve("Verkhnie Selo") == built.resolve("Verkhnie Selo") == _places()[0]
    with pytest.raises(UnknownPlaceError):
        read.by_id(7999)
