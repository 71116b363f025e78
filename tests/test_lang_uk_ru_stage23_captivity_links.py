"""Stage 23 (captivity accounts as one chain), Ukrainian and Russian: a transfer ("нас етапували до СІЗО в X"), an
arrival ("мы оказались в лагере в X"), a whereabouts ("ему сообщили, что он содержится в изоляторе в X", "лист
прийшов із колонії в X") told after a capture or a seizure is no act; the stay told next happened there, apart from
the capture's killing or the seizure. Every text here is written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.language import load
from warcrimes.extract.engine.pipeline import default_steps, run

PUBLISHED = dt.date(2025, 3, 20)


def _incidents(text: str, language: str) -> list[dict]:
    return extract(text, PUBLISHED, language=language).to_contract()["incidents"]


def _roles(text: str, language: str) -> list[str]:
    load(language)
    doc = Document(text, PUBLISHED, language)
    run(doc, default_steps())
    return [m.rule for m in doc.of_kind("role")]


def _at(incidents: list[dict], place: str) -> list[dict]:
    return [i for i in incidents if (i["location"] or {}).get("name") == place]


# (language, text, place of the stay, victims' kind, place of the capture or seizure)
STAYS = [
    (
        "uk",
        "17 січня 2024 року біля Кринок нас узяли в полон. Двох поранених побратимів росіяни розстріляли на місці. "
        "У лютому нас етапували до СІЗО в Таганрозі. Наглядачі щодня били нас кийками.",
        "Taganrog",
        "pow",
        "Krynky",
    ),
    (
        "uk",
        "Російські військові затримали Миколу на блокпосту біля Василівки 14 червня 2023 року. Згодом родині "
        "повідомили, що він утримується в ізоляторі в Сімферополі. Наглядачі з грудня 2023 року регулярно били "
        "його й катували струмом.",
        "Simferopol",
        "civilian",
        "Vasylivka",
    ),
    (
        "uk",
        "Окупанти викрали Олега з дому в Олешках 9 квітня 2023 року. Через пів року від нього прийшов лист із "
        "колонії в Горлівці. Колишній співкамерник розповів, що з грудня 2023 року Олега били під час допитів.",
        "Horlivka",
        "civilian",
        "Oleshky",
    ),
    (
        "ru",
        "17 января 2024 года под Крынками нас взяли в плен. Двух раненых товарищей российские военные расстреляли "
        "на месте. В феврале нас этапировали в СИЗО в Таганроге. Надзиратели каждый день избивали нас дубинками.",
        "Taganrog",
        "pow",
        "Krynky",
    ),
    (
        "ru",
        "Российские военные задержали Николая на блокпосту у Васильевки 14 июня 2023 года. Позже семье сообщили, "
        "что он содержится в изоляторе в Симферополе. Надзиратели с декабря 2023 года регулярно избивали его и "
        "пытали током.",
        "Simferopol",
        "civilian",
        "Vasylivka",
    ),
]


@pytest.mark.parametrize(("language", "text", "stay", "kind", "capture"), STAYS)
def test_a_link_opens_the_stay_at_the_place_of_detention(
    language: str, text: str, stay: str, kind: str, capture: str
) -> None:
    incidents = _incidents(text, language)
    assert len(incidents) == 2, incidents
    (held,) = _at(incidents, stay)
    assert held["violations"][0] == "torture_ill_treatment"
    assert held["victims"]["category"] == kind
    assert _at(incidents, capture), incidents


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "uk",
            "У березні 2024 року наш взвод потрапив у полон під Авдіївкою. У квітні ми опинилися в таборі в "
            "Оленівці. Охоронці щоранку били нас кийками.",
        ),
        (
            "ru",
            "В марте 2024 года наш взвод попал в плен под Авдеевкой. В апреле мы оказались в лагере в Оленовке. "
            "Охранники каждое утро избивали нас дубинками.",
        ),
    ],
)
def test_an_arrival_after_a_capture_dates_and_places_the_stay(language: str, text: str) -> None:
    (held,) = _incidents(text, language)
    assert (held["location"] or {}).get("name") == "Olenivka"
    assert held["victims"]["category"] == "pow"
    assert held["date"]["start"] == "2024-04-01"


LINKS = [
    ("uk", "Росіяни взяли його в полон під Бахмутом. Потім його перевели до колонії в Горлівці."),
    ("ru", "Его взяли в плен под Бахмутом. Потом его перевели в колонию в Горловке."),
    ("ru", "Соседа задержали у дома. Через месяц от него пришло письмо из СИЗО в Симферополе."),
]


@pytest.mark.parametrize(("language", "text"), LINKS)
def test_a_link_told_after_a_capture_or_seizure_is_read_as_one(language: str, text: str) -> None:
    assert _roles(text, language)[-1] == "role:other<-captivity_link"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # look-alikes: no capture or seizure told before; a hospital is no place of detention
        ("uk", "Російські військові перевезли 40 жителів Куп'янська до фільтраційного табору у Валуйках."),
        ("ru", "Российские военные перевезли 40 жителей Купянска в фильтрационный лагерь в Валуйках."),
        ("ru", "Его взяли в плен под Бахмутом. Потом его перевели в больницу в Горловке."),
    ],
)
def test_a_move_with_no_custody_before_or_no_place_of_detention_is_no_link(language: str, text: str) -> None:
    assert "role:other<-captivity_link" not in _roles(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "uk",
            "Окупанти викрали Олега з дому в Олешках 9 квітня 2023 року. Згодом від нього прийшов лист із колонії в "
            "Горлівці. Колишній співкамерник розповів, що Олега били під час допитів.",
        ),
        (
            "ru",
            "Оккупанты похитили Олега из дома в Каховке 9 апреля 2023 года. Позже от него пришло письмо из колонии в "
            "Горловке. Бывший сокамерник рассказал, что Олега избивали на допросах.",
        ),
    ],
)
def test_a_civilians_stay_told_with_no_time_of_its_own_stays_with_the_seizure(language: str, text: str) -> None:
    # look-alike of the stay: the seizure and what followed are one incident, the seizure first, at its place
    (act,) = _incidents(text, language)
    assert act["violations"][0] == "unlawful_detention"
    assert act["date"] == {"start": "2023-04-09", "end": "2023-04-09"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "17 січня 2024 року біля Кринок нас узяли в полон. Двох поранених побратимів росіяни розстріляли."),
        ("ru", "17 января 2024 года под Крынками нас взяли в плен. Двух раненых товарищей военные расстреляли."),
    ],
)
def test_wounded_shot_in_the_scene_of_a_capture_are_prisoners_of_war(language: str, text: str) -> None:
    (killing,) = _incidents(text, language)
    assert killing["violations"][0] == "killing_hors_de_combat"
    assert killing["victims"]["category"] == "pow"
    assert killing["date"] == {"start": "2024-01-17", "end": "2024-01-17"}


HELD_SINCE = [
    (
        "uk",
        "Сьогодні додому повернулися 90 захисників, які понад рік були в полоні. Прикордонник Петро розповів, що з "
        "квітня 2024 року утримувався у виправній колонії у Вязьмі. Там його щодня били кийками.",
    ),
    (
        "uk",
        "Під час обміну з Росією повернулися 90 захисників. Один із них з квітня 2024 року перебував у СІЗО у Вязьмі. "
        "Наглядачі били його щодня.",
    ),
    (
        "ru",
        "Сегодня вернулись домой 90 военных, которые больше года были в плену. Пограничник Пётр рассказал, что с "
        "апреля 2024 года содержался в колонии в Вязьме. Там его каждый день избивали дубинками.",
    ),
]


@pytest.mark.parametrize(("language", "text"), HELD_SINCE)
def test_a_stay_held_since_a_month_is_dated_from_it_at_the_place_of_detention(language: str, text: str) -> None:
    (held,) = _incidents(text, language)
    assert (held["location"] or {}).get("name") == "Vyazma"
    assert held["date"]["start"] == "2024-04-01"


def test_an_act_at_another_place_after_a_link_is_no_stay() -> None:
    # look-alike: the act names its own town, not the place of detention: it keeps its own place
    text = (
        "Сьогодні додому повернулися 90 захисників, які понад рік були в полоні. Прикордонник Петро розповів, що "
        "з квітня 2024 року утримувався у виправній колонії у Вязьмі. До того, у березні, у Бердянську його били "
        "під час допитів."
    )
    places = {(i["location"] or {}).get("name") for i in _incidents(text, "uk")}
    assert "Berdiansk" in places
