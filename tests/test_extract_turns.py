"""Stage 21: report structure. A print interview's questions and answers and a release's announced case paragraphs
(steps/turns.py): a question yields nothing, each answer or case takes its own day and place, a case is never more
of the one before, the interviewee is the source of the answers, an outlet's by-line is no place. Every text here
is written for this file; look-alikes (one event told over several answers, a release retelling one case) must stay
one incident."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import en_contract_incidents, uk_ru_contract

PUBLISHED = dt.date(2025, 5, 20)  # a Tuesday


def _rows(text: str, language: str = "en") -> list[tuple[str, str | None, str | None, int | None, list[str]]]:
    found = en_contract_incidents(text, PUBLISHED) if language == "en" else uk_ru_contract(text, PUBLISHED)["incidents"]
    return [
        (
            i["violations"][0],
            i["date"]["start"] if i["date"] else None,
            (i["location"] or {}).get("name"),
            i["victims"]["min"],
            i["reported_by"],
        )
        for i in found
    ]


# -- interviews: each answer its own act, day and place; the interviewee the source ---------------------------------

EN_INTERVIEWS = [
    (  # dash-led turns, an answer's day set in the sentence before its act
        "Nights in the ward: a Pokrovsk nurse speaks\n\nEastern Courier, 20 May 2025\n\n"
        "Olena Marchenko, 44, has worked as a nurse in Pokrovsk since 2009.\n\n"
        "- When did the strikes begin?\n\n"
        "- On 2 May our crew drove to a call in Pokrovsk. A drone hit the marked ambulance. Our driver was killed.\n\n"
        "- And since then?\n\n"
        "- Last Saturday they attacked the bus stop by our gate. Four passengers were wounded.\n\n"
        "- What do you need?\n\n- Bandages and generators.\n"
    ),
    (  # Q:/A: labels
        "A volunteer driver on the evacuation road\n\nEdited by the Steppe Herald.\n\n"
        "Andrii Bondar, 38, drives evacuation vans out of Orikhiv.\n\n"
        "Q: What happened in April?\n\n"
        "A: On 14 April we went to Orikhiv for an old couple. A drone attacked our van at their gate. "
        "Our second driver was killed.\n\n"
        "Q: And the next trip?\n\n"
        "A: On 30 April a shell hit the road as we left. Three evacuees were injured.\n\n"
        "Q: Will you go back?\n\nA: Yes, next week.\n"
    ),
    (  # the outlet's name and the interviewee's as speaker labels
        "Bakhmut, one year on\n\nNorthern Herald, 3 June 2025\n\n"
        "Ivan Koval, 51, taught history in Bakhmut until the town was destroyed.\n\n"
        "Northern Herald: What do you remember of March?\n\n"
        "Koval: On 9 March we sheltered in the school in Bakhmut. A shell hit the gym. Two teachers were killed.\n\n"
        "Northern Herald: Was there more after that?\n\n"
        "Koval: On 21 March soldiers came to our street. They shot three men who tried to leave by car.\n\n"
        "Northern Herald: Thank you.\n"
    ),
]


@pytest.mark.parametrize("text", EN_INTERVIEWS)
def test_each_answer_of_an_english_interview_is_its_own_incident(text: str) -> None:
    rows = _rows(text)
    assert len(rows) == 2
    days = [row[1] for row in rows]
    assert days[0] != days[1] and None not in days
    assert all(row[4] and row[4][0] in ("Olena Marchenko", "Andrii Bondar", "Ivan Koval") for row in rows)


def test_a_question_yields_no_incident() -> None:
    text = (
        "- Was the hospital in Kherson shelled on 3 May, and were two nurses killed?\n\n- I was not there.\n\n"
        "- Did soldiers detain doctors in Kherson?\n\n- I cannot say.\n"
    )
    assert _rows(text) == []


def test_an_answer_with_no_target_strikes_what_the_question_asked_about() -> None:
    text = (
        "Dr Pavlo Tkach, 50, heads the surgery of a hospital in Kherson.\n\n"
        "- Has the hospital itself been hit?\n\n"
        "- Last November a shell hit the roof above the wards. Nobody was hurt.\n\n"
        "- And the staff?\n\n- We are tired.\n\n- Thank you?\n\n- Thank you.\n"
    )
    rows = _rows(text)
    assert [row[0] for row in rows] == ["attack_on_protected_objects"]


def test_a_one_event_interview_stays_one_incident() -> None:
    text = (
        "A night in the cellar: a Kherson resident recalls\n\n"
        "- What happened on the night of 5 May?\n\n"
        "- A missile hit our building in Kherson. I was in the kitchen when the wall fell.\n\n"
        "- Was anyone hurt?\n\n- Two of my neighbours were killed, and a girl was wounded.\n\n"
        "- Where are you living now?\n\n- With my sister.\n"
    )
    rows = _rows(text)
    assert len(rows) == 1 and rows[0][2] == "Kherson" and rows[0][3] == 2


def test_an_outlet_by_line_is_no_place() -> None:
    text = (
        "Voices from the front line\n\n«Вільна хвиля», 17 травня 2025 року\n\n"
        "- Що сталося 5 травня?\n\n- Дрон влучив у автобус у Херсоні. Загинули двоє пасажирів.\n\n"
        "- Дякуємо?\n\n- Дякую.\n"
    )
    rows = _rows(text, "uk")
    assert rows and all(row[2] != "Vilna" for row in rows)


UK_RU_INTERVIEWS = [
    (
        "«Я вдома»: розповідь звільненого бійця\n\n«Степовий вісник», 20 травня 2025 року\n\n"
        "Андрій Савчук, 30 років, морський піхотинець.\n\n"
        "— Як ви потрапили в полон?\n\n"
        "— Це було 3 березня 2024 року, під Авдіївкою. Двох поранених побратимів росіяни розстріляли на місці.\n\n"
        "— Що було далі?\n\n"
        "— У травні 2024 року нас привезли до колонії у Курську. Там нас били щодня.\n\n"
        "— Дякуємо.\n\n— Дякую.\n"
    ),
    (
        "«Вывезли ночью»: рассказ жителя Херсона\n\n«Южный курьер», 20 мая 2025 года\n\n"
        "Игорь Ткаченко, 55 лет, живёт в Херсоне.\n\n"
        "— Что произошло 4 мая?\n\n"
        "— Это было в Херсоне. Дрон атаковал автобус на остановке. Погибли двое пассажиров.\n\n"
        "— А потом?\n\n"
        "— 12 мая снаряд попал в школу в Бахмуте. Ранены трое учителей.\n\n"
        "— Спасибо?\n\n— Спасибо.\n"
    ),
]


@pytest.mark.parametrize("text", UK_RU_INTERVIEWS)
def test_each_answer_of_a_uk_ru_interview_is_its_own_incident(text: str) -> None:
    language = "uk" if "і" in text else "ru"
    rows = _rows(text, language)
    assert len(rows) == 2
    assert rows[0][1] != rows[1][1]
    assert all(row[4] and row[4][0] in ("Андрій Савчук", "Игорь Ткаченко") for row in rows)


# -- releases telling typical cases one a paragraph ------------------------------------------------------------------

RELEASES = [
    (
        "en",
        "Rights group: civilians seized across the south\n\n"
        "Zaporizhzhia, 10 March 2025 - The Steppe Rights Watch today published a report on detained civilians. "
        "The report sets out three typical cases.\n\n"
        "A school teacher from Orikhiv was detained by Russian soldiers at his school on 5 February 2024. "
        "He has not been seen since.\n\n"
        "Two volunteers from Huliaipole were stopped at a checkpoint on the night of 12 June 2023. "
        "They were beaten during interrogation and held in a basement.\n\n"
        "A farmer from Stepove and his son were detained by Russian soldiers at their farm on 3 August 2023.\n\n"
        "The group calls for access to all detainees.\n",
    ),
    (
        "uk",
        "Правозахисники: цивільних утримують без зв'язку\n\n"
        "Проєкт «Степова варта» оприлюднив звіт про цивільних, яких утримують окупанти. "
        "У звіті детально описано три випадки.\n\n"
        "Вчителя з Оріхова затримали 5 лютого 2024 року просто в школі. Відтоді про нього нічого не відомо.\n\n"
        "Двох волонтерів з Гуляйполя затримали на блокпосту 12 червня 2023 року. Їх били під час допитів.\n\n"
        "Фермера зі Степового разом із сином затримали 3 серпня 2023 року.\n\n"
        "Проєкт закликає надати доступ до всіх затриманих.\n",
    ),
    (
        "ru",
        "Правозащитники: гражданских удерживают без связи\n\n"
        "Проект «Степной дозор» опубликовал доклад о гражданских, которых удерживают в России. "
        "В докладе подробно описаны три случая.\n\n"
        "Учителя из Орехова задержали 5 февраля 2024 года прямо в школе. С тех пор о нём ничего не известно.\n\n"
        "Двух волонтёров из Гуляйполя задержали на блокпосту 12 июня 2023 года. Их били на допросах.\n\n"
        "Фермера из Степового вместе с сыном задержали 3 августа 2023 года.\n\n"
        "Проект призывает обеспечить доступ ко всем задержанным.\n",
    ),
]


@pytest.mark.parametrize(("language", "text"), RELEASES)
def test_each_announced_case_is_its_own_incident(language: str, text: str) -> None:
    rows = _rows(text, language)
    days = {row[1] for row in rows}
    assert {"2024-02-05", "2023-06-12"} <= days
    if language == "en":
        assert all(row[4] for row in rows)  # the body announcing the cases, where a case cites nobody


def test_a_release_retelling_one_case_stays_one_incident() -> None:
    text = (
        "Rights group: teacher still held\n\n"
        "Zaporizhzhia, 10 March 2025 - The Steppe Rights Watch said a school teacher from Orikhiv was detained by "
        "Russian soldiers at his school on 5 February 2024.\n\n"
        "His colleagues saw him being put into a car. He was beaten during interrogation, a released detainee told "
        "the group.\n\n"
        "His family has written to every office and received no reply.\n"
    )
    rows = _rows(text)
    assert len(rows) == 1 and rows[0][1] == "2024-02-05"


def test_detention_outside_announced_cases_is_no_case_act() -> None:
    text = "Поліція затримала чоловіка у Херсоні 5 травня 2025 року за крадіжку.\n"
    assert _rows(text, "uk") == []


# -- an answer that told no act leaves its scene to the next; a case's later act stays the case's --------------------

CARRIED = [
    (
        "uk",
        "Андрій Савчук, 30 років, морський піхотинець.\n\n"
        "— Куди вас повезли?\n\n— У березні 2024 року нас привезли до колонії у Курську.\n\n"
        "— Що там відбувалося?\n\n— Нас били щодня кийками.\n\n"
        "— Чи були випадки смерті?\n\n— У червні 2024 року хлопця з нашого бараку забили до смерті.\n\n"
        "— Дякуємо.\n\n— Дякую.\n",
    ),
    (
        "ru",
        "Игорь Ткаченко, 41 год, морской пехотинец.\n\n"
        "— Куда вас отвезли?\n\n— В марте 2024 года нас привезли в колонию в Курске.\n\n"
        "— Что там происходило?\n\n— Нас били каждый день дубинками.\n\n"
        "— Были ли случаи смерти?\n\n— В июне 2024 года парня из нашего барака забили до смерти.\n\n"
        "— Спасибо.\n\n— Спасибо.\n",
    ),
    (
        "en",
        "Taras Melnyk, 29, is a marine.\n\n"
        "- Where did they take you?\n\n- In March 2024 they brought us to a colony in Kursk.\n\n"
        "- What happened there?\n\n- Guards beat us with batons every day.\n\n"
        "- Did anyone die?\n\n- In June 2024 guards beat a man from our barrack to death.\n\n"
        "- Thank you.\n\n- Thank you.\n",
    ),
]


@pytest.mark.parametrize(("language", "text"), CARRIED)
def test_an_answer_telling_no_act_leaves_its_scene_to_the_next(language: str, text: str) -> None:
    rows = _rows(text, language)
    assert rows and rows[0][1] == "2024-03-01" and rows[0][2] == "Kursk"
    assert all(row[2] == "Kursk" for row in rows)


def test_a_later_act_of_a_case_stays_the_case() -> None:
    text = (
        "Rights group: three cases\n\nThe Steppe Rights Watch published a report. It describes two typical cases.\n\n"
        "A farmer from Stepove was detained by Russian soldiers at his farm in September 2023. He was later "
        "transferred to Russia; in August 2024 his family received a notice.\n\n"
        "A teacher from Orikhiv was detained by Russian soldiers at his school on 5 February 2024.\n"
    )
    rows = _rows(text)
    assert [(row[1], row[2]) for row in rows] == [("2023-09-01", "Stepove"), ("2024-02-05", "Orikhiv")]


@pytest.mark.parametrize(
    "sentence",
    [
        "A farmer from Stepove was detained by Russian soldiers at his farm on 3 August 2023 after they found a flag.",
        "Russian soldiers detained a farmer in Stepove on 3 August 2023 because they found a flag in his house.",
        "A farmer from Stepove was detained by Russian soldiers on 3 August 2023: they found a flag in his barn.",
    ],
)
def test_a_finding_in_a_clause_of_cause_does_not_take_the_acts_day(sentence: str) -> None:
    assert [row[1] for row in _rows(sentence)] == ["2023-08-03"]


def test_a_day_nearest_a_finding_of_bodies_still_dates_the_finding() -> None:
    rows = _rows("Police found the bodies of two men with gunshot wounds in Stepove on 3 August 2023.")
    assert all(row[1] is None for row in rows)


def test_the_scene_nearest_before_an_answers_act_dates_it() -> None:
    text = (
        "Olena Marchenko, 44, is a nurse in Pokrovsk.\n\n"
        "- What was the worst day?\n\n"
        "- Over the past week we had dozens of alarms. The worst was on 2 May. A drone hit the ambulance in "
        "Pokrovsk. Our driver was killed.\n\n"
        "- And then?\n\n- On 9 May a bomb hit the market in Pokrovsk. Two women were wounded.\n"
    )
    assert [row[1] for row in _rows(text)] == ["2025-05-02", "2025-05-09"]


def test_named_answers_credit_the_label_not_the_first_person_introduced() -> None:
    text = (
        "Participants: Colonel Ivan Koval, police chief; Olena Marchenko, deputy governor.\n\n"
        "KOVAL: Good afternoon.\n\n"
        "JOURNALIST (Radio Sumy): Did soldiers take two men from Huliaipole in April?\n\n"
        "MARCHENKO: Yes. On 22 April Russian soldiers detained two men in Huliaipole.\n\n"
        "JOURNALIST (Radio Sumy): Anything else?\n\nMARCHENKO: No.\n"
    )
    rows = _rows(text)
    assert rows and rows[0][4][:1] != ["Ivan Koval"]
