"""Mixed-language reports: each run of one language is read by its own rules, spans stay offsets into
the whole report, and the paraphrase and the quoted post of one event become one incident. Texts are
our own (an English story quoting a Ukrainian or a Russian post, a quote about another event)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warcrimes.domain.contract import contract_problems
from warcrimes.domain.facts import StatisticFacts
from warcrimes.domain.records import ExtractedStatistic
from warcrimes.extract import extract
from warcrimes.extract.engine.mixed import blanked, once_each
from warcrimes.language_id import identify, language_runs

NIKOPOL = ("Russian artillery struck a market in Nikopol on Tuesday, killing four civilians, governor Serhiy Lysak "
           "said on Telegram.\n«Окупанти обстріляли ринок у Нікополі з артилерії. Загинули четверо людей, ще семеро "
           "поранені», — написав Лисак.\n")
KUPIANSK = ("Police in Kharkiv Oblast said a Russian drone killed two men repairing a power line near Kupiansk on "
            "Sunday.\n\nThe police statement read:\n\n\"Російський ударний дрон атакував бригаду енергетиків поблизу "
            "Куп'янська. Двоє чоловіків загинули на місці.\"\n")
SHEBEKINO = ("Belgorod governor Vyacheslav Gladkov said a Ukrainian drone struck a car in Shebekino on Friday, killing "
             "a woman.\n«Беспилотник ВСУ атаковал легковой автомобиль в Шебекино, женщина погибла на месте», — написал "
             "Гладков.\n")
SUMY = ("A Russian drone hit a school in Sumy on Monday, wounding a guard, the city's military administration said.\n"
        "In the same message it recalled an older attack: «3 квітня росіяни скинули керовану бомбу на Лебедин, загинув "
        "один чоловік, ще двоє поранені».\n")
MIXED = Path(__file__).parent / "corpus" / "mixed"


def _incidents(text: str, published: dt.date) -> list[dict]:
    return extract(text, published).to_contract()["incidents"]


def test_an_english_story_with_a_ukrainian_quote_runs_english_then_ukrainian() -> None:
    runs = language_runs(NIKOPOL)
    assert [language for _, _, language in runs] == ["en", "uk"]
    quote = NIKOPOL.index("Окупанти")
    assert runs[0][0] == 0 and runs[-1][1] == len(NIKOPOL) and runs[0][1] <= quote < runs[1][1]
    assert all(a[1] == b[0] for a, b in zip(runs, runs[1:], strict=False))


def test_a_cyrillic_name_quoted_inside_an_english_sentence_does_not_cut_it() -> None:
    text = ("Soldiers of the «Азов» brigade said Russian troops shelled Kharkiv on Monday, killing two civilians. "
            "Окупанти обстріляли Харків, загинули двоє людей, повідомив Синєгубов у Телеграмі.")
    runs = language_runs(text)
    assert [language for _, _, language in runs] == ["en", "uk"]
    assert runs[0][1] > text.index("civilians")


def test_a_ukrainian_story_quoting_a_russian_speaker_has_a_russian_run() -> None:
    text = ("Служба безпеки України оприлюднила перехоплення, у якому російський військовий розповідає про обстріл "
            "Херсона.\n«Мы обстреливали этот город весь вечер, и никто из нас ничего не спрашивал, это был приказ», — "
            "говорит он.\nСлідство триває.")
    assert "ru" in [language for _, _, language in language_runs(text)]
    assert identify(text).main == "uk"


def test_blanking_keeps_every_offset_and_line_break() -> None:
    text = "one two\nтри чотири\nfive"
    kept = blanked(text, [(8, 18)])
    assert len(kept) == len(text) and kept[8:18] == text[8:18]
    assert kept == "       \nтри чотири\n    "


@pytest.mark.parametrize(("text", "published", "place", "victims", "party", "source"), [
    (NIKOPOL, dt.date(2024, 4, 11), "Nikopol", 4, "RU", "Lysak"),
    (KUPIANSK, dt.date(2024, 4, 16), "Kupiansk", 2, "RU", "Police"),
    (SHEBEKINO, dt.date(2024, 4, 13), "Shebekino", 1, "UA", "Gladkov"),
])
def test_the_paraphrase_and_the_quoted_post_of_one_event_are_one_incident(
        text: str, published: dt.date, place: str, victims: int, party: str, source: str) -> None:
    incidents = _incidents(text, published)
    assert len(incidents) == 1
    found = incidents[0]
    told = (found["location"]["name"], found["victims"]["min"], found["perpetrator"]["party"])
    assert told == (place, victims, party)
    assert any(source in name for name in found["reported_by"])
    quote = max(text.index("«") if "«" in text else 0, text.find('"'))
    assert found["span"][0] < quote < found["span"][1], "the incident's span reaches into the quoted post"


def test_what_the_quote_read_points_into_the_quote_of_the_whole_report() -> None:
    found = _incidents(NIKOPOL, dt.date(2024, 4, 11))[0]
    quote = NIKOPOL.index("«")
    from_quote = [p for p in found["provenance"] if p["start"] > quote]
    assert from_quote
    for p in from_quote:
        cited = NIKOPOL[p["start"]:p["end"]]
        assert cited.strip() and any("\u0400" <= c <= "\u04ff" for c in cited), p


def test_a_quote_about_another_event_is_an_incident_of_its_own() -> None:
    incidents = _incidents(SUMY, dt.date(2024, 4, 16))
    assert [i["location"]["name"] for i in incidents] == ["Sumy", "Lebedyn"]
    lebedyn = incidents[1]
    assert lebedyn["date"] == {"start": "2024-04-03", "end": "2024-04-03"} and lebedyn["victims"]["min"] == 1
    assert lebedyn["span"][0] > SUMY.index("«")


def test_a_quoted_post_naming_no_source_takes_the_source_that_introduces_it() -> None:
    assert _incidents(SUMY, dt.date(2024, 4, 16))[1]["reported_by"] == ["military administration"]


def test_a_report_in_one_language_reads_as_before() -> None:
    text = NIKOPOL.split("\n")[0]
    assert extract(text, dt.date(2024, 4, 11)) == extract(text, dt.date(2024, 4, 11), "en")


def test_a_declared_language_reads_the_whole_text_by_its_rules() -> None:
    forced = extract(NIKOPOL, dt.date(2024, 4, 11), "en").to_contract()["incidents"]
    assert forced[0]["span"][1] < NIKOPOL.index("«")


def _corpus_names() -> list[str]:
    return sorted(p.name[: -len(".txt")] for p in MIXED.glob("*.txt"))


def test_the_mixed_corpus_has_four_reports_each_mixed_with_gold_and_meta() -> None:
    names = _corpus_names()
    assert len(names) >= 4
    for name in names:
        gold = json.loads((MIXED / f"{name}.gold.json").read_text(encoding="utf-8"))
        assert contract_problems(gold) == []
        meta = json.loads((MIXED / f"{name}.meta.json").read_text(encoding="utf-8"))
        dt.date.fromisoformat(meta["published"])
        assert identify((MIXED / f"{name}.txt").read_text(encoding="utf-8")).language == "mixed"


def _figure(measure: str, value: float, span: tuple[int, int]) -> ExtractedStatistic:
    return ExtractedStatistic(StatisticFacts(measure, "pow", value, span=span))


def test_a_figure_the_quote_repeats_is_one_statistic_and_another_figure_stays() -> None:
    told = once_each([_figure("released", 95, (120, 140)), _figure("released", 95, (10, 30)),
                      _figure("held_captive", 8000, (60, 80))])
    assert [(s.facts.measure, s.facts.span) for s in told] == [("released", (10, 30)), ("held_captive", (60, 80))]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Окупанти обстріляли Херсон. ", "Russian troops shelled the town. ", "«", "»",
                                 "Беспилотник атаковал автомобиль. ", "\n", "Азов ", "12. "]), max_size=12))
def test_language_runs_tile_the_whole_text_in_order(parts: list[str]) -> None:
    text = "".join(parts)
    runs = language_runs(text)
    if not text:
        assert runs == []
        return
    assert runs[0][0] == 0 and runs[-1][1] == len(text)
    assert all(a[1] == b[0] and a[2] != b[2] for a, b in zip(runs, runs[1:], strict=False))
