"""Stage 24 (surV): a surrender told by a gesture, not by its word (hands raised, weapons laid down or thrown away, a
white flag carried), makes the men killed prisoners of war, the act a killing hors de combat (AP I art. 41), in en,
uk and ru; look-alikes (a vote, a prayer under a strike, flowers laid, a rally's flags) do not. Every text here is
written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2024, 5, 1)


def _incidents(text: str, language: str) -> list[dict]:
    return extract(text, PUBLISHED, language=language).to_contract()["incidents"]


GESTURES = [
    ("en", "Russian troops shot three men who came out of a trench with their hands raised near Bakhmut on "
     "3 March 2024, the prosecutor's office said."),
    ("en", "Russian soldiers killed five men who had laid down their rifles near Kupiansk on 2 February 2024, the "
     "Prosecutor General's Office said."),
    ("en", "On 10 April 2024 near Robotyne, Russian soldiers shot dead two Ukrainian men who were leaving a "
     "basement with a white cloth, investigators said."),
    ("en", "Near Vuhledar on 7 January 2024 Russian soldiers executed four men who threw away their guns and "
     "walked out of a dugout, police said."),
    ("uk", "5 березня 2024 року поблизу Бахмута російські військові розстріляли трьох чоловіків, які вийшли з "
     "окопу з піднятими руками, повідомила прокуратура."),
    ("uk", "2 лютого 2024 року під Куп'янськом російські військові вбили п'ятьох чоловіків, які поклали автомати "
     "на землю, повідомив Офіс генпрокурора."),
    ("uk", "10 квітня 2024 року поблизу Роботиного російські військові розстріляли двох чоловіків, які виходили з "
     "підвалу з білим прапором, повідомили слідчі."),
    ("uk", "Поблизу Вугледара 7 січня 2024 року окупанти застрелили чотирьох чоловіків, які кинули зброю та "
     "вийшли з бліндажа, повідомила поліція."),
    ("ru", "5 марта 2024 года возле Бахмута российские военные расстреляли трех мужчин, которые вышли из окопа с "
     "поднятыми руками, сообщила прокуратура."),
    ("ru", "2 февраля 2024 года под Купянском российские военные убили пятерых мужчин, которые сложили автоматы, "
     "сообщил Офис генпрокурора."),
    ("ru", "10 апреля 2024 года возле Работино российские военные расстреляли двух мужчин, которые выходили из "
     "подвала с белым флагом, сообщили следователи."),
    ("ru", "Возле Угледара 7 января 2024 года оккупанты застрелили четырех мужчин, которые бросили оружие и "
     "вышли из блиндажа, сообщила полиция."),
]


@pytest.mark.parametrize(("language", "text"), GESTURES)
def test_a_killing_after_a_gesture_of_surrender_is_of_prisoners(language: str, text: str) -> None:
    (incident,) = _incidents(text, language)
    assert incident["violations"] == ["killing_hors_de_combat"]
    assert incident["victims"]["category"] == "pow"


STRUCK_WHILE_PRAYING = [
    ("en", "A missile struck a funeral in Hroza on 5 October 2023, killing 52 people; the mourners had their "
     "hands raised in prayer, officials said."),
    ("uk", "5 жовтня 2023 року ракета влучила в кафе в Грозі під час поминок, загинули 52 людини, які стояли з "
     "піднятими руками під час молитви, повідомили у ДСНС."),
    ("ru", "5 октября 2023 года ракета попала в кафе в Грозе во время поминок, погибли 52 человека, которые "
     "стояли с поднятыми руками во время молитвы, сообщили в ГСЧС."),
]


@pytest.mark.parametrize(("language", "text"), STRUCK_WHILE_PRAYING)
def test_hands_raised_in_prayer_under_a_strike_stay_civilians(language: str, text: str) -> None:
    (incident,) = _incidents(text, language)
    assert incident["violations"] == ["attack_on_civilians"]
    assert incident["victims"]["category"] == "civilian"


NO_SURRENDER = [
    ("en", "On 5 May 2024 residents of Kherson raised their hands to vote at a meeting, laid down flowers at the "
     "memorial and waved white flags at the rally; the army laid down a plan for the evacuation."),
    ("uk", "5 травня 2024 року мешканці Херсона підняли руки, голосуючи на зборах, поклали квіти до меморіалу і "
     "вийшли з білими прапорами на мітинг."),
    ("ru", "5 мая 2024 года жители Херсона подняли руки, голосуя на собрании, возложили цветы к мемориалу и "
     "вышли с белыми флагами на митинг."),
]


@pytest.mark.parametrize(("language", "text"), NO_SURRENDER)
def test_a_vote_flowers_and_a_rally_tell_no_incident(language: str, text: str) -> None:
    assert _incidents(text, language) == []


FEIGNED = [
    ("en", "On 3 March 2024 near Bakhmut, Russian soldiers pretended to surrender, came out with a white flag and "
     "then opened fire, killing two Ukrainian soldiers."),
    ("uk", "3 березня 2024 року поблизу Бахмута російські військові вдали, що здаються, вийшли з білим прапором і "
     "відкрили вогонь, убивши двох українських військових."),
    ("ru", "3 марта 2024 года возле Бахмута российские военные притворились, что сдаются, вышли с белым флагом и "
     "открыли огонь, убив двух украинских военных."),
]


@pytest.mark.parametrize(("language", "text"), FEIGNED)
def test_a_white_flag_told_with_a_pretence_stays_perfidy(language: str, text: str) -> None:
    (incident,) = _incidents(text, language)
    assert "perfidy" in incident["violations"]


DOERS_COUNTED = [
    ("en", "On 4 March 2024 in Bucha, two Russian soldiers shot a man on his doorstep, police said."),
    ("en", "On 4 March 2024 in Bucha, three occupiers shot a man on his doorstep, police said."),
    ("en", "On 4 March 2024 in Bucha, three Russian soldiers detained a man and beat him, police said."),
    ("uk", "4 березня 2024 року в Бучі двоє окупантів розстріляли чоловіка біля його будинку, повідомила поліція."),
    ("uk", "4 березня 2024 року в Бучі троє російських військових розстріляли чоловіка біля його будинку, "
     "повідомила поліція."),
    ("uk", "4 березня 2024 року в Бучі двоє окупантів затримали чоловіка і побили його, повідомила поліція."),
    ("ru", "4 марта 2024 года в Буче трое российских военных расстреляли мужчину у его дома, сообщила полиция."),
    ("ru", "4 марта 2024 года в Буче двое оккупантов расстреляли мужчину у его дома, сообщила полиция."),
    ("ru", "4 марта 2024 года в Буче трое оккупантов задержали мужчину и избили его, сообщила полиция."),
]


@pytest.mark.parametrize(("language", "text"), DOERS_COUNTED)
def test_the_soldiers_counted_as_doers_are_not_the_victims(language: str, text: str) -> None:
    (incident,) = _incidents(text, language)
    assert incident["victims"]["category"] == "civilian"
    assert incident["victims"]["min"] == 1


VICTIM_SOLDIERS_COUNTED = [
    ("en", "On 4 March 2024 in Bucha, two Ukrainian soldiers who had surrendered were shot dead by Russian troops, "
     "police said.", 2),
    ("uk", "4 березня 2024 року під Бахмутом російські військові розстріляли трьох українських бійців, які здалися "
     "в полон, повідомила прокуратура.", 3),
    ("ru", "4 марта 2024 года под Бахмутом трое украинских военных, сдавшихся в плен, были расстреляны российскими "
     "военными, сообщила прокуратура.", 3),
]


@pytest.mark.parametrize(("language", "text", "count"), VICTIM_SOLDIERS_COUNTED)
def test_soldiers_counted_as_the_ones_killed_stay_the_victims(language: str, text: str, count: int) -> None:
    (incident,) = _incidents(text, language)
    assert incident["victims"]["category"] == "pow"
    assert incident["victims"]["min"] == count
