"""Stage 24 (splV, Ukrainian and Russian): a toll told apart from its act, at a village the act's sentence named, is
that act's; the wounded in a named regional hospital are no scene; an act noun with a demonstrative or a video of
the act is a retelling; a second drone is another event. All texts are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.language import load

PUBLISHED = dt.date(2025, 5, 7)


def retelling_values(text: str, lang: str) -> list[str]:
    load(lang)
    doc = Document(text=text, published=PUBLISHED, language=lang)
    return [hit.value for hit in doc.hits_within("retelling", 0, len(text))]


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("uk", "Унаслідок цього удару загинули троє людей.", "back"),
    ("uk", "Прокурор назвав цю атаку навмисною.", "back"),
    ("uk", "Після того обстрілу в селі не лишилося світла.", "back"),
    ("uk", "На відео видно, як військові ведуть полонених до посадки.", "medium"),
    ("uk", "Відео показує дим над ринком.", "medium"),
    ("uk", "На кадрах видно зруйнований дах лікарні.", "medium"),
    ("ru", "В результате этого удара погибли три человека.", "back"),
    ("ru", "Прокурор назвал эту атаку преднамеренной.", "back"),
    ("ru", "После того обстрела в селе не осталось света.", "back"),
    ("ru", "На видео видно, как военные ведут пленных к лесополосе.", "medium"),
    ("ru", "Видео показывает дым над рынком.", "medium"),
    ("ru", "На кадрах видна разрушенная крыша больницы.", "medium"),
])
def test_a_retelling_sentence_is_read(lang, text, value):
    assert value in retelling_values(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Російський дрон атакував маршрутку поблизу Ворожби, загинули двоє людей."),
    ("ru", "Российский дрон атаковал маршрутку возле Ворожбы, погибли два человека."),
])
def test_an_act_told_first_is_no_retelling(lang, text):
    assert retelling_values(text, lang) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Учора ввечері російський ударний дрон влучив у рейсовий автобус Суми – Білопілля на виїзді із села "
           "Ворожба.\n\nЗагинули двоє людей: 64-річна мешканка Ворожби та водій автобуса. Ще п'ятеро пасажирів "
           "перебувають у Сумській обласній лікарні."),
    ("uk", "У середу керована авіабомба влучила у вантажівку на дорозі Куп'янськ – Харків біля села Ківшарівка, "
           "повідомила обласна прокуратура.\n\nВодій, 47-річний житель Ківшарівки, згодом помер у лікарні."),
    ("uk", "Учора близько полудня ворожий дрон скинув вибухівку на автобусну зупинку на трасі Суми – Білопілля "
           "поблизу села Ворожба.\n\nДвоє мешканців Ворожби загинули, ще трьох госпіталізовано."),
    ("ru", "Вчера вечером российский ударный дрон попал в рейсовый автобус Сумы – Белополье на выезде из села "
           "Ворожба.\n\nПогибли два человека: 64-летняя жительница Ворожбы и водитель автобуса. Ещё пятеро "
           "пассажиров находятся в Сумской областной больнице."),
    ("ru", "В среду управляемая авиабомба попала в грузовик на дороге Купянск – Харьков возле села Кившаровка, "
           "сообщила областная прокуратура.\n\nВодитель, 47-летний житель Кившаровки, позже скончался в больнице."),
    ("ru", "Вчера около полудня вражеский дрон сбросил взрывчатку на автобусную остановку на трассе Сумы – "
           "Белополье возле села Ворожба.\n\nДвое жителей Ворожбы погибли, ещё троих госпитализировали."),
])
def test_a_toll_told_apart_at_a_village_the_act_named_is_one_incident(lang, text):
    [incident] = extract(text, PUBLISHED, lang).incidents
    assert incident.facts.victims.min in (1, 2)
    assert incident.facts.date is not None


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "У неділю окупанти обстріляли з артилерії школу в селищі Велика Писарівка, зруйновано спортзал.\n\n"
           "Двоє пенсіонерок із сусіднього села Попівка загинули, коли приїхали туди до родичів."),
    ("ru", "В воскресенье оккупанты обстреляли из артиллерии школу в посёлке Великая Писаревка, разрушен спортзал."
           "\n\nДве пенсионерки из соседнего села Поповка погибли, когда приехали туда к родственникам."),
])
def test_deaths_in_a_village_the_act_did_not_name_stay_apart(lang, text):
    assert len(extract(text, PUBLISHED, lang).incidents) == 2


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "У п'ятницю ввечері російська артилерія вдарила по зупинці на трасі Херсон – Миколаїв на околиці "
           "Комишан. Загинули двоє людей.\n\nПізніше того ж дня другий дрон атакував автомобіль у Комишанах, "
           "загинув чоловік."),
    ("ru", "В пятницу вечером российская артиллерия ударила по остановке на трассе Херсон – Николаев на окраине "
           "Комышан. Погибли два человека.\n\nПозже в тот же день второй дрон атаковал автомобиль в Комышанах, "
           "погиб мужчина."),
])
def test_a_second_drone_later_that_day_is_another_event(lang, text):
    assert [i.facts.victims.min for i in extract(text, PUBLISHED, lang).incidents] == [2, 1]


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "У неділю російський дрон атакував маршрутку на трасі Суми – Білопілля поблизу села Ворожба, повідомила "
           "обласна адміністрація.\n\nДвоє пасажирок із Ворожби померли в лікарні у вівторок."),
    ("ru", "В воскресенье российский дрон атаковал маршрутку на трассе Сумы – Белополье возле села Ворожба, сообщила "
           "областная администрация.\n\nДве пассажирки из Ворожбы скончались в больнице во вторник."),
])
def test_deaths_in_hospital_on_a_later_day_are_the_acts_toll(lang, text):
    [incident] = extract(text, PUBLISHED, lang).incidents
    assert incident.facts.victims.min == 2
    assert incident.facts.date.start == dt.date(2025, 5, 4)


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "У неділю російський дрон атакував маршрутку на трасі Суми – Білопілля поблизу села Ворожба, повідомила "
           "обласна адміністрація.\n\nУ вівторок у Ворожбі загинули ще двоє людей."),
    ("ru", "В воскресенье российский дрон атаковал маршрутку на трассе Сумы – Белополье возле села Ворожба, сообщила "
           "областная администрация.\n\nВо вторник в Ворожбе погибли ещё два человека."),
])
def test_more_dead_on_a_later_day_with_no_word_of_care_stay_apart(lang, text):
    assert len(extract(text, PUBLISHED, lang).incidents) == 2


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Учора російський дрон атакував маршрутку у Ворожбі. Шестеро поранених перебувають у Сумській обласній "
           "лікарні."),
    ("uk", "Учора російський дрон атакував маршрутку у Ворожбі. Двоє поранених згодом померли в Сумській обласній "
           "лікарні."),
    ("uk", "Учора російський дрон атакував маршрутку у Ворожбі. Поранених доставили до Сумської обласної лікарні."),
    ("ru", "Вчера российский дрон атаковал маршрутку в Ворожбе. Шестеро раненых находятся в Сумской областной "
           "больнице."),
    ("ru", "Вчера российский дрон атаковал маршрутку в Ворожбе. Двое раненых позже скончались в Сумской областной "
           "больнице."),
    ("ru", "Вчера российский дрон атаковал маршрутку в Ворожбе. Раненых доставили в Сумскую областную больницу."),
])
def test_the_town_of_the_hospital_the_hurt_are_in_is_no_scene(lang, text):
    assert [i.facts.location.name for i in extract(text, PUBLISHED, lang).incidents] == ["Vorozhba"]


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Учора російський дрон атакував лікарню в Сумах, поранено двох лікарів."),
    ("ru", "Вчера российский дрон атаковал больницу в Сумах, ранены два врача."),
])
def test_a_hospital_struck_stands_in_its_town(lang, text):
    assert [i.facts.location.name for i in extract(text, PUBLISHED, lang).incidents] == ["Sumy"]
