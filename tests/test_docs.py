"""The README tells the truth: every command and every setting the code reads is documented there."""

from __future__ import annotations

import re
from pathlib import Path

import typer.main

from warcrimes.cli import _register, app

ROOT = Path(__file__).resolve().parents[1]


def command_names() -> set[str]:
    _register()
    group = typer.main.get_command(app)
    return set(group.commands)  # type: ignore[attr-defined]


def test_every_top_level_command_appears_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = {name for name in command_names() if f"warcrimes {name}" not in readme}
    assert not missing, f"README.md does not mention: {sorted(missing)}"


def test_every_environment_setting_the_code_reads_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    read = set()
    for path in [*(ROOT / "src").rglob("*.py"), *(ROOT / "bench").rglob("*.py"), *(ROOT / "tests").rglob("*.py")]:
        read |= set(re.findall(r"WARCRIMES_[A-Z_]+", path.read_text(encoding="utf-8")))
    missing = {name for name in read if name not in readme}
    assert not missing, f"README.md does not document: {sorted(missing)}"
