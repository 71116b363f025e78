"""A day told of a finding ("the bodies were found on 3 October", "exhumed on 16 September") dates the discovery,
not the killing: the incident's date is null when no day of the act is told (CONTRACT.md). A day nearer the act
than the finding, and a finding of fact ("investigators found that on 3 March ..."), keep the act's day."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2022, 10, 20)


def _dates(text: str) -> list[tuple[str, str] | None]:
    return [(i.facts.date.start.isoformat(), i.facts.date.end.isoformat()) if i.facts.date else None
            for i in extract(text, PUBLISHED, language="en").incidents]


@pytest.mark.parametrize("text", [
    "Police found the bodies of four civilians in a forest near Lyman on 3 October.",
    "On 16 September, investigators exhumed the bodies of 12 civilians with signs of torture from a grave in Izium.",
    "The bodies of two men with gunshot wounds were discovered in a garage in Balakliia on 12 September, police said.",
    "Rescuers in Lyman on 3 October discovered in a cellar the corpses of three men who had been shot.",
])
def test_a_day_of_finding_is_no_day_of_the_act(text):
    assert _dates(text) == [None]


@pytest.mark.parametrize(("text", "day"), [
    ("Russian troops shot two men in Balakliia on 12 September; their bodies were found a week later.",
     "2022-09-12"),
    ("Russian troops shot two men in Balakliia on 12 September, and their bodies were found a week later.",
     "2022-09-12"),
    ("Investigators found that on 3 March Russian soldiers shot two men in Bucha.", "2022-03-03"),
    ("On 12 September a Russian drone killed two men in Balakliia, police said.", "2022-09-12"),
])
def test_the_day_of_the_act_stays(text, day):
    assert _dates(text) == [(day, day)]


def _dates_in(text: str, language: str) -> list[tuple[str, str] | None]:
    return [(i.facts.date.start.isoformat(), i.facts.date.end.isoformat()) if i.facts.date else None
            for i in extract(text, PUBLISHED, language=language).incidents]


@pytest.mark.parametrize(("text", "language"), [
    ("3 жовтня в лісі поблизу Лимана поліцейські виявили тіла п'ятьох чоловіків з вогнепальними пораненнями.", "uk"),
    ("16 вересня в Ізюмі слідчі ексгумували тіла 12 цивільних з ознаками катувань.", "uk"),
    ("3 октября в лесу под Лиманом полицейские обнаружили тела пятерых мужчин с огнестрельными ранениями.", "ru"),
    ("16 сентября в Изюме следователи эксгумировали тела 12 мирных жителей со следами пыток.", "ru"),
])
def test_a_day_of_finding_is_no_day_of_the_act_in_ukrainian_and_russian(text, language):
    assert _dates_in(text, language) == [None]


@pytest.mark.parametrize(("text", "language"), [
    ("3 жовтня російські військові розстріляли двох чоловіків у Лимані, їхні тіла знайшли пізніше.", "uk"),
    ("Слідчі встановили, що 3 жовтня російські військові розстріляли двох чоловіків у Лимані.", "uk"),
    ("Следователи установили, что 3 октября российские военные расстреляли двоих мужчин в Лимане.", "ru"),
])
def test_the_day_of_the_act_stays_in_ukrainian_and_russian(text, language):
    assert _dates_in(text, language) == [("2022-10-03", "2022-10-03")]
