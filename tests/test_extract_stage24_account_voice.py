"""Stage 24 (srcV): the speaker of a first-person account governs the acts told in it, and a digest's item speaks for
itself only. A body's own statement ("transferred to us"), a thread ("we geolocated"), a quoted wife ("they took my
husband") tell their acts in their own voice, not in the voice of a body named before; a digest's item that cites
nobody takes no earlier item's speaker. Every report is written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import en_contract_incidents, uk_ru_contract

PUBLISHED = dt.date(2025, 5, 16)  # a Friday


def _sources(text: str) -> list[list[str]]:
    return [incident["reported_by"] for incident in en_contract_incidents(text, PUBLISHED)]


def _has(names: list[str], part: str) -> bool:
    return any(part.lower() in name.lower() for name in names)


# -- a body's own first-person statement: its 'we' governs after another speaker -----------------------------------

OWN_STATEMENT = [
    # a hospital's statement: its doctor quoted, then patients 'brought to us'
    ("Statement of the Riverside Children's Hospital press office\n\n"
     "Overnight our surgeons operated on four children. We thank every donor who came in.\n\n"
     '"The night was very long," said the head surgeon, Dr Olena Marchuk.\n\n'
     "Two more patients were brought to us from Kupiansk, where a Russian drone hit a bus stop on Tuesday, "
     "wounding both.",
     "Riverside Children's Hospital", "Marchuk"),
    # an open-source collective's thread: a prosecutor named, then 'we geolocated'
    ("Thread by @bluelens (Blue Lens verification collective), 16 May 2025\n\n"
     "1/ We have verified a new video from the Pokrovsk direction. We publish our method below.\n\n"
     "2/ On Monday the regional prosecutor's office said it had opened a case into the video.\n\n"
     "3/ In April we geolocated another clip, showing Russian soldiers shooting a captured Ukrainian soldier near "
     "Udachne.",
     "Blue Lens", "prosecutor"),
    # an aid network's field note: the police cited, then 'our team recorded'
    ("FIELD NOTE | Steppe Aid Network | 16 May 2025\n\n"
     "Our mobile teams reached three villages this week. We delivered water and medicine.\n\n"
     "According to the police, a shell hit a shop in Vovchansk on Monday.\n\n"
     "On Wednesday our team recorded a Russian drone striking a house in Bilyi Kolodiaz, wounding two women.",
     "Steppe Aid Network", "police"),
]


@pytest.mark.parametrize(("text", "author", "other"), OWN_STATEMENT)
def test_a_bodys_own_we_governs_the_act_after_another_speaker(text, author, other):
    last = _sources(text)[-1]
    assert _has(last, author.split()[0])
    assert not _has(last, other)


# -- a first-person account quoted from a named speaker: the speaker is its source ----------------------------------

QUOTED = [
    ("Police said a shell damaged two houses in Kozacha Lopan on Monday.\n\n"
     'Olena Marchuk told reporters: "On 3 March soldiers took my husband from our yard in Kozacha Lopan. '
     'We have heard nothing since."',
     "Marchuk"),
    ("The regional administration said the village was shelled overnight.\n\n"
     'Halyna Petrenko, a mother of three, said: "They beat my son in the cellar of the school in Vilkhivka for '
     'two days in March."',
     "Petrenko"),
    ("Officials said the bridge near Izium had been destroyed.\n\n"
     'A caller, Mykola Savchuk, told the radio: "In April 2022 I saw Russian soldiers shoot my neighbour dead '
     'in his yard in Kapytolivka."',
     "Savchuk"),
]


@pytest.mark.parametrize(("text", "speaker"), QUOTED)
def test_a_quoted_first_person_account_is_its_speakers(text, speaker):
    assert _has(_sources(text)[-1], speaker)


# -- look-alikes ---------------------------------------------------------------------------------------------------

def test_a_reporters_aside_leaves_the_police_the_source():
    text = (
        "A Russian drone hit a car in Nikopol on Monday, killing a man, the regional police said.\n\n"
        "I visited the site on Tuesday. On Tuesday morning, a shell wounded a woman at a bus stop in Marhanets."
    )
    assert all(_has(names, "police") for names in _sources(text))


def test_an_official_saying_we_about_the_office_stays_the_source():
    text = (
        '"Our investigators have documented the strike," said the head of the regional prosecutor\'s office, '
        "Ivan Hrytsenko. \"On Monday a Russian missile hit a school in Sumy, killing a guard.\""
    )
    assert _has(_sources(text)[0], "Hrytsenko")


def test_the_accused_sides_we_names_no_source():
    text = (
        "Ukraine's prosecutors said Russian troops shelled a market in Kherson on Monday, killing two.\n\n"
        'Russia\'s Defence Ministry said: "We struck only military targets. On Tuesday our forces hit a depot in '
        'Beryslav."'
    )
    for names in _sources(text):
        assert not _has(names, "Defence Ministry")


# -- a digest: each item's heading speaks for its item; an item citing nobody takes no earlier item's -------------

DIGEST = (
    "Border Desk - morning digest, Friday 16 May 2025\n\n"
    "Sumy Oblast Military Administration, 07:10:\n"
    '"At night a Russian drone hit a house in Krasnopillia. A woman of 60 was wounded."\n\n'
    "Kharkiv Oblast Military Administration, 07:40:\n"
    '"In the morning a guided bomb struck a shop in Zolochiv, killing a man."\n\n'
    "Overnight a shell hit a school in Velykyi Burluk, wounding a guard.\n\n"
    "Chernihiv Oblast Military Administration, 08:15:\n"
    '"A drone dropped explosives on a tractor near Semenivka. The driver was wounded."'
)


def test_each_item_heading_speaks_for_its_own_item():
    found = _sources(DIGEST)
    assert len(found) == 4
    assert _has(found[0], "Sumy") and not _has(found[0], "Kharkiv") and not _has(found[0], "Chernihiv")
    assert _has(found[1], "Kharkiv") and not _has(found[1], "Sumy")
    assert _has(found[3], "Chernihiv") and not _has(found[3], "Kharkiv")


def test_an_item_citing_nobody_takes_no_earlier_items_speaker():
    found = _sources(DIGEST)
    assert found[2] == []


def test_a_post_with_one_heading_keeps_it_for_every_act():
    text = (
        "Oleh Marchenko, head of the Sumy Oblast Military Administration:\n\n"
        "At night a Russian drone hit a house in Krasnopillia. A woman of 60 was wounded.\n\n"
        "In the morning a shell struck a shop in Bilopillia, killing a man."
    )
    assert all(_has(names, "Marchenko") for names in _sources(text))


# -- Ukrainian and Russian: a group's own 'we', a quoted witness -----------------------------------------------------

UK_RU_OWN = [
    ("Правозахисна група «Берег»\n\n"
     "3 травня снаряд влучив у магазин у Куп'янську, повідомив голова ОВА Сергій Коваль.\n\n"
     "Наші монітори зафіксували, що 5 травня російський дрон влучив у будинок у Вовчанську, поранено двох жінок.",
     "Берег", "Коваль"),
    ("Правозахисна група «Берег»\n\n"
     "3 травня снаряд влучив у магазин у Куп'янську, повідомив голова ОВА Сергій Коваль.\n\n"
     "5 травня до нас звернулася жінка з Вовчанська: російські військові затримали її сина на блокпосту.",
     "Берег", "Коваль"),
    ("Правозахисна група «Берег»\n\n"
     "3 травня снаряд влучив у магазин у Куп'янську, повідомив голова ОВА Сергій Коваль.\n\n"
     "Ми задокументували: 5 травня російський дрон атакував автобус у Вовчанську, поранено трьох пасажирів.",
     "Берег", "Коваль"),
    ("Правозащитная группа «Берег»\n\n"
     "3 мая снаряд попал в магазин в Купянске, сообщил губернатор Иван Петров.\n\n"
     "Наши мониторы зафиксировали, что 5 мая российский дрон попал в дом в Волчанске, ранены две женщины.",
     "Берег", "Петров"),
    ("Правозащитная группа «Берег»\n\n"
     "3 мая снаряд попал в магазин в Купянске, сообщил губернатор Иван Петров.\n\n"
     "5 мая к нам обратилась женщина из Волчанска: российские военные задержали её сына на блокпосту.",
     "Берег", "Петров"),
    ("Правозащитная группа «Берег»\n\n"
     "3 мая снаряд попал в магазин в Купянске, сообщил губернатор Иван Петров.\n\n"
     "Мы задокументировали: 5 мая российский дрон атаковал автобус в Волчанске, ранены три пассажира.",
     "Берег", "Петров"),
]


@pytest.mark.parametrize(("text", "author", "other"), UK_RU_OWN)
def test_uk_ru_a_groups_own_we_governs_the_act_after_another_speaker(text, author, other):
    last = uk_ru_contract(text, PUBLISHED)["incidents"][-1]["reported_by"]
    assert _has(last, author)
    assert not _has(last, other)


UK_RU_QUOTED = [
    ('3 травня снаряд пошкодив два будинки у Козачій Лопані, повідомив голова ОВА Сергій Коваль.\n\n'
     'Олена Марчук розповіла: «5 березня військові забрали мого чоловіка з нашого двору у Вільхівці».',
     "Марчук"),
    ('3 травня снаряд пошкодив два будинки у Козачій Лопані, повідомив голова ОВА Сергій Коваль.\n\n'
     'Галина Петренко сказала: «Мого сина два дні били у підвалі школи у Вільхівці».',
     "Петренко"),
    ('3 травня снаряд пошкодив два будинки у Козачій Лопані, повідомив голова ОВА Сергій Коваль.\n\n'
     'Слухач Микола Савчук розповів: «У квітні я бачив, як російські військові розстріляли мого сусіда у '
     'Вільхівці».',
     "Савчук"),
    ('3 мая снаряд повредил два дома в Казачьей Лопани, сообщил губернатор Иван Петров.\n\n'
     'Елена Марчук рассказала: «5 марта военные забрали моего мужа из нашего двора в Ольховке».',
     "Марчук"),
    ('3 мая снаряд повредил два дома в Казачьей Лопани, сообщил губернатор Иван Петров.\n\n'
     'Галина Петренко сказала: «Моего сына два дня избивали в подвале школы в Ольховке».',
     "Петренко"),
    ('3 мая снаряд повредил два дома в Казачьей Лопани, сообщил губернатор Иван Петров.\n\n'
     'Слушатель Николай Савчук рассказал: «В апреле я видел, как военные расстреляли моего соседа в Ольховке».',
     "Савчук"),
]


@pytest.mark.parametrize(("text", "speaker"), UK_RU_QUOTED)
def test_uk_ru_a_quoted_first_person_account_is_its_speakers(text, speaker):
    last = uk_ru_contract(text, PUBLISHED)["incidents"][-1]["reported_by"]
    assert _has(last, speaker)


UK_RU_ASIDE = [
    ("Вранці російський дрон влучив в автомобіль у Нікополі, загинув чоловік, повідомив голова ОВА Сергій Коваль.\n\n"
     "Я побував на місці у вівторок. Увечері у Марганці снаряд поранив жінку на зупинці.",
     "Коваль"),
    ("Утром российский дрон попал в автомобиль в Никополе, погиб мужчина, сообщил губернатор Иван Петров.\n\n"
     "Я побывал на месте во вторник. Вечером в Марганце снаряд ранил женщину на остановке.",
     "Петров"),
]


@pytest.mark.parametrize(("text", "source"), UK_RU_ASIDE)
def test_uk_ru_a_reporters_aside_leaves_the_cited_official(text, source):
    found = [i["reported_by"] for i in uk_ru_contract(text, PUBLISHED)["incidents"]]
    assert found and all(_has(names, source) for names in found)


def test_uk_a_digest_item_citing_nobody_takes_no_earlier_items_speaker():
    text = (
        "Прикордоння - ранковий дайджест, 16 травня 2025\n\n"
        "Сумська ОВА, 07:10:\n"
        "«Вночі російський дрон влучив у будинок у Краснопіллі. Поранено жінку».\n\n"
        "Харківська ОВА, 07:40:\n"
        "«Зранку керована авіабомба влучила в магазин у Золочеві, загинув чоловік».\n\n"
        "10 травня снаряд влучив у лікарню у Великому Бурлуці, поранено охоронця."
    )
    found = [i["reported_by"] for i in uk_ru_contract(text, PUBLISHED)["incidents"]]
    assert len(found) == 3
    assert _has(found[0], "Сумськ") and not _has(found[0], "Харків")
    assert _has(found[1], "Харків") and not _has(found[1], "Сумськ")
    assert not _has(found[2], "Харків")


# -- a phone-in's caller known by a first name: the turn's 'I', 'my' are the caller's --------------------------------

CALLERS = [
    ("Border Wave FM - morning phone-in, 16 May 2025\n\n"
     "HOST (Iryna Koval): Good morning. The regional police say a shell hit a shop in Krasnopillia on Monday.\n\n"
     "CALLER (Mykola, Vilkhivka): In March 2022 Russian soldiers detained me and my wife and held us in a cellar "
     "in Vilkhivka for three weeks.",
     "Mykola"),
    ("Border Wave FM - morning phone-in, 16 May 2025\n\n"
     "HOST (Iryna Koval): Good morning. The regional police say a shell hit a shop in Krasnopillia on Monday.\n\n"
     "LISTENER (Halyna, Velykyi Burluk): On 5 March 2022 soldiers took my son from our house in Velykyi Burluk "
     "and beat him.",
     "Halyna"),
    ("Border Wave FM - morning phone-in, 16 May 2025\n\n"
     "HOST (Iryna Koval): Good morning. The regional police say a shell hit a shop in Krasnopillia on Monday.\n\n"
     "CALLER (Petro, Kupiansk): I saw Russian soldiers shoot my neighbour dead in his yard in Kupiansk in "
     "September 2022.",
     "Petro"),
]


@pytest.mark.parametrize(("text", "caller"), CALLERS)
def test_a_callers_first_person_turn_is_the_callers(text, caller):
    assert _has(_sources(text)[-1], caller)


def test_a_turn_label_without_a_given_name_names_no_caller():
    text = (
        "Border Wave FM - morning phone-in, 16 May 2025\n\n"
        "HOST (Iryna Koval): Good morning.\n\n"
        "CALLER (Vilkhivka): In March 2022 Russian soldiers detained me and my wife and held us in a cellar in "
        "Vilkhivka for three weeks."
    )
    assert not _has(_sources(text)[-1], "Vilkhivka")


UK_RU_CALLERS = [
    ("Хвиля прикордоння, ранковий ефір, 16 травня 2025\n\n"
     "ВЕДУЧА (Ірина Коваль): Доброго ранку. Поліція повідомила, що снаряд влучив у магазин у Краснопіллі.\n\n"
     "СЛУХАЧ (Микола, Вільхівка): У березні 2022 року російські військові три тижні тримали мене і мою дружину "
     "в підвалі у Вільхівці.",
     "Микола"),
    ("Хвиля прикордоння, ранковий ефір, 16 травня 2025\n\n"
     "ВЕДУЧА (Ірина Коваль): Доброго ранку. Поліція повідомила, що снаряд влучив у магазин у Краснопіллі.\n\n"
     "СЛУХАЧКА (Галина, Куп'янськ): 5 березня 2022 року військові забрали мого сина з нашого дому в Куп'янську "
     "і били його.",
     "Галина"),
    ("Волна приграничья, утренний эфир, 16 мая 2025\n\n"
     "ВЕДУЩАЯ (Ирина Коваль): Доброе утро. Полиция сообщила, что снаряд попал в магазин в Краснополье.\n\n"
     "СЛУШАТЕЛЬ (Николай, Ольховка): В марте 2022 года российские военные три недели держали меня и мою жену "
     "в подвале в Ольховке.",
     "Николай"),
]


@pytest.mark.parametrize(("text", "caller"), UK_RU_CALLERS)
def test_uk_ru_a_callers_first_person_turn_is_the_callers(text, caller):
    last = uk_ru_contract(text, PUBLISHED)["incidents"][-1]["reported_by"]
    assert _has(last, caller)


RIGHTS_NETWORKS = [
    ("Правозахисна мережа «Обрій»\n\n5 травня російські військові затримали двох волонтерів у Вовчанську.",
     "Обрій"),
    ("5 травня російські військові затримали двох волонтерів у Вовчанську, повідомила правозахисна мережа «Обрій».",
     "Обрій"),
    ("Правозащитная сеть «Горизонт»\n\n5 мая российские военные задержали двух волонтёров в Волчанске.",
     "Горизонт"),
    ("5 мая российские военные задержали двух волонтёров в Волчанске, сообщила правозащитная сеть «Горизонт».",
     "Горизонт"),
]


@pytest.mark.parametrize(("text", "group"), RIGHTS_NETWORKS)
def test_uk_ru_a_rights_network_is_a_named_group(text, group):
    assert _has(uk_ru_contract(text, PUBLISHED)["incidents"][0]["reported_by"], group)


def test_uk_a_chain_of_shops_is_no_rights_group():
    text = "5 травня російський дрон влучив у магазин мережі «Обрій» у Вовчанську, поранено продавчиню."
    for incident in uk_ru_contract(text, PUBLISHED)["incidents"]:
        assert not _has(incident["reported_by"], "Обрій")


# -- a publisher's name before a lowercase word of what it is ------------------------------------------------------

DESCRIBED_PUBLISHERS = [
    ("Statement of the Eastbank City Hospital press service\n\n"
     "We treated nine people overnight. We thank every donor who came in.\n\n"
     "On Tuesday a Russian drone hit a minibus in Kupiansk, wounding four passengers.",
     "Eastbank City Hospital"),
    ("Thread by @northgrid (North Grid verification collective), 16 May 2025\n\n"
     "1/ We have geolocated a new video. We publish our method below.\n\n"
     "2/ On 3 May Russian soldiers shot two captured Ukrainian soldiers near Udachne.",
     "North Grid"),
    ("Weekly note of the Silver Field monitoring team\n\n"
     "We visited four villages this week. Our monitors spoke to twelve residents.\n\n"
     "On 12 May a shell hit a school in Vovchansk, wounding a guard.",
     "Silver Field"),
]


@pytest.mark.parametrize(("text", "publisher"), DESCRIBED_PUBLISHERS)
def test_a_publisher_named_before_what_it_is_is_the_source(text, publisher):
    assert _has(_sources(text)[-1], publisher)


def test_a_capitalised_headline_with_lowercase_words_names_no_publisher():
    text = (
        "Eastbank City Hospital shelled overnight\n\n"
        "We spoke to staff on Tuesday. Our reporter saw the damage.\n\n"
        "On Tuesday a Russian drone hit a minibus in Kupiansk, wounding four passengers."
    )
    assert not _has(_sources(text)[-1], "Eastbank")


# -- a header naming a body, then the person who heads it: the person is found ----------------------------------------

HEADED_BY_A_PERSON = [
    ("Border Desk - digest, 16 May 2025\n\n"
     "Sumy Oblast Military Administration, head Oleh Marchenko, 07:10:\n"
     '"At night a Russian drone hit a house in Krasnopillia. A woman was wounded."\n\n'
     "Kharkiv Oblast Military Administration, 07:40:\n"
     '"In the morning a guided bomb struck a shop in Zolochiv, killing a man."',
     "Marchenko"),
    ("Border Desk - digest, 16 May 2025\n\n"
     "Kharkiv Oblast Military Administration, 07:40:\n"
     '"In the morning a guided bomb struck a shop in Zolochiv, killing a man."\n\n'
     "Belgorod regional governor Ivan Sorokin, 08:05 (Russian channel):\n"
     '"In the evening a drone hit a car in Shebekino. The driver was killed."',
     "Sorokin"),
    ("Border Desk - digest, 16 May 2025\n\n"
     "Kharkiv Oblast Military Administration, 07:40:\n"
     '"In the morning a guided bomb struck a shop in Zolochiv, killing a man."\n\n'
     "Kherson City Military Administration, head Roman Hrytsenko, 09:30:\n"
     '"A drone dropped explosives on a bus stop in Kherson. Two women were wounded."',
     "Hrytsenko"),
]


@pytest.mark.parametrize(("text", "person"), HEADED_BY_A_PERSON)
def test_a_headers_person_named_after_a_body_is_found(text, person):
    assert any(_has(names, person) for names in _sources(text))


def test_a_person_named_after_the_headers_colon_is_not_its_author():
    text = (
        "Sumy Oblast Military Administration: at night a Russian drone hit the house of Olena Koval in Krasnopillia, "
        "wounding her.\n\n"
        "In the morning a shell struck a shop in Bilopillia, killing a man."
    )
    for names in _sources(text):
        assert not _has(names, "Koval")
