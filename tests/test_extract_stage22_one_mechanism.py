"""Stage 22 (docs/extraction.md): mechanisms that two merges had written twice, now one each. Every text is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import document, en_contract_incidents, uk_ru_contract
from warcrimes.extract import extract
from warcrimes.extract.steps.actors import SPEAKER_LABEL, _narrated_by_us
from warcrimes.extract.steps.headline import headline

SUMMARY_DAY = dt.date(2025, 7, 19)  # "over the past day" in a morning summary: 18-19 July


def _places_and_days(text: str, published: dt.date) -> list[tuple[str | None, dict | None]]:
    if not any("а" <= c <= "я" for c in text.lower()):
        incidents = en_contract_incidents(text, published)
    else:
        incidents = uk_ru_contract(text, published)["incidents"]
    return [(i["location"]["name"] if i["location"] else None, i["date"]) for i in incidents]


# -- an item closed only by the next item's opening is still dated by the day told above the list -----------------

PAST_DAY = {"start": "2025-07-18", "end": "2025-07-19"}


@pytest.mark.parametrize(("text", "places"), [
    ("Ранкове зведення по області\n\nЗа минулу добу ворог обстріляв 9 населених пунктів.\n\n"
     "▪️ Оріхів. Унаслідок артобстрілу загинув 60-річний чоловік. Співчуваю родині.\n"
     "▪️ Гуляйполе. Дрон атакував автомобіль газової служби. Поранено двох працівників.", ["Orikhiv", "Huliaipole"]),
    ("Утреннее сводка по области\n\nЗа прошедшие сутки враг обстрелял 9 населенных пунктов.\n\n"
     "▪️ Орехов. В результате артобстрела погиб 60-летний мужчина. Соболезную родным.\n"
     "▪️ Гуляйполе. Дрон атаковал автомобиль газовой службы. Ранены двое работников.", ["Orikhiv", "Huliaipole"]),
    ("Зведення\n\nУпродовж минулої доби росіяни атакували 7 громад району.\n\n"
     "▪️ Нікополь. Від удару дрона загинула жінка 70 років. Вічна пам'ять.\n"
     "▪️ Марганець. FPV-дрон атакував маршрутку. Поранено водія.", ["Nikopol", "Marhanets"]),
    ("Morning summary for the region\n\nOver the past day the enemy shelled 9 settlements.\n\n"
     "- Orikhiv. A 60-year-old man was killed by artillery fire. Condolences to his family.\n"
     "- Huliaipole. A drone attacked a gas service van. Two workers were injured.", ["Orikhiv", "Huliaipole"]),
])
def test_a_list_item_closed_by_the_next_items_opening_keeps_the_day_above_the_list(text, places):
    # the next item opens with a sentence telling no act ("A drone attacked a van."): the item before is still closed
    # only by the next item, so the summary's day dates it
    assert _places_and_days(text, SUMMARY_DAY) == [(place, PAST_DAY) for place in places]


def test_a_list_item_closed_by_a_not_the_first_case_sentence_takes_no_day_from_above():
    text = (
        "Ранкове зведення по області\n\nЗа минулу добу ворог обстріляв 9 населених пунктів.\n\n"
        "▪️ Оріхів. Унаслідок артобстрілу загинув 60-річний чоловік. Це не перший такий випадок у громаді.\n"
        "▪️ Гуляйполе. Дрон атакував автомобіль газової служби. Поранено двох працівників."
    )
    assert _places_and_days(text, SUMMARY_DAY) == [("Orikhiv", None), ("Huliaipole", PAST_DAY)]


# -- a headline sums up the items told below (steps/headline.py, roles.json `headline_summary`) --------------------

KUPIANSK_UK = (
    "\n\nУ неділю, 20 квітня, російський дрон атакував автобус у Куп'янську. Поранено двох пасажирів.\n\n"
    "Крім того, слідчі встановили військових, які у квітні 2022 року тримали п'ятьох жителів Вовчанська в підвалі та "
    "катували їх."
)
KUPIANSK_RU = (
    "\n\nВ воскресенье, 20 апреля, российский дрон атаковал автобус в Купянске. Ранены двое пассажиров.\n\n"
    "Кроме того, следователи установили военных, которые в апреле 2022 года держали пятерых жителей Волчанска в "
    "подвале и пытали их."
)
KUPIANSK_EN = (
    "\n\nOn 20 April a Russian drone hit a bus in Kupiansk, wounding two passengers.\n\n"
    "Investigators also identified soldiers who held five residents of Vovchansk in a basement in April 2022 and beat "
    "them."
)
RELEASE_DAY = dt.date(2025, 4, 22)


def _acts(text: str, language: str) -> list[tuple[str | None, list[str]]]:
    incidents = extract(text, RELEASE_DAY, language).to_contract()["incidents"]
    return [(i["location"]["name"] if i["location"] else None, i["violations"]) for i in incidents]


@pytest.mark.parametrize(("text", "language"), [
    ("Police document the Easter shelling of Kupiansk and identify those who tortured residents of Vovchansk"
     + KUPIANSK_EN, "en"),
    ("Drone strikes on Kupiansk and the torture of Vovchansk's residents: police identify those responsible"
     + KUPIANSK_EN, "en"),
    ("Удари дронів по Куп'янську та катування жителів Вовчанська: поліція встановила причетних" + KUPIANSK_UK, "uk"),
    ("Поліція встановила, хто обстрілював Куп'янськ і катував жителів Вовчанська" + KUPIANSK_UK, "uk"),
    ("Удары дронов по Купянску и пытки жителей Волчанска: полиция установила причастных" + KUPIANSK_RU, "ru"),
    ("Оккупанты обстреляли Купянск и пытали жителей Волчанска" + KUPIANSK_RU, "ru"),
])
def test_a_headline_naming_a_strike_and_torture_sums_up_the_items_and_lends_no_act(text, language):
    acts = _acts(text, language)
    assert [place for place, _ in acts] == ["Kupiansk", "Vovchansk"]
    assert acts[0][1] == ["attack_on_civilians"]  # the headline's torture is Vovchansk's, told below


def test_a_first_sentence_with_a_stop_is_a_lead_not_a_summing_headline():
    text = "Police document the Easter shelling of Kupiansk and identify those who tortured residents of Vovchansk."
    acts = _acts(text + KUPIANSK_EN, "en")
    assert "torture_ill_treatment" in acts[0][1]


@pytest.mark.parametrize(("text", "told"), [
    ("Police identify those who tortured residents of Vovchansk\n\nOn 3 April 2022 ...", True),
    ("Поліція встановила катів жителів Вовчанська\n\n3 квітня 2022 року ...", True),
    ("Полиция установила палачей жителей Волчанска\nПо данным следствия ...", True),
    ("Police identified those who tortured residents of Vovchansk. On 3 April 2022 ...", False),
])
def test_the_headline_is_the_first_sentence_ending_its_line(text, told):
    doc = document(text)
    assert (headline(doc) == doc.sentences[0]) is told


# -- 'we' outside quotations, read by offsets found once (a one-line report stays linear) -------------------------


def _open_at(text: str, start: int, at: int) -> bool:
    """Whether a quotation opened since `start` is still open at `at`: a paired mark not closed, or an odd number of
    straight quotes (a word in scare quotes before the pronoun leaves it the narrator's, stage 22)."""
    pairs = {"\u201c": "\u201d", "\u201e": "\u201c", "\u00ab": "\u00bb"}
    opened: list[str] = []
    straight = 0
    for c in text[start:at]:
        if c == '"':
            straight += 1
        elif opened and c == pairs[opened[-1]]:
            opened.pop()
        elif c in pairs:
            opened.append(c)
    return bool(opened) or straight % 2 == 1


def _narrated_the_long_way(doc, pronouns: list[str], sentences: int) -> bool:
    """What actors._narrated_by_us answers, by slicing back to each pronoun's line start (quadratic on one line)."""
    said = set()
    for j, form in enumerate(doc.tokens.lower):
        if form not in pronouns:
            continue
        lo, hi = doc.sentence_of(doc.tokens.starts[j])
        line_start = doc.text.rfind("\n", 0, doc.tokens.starts[j]) + 1
        if _open_at(doc.text, line_start, doc.tokens.starts[j]) or SPEAKER_LABEL.match(doc.text, line_start):
            continue
        said.add((lo, hi))
        if len(said) >= sentences:
            return True
    return False


@pytest.mark.parametrize("text", [
    "We geolocated the video. We spoke to four witnesses. We found the crater.",
    "Ми встановили місце. Ми опитали свідків. Ми знайшли вирву.",
    'A resident said: "we hid in the cellar". We spoke to her twice. We visited the street.',
    "We spoke to her.\n\u00abWe hid\u00bb, she said. We saw the crater. We counted the graves.",
    'One line: "we" said one, "we" said another, and we think so too. We do.',
    'We checked the occupation "school board" lists. We spoke to 14 families. We found the records.',
    "\u00abМи ховалися\u00bb, сказала вона. Ми бачили вирву. \u201eМи\u201c \u2014 пишуть вони. Ми знайшли.",
])
def test_first_person_narration_reads_as_the_slices_did(text):
    doc = document(text)
    for pronouns in (["we"], ["ми"]):
        for sentences in (1, 2, 3):
            assert _narrated_by_us(doc, 0, pronouns, sentences=sentences) == _narrated_the_long_way(
                doc, pronouns, sentences
            )


# -- a case announcement closing its paragraph, checked in place (a one-line report stays linear) --------------------


@pytest.mark.parametrize("text", [
    "The report describes three typical cases.\n\nFirst case.",
    "The report describes three typical cases.   \n",
    "The report describes three typical cases. They follow.",
    "The report describes three typical cases.",
    "The report describes three typical cases.\t\u00a0\nNext",
    "cases. \u2003 more words on the same line\nnext line",
])
def test_blanks_to_the_line_end_are_read_as_the_slice_did(text):
    from warcrimes.extract.steps.turns import LINE_ENDS_HERE

    for end in range(len(text) + 1):
        stop = text.find("\n", end)
        rest = text[end : len(text) if stop < 0 else stop]
        assert bool(LINE_ENDS_HERE.match(text, end)) == (not rest.strip())
