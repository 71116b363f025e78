"""Ukrainian report-level rules: ages listed as a count, a day's round-up of a region as statistics, one
voice for the whole post, hyphenated hromadas and former names. Each rule on sentences of our own in
several wordings (Telegram post, official statement, news) and a near miss; no text from shared/eval."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.pipeline import default_steps, run

PUBLISHED = dt.date(2025, 3, 12)


def doc(text: str) -> Document:
    found = Document(text, PUBLISHED, "uk")
    run(found, default_steps())
    return found


def counts(text: str) -> list[int | None]:
    return [m.value.min for m in doc(text).of_kind("count")]


@pytest.mark.parametrize(
    "text",
    [
        "У Балаклії постраждали 41-річний і 63-річний чоловіки.",
        "Поранення отримали 29-річна та 55-річна жінки, їх госпіталізовано.",
        "Внаслідок удару травмовані 70-річний, 45-річний і 18-річний мешканці села.",
    ],
)
def test_ages_listed_before_one_plural_noun_count_one_person_each(text):
    expected = 3 if text.count("-річн") == 3 else 2
    assert expected in counts(text)


def test_a_single_age_is_no_count_of_its_own():
    assert counts("У Балаклії загинув 58-річний чоловік.") == [1]  # the noun in the singular counts one


ROUND_UPS = [
    # Telegram post of an oblast administration
    "Минулої доби окупанти обстріляли Миколаївщину. Загинула 1 людина, ще 5 дістали поранення.\n"
    "Під ударом були Очаків та Куцурубська громада.",
    # official statement
    "За добу російські війська вбили двох і поранили сімох жителів Дніпропетровської області, "
    "повідомив начальник ОВА.",
    # news
    "Упродовж останньої доби через російські обстріли на Херсонщині загинули 2 людини, 7 поранено, "
    "повідомляє ОВА.",
]


@pytest.mark.parametrize("text", ROUND_UPS)
def test_a_days_round_up_of_a_region_gives_its_figures_as_statistics(text):
    found = extract(text, PUBLISHED, "uk")
    measures = {(s.facts.measure, s.facts.value) for s in found.statistics}
    assert {m for m, _ in measures} >= {"killed", "wounded"}


def test_a_round_up_counts_no_settlements_toll_as_the_regions():
    text = "Минулої доби росіяни атакували Херсонщину. У Берислава загинув чоловік, у Херсоні поранено трьох людей."
    found = extract(text, PUBLISHED, "uk")
    assert not [s for s in found.statistics if s.facts.measure in {"killed", "wounded"}]


def test_a_toll_without_a_days_round_up_stays_an_incident_only():
    found = extract("Вночі окупанти вдарили по Запорізькій області, 3 людини поранено.", PUBLISHED, "uk")
    assert not found.statistics
    assert found.incidents


@pytest.mark.parametrize(
    "text",
    [
        "Про наслідки обстрілів повідомив начальник ОВА Іван Федоренко. У Куп'янську загинула жінка. "
        "У Балаклії поранено двох чоловіків.",
        "Прокуратура області повідомляє: у Херсоні загинув чоловік; у Білозерці поранено жінку.",
    ],
)
def test_the_posts_author_speaks_for_every_incident_it_tells(text):
    found = extract(text, PUBLISHED, "uk")
    assert len(found.incidents) == 2
    assert all(i.facts.reported_by for i in found.incidents)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ворог атакував автобус у Середино-Будській громаді, поранено трьох.", "Seredyna-Buda"),
        ("Дрон влучив у будинок у Середино-Будській громаді Сумщини.", "Seredyna-Buda"),
        ("Під обстріл потрапила Середино-Будська громада.", "Seredyna-Buda"),
    ],
)
def test_a_hyphenated_hromada_in_any_case_names_its_centre(text, expected):
    assert expected in [m.value.name for m in doc(text).of_kind("place")]


@pytest.mark.parametrize(
    "text, oblast",
    [
        ("Минулої доби на Херсонщині обстріляли Олександрівку, поранено чоловіка.", "Kherson Oblast"),
        ("Окупанти вдарили по Олександрівці Херсонської області.", "Kherson Oblast"),
    ],
)
def test_a_village_name_that_was_a_citys_former_name_stays_a_village(text, oblast):
    found = [(m.value.name, m.value.admin1) for m in doc(text).of_kind("place")]
    assert ("Oleksandrivka", oblast) in found  # not Donetsk, once called so


def test_donetsk_by_its_own_name_is_still_the_city():
    assert ("Donetsk", "Donetsk Oblast") in [
        (m.value.name, m.value.admin1) for m in doc("Окупанти обстріляли Донецьк.").of_kind("place")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Катівню облаштували в цеху Вовчанського агрегатного заводу.", ("Vovchansk", "Kharkiv Oblast")),
        ("Колишній директор Олешківського дитячого будинку співпрацював з окупантами.", ("Oleshky", "Kherson Oblast")),
        ("Бомба влучила в корпус Ізюмської лікарні.", ("Izium", "Kharkiv Oblast")),
    ],
)
def test_a_towns_adjective_before_an_institution_names_the_town(text, expected):
    assert expected in [(m.value.name, m.value.admin1) for m in doc(text).of_kind("place")]


def test_a_village_named_as_an_adjective_stays_that_village():
    assert [m.value.name for m in doc("Окупанти обстріляли Покровське, поранено чоловіка.").of_kind("place")] == [
        "Pokrovske"
    ]


def test_an_adjective_before_a_front_sector_is_no_town():
    assert not doc("Бої тривають на Покровському напрямку.").of_kind("place")


@pytest.mark.parametrize(
    "text",
    [
        "У Гуляйполі поранено 70-річну жительку.",
        "Дрон атакував автобус, постраждала пасажирка.",
        "Під час обстрілу загинув працівник підприємства.",
    ],
)
def test_one_person_named_in_the_singular_counts_one(text):
    assert counts(text) == [1]


def test_wards_of_an_orphanage_are_children():
    found = extract("Окупанти вивезли до Криму 12 вихованців інтернату з Олешок.", PUBLISHED, "uk")
    assert found.incidents[0].facts.victims.category == "child"


def violations(text: str) -> list[str]:
    return [m.value for m in doc(text).of_kind("violation")]


@pytest.mark.parametrize(
    "text",
    [
        "На допитах окупанти імітували розстріл затриманого.",
        "Полоненим погрожували розстрілом, якщо ті не зізнаються.",
        "Слідчі ФСБ погрожували жінці сексуальним насильством.",
    ],
)
def test_a_mock_or_threatened_act_is_ill_treatment_not_the_act(text):
    found = violations(text)
    assert "torture_ill_treatment" in found
    assert not {"execution", "sexual_violence"} & set(found)


@pytest.mark.parametrize(
    "text",
    [
        "Чоловіка викрали з дому і тримали в підвалі комендатури.",
        "Затриманого піддали тортурам.",
        "Волонтер був викрадений окупантами у Каховці.",
    ],
)
def test_abduction_and_torture_in_any_form(text):
    assert {"unlawful_detention", "torture_ill_treatment"} & set(violations(text))


@pytest.mark.parametrize(
    "text",
    [
        "Пораненого вивезли до лікарні.",
        "Увечері його вивезли на вулицю і відпустили.",
    ],
)
def test_taking_someone_somewhere_is_no_deportation(text):
    assert "deportation_transfer" not in violations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Окупанти примусово вивезли дітей з інтернату.",
        "Слідство встановило насильницьке вивезення 40 дітей до росії.",
    ],
)
def test_a_forced_removal_is_a_deportation(text):
    found = extract(text, PUBLISHED, "uk")
    assert "deportation_transfer" in {v for i in found.incidents for v in i.facts.violations} | set(violations(text))


@pytest.mark.parametrize(
    "text",
    [
        "Найбільше загиблих у Запорізькій області - 40, Херсонській - 31, Сумській - 12.",
        "Найбільше постраждалих дітей у Донецькій області – 485, Харківській – 299 та Київській – 129.",
    ],
)
def test_oblasts_listed_after_one_named_with_its_word_are_a_tally(text):
    found = extract(text, PUBLISHED, "uk")
    assert not found.incidents
    assert len(found.statistics) == 3


def test_people_harmed_in_a_total_are_killed_and_injured_together():
    found = extract("Від початку вторгнення на Сумщині постраждали 900 цивільних.", PUBLISHED, "uk")
    assert [(s.facts.measure, s.facts.value) for s in found.statistics] == [("other", 900)]


def test_harmed_beside_the_killed_are_the_injured():
    text = "Загалом від початку вторгнення на Сумщині 300 загиблих і 900 постраждалих."
    found = extract(text, PUBLISHED, "uk")
    assert ("wounded", 900) in [(s.facts.measure, s.facts.value) for s in found.statistics]


@pytest.mark.parametrize(
    "text",
    [
        "На відео окупанти розстрілюють полонених.",
        "Росіяни страчують українських військовополонених на передовій.",
        "Полонений помер після побиття в колонії.",
    ],
)
def test_killing_of_captives_in_either_aspect_and_death_after_beating(text):
    assert "execution" in violations(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Сергій Лисак, начальник Дніпропетровської ОВА", "Сергій Лисак"),
        ("Дмитро Лубінець", "Дмитро Лубінець"),
    ],
)
def test_a_post_signed_on_its_last_line_is_in_its_authors_voice(text, expected):
    post = "Вночі ворог атакував Дніпро дронами, загинули двоє людей.\n" + text + "\n"
    found = extract(post, PUBLISHED, "uk")
    assert [expected] == [n for i in found.incidents for n in i.facts.reported_by]


def test_a_last_line_that_is_a_sentence_is_no_signature():
    post = "Вночі ворог атакував Дніпро дронами.\nЗагинули двоє людей, ще п'ятеро поранені."
    assert not extract(post, PUBLISHED, "uk").incidents[0].facts.reported_by


@pytest.mark.parametrize("word", ["Серед", "Після", "Під"])
def test_a_preposition_opening_a_sentence_is_no_village(word):
    assert not doc(f"{word} загиблих є дитина.").of_kind("place")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("На Нікопольщині через артобстріл постраждав чоловік.", "Nikopol"),
        ("Окупанти обстріляли Куп'янщину, загинула жінка.", "Kupiansk"),
        ("Ворог атакував Павлоградщину дронами.", "Pavlohrad"),
    ],
)
def test_a_towns_area_is_placed_at_the_town(text, expected):
    assert expected in [m.value.name for m in doc(text).of_kind("place")]


def test_an_oblasts_noun_stays_the_oblast():
    found = doc("На Херсонщині загинув чоловік.")
    assert not found.of_kind("place")
    assert [m.value.admin1 for m in found.of_kind("region")] == ["Kherson Oblast"]


@pytest.mark.parametrize(
    "text",
    [
        "Минулого тижня росіяни вивезли з Олешківського району до Ростовської області 23 дитини.",
        "У березні окупанти вивезли 15 дітей з Каховки до Криму.",
        "12 лютого з Олешок до Краснодарського краю вивезли 9 дітей.",
    ],
)
def test_children_taken_on_a_day_week_or_month_are_an_incident_at_home_not_the_destination(text):
    found = extract(text, PUBLISHED, "uk")
    assert [i.facts.violations[0] for i in found.incidents] == ["deportation_transfer"]
    assert found.incidents[0].facts.location is None or found.incidents[0].facts.location.country == "UA"


def test_children_deported_since_the_invasion_are_a_tally():
    found = extract("З початку вторгнення росія депортувала 19 тисяч дітей.", PUBLISHED, "uk")
    assert not found.incidents
    assert found.statistics


@pytest.mark.parametrize(
    "text",
    [
        "Вчора російський дрон влучив в автобус у Білопіллі, загинули п'ятеро пасажирів.",
        "Російська ракета зруйнувала будинок у Дніпрі, загинула жінка.",
        "Внаслідок російського удару по Херсону поранено двох людей.",
    ],
)
def test_a_russian_weapon_names_the_side_that_struck(text):
    assert extract(text, PUBLISHED, "uk").incidents[0].facts.perpetrator.party == "RU"


@pytest.mark.parametrize(
    "text, category",
    [
        ("Окупант зґвалтував мешканку села Богданівка.", "civilian"),
        ("Бійці знайшли біля Торецька тіло побратима зі слідами наруги.", "combatant"),
    ],
)
def test_one_person_named_in_the_singular_is_a_victim_of_their_kind(text, category):
    found = doc(text)
    assert category in [m.value for m in found.of_kind("victim")]
    assert [m.value.min for m in found.of_kind("count")] == [1]


@pytest.mark.parametrize(
    "text",
    [
        "Слідчі мають дані про страту 40 полонених на полі бою.",
        "Ми маємо інформацію про розстріл щонайменше 25 українських військових.",
        "Прокурори мають відомості про загибель 12 бійців у полоні.",
    ],
)
def test_what_investigators_know_of_is_a_tally(text):
    found = extract(text, PUBLISHED, "uk")
    assert not found.incidents
    assert [s.facts.measure for s in found.statistics] == ["killed"]


def test_cases_of_executions_in_a_year_are_no_incident():
    found = extract("Більшість випадків страт полонених зафіксовано у 2024 році.", PUBLISHED, "uk")
    assert not found.incidents


def test_an_investigation_on_the_fact_of_one_execution_is_that_execution():
    text = "Прокурори розпочали розслідування за фактом розстрілу трьох полонених біля Покровська 5 березня."
    assert extract(text, PUBLISHED, "uk").incidents


@pytest.mark.parametrize(
    "text, expected",
    [
        ("За рік вдалося повернення 1200 військових та 150 цивільних з полону.", {1200, 150}),
        ("Упродовж року відбулося десять обмінів, повернуто 900 захисників.", {900}),
    ],
)
def test_people_returned_are_released_and_exchanges_are_no_people(text, expected):
    found = extract(text, PUBLISHED, "uk")
    assert {s.facts.value for s in found.statistics if s.facts.measure == "released"} == expected
