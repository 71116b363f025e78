"""The sample reports in examples/: each is listed, marked fictional, and has a complete sidecar."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
REPORTS = sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".html"))


def test_there_are_at_least_seven_examples_including_an_html_page() -> None:
    assert len(REPORTS) >= 7
    assert any(p.suffix == ".html" for p in REPORTS)


@pytest.mark.parametrize("report", REPORTS, ids=lambda p: p.name)
def test_each_example_has_a_complete_sidecar_marked_fictional(report: Path) -> None:
    sidecar = json.loads(report.with_name(f"{report.stem}.meta.json").read_text(encoding="utf-8"))
    assert set(sidecar) >= {"published", "publisher", "url", "language"}
    dt.date.fromisoformat(sidecar["published"])
    assert "fictional" in sidecar["publisher"]
    assert sidecar["url"].startswith("https://example.org/")
    assert sidecar["language"] == "en"


@pytest.mark.parametrize("report", REPORTS, ids=lambda p: p.name)
def test_each_example_is_described_in_the_readme(report: Path) -> None:
    assert f"`{report.name}`" in (EXAMPLES / "README.md").read_text(encoding="utf-8")
