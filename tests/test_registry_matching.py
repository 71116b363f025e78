"""Matching people across lists: candidate pairs with a score and reasons; never a merge."""

from __future__ import annotations

from warcrimes.registry.blocking import profile
from warcrimes.registry.matching import MatchIndex, compare, match_rows
from warcrimes.registry.records import MilitaryService, PartialDate, Person, PersonName

BORN = PartialDate(1991, 4, 12)


def person(family: str, given: str = "", patronymic: str = "", born: PartialDate | None = BORN,
           **extra: object) -> Person:
    name = PersonName(family, given, patronymic)
    cyrillic = any("\u0400" <= c <= "\u04ff" for c in family + given)
    return Person(name_uk=name if cyrillic else None, name_latin=None if cyrillic else name,
                  birth_date=born, **extra)  # type: ignore[arg-type]


def verdicts(a: Person, b: Person) -> dict[str, str]:
    return {r.field: r.verdict for r in compare(profile("a", a), profile("b", b)).reasons}


def test_the_same_name_in_ukrainian_and_latin_scores_high_and_says_after_transliteration() -> None:
    found = compare(profile("row:2", person("Гордієнко", "Олександр", "Петрович")),
                    profile("p1", person("Hordiienko", "Oleksandr", "Petrovych")))
    assert found.score >= 0.95
    reasons = {r.field: r.verdict for r in found.reasons}
    assert reasons == {"family_name": "same_after_transliteration", "given_name": "same_after_transliteration",
                       "patronymic": "same_after_transliteration", "birth_date": "same"}


def test_the_russian_form_of_a_given_name_counts_as_the_same_name() -> None:
    reasons = verdicts(person("Коваленко", "Микола", "Іванович"), person("Коваленко", "Николай", "Иванович"))
    assert reasons["given_name"] == "same_name_in_other_language"


def test_a_missing_patronymic_does_not_lower_the_score() -> None:
    full = compare(profile("a", person("Мельник", "Іван", "Петрович")), profile("b", person("Мельник", "Іван")))
    assert full.score == 1.0
    assert {r.field: r.verdict for r in full.reasons}["patronymic"] == "missing_on_one_side"


def test_a_typo_in_the_family_name_is_a_candidate_with_its_distance() -> None:
    found = compare(profile("a", person("Шевченко", "Тарас")), profile("b", person("Шевчнеко", "Тарас")))
    family = next(r for r in found.reasons if r.field == "family_name")
    assert family.verdict == "typo" and family.detail == "2 letters differ"
    assert 0.75 <= found.score < 1.0


def test_a_conflicting_birth_year_demotes_a_namesake_below_the_threshold() -> None:
    found = compare(profile("a", person("Бондаренко", "Андрій", born=PartialDate(1978, 2, 3))),
                    profile("b", person("Бондаренко", "Андрій", born=PartialDate(1999, 11, 21))))
    assert {r.field: r.verdict for r in found.reasons}["birth_date"] == "conflict"
    assert found.score < 0.75


def test_day_and_month_swapped_and_a_partial_birth_date_are_told_apart() -> None:
    swapped = verdicts(person("Ткачук", "Олег", born=PartialDate(1990, 3, 7)),
                       person("Ткачук", "Олег", born=PartialDate(1990, 7, 3)))
    assert swapped["birth_date"] == "day_month_swapped"
    partial = verdicts(person("Ткачук", "Олег", born=PartialDate(1991)), person("Ткачук", "Олег"))
    assert partial["birth_date"] == "compatible"


def test_family_and_given_names_in_the_wrong_columns_are_recognised() -> None:
    reasons = verdicts(person("Тарас", "Шевченко"), person("Шевченко", "Тарас"))
    assert reasons["family_name"] == "swapped_with_given_name"


def test_a_conflicting_sex_or_service_number_lowers_the_score() -> None:
    base = compare(profile("a", person("Кравець", "Олена")), profile("b", person("Кравець", "Олена")))
    sexes = compare(profile("a", person("Кравець", "Олена", sex="female")),
                    profile("b", person("Кравець", "Олена", sex="male")))
    numbers = compare(profile("a", person("Кравець", "Олена", military=MilitaryService(service_number="A-1"))),
                      profile("b", person("Кравець", "Олена", military=MilitaryService(service_number="B-2"))))
    assert sexes.score < base.score and numbers.score < base.score


def test_reasons_carry_no_names() -> None:
    found = compare(profile("a", person("Шевченко", "Тарас")), profile("b", person("Shevchnko", "Taras")))
    text = repr(found)
    assert "Шевченко" not in text and "Shevch" not in text and "Taras" not in text


def test_the_index_finds_spelling_variants_and_typos_through_different_blocks() -> None:
    registry = [profile("p1", person("Шевченко", "Тарас", "Григорович")),
                profile("p2", person("Коваленко", "Олена", born=PartialDate(1985, 1, 30))),
                profile("p3", person("Мельник", "Іван"))]
    index = MatchIndex(registry)
    rows = [profile("row:2", person("Schewtschenko", "Taras")),  # German spelling: the phonetic block
            profile("row:3", person("Shevhenko", "Taras")),  # a consonant lost: the prefix block
            profile("row:4", person("Hovalenko", "Olena", born=PartialDate(1985, 1, 30))),  # first letter: date block
            profile("row:5", person("Петренко", "Василь"))]  # nobody
    found = {(c.left, c.right) for c in match_rows(rows, index)}
    assert found == {("row:2", "p1"), ("row:3", "p1"), ("row:4", "p2")}


def test_candidates_are_best_first_and_capped() -> None:
    index = MatchIndex([profile(f"p{n}", person("Мельник", "Іван", born=PartialDate(1990 + n % 3)))
                        for n in range(12)])
    found = index.candidates(profile("row:2", person("Мельник", "Іван", born=PartialDate(1990))), limit=5)
    assert len(found) == 5
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)
