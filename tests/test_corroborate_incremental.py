"""An incident's summary made incrementally at each join (refresh.Summing) equals the summary of all its accounts."""

from __future__ import annotations

import datetime as dt
import random

from warcrimes.corroborate.counts import Counts
from warcrimes.corroborate.refresh import Summing
from warcrimes.corroborate.sources import AccountView, independent_sources
from warcrimes.corroborate.summary import combine
from warcrimes.domain.facts import DateInterval, IncidentFacts, Location, Perpetrator, Victims

NAMES = ["Kherson", "Херсон", "Kharkiv", "Sumy", None, ""]


def _facts(rng: random.Random) -> IncidentFacts:
    day = dt.date(2024, 3, 1) + dt.timedelta(rng.randint(0, 4))
    return IncidentFacts(
        violations=tuple(rng.sample(["a", "b", "c", "d"], rng.randint(0, 3))),
        date=rng.choice([None, DateInterval(day, day + dt.timedelta(rng.randint(0, 3)))]),
        reported_on=rng.choice([None, day]),
        location=rng.choice([None, Location(name=rng.choice(NAMES), admin1=rng.choice([None, "A", "B"]),
                                            country=rng.choice([None, "UA"]), lat=rng.choice([None, 1.0, 2.0]),
                                            lon=rng.choice([None, 3.0]), admin2=rng.choice([None, "x"]),
                                            precision=rng.choice([None, "settlement"]),
                                            homonyms=rng.choice([0, 0, 2]))]),
        victims=Victims(rng.choice(["unknown", "mixed", "civilian"]), None, None, rng.choice([None, 1, 5]),
                        rng.choice([None, 0, 3])),
        perpetrator=Perpetrator(rng.choice(["unknown", "russia"]), rng.choice([None, "u1", "u2"])),
        reported_by=tuple(rng.sample(["Dmytro Lubinets", "Lubinets", "police", "Police "], rng.randint(0, 2))),
        evidence=tuple(rng.sample(["photo", "Photo", "video"], rng.randint(0, 2))))


def test_accounts_added_a_few_at_a_time_summarise_as_all_at_once() -> None:
    rng = random.Random(7)
    counts = Counts(best=3, high=4)
    for _ in range(300):
        views = [AccountView(i, rng.randint(1, 8), _facts(rng), rng.choice([None, "Pub", "pub ", "Other"]), None,
                             rng.choice([None, 1, 2])) for i in range(rng.randint(1, 12))]
        summing: Summing | None = None
        for end in sorted({rng.randint(1, len(views)) for _ in range(3)} | {len(views)}):
            summing = Summing.of(views[:end], summing)
            assert summing.grouping.sources() == independent_sources(views[:end])
            assert summing.combined.facts(counts) == combine(views[:end], counts)


def test_other_views_are_summarised_again() -> None:
    rng = random.Random(3)
    views = [AccountView(i, i, _facts(rng), "Pub") for i in range(4)]
    before = Summing.of(views[:3], None)
    other = [AccountView(9, 9, _facts(rng), "Other"), *views[1:]]
    again = Summing.of(other, before)
    assert again is not before and again.grouping.sources() == independent_sources(other)
