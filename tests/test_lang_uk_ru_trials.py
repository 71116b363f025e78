"""Who tries whom: a sentence passed on the accused side (a Russian soldier before a Ukrainian court)
or for a crime of war is no unfair trial of the one sentenced; one the text calls unlawful, staged or
"alleged" still is (lang/<xx>/cues.json trial.lawful / trial.unlawful, steps/cues.py). Every sentence
is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract.engine.document import Document
from warcrimes.extract.steps.cues import find_cues

PUBLISHED = dt.date(2025, 6, 11)
UNFAIR = "unfair_trial_forced_service"


def violations(text: str, language: str) -> set[str]:
    return {m.value for m in find_cues(Document(text, PUBLISHED, language)) if m.kind == "violation"}


@pytest.mark.parametrize(("text", "language"), [
    ("Суд в Харькове приговорил российского военнопленного к пожизненному заключению.", "ru"),
    ("Военнослужащего ВС РФ, взятого в плен под Сумами, осудили на 12 лет.", "ru"),
    ("Российского пленного танкиста приговорили к девяти годам лишения свободы.", "ru"),
    ("Пленных приговорили к 15 годам за истязание жителей села.", "ru"),
    ("Суд засудив російського полоненого до 15 років.", "uk"),
    ("Полоненого військовослужбовця ЗС РФ засудили до довічного позбавлення волі.", "uk"),
    ("Колишнього полоненого засудили за жорстоке поводження з цивільними.", "uk"),
])
def test_a_lawful_trial_of_the_accused_side_is_no_unfair_trial(text, language):
    assert UNFAIR not in violations(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Суд в Ростове-на-Дону приговорил к 20 годам колонии трёх украинских военнопленных.", "ru"),
    ("Киевский суд незаконно осудил российского военнопленного.", "ru"),
    ("Военнопленных приговорили к 25 годам за якобы убийство мирных жителей.", "ru"),
    ("Так называемый суд осудил пленных за пытки, которых не было.", "ru"),
    ("Окупанти засудили українського полоненого за нібито вбивство цивільних.", "uk"),
    ("Окупаційний суд засудив полонених захисників за катування, яких ті не вчиняли.", "uk"),
])
def test_a_trial_called_unlawful_or_of_ukrainian_captives_stays_unfair(text, language):
    assert UNFAIR in violations(text, language)


def test_the_crime_a_lawful_trial_tries_is_still_read():
    found = violations("Суд засудив полоненого окупанта за катування мирних жителів.", "uk")
    assert "torture_ill_treatment" in found and UNFAIR not in found

