"""Names a report may give for a victim: runs of two or three capitalised words, read every way a
name is written (family given patronymic; given family; given patronymic family).

This finds candidates only; whether one is a registry person is decided by the blind index and
the matcher (services/registry_links.py), so a run that is no name ("Russian Armed Forces")
simply finds nobody. Words are split on whitespace and punctuation by a loop, not a pattern.
"""

from __future__ import annotations

from collections.abc import Iterator

from warcrimes.registry.records import Person, PersonName

NAME_PUNCTUATION = frozenset("'’ʼ-")
MAX_WINDOWS = 2000  # a long report's runs of capitalised words stay far below this


def _words(text: str) -> Iterator[tuple[str, bool]]:
    """(word, ends a clause) for every run of letters, apostrophes and hyphens."""
    current: list[str] = []
    for char in text + " ":
        if char.isalpha() or (current and char in NAME_PUNCTUATION):
            current.append(char)
            continue
        if current:
            yield "".join(current).strip("".join(NAME_PUNCTUATION)), char in ".,;:!?()«»\"“”"
            current = []


def _name_like(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and letters[0].isupper() and all(c.islower() for c in letters[1:])


def name_windows(text: str) -> list[tuple[str, ...]]:
    """Runs of two or three capitalised words not broken by punctuation, each at most once."""
    found: dict[tuple[str, ...], None] = {}
    run: list[str] = []

    def flush() -> None:
        for size in (3, 2):
            for start in range(len(run) - size + 1):
                found.setdefault(tuple(run[start:start + size]), None)

    for word, ends in _words(text):
        if _name_like(word):
            run.append(word)
        else:
            flush()
            run = []
        if ends:
            flush()
            run = []
        if len(found) >= MAX_WINDOWS:
            break
    flush()
    return list(found)[:MAX_WINDOWS]


def readings(window: tuple[str, ...]) -> list[Person]:
    """The ways a run of words may be a name, as persons to look up (Latin and Cyrillic alike)."""
    if len(window) == 2:
        first, second = window
        names = [PersonName(first, second), PersonName(second, first)]
    else:
        a, b, c = window
        names = [PersonName(a, b, c), PersonName(c, a, b)]
    return [Person(other_spellings=(name,)) for name in names]
