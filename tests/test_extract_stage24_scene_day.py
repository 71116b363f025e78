"""Stage 24 (dtV): a scene-setting sentence's day dates the act told right after it in the same paragraph, when
one of the two names no place ("The worst case of the week happened yesterday morning. A drone hit a minibus
near X."); the act's own day, a report's day beside the act, a heading in its own paragraph and a scene at
another place do not give it."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 6, 5)


def dates(text: str) -> list[dict | None]:
    return [i["date"] for i in extract(text, PUBLISHED).to_contract()["incidents"]]


def day(iso: str) -> dict:
    return {"start": iso, "end": iso}


@pytest.mark.parametrize(("text", "iso"), [
    ("The worst case of the week happened yesterday morning. A Russian drone hit a minibus near Vorozhba, "
     "killing two passengers.", "2025-06-04"),
    ("Then came 12 March. A shell hit a bus stop in Kherson, wounding four people.", "2025-03-12"),
    ("It was the evening of 3 April. A Russian rocket struck a school in Kharkiv, killing a teacher.", "2025-04-03"),
    ("Найтяжчий випадок тижня стався вчора вранці. Російський дрон влучив у маршрутку біля Ворожби, загинули "
     "двоє пасажирів.", "2025-06-04"),
    ("Потім настало 12 березня. Снаряд влучив у зупинку в Херсоні, поранено чотирьох людей.", "2025-03-12"),
    ("Це був вечір 3 квітня. Російська ракета влучила в школу в Харкові, загинула вчителька.", "2025-04-03"),
    ("Самый тяжёлый случай недели произошёл вчера утром. Российский дрон ударил по маршрутке возле Ворожбы, "
     "погибли двое пассажиров.", "2025-06-04"),
    ("Потом наступило 12 марта. Снаряд попал в остановку в Херсоне, ранены четыре человека.", "2025-03-12"),
    ("Это был вечер 3 апреля. Российская ракета попала в школу в Харькове, погибла учительница.", "2025-04-03"),
])
def test_the_scene_day_told_just_before_dates_the_act(text, iso):
    assert dates(text) == [day(iso)]


@pytest.mark.parametrize(("text", "expected"), [
    # the act's own day
    ("The worst case came yesterday. On Monday a drone hit a bus in Kherson, wounding four people.",
     [day("2025-06-02")]),
    # a scene at another place
    ("Sumy was quiet on 2 May. A drone hit a house in Kherson, killing a woman.", [None]),
    # a heading in its own paragraph
    ("Weekly assessment, 10 June 2025\n\nA drone hit a bus stop in Kherson, wounding four people.", [None]),
    ("Огляд тижня, 10 червня 2025\n\nДрон влучив у зупинку в Херсоні, поранено чотирьох людей.", [None]),
    ("Обзор недели, 10 июня 2025\n\nДрон попал в остановку в Херсоне, ранены четыре человека.", [None]),
    # a day of the act's publication beside it: the month before is a trend's, not the act's
    ("Тенденція почала зʼявлятися у листопаді минулого року. 3 жовтня знову зʼявилася інформація про страту "
     "полоненого.", [None]),
])
def test_look_alikes_keep_their_dates(text, expected):
    assert dates(text) == expected
