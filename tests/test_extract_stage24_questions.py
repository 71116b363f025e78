"""Stage 24 (nonV): a question opened by a question word (class `question_word`) asks about something other than
whether an act happened; it tells no act and opens no incident, whoever asks it and with or without a questioner's
label ("When will the school shelter be repaired?"). A yes-no question about the act keeps its role (the answer
may confirm it), and an act told in a sentence of its own before or after a question still opens one. All texts
are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import en_contract_incidents, uk_ru_contract

PUBLISHED = dt.date(2025, 9, 12)


@pytest.mark.parametrize("text", [
    "A listener from Kupiansk wrote in: why was the shelter in the hospital never repaired after the shelling?",
    "Residents of Nikopol asked the mayor on Monday: when will the school hit by Russian artillery reopen?",
    "One caller asked - who will rebuild the kindergarten in Kherson that Russian drones struck?",
    "When will the families of the civilians killed in the Russian strike on Izium receive compensation?",
])
def test_a_question_opens_no_incident_en(text):
    assert en_contract_incidents(text, PUBLISHED) == []


@pytest.mark.parametrize("text", [
    "Мешканці Нікополя запитали мера: коли відремонтують школу, яку обстріляла російська артилерія?",
    "Слухачка з Херсона питає: хто відбудує дитячий садок, у який влучив російський дрон?",
    "Коли родини цивільних, загиблих під час російського удару по Ізюму, отримають компенсацію?",
    "Жители Никополя спросили мэра: когда отремонтируют школу, которую обстреляла российская артиллерия?",
    "Слушательница из Херсона спрашивает: кто восстановит детский сад, в который попал российский дрон?",
    "Когда семьи мирных жителей, погибших при российском ударе по Изюму, получат компенсацию?",
])
def test_a_question_opens_no_incident_uk_ru(text):
    assert uk_ru_contract(text, PUBLISHED)["incidents"] == []


@pytest.mark.parametrize("text", [
    # the act told in a sentence of its own after the question
    "Why did they shell the market? On Tuesday a Russian shell hit the market in Kherson, killing three civilians.",
    # the act told before a question about its aftermath
    "A Russian drone struck a minibus in Nikopol on Monday, killing two women. Who will pay for the funerals?",
    # a quoted question inside a sentence that tells the act and ends in a full stop
    # a yes-no question about the act, which the answer confirms
    "Was the school in Izium hit by a Russian missile on Friday? The governor said two guards were killed there.",
    '"Why us?" a neighbour shouted after a Russian missile hit the school in Izium on Friday, killing a guard.',
])
def test_an_act_told_beside_a_question_still_opens_one_en(text):
    assert len(en_contract_incidents(text, PUBLISHED)) == 1


@pytest.mark.parametrize("text", [
    "Навіщо вони обстріляли ринок? У вівторок російський снаряд влучив у ринок у Херсоні, загинули троє цивільних.",
    "Чи влучила російська ракета в школу в Ізюмі в п'ятницю? Губернатор сказав, що там загинули двоє охоронців.",
    "Зачем они обстреляли рынок? Во вторник российский снаряд попал в рынок в Херсоне, погибли трое мирных жителей.",
])
def test_an_act_told_after_a_question_still_opens_one_uk_ru(text):
    assert len(uk_ru_contract(text, PUBLISHED)["incidents"]) == 1
