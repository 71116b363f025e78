"""The whole extraction pipeline on hostile input: contract-valid output, time linear in the size."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from warcrimes.domain.contract import contract_problems
from warcrimes.extract import extract

PUBLISHED = dt.date(2024, 2, 25)


def hostile(size: int) -> str:
    """Report-shaped noise: digit runs, stacked qualifiers, no whitespace, mixed scripts, many places."""
    block = (
        "9" * 4000 + " " + "at least " * 400 + "more than 1,000, " * 200 + "Feb.24-" * 300
        + "\u0432\u0456\u0439\u043d\u0430\u6218\u4e89\u062d\u0631\u0628" * 80 + " "
        + "Russian troops killed seven POWs near Bakhmut in Donetsk Oblast on Feb. 24, Lubinets said. " * 40
        + "Robotyne Avdiivka Kherson Stepove " * 100 + "shelling tortured executed " * 100
        + "y" * 3000 + " " + "the night of " * 150 + "between 1 and " * 150 + "\n"
    )
    return (block * (size // len(block) + 1))[:size]


def best_seconds(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        began = time.perf_counter()
        extract(text, PUBLISHED, "en")
        best = min(best, time.perf_counter() - began)
    return best


def test_hostile_input_gives_contract_valid_output() -> None:
    assert contract_problems(extract(hostile(300_000), PUBLISHED, "en").to_contract()) == []


@pytest.mark.slow
def test_five_megabytes_of_hostile_input_complete_in_time_linear_in_their_size() -> None:
    one, four = best_seconds(hostile(1 << 20)), best_seconds(hostile(4 << 20))
    assert four / one < 8, f"1 MiB took {one:.2f} s, 4 MiB {four:.2f} s"
    assert contract_problems(extract(hostile(5 << 20), PUBLISHED, "en").to_contract()) == []


def one_line(size: int) -> str:
    """The same noise with no line break at all: one 'line' of megabytes, as a stripped web page can be."""
    return hostile(size).replace("\n", " ")


@pytest.mark.slow
def test_a_five_megabyte_one_line_text_completes_in_time_linear_in_its_size() -> None:
    began = time.perf_counter()
    extract(one_line(1 << 20), PUBLISHED, "en")
    one = time.perf_counter() - began
    began = time.perf_counter()
    result = extract(one_line(5 << 20), PUBLISHED, "en")
    five = time.perf_counter() - began
    assert five / one < 10, f"1 MiB on one line took {one:.2f} s, 5 MiB {five:.2f} s"
    assert contract_problems(result.to_contract()) == []
