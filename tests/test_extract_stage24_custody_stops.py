"""Stage 24 (custody told as a narrative): one sentence naming one captive's successive places of custody ("held
for a month in a basement in X, then moved to the pre-trial centre in Y, and in spring taken to a colony in Z") is
an incident per place, each dated by its own time words, the same victims and doers; look-alikes (a life's places,
two captives, a hometown, an exchange's place) are not split. Every text here is written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.language import load
from warcrimes.extract.engine.pipeline import default_steps, run
from warcrimes.extract.steps.captivity_span import custody_stops

PUBLISHED = dt.date(2025, 3, 20)


def _incidents(text: str, language: str) -> list[dict]:
    return extract(text, PUBLISHED, language=language).to_contract()["incidents"]


def _places(incidents: list[dict]) -> list[str]:
    return [(i["location"] or {}).get("name") for i in incidents]


def _at(incidents: list[dict], place: str) -> dict:
    found = [i for i in incidents if (i["location"] or {}).get("name") == place]
    assert len(found) == 1, (place, incidents)
    return found[0]


# (language, text, the places of custody in order, the month the last one is dated by)
LISTS = [
    (
        "en",
        "Ombudsman Dmytro Lubinets said a teacher from Kupiansk was detained by Russian forces on 2 October 2022. "
        "She was kept for three weeks in a basement in Kupiansk, then transferred to the pre-trial detention centre "
        "in Valuyki in November 2022, and in March 2023 moved to a penal colony in Bryansk, where guards beat her.",
        ["Kupiansk", "Valuyki", "Bryansk"],
        "2023-03",
    ),
    (
        "en",
        "According to the Media Initiative for Human Rights, Russian troops abducted a volunteer in Nova Kakhovka on "
        "5 April 2022. He spent two months in a cell at the police station in Nova Kakhovka, later he was taken to the "
        "detention centre in Simferopol in June 2022 and after that to a prison in Taganrog in January 2023.",
        ["Nova Kakhovka", "Simferopol", "Taganrog"],
        "2023-01",
    ),
    (
        "en",
        "The Kharkiv Human Rights Group said that on 10 March 2022 occupying forces seized a farmer at his home in "
        "Vovchansk and held him in a basement in Vovchansk; in April 2022 he was moved to a jail in Belgorod and "
        "subsequently, in May 2023, to a camp in Kursk.",
        ["Vovchansk", "Belgorod", "Kursk"],
        "2023-05",
    ),
    (
        "uk",
        "Омбудсман Дмитро Лубінець повідомив, що 2 жовтня 2022 року російські військові затримали вчительку з "
        "Куп'янська. Три тижні її тримали в підвалі в Куп'янську, потім у листопаді 2022 року перевели до слідчого "
        "ізолятора в Бєлгороді, а в березні 2023 року етапували до колонії в Брянську, де наглядачі її били.",
        ["Kupiansk", "Belgorod", "Bryansk"],
        "2023-03",
    ),
    (
        "uk",
        "За даними Медійної ініціативи за права людини, 5 квітня 2022 року російські військові викрали волонтера в "
        "Новій Каховці. Два місяці він провів у камері відділку поліції в Новій Каховці, згодом у червні 2022 року "
        "його перевезли до СІЗО в Сімферополі, а пізніше, у січні 2023 року, до в'язниці в Таганрозі.",
        ["Nova Kakhovka", "Simferopol", "Taganrog"],
        "2023-01",
    ),
    (
        "uk",
        "Харківська правозахисна група повідомила, що 10 березня 2022 року окупанти схопили фермера вдома у "
        "Вовчанську й тримали його в підвалі у Вовчанську; у квітні 2022 року його вивезли до в'язниці в Бєлгороді, "
        "а в травні 2023 року після цього етапували до табору в Курську.",
        ["Vovchansk", "Belgorod", "Kursk"],
        "2023-05",
    ),
    (
        "ru",
        "Омбудсмен Дмитрий Лубинец сообщил, что 2 октября 2022 года российские военные задержали учительницу из "
        "Купянска. Три недели её держали в подвале в Купянске, затем в ноябре 2022 года перевели в следственный "
        "изолятор в Валуйках, а в марте 2023 года этапировали в колонию в Брянске, где надзиратели её избивали.",
        ["Kupiansk", "Valuyki", "Bryansk"],
        "2023-03",
    ),
    (
        "ru",
        "По данным Медийной инициативы за права человека, 5 апреля 2022 года российские военные похитили волонтёра в "
        "Новой Каховке. Два месяца он провёл в камере отдела полиции в Новой Каховке, позже в июне 2022 года его "
        "перевезли в СИЗО в Симферополе, а потом, в январе 2023 года, в тюрьму в Таганроге.",
        ["Nova Kakhovka", "Simferopol", "Taganrog"],
        "2023-01",
    ),
    (
        "ru",
        "Харьковская правозащитная группа сообщила, что 10 марта 2022 года оккупанты схватили фермера дома в "
        "Волчанске и держали его в подвале в Волчанске; в апреле 2022 года его вывезли в тюрьму в Белгороде, а "
        "в мае 2023 года после этого этапировали в лагерь в Курске.",
        ["Vovchansk", "Belgorod", "Kursk"],
        "2023-05",
    ),
]


@pytest.mark.parametrize(("language", "text", "places", "month"), LISTS)
def test_each_place_of_custody_in_a_list_is_an_incident_of_its_own(
    language: str, text: str, places: list[str], month: str
) -> None:
    incidents = _incidents(text, language)
    assert _places(incidents) == places
    assert _at(incidents, places[-1])["date"]["start"].startswith(month)
    for place in places:
        incident = _at(incidents, place)
        assert incident["perpetrator"]["party"] == "RU"
        assert incident["victims"]["min"] == 1
        assert incident["violations"][0] in ("unlawful_detention", "torture_ill_treatment", "deportation_transfer")


@pytest.mark.parametrize("language", ["en", "uk", "ru"])
def test_the_first_place_keeps_the_seizure_day(language: str) -> None:
    text = next(t for lang, t, _, _ in LISTS if lang == language)
    first = _incidents(text, language)[0]
    assert first["date"]["start"] == "2022-10-02"
    assert first["violations"][0] == "unlawful_detention"


@pytest.mark.parametrize(("language", "text"), [(lang, t) for lang, t, _, _ in LISTS])
def test_a_place_across_the_border_tells_a_deportation_of_civilians(language: str, text: str) -> None:
    across = [i for i in _incidents(text, language) if i["location"]["country"] == "RU"]
    assert across
    assert all("deportation_transfer" in i["violations"] for i in across)


LOOK_ALIKES = [
    # a life's places, no custody told
    (
        "en",
        "Born in Kupiansk, the teacher later moved to Kharkiv and then to Poltava, where a drone hit her house on "
        "3 May 2024.",
        1,
    ),
    # two captives, each in one place
    (
        "en",
        "On 4 March 2023 Russian troops detained two brothers in Oleshky: one was held in a basement in Oleshky, and "
        "his brother was taken to a prison in Simferopol.",
        None,
    ),
    # a hometown and an exchange's place are no places of custody (one stay)
    (
        "en",
        "A fisherman from Prymorsk was held in a detention centre in Melitopol from May 2023 until he was exchanged "
        "in Sumy Oblast in February 2025.",
        1,
    ),
    (
        "uk",
        "Народжена в Куп'янську вчителька згодом переїхала до Харкова, а потім до Полтави, де 3 травня 2024 року "
        "дрон влучив у її будинок.",
        1,
    ),
    (
        "uk",
        "Рибалку з Приморська з травня 2023 року тримали в ізоляторі в Мелітополі, доки його не обміняли в лютому "
        "2025 року.",
        1,
    ),
    (
        "ru",
        "Родившаяся в Купянске учительница позже переехала в Харьков, а затем в Полтаву, где 3 мая 2024 года дрон "
        "попал в её дом.",
        1,
    ),
    (
        "ru",
        "Рыбака из Приморска с мая 2023 года держали в изоляторе в Мелитополе, пока его не обменяли в феврале "
        "2025 года.",
        1,
    ),
]


@pytest.mark.parametrize(("language", "text", "count"), LOOK_ALIKES)
def test_places_that_are_no_sequence_of_custody_split_nothing(language: str, text: str, count: int | None) -> None:
    incidents = _incidents(text, language)
    if count is not None:
        assert len(incidents) == count, incidents
    assert "Sumy" not in _places(incidents)  # the place where the captive was exchanged is no incident


def _stops_told(text: str, language: str) -> list[int]:
    """How many places of custody each sentence lists (0 where it lists none)."""
    load(language)
    doc = Document(text, PUBLISHED, language)
    run(doc, default_steps())
    return [len(custody_stops(doc, m.value.facts) or ()) for m in doc.of_kind("role")]


@pytest.mark.parametrize(("language", "text"), [(lang, t) for lang, t, _ in LOOK_ALIKES])
def test_look_alikes_list_no_places_of_custody(language: str, text: str) -> None:
    assert not any(_stops_told(text, language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "uk",
            "4 березня 2023 року російські військові затримали двох братів в Олешках: одного тримали в підвалі в "
            "Олешках, а його брата вивезли до в'язниці в Сімферополі.",
        ),
        (
            "ru",
            "4 марта 2023 года российские военные задержали двух братьев в Алешках: одного держали в подвале в "
            "Алешках, а его брата вывезли в тюрьму в Симферополе.",
        ),
    ],
)
def test_two_captives_each_in_one_place_are_no_sequence(language: str, text: str) -> None:
    assert not any(_stops_told(text, language))


# (language, text, the place of custody): a civilian seized at one settlement and held in another, in one sentence
HELD_ELSEWHERE = [
    (
        "en",
        "Ihor, 61, was taken from his home in Vasylivka by Russian soldiers on 14 June 2023 and held in the temporary "
        "detention facility in Melitopol.",
        "Melitopol",
    ),
    (
        "en",
        "Occupation police detained a schoolteacher in Tokmak on 2 May 2023 and kept her in a basement in Melitopol.",
        "Melitopol",
    ),
    (
        "en",
        "On 9 August 2023 armed men seized a mechanic at his flat in Enerhodar and locked him in a cell of the prison "
        "in Melitopol.",
        "Melitopol",
    ),
    (
        "uk",
        "14 червня 2023 року російські військові затримали 61-річного Ігоря у Василівці й утримували в ізоляторі в "
        "Мелітополі.",
        "Melitopol",
    ),
    (
        "uk",
        "Окупаційна поліція 2 травня 2023 року затримала вчительку в Токмаку та тримала її в підвалі в Мелітополі.",
        "Melitopol",
    ),
    (
        "uk",
        "9 серпня 2023 року озброєні люди викрали механіка в Енергодарі й кинули його до камери в'язниці в "
        "Мелітополі.",
        "Melitopol",
    ),
    (
        "ru",
        "14 июня 2023 года российские военные задержали 61-летнего Игоря в Васильевке и держали в изоляторе в "
        "Мелитополе.",
        "Melitopol",
    ),
    (
        "ru",
        "Оккупационная полиция 2 мая 2023 года задержала учительницу в Токмаке и держала её в подвале в Мелитополе.",
        "Melitopol",
    ),
    (
        "ru",
        "9 августа 2023 года вооружённые люди похитили механика в Энергодаре и бросили его в камеру тюрьмы в "
        "Мелитополе.",
        "Melitopol",
    ),
]


@pytest.mark.parametrize(("language", "text", "place"), HELD_ELSEWHERE)
def test_a_seizure_and_a_custody_elsewhere_in_one_sentence_is_one_captivity_at_the_custody(
    language: str, text: str, place: str
) -> None:
    incidents = _incidents(text, language)
    assert _places(incidents) == [place]
    assert incidents[0]["violations"][0] == "unlawful_detention"


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        # a custody only heard of, told in a sentence of its own: the seizure's place (stage 23's whereabouts)
        (
            "en",
            "Armed men detained a mechanic at his flat in Enerhodar on 9 August 2023. In May 2024 a released cellmate "
            "said he had seen him in the pre-trial detention centre in Taganrog.",
            "Enerhodar",
        ),
        (
            "uk",
            "9 серпня 2023 року російські військові затримали місцевого жителя в Енергодарі. У травні 2024 року "
            "звільнений сусід по камері розповів, що бачив його в СІЗО в Таганрозі.",
            "Enerhodar",
        ),
        (
            "ru",
            "9 августа 2023 года российские военные задержали местного жителя в Энергодаре. В мае 2024 года "
            "освобождённый сокамерник рассказал, что видел его в СИЗО в Таганроге.",
            "Enerhodar",
        ),
    ],
)
def test_a_custody_only_heard_of_keeps_the_seizure_place(language: str, text: str, place: str) -> None:
    assert _places(_incidents(text, language))[0] == place


# (language, text, the two places): a custody told, then a sentence moving the captive on, with an act and a time
NEXT_PLACE = [
    (
        "en",
        "Russian troops detained a farmer in Hostomel on 5 March 2022 and held him in a basement in Hostomel. After "
        "that, in April 2022, they took him to a detention centre in Novozybkov, where guards beat him.",
        ["Hostomel", "Novozybkov"],
    ),
    (
        "uk",
        "5 березня 2022 року російські військові затримали фермера у Вовчанську й тримали його в підвалі у "
        "Вовчанську. Потім у квітні 2022 року його перевезли до СІЗО в Курську, де наглядачі його били.",
        ["Vovchansk", "Kursk"],
    ),
    (
        "ru",
        "5 марта 2022 года российские военные задержали фермера в Волчанске и держали его в подвале в Волчанске. "
        "Затем в апреле 2022 года его перевезли в СИЗО в Курске, где надзиратели его избивали.",
        ["Vovchansk", "Kursk"],
    ),
]


@pytest.mark.parametrize(("language", "text", "places"), NEXT_PLACE)
def test_a_captive_moved_on_with_an_act_and_a_time_of_its_own_is_the_next_place(
    language: str, text: str, places: list[str]
) -> None:
    incidents = _incidents(text, language)
    assert _places(incidents) == places
    assert incidents[1]["date"]["start"] == "2022-04-01"
    assert incidents[1]["perpetrator"]["party"] == "RU"
