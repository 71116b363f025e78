"""Words per second of the date and number grammars over generated news-style text, on one core.

The sentence templates are written for this benchmark: a mix of dated, counted and plain
sentences roughly as dense in dates and numbers as wire reports on the war.
"""

from __future__ import annotations

import datetime as dt
import random
import time

from warcrimes.extract.engine.document import Document
from warcrimes.extract.steps.dates import dates
from warcrimes.extract.steps.numbers import numbers

PUBLISHED = dt.date(2024, 2, 25)
_TEMPLATES = [
    "Russian forces shelled {place} on {date}, killing {count} civilians, the regional governor said.",
    "The ombudsman wrote on Telegram on {date} that {count} prisoners of war had been returned.",
    "{Count} Ukrainian soldiers who surrendered were shot near {place} {relative}, prosecutors reported.",
    "According to the mission, {count} detainees described beatings in the colony between {range}.",
    "Investigators exhumed the bodies {relative} and opened a criminal case under article 438.",
    "The strike hit a residential building at 10:30, wounding {count} people, including {small} children.",
    "Witnesses said the men were taken from their homes in {month} and have not been seen since.",
    "Around {pct}% of released prisoners reported torture, the monitors said in a statement.",
    "The 110th Brigade said the wounded soldiers were promised evacuation but were killed instead.",
    "Local officials said the village had no electricity or water for most of the winter.",
]
_PLACES = ["Bakhmut", "Avdiivka", "Robotyne", "Kherson", "Izium", "Bucha", "Mariupol", "Kupiansk"]
_DATES = ["Feb. 24", "24 February 2024", "February 18, 2024", "Monday", "Dec. 28", "2024-02-19"]
_RELATIVE = [
    "last week",
    "yesterday",
    "overnight",
    "two days ago",
    "earlier this month",
    "on the night of Feb. 18",
]
_RANGES = ["March 1 and March 5", "Feb. 18 and 20", "18 and 20 February"]
_COUNTS = [
    "at least seven",
    "28,000",
    "3 135",
    "more than 100",
    "dozens of",
    "twenty-one",
    "between 10 and 12",
    "five of the six",
    "about 40",
    "up to 15",
]
_MONTHS = ["early February", "mid-March", "late 2022", "February 2022", "the summer of 2022"]


def generated_text(size: int, seed: int = 7) -> str:
    """News-like text of at least `size` characters, reproducible from `seed`."""
    pick = random.Random(seed).choice
    parts, length = [], 0
    while length < size:
        count = pick(_COUNTS)
        sentence = pick(_TEMPLATES).format(
            place=pick(_PLACES),
            date=pick(_DATES),
            relative=pick(_RELATIVE),
            range=pick(_RANGES),
            count=count,
            Count=count[:1].upper() + count[1:],
            small=pick(["two", "3", "several"]),
            month=pick(_MONTHS),
            pct=pick(["90", "12.5", "40"]),
        )
        parts.append(sentence)
        length += len(sentence) + 1
    return " ".join(parts)


def _best(run, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - began)
    return best


def run() -> list[tuple[str, str]]:
    text = generated_text(1 << 20)
    words = len(text.split())

    def fresh() -> Document:
        return Document(text=text, published=PUBLISHED)

    def tokens_only() -> None:
        fresh().tokens  # noqa: B018 - tokenising is what is timed

    def both() -> None:
        doc = fresh()
        dates(doc)
        numbers(doc)

    tokenised = fresh()
    tokenised.tokens  # noqa: B018 - cached for the rows below

    def dates_only() -> None:
        dates(tokenised)
        tokenised.mentions.clear()

    def numbers_only() -> None:
        numbers(tokenised)
        tokenised.mentions.clear()

    doc = fresh()
    dates(doc)
    numbers(doc)
    rows = [
        ("text", f"{len(text) / 1e6:.2f} MB, {words:,} words"),
        ("mentions", f"{len(doc.of_kind('date')):,} dates, {len(doc.of_kind('count')):,} counts"),
    ]
    for label, fn in [
        ("tokenise", tokens_only),
        ("dates (tokens cached)", dates_only),
        ("numbers (tokens cached)", numbers_only),
        ("dates + numbers + tokenise", both),
    ]:
        seconds = _best(fn)
        rows.append((label, f"{words / seconds:,.0f} words/s ({seconds * 1000:.0f} ms)"))
    return rows


if __name__ == "__main__":
    for label, figure in run():
        print(f"{label:<28} {figure}")
