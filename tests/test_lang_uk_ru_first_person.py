"""Ukrainian and Russian first-person accounts: in "нас били", "мене тримали" the speaker is the victim, of the kind
the report gives them before the account (back from captivity: a prisoner of war; a resident: a civilian); the
side whose captivity it was is the accused, whichever side tells it; the speaker named before is the source."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import uk_ru_contract

PUBLISHED = dt.date(2025, 12, 2)


def _contract(text: str) -> dict:
    return uk_ru_contract(text, PUBLISHED)


@pytest.mark.parametrize(("text", "side"), [
    ("Рядовой Иван Петров вернулся из украинского плена. Он рассказал, что в июле 2024 года в лагере под Львовом "
     "нас избивали прикладами.", "UA"),
    ("Сержант Олег Морозов вернулся домой из украинского плена.\n— Что было в лагере?\n— В марте 2025 года в "
     "Харькове меня били на каждом допросе.", "UA"),
    ("Морпіх Остап Бондар повернувся з російського полону. «У 2023 році в колонії в Таганрозі нас били щодня», — "
     "розповів він.", "RU"),
    ("Захисник Тарас Гнатюк звільнився з російського полону.\n— Як з вами поводилися?\n— У серпні 2024 року в "
     "Курську мене катували електрострумом.", "RU"),
])
def test_a_returned_prisoner_beaten_in_the_first_person_is_a_pow_held_by_the_captors(text, side):
    [incident] = _contract(text)["incidents"]
    assert incident["violations"][0] == "torture_ill_treatment"
    assert incident["victims"]["category"] == "pow"
    assert incident["perpetrator"]["party"] == side


@pytest.mark.parametrize("text", [
    "Мешканка Херсона Ольга Ткач розповіла журналістам: «У травні 2022 року в Херсоні нас тримали в підвалі, "
    "мене били й погрожували розстрілом».",
    "Жительница Херсона Ольга Ткач вспоминает: «В мае 2022 года в Херсоне меня избивали в подвале комендатуры».",
    "Житель Бучі Петро Мельник розповів, що в березні 2022 року в Бучі окупанти били його прикладами.",
])
def test_a_resident_speaking_of_abuse_is_a_civilian(text):
    [incident] = _contract(text)["incidents"]
    assert incident["violations"][0] == "torture_ill_treatment"
    assert incident["victims"]["category"] == "civilian"


@pytest.mark.parametrize(("text", "name"), [
    ("Кореспонденти поговорили з рядовим Андрієм Савчуком, якого звільнили з полону.\n— У квітні 2024 року під "
     "Бахмутом нас били прикладами.", "Андрій Савчук"),
    ("Мы поговорили с ефрейтором Алексеем Смирновым, вернувшимся из украинского плена.\n— В октябре 2024 года под "
     "Суджей меня избивали ногами.", "Алексей Смирнов"),
    ("Алексей Смирнов вернулся из плена в ходе обмена.\n— В октябре 2024 года под Суджей нас били прикладами.",
     "Алексей Смирнов"),
])
def test_the_speaker_named_before_the_account_is_its_source_in_the_nominative(text, name):
    [incident] = _contract(text)["incidents"]
    assert incident["reported_by"] == [name]


@pytest.mark.parametrize("text", [
    "Рядовой Иван Петров вернулся из украинского плена.\n— В августе 2024 года под Суджей нас сразу начали бить "
    "прикладами.\n— А потом?\n— Потом нас держали в лагере под Львовом. На допросах нас избивали.",
    "Морпіх Остап Бондар повернувся з російського полону.\n— У березні 2024 року під Авдіївкою нас одразу били "
    "прикладами.\n— А далі?\n— Потім нас тримали в колонії в Таганрозі. Там мене катували.",
])
def test_a_speaker_taken_elsewhere_tells_a_second_incident_there(text):
    incidents = _contract(text)["incidents"]
    assert len(incidents) == 2
    assert incidents[0]["date"] is not None and incidents[0]["date"]["start"].endswith("-01")
    assert incidents[0]["location"]["name"] != incidents[1]["location"]["name"]


@pytest.mark.parametrize("text", [
    "Нам повідомили, що в Херсоні вночі було тихо.",
    "Нас попросили не публиковать фамилии военных.",
    "Мене тримали за руку, поки я переходив дорогу в Херсоні.",
])
def test_first_person_words_without_abuse_tell_nothing(text):
    assert _contract(text)["incidents"] == []


@pytest.mark.parametrize("text", [
    "Військовий Андрій Коваль повернувся з російського полону під час обміну.",
    "Морпех Иван Соколов вернулся из плена во время обмена.",
    "Захисниця Марія Шевчук звільнилася з полону.",
])
def test_one_person_back_from_captivity_is_no_figure(text):
    assert _contract(text)["statistics"] == []


@pytest.mark.parametrize(("text", "side"), [
    ("Рядовой Олег Сидоров три месяца провел в плену у ВСУ.\n— В лагере под Харьковом нас избивали каждый день.",
     "UA"),
    ("Ефрейтор Олег Сидоров попал в плен к украинским военным.\n— Потом меня били на допросах в Харькове.", "UA"),
    ("Юрій Мельник пів року був у полоні в росіян.\n— У колонії в Таганрозі нас били щодня.", "RU"),
])
def test_captivity_with_a_side_names_the_captors(text, side):
    [incident] = _contract(text)["incidents"]
    assert incident["perpetrator"]["party"] == side


@pytest.mark.parametrize("text", [
    "Рядовой Олег Сидоров вернулся из украинского плена.\n— В лагере под Харьковом нас морили голодом.",
    "Морпіх Юрій Мельник повернувся з полону.\n— У Таганрозі нам погрожували розстрілом, над нами знущалися.",
    "Сержант Іван Гуменюк повернувся з російського полону.\n— У Таганрозі мене морили голодом.",
])
def test_starving_or_a_threatened_execution_of_the_speaker_is_ill_treatment_not_a_killing(text):
    [incident] = _contract(text)["incidents"]
    assert incident["violations"] == ["torture_ill_treatment"]
    assert incident["victims"]["category"] == "pow"


@pytest.mark.parametrize(("text", "outlet", "name"), [
    ("Корреспондент издания «Курские известия» поговорил с рядовым Алексеем Смирновым, вернувшимся из украинского "
     "плена.\n— В октябре 2024 года под Суджей меня избивали ногами.", "Курские известия", "Алексей Смирнов"),
    ("Журналісти видання «Схід» поспілкувалися з морпіхом Остапом Бондарем, який повернувся з полону.\n— У березні "
     "2024 року в Таганрозі нас били щодня.", "Схід", "Остап Бондар"),
    ("Телеканал «Берег» взял интервью у сержанта Олега Морозова, вернувшегося из украинского плена.\n— В марте "
     "2025 года в Харькове меня били на каждом допросе.", "Берег", "Олег Морозов"),
])
def test_an_interview_cites_the_outlet_and_the_speaker(text, outlet, name):
    [incident] = _contract(text)["incidents"]
    assert any(outlet in source for source in incident["reported_by"])
    assert name in incident["reported_by"]


@pytest.mark.parametrize("text", [
    "Морпіх Остап Бондар повернувся з полону.\n— Під Авдіївкою мій побратим загинув під час обстрілу, а мене взяли в "
    "полон.",
    "Рядовой Иван Петров вернулся из плена.\n— Под Суджей мой сослуживец погиб при обстреле, а нас взяли в плен.",
    "Уночі під Бахмутом від удару дрона загинули двоє військових.",
    "Под Купянском при артобстреле погиб военнослужащий.",
])
def test_soldiers_killed_by_a_strike_in_combat_tell_no_violation(text):
    assert _contract(text)["incidents"] == []


@pytest.mark.parametrize("text", [
    "Російський дрон атакував евакуаційне авто під Покровськом, загинули двоє поранених військових.",
    "ВСУ нанесли удар по лагерю военнопленных в Еленовке, погибли 50 военнопленных.",
    "Під Бахмутом окупанти розстріляли двох полонених військових.",
])
def test_wounded_or_captive_soldiers_killed_stay_a_violation(text):
    [incident] = _contract(text)["incidents"]
    assert incident["violations"][0] == "killing_hors_de_combat"


@pytest.mark.parametrize(("text", "side", "name"), [
    ("«Нас били прикладами прямо в окопе»: вернувшийся из плена боец рассказал о пережитом\n\nЕфрейтор Дмитрий "
     "Карпов вернулся домой в ходе обмена.\n— Как вы оказались в плену?\n— Это было 9 августа прошлого года под "
     "Суджей. Украинские военные взяли меня в плен. Сразу начали бить ногами и прикладами.\n— Что было потом?\n— "
     "Нас повезли в лагерь под Львовом. На каждом допросе избивали.", "UA", "Дмитрий Карпов"),
    ("«Нас катували щодня»: звільнений з полону морпіх розповів про пережите\n\nМорпіх Остап Бондар повернувся "
     "додому під час обміну.\n— Як ви потрапили в полон?\n— Це сталося 3 березня 2024 року під Авдіївкою. Російські "
     "військові взяли мене в полон. Одразу почали бити прикладами.\n— Що було далі?\n— Нас повезли до колонії в "
     "Таганрозі. На допитах били щодня.", "RU", "Остап Бондар"),
])
def test_a_question_and_answer_interview_under_a_headline_tells_two_incidents(text, side, name):
    incidents = _contract(text)["incidents"]
    assert len(incidents) == 2
    assert all(i["victims"]["category"] == "pow" and i["perpetrator"]["party"] == side for i in incidents)
    assert all(name in i["reported_by"] for i in incidents)
    assert incidents[0]["date"] is not None and incidents[1]["date"] is None


@pytest.mark.parametrize("text", [
    "Рядовой Иван Петров вернулся из украинского плена.\n— В августе 2024 года под Суджей меня пинали ногами.",
    "Рядовой Иван Петров вернулся из украинского плена.\n— В лагере под Харьковом нас лупили палками.",
    "Морпіх Остап Бондар повернувся з полону.\n— У 2023 році в Таганрозі нас гамселили щодня.",
])
def test_colloquial_beating_of_the_speaker_is_ill_treatment(text):
    [incident] = _contract(text)["incidents"]
    assert incident["violations"] == ["torture_ill_treatment"]
    assert incident["victims"]["category"] == "pow"
