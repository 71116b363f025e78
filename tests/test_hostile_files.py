"""Hostile files through the real `ingest`: a one-line text and deeply nested pages end with a clear
outcome. Doubling the size must not blow up; the timeout is a hang guard, never a speed assertion
(bench/bench_hostile.py prints the figures)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_fixtures import no_traceback, warcrimes
from hostile_fixtures import deep_html, nested_html, one_line_text

#: Generous: the 5 MB files take minutes on a loaded two-core machine; a hang never ends.
HANG_GUARD_S = 1800


def ingest_one(tmp_path: Path, name: str, content: str, timeout: float = HANG_GUARD_S) -> tuple[int, str, str]:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    done = warcrimes(tmp_path / "home", "ingest", "--published", "2024-03-04", str(path), timeout=timeout)
    assert no_traceback(done), done.stderr
    return done.returncode, done.stdout, done.stderr


@pytest.mark.parametrize("size", [100_000, 200_000])
def test_a_one_line_text_is_stored_at_doubling_sizes(tmp_path: Path, size: int) -> None:
    code, out, _ = ingest_one(tmp_path, "line.txt", one_line_text(size), timeout=600)
    assert code == 0 and "1 stored" in out


@pytest.mark.parametrize("size", [100_000, 200_000])
def test_a_nested_page_is_stored_at_doubling_sizes(tmp_path: Path, size: int) -> None:
    code, out, _ = ingest_one(tmp_path, "page.html", nested_html(size), timeout=600)
    assert code == 0 and "1 stored" in out


def test_a_page_nested_past_the_parser_depth_limit_is_one_clear_line(tmp_path: Path) -> None:
    code, out, err = ingest_one(tmp_path, "deep.html", deep_html(1_000_000), timeout=600)
    assert code in (0, 1)
    assert "1 stored" in out or err.count("\n") == 1


@pytest.mark.slow
def test_a_five_megabyte_one_line_text_is_ingested_without_hanging(tmp_path: Path) -> None:
    code, out, _ = ingest_one(tmp_path, "line.txt", one_line_text(5_000_000))
    assert code == 0 and "1 stored" in out


@pytest.mark.slow
def test_a_four_point_seven_megabyte_nested_page_is_ingested_without_hanging(tmp_path: Path) -> None:
    code, out, _ = ingest_one(tmp_path, "page.html", nested_html(4_700_000))
    assert code == 0 and "1 stored" in out
