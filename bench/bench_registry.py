"""Registry matching: a 10,000-row list against 100,000 persons (target: under 2 minutes), name search.

The population is synthetic and made here (no real names list is used): family names from stems,
infixes and suffixes drawn with a skew (the commonest stem covers about 6% of persons, more than
any real Ukrainian surname family, so blocks here are larger than a real registry's), given names
from the registry's uk/ru groups, birth dates 1960-2004. 3,000 list rows are spellings of registry
persons made by two of: KMU Latin, Russian letters, a typo, no patronymic, a year-only or a
day/month-swapped birth date; 7,000 are new. Recall is the share of those 3,000 whose true person
is among the row's candidates (the variants are of kinds the blocks were designed for).
"""

from __future__ import annotations

import json
import random
import time
from importlib import resources

from warcrimes.registry.blocking import profile
from warcrimes.registry.matching import MatchIndex
from warcrimes.registry.records import PartialDate, Person, PersonName
from warcrimes.registry.transliteration import ukrainian_to_latin

PERSONS = 100_000
ROWS = 10_000
VARIANTS = 3_000
SEARCHES = 500

STEMS = (
    "Коваль", "Шевч", "Бондар", "Ткач", "Кравч", "Мельн", "Олійн", "Гонч", "Сав", "Руд", "Марч", "Лис", "Бойк",
    "Лев", "Петр", "Павл", "Поліщ", "Мороз", "Гриц", "Сидор", "Кузьм", "Вовк", "Тимош", "Назар", "Дяч",
    "Федор", "Карп", "Лук", "Мартин", "Гаврил", "Остап", "Панас", "Стас", "Кир", "Климч", "Семен", "Яковл",
    "Гнат", "Бабич", "Білоус", "Вакул", "Гайд", "Дорош", "Жук", "Зінч", "Іващ", "Костюк", "Литвин", "Мирон",
    "Нестер", "Онищ", "Приход", "Ребр", "Симон", "Тарас", "Устим", "Харч", "Цибул", "Чорн", "Шаповал", "Щерб",
    "Юрч", "Ярем", "Антон", "Бережн", "Власюк", "Голуб", "Демч", "Єрем", "Заїч", "Ковт", "Ляшк", "Мацк",
    "Новак", "Опанас", "Пилип", "Романч", "Сахн", "Тесл", "Фес", "Ходак", "Шульг", "Дудн", "Гордій", "Кушн",
    "Сердюк", "Пономар",
)
INFIXES = ("", "", "", "ар", "ен", "ов", "ич", "ан", "ин", "ул", "ес", "от")
SUFFIXES = ("енко", "ук", "чук", "ик", "ець", "ко", "ишин", "ів", "ов", "ський", "юк", "ан", "ай", "ило", "ега")
FATHERS = (("Олександр", "Олександрович", "Олександрівна"), ("Микола", "Миколайович", "Миколаївна"),
           ("Іван", "Іванович", "Іванівна"), ("Петро", "Петрович", "Петрівна"), ("Сергій", "Сергійович", "Сергіївна"),
           ("Василь", "Васильович", "Василівна"), ("Володимир", "Володимирович", "Володимирівна"),
           ("Андрій", "Андрійович", "Андріївна"), ("Юрій", "Юрійович", "Юріївна"),
           ("Віктор", "Вікторович", "Вікторівна"),
           ("Михайло", "Михайлович", "Михайлівна"), ("Анатолій", "Анатолійович", "Анатоліївна"))
RUSSIAN_LETTERS = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г", "'": ""})


def _given_names() -> tuple[list[list[str]], list[list[str]]]:
    path = resources.files("warcrimes.registry") / "data" / "given_names.json"
    groups = json.loads(path.read_text(encoding="utf-8"))["groups"]
    cyrillic = [[f for f in g["forms"] if "\u0400" <= f[0] <= "\u04ff"] for g in groups]
    male = [c for c, g in zip(cyrillic, groups, strict=True) if g["sex"] == "male"]
    female = [c for c, g in zip(cyrillic, groups, strict=True) if g["sex"] == "female"]
    return male, female


def population(rng: random.Random, count: int) -> list[Person]:
    male, female = _given_names()
    stem_weights = [1 / (rank + 1) ** 0.5 for rank in range(len(STEMS))]
    given_weights = [1 / (rank + 1) ** 0.7 for rank in range(max(len(male), len(female)))]
    people = []
    for _ in range(count):
        sex = rng.choice(("male", "female"))
        names = male if sex == "male" else female
        given = rng.choices(names, given_weights[: len(names)])[0][0]
        stem = rng.choices(STEMS, stem_weights)[0]
        family = stem + rng.choice(INFIXES) + rng.choice(SUFFIXES)
        father = rng.choice(FATHERS)
        patronymic = father[1] if sex == "male" else father[2]
        born = PartialDate(rng.randint(1960, 2004), rng.randint(1, 12), rng.randint(1, 28))
        people.append(Person(name_uk=PersonName(family, given, patronymic), sex=sex, birth_date=born,
                             category=rng.choice(("military", "military", "civilian"))))  # type: ignore[arg-type]
    return people


def _typo(rng: random.Random, word: str) -> str:
    at = rng.randrange(1, len(word) - 1)
    return rng.choice((word[:at] + word[at + 1:], word[:at] + word[at + 1] + word[at] + word[at + 2:]))


def variant(rng: random.Random, person: Person) -> Person:
    """Another list's spelling of the same person: one or two of the changes lists make."""
    assert person.name_uk is not None and person.birth_date is not None
    family, given, patronymic = person.name_uk.family, person.name_uk.given, person.name_uk.patronymic
    born: PartialDate | None = person.birth_date
    for change in rng.sample(("latin", "russian", "typo", "no_patronymic", "year_only", "swap"), 2):
        if change == "latin":
            family, given, patronymic = (ukrainian_to_latin(p) for p in (family, given, patronymic))
        elif change == "russian" and "\u0400" <= family[0] <= "\u04ff":
            family, patronymic = family.translate(RUSSIAN_LETTERS), patronymic.translate(RUSSIAN_LETTERS)
        elif change == "typo":
            family = _typo(rng, family)
        elif change == "no_patronymic":
            patronymic = ""
        elif change == "year_only" and born is not None:
            born = PartialDate(born.year)
        elif change == "swap" and born is not None and born.day is not None and born.day <= 12:
            born = PartialDate(born.year, born.day, born.month)
    return Person(name_uk=PersonName(family, given, patronymic), birth_date=born, category=person.category)


def run() -> list[tuple[str, str]]:
    rng = random.Random(20240215)
    started = time.perf_counter()
    registry = population(rng, PERSONS)
    made = time.perf_counter() - started

    started = time.perf_counter()
    profiles = [profile(f"p{n}", p) for n, p in enumerate(registry)]
    index = MatchIndex(profiles)
    indexed = time.perf_counter() - started

    truth = {}
    rows = []
    for n in range(ROWS):
        if n < VARIANTS:
            target = rng.randrange(PERSONS)
            truth[f"row:{n}"] = f"p{target}"
            rows.append(profile(f"row:{n}", variant(rng, registry[target])))
        else:
            rows.append(profile(f"row:{n}", population(rng, 1)[0]))

    started = time.perf_counter()
    found: dict[str, list[str]] = {}
    pairs = 0
    for row in rows:
        candidates = index.candidates(row)
        pairs += len(candidates)
        found[row.ref] = [c.right for c in candidates]
    matched = time.perf_counter() - started
    recall = sum(1 for ref, true in truth.items() if true in found[ref]) / len(truth)
    new_with_candidates = sum(1 for ref, hits in found.items() if ref not in truth and hits)

    latencies = []
    for n in rng.sample(range(PERSONS), SEARCHES):
        person = registry[n]
        assert person.name_uk is not None
        query = Person(name_latin=PersonName(*(ukrainian_to_latin(p) for p in
                                                (person.name_uk.family, person.name_uk.given))))
        started = time.perf_counter()
        index.search(profile("query", query))
        latencies.append(time.perf_counter() - started)
    latencies.sort()
    sizes = index.block_sizes()

    return [
        ("synthetic persons / list rows (true variants)", f"{PERSONS:,} / {ROWS:,} ({VARIANTS:,})"),
        ("make the population", f"{made:.1f} s"),
        ("profile + index 100,000 persons", f"{indexed:.1f} s"),
        ("match 10,000 rows against 100,000 (target < 120 s)", f"{matched:.1f} s"),
        ("candidate pairs at score >= 0.75 (at most 5 a row)", f"{pairs:,}"),
        ("recall: true person among a variant row's candidates", f"{recall:.1%}"),
        ("new rows with some candidate (namesakes)", f"{new_with_candidates:,} of {ROWS - VARIANTS:,}"),
        ("blocks / largest / median size", f"{len(sizes):,} / {sizes[0]:,} / {sizes[len(sizes) // 2]:,}"),
        ("name search (Latin family + given) p50 / p95", f"{latencies[len(latencies) // 2] * 1000:.1f} ms / "
                                                          f"{latencies[int(len(latencies) * 0.95)] * 1000:.1f} ms"),
    ]
