"""Start-up stays light: registering every command loads no web server, HTML reader, extraction
pipeline or database library; each loads inside the command that needs it (bench_cli measures)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("fastapi", "uvicorn", "starlette", "trafilatura", "datasketch", "numpy", "sqlalchemy", "alembic",
         "warcrimes.web", "warcrimes.extract", "warcrimes.ingest", "warcrimes.store", "warcrimes.custody",
         "warcrimes.corroborate", "warcrimes.gazetteer")


def _modules_after(code: str) -> set[str]:
    """Module names loaded by a fresh interpreter after running `code`."""
    probe = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(json.loads(done.stdout.splitlines()[-1]))  # the last line: help text may come first


@pytest.fixture(scope="module")
def registered() -> set[str]:
    return _modules_after("import warcrimes.cli\nwarcrimes.cli._register()")


@pytest.mark.parametrize("heavy", HEAVY)
def test_registering_every_command_does_not_import(registered: set[str], heavy: str) -> None:
    assert heavy not in registered


def test_registering_loads_every_command_module(registered: set[str]) -> None:
    assert {"warcrimes.cli.evidence_commands", "warcrimes.cli.serve_commands",
            "warcrimes.cli.extract_commands", "warcrimes.cli.ingest_commands"} <= registered


def test_help_lists_commands_without_loading_the_web_or_extraction() -> None:
    loaded = _modules_after("import sys\nsys.argv = ['warcrimes', '--help']\nfrom warcrimes.cli import main\n"
                            "try:\n    main()\nexcept SystemExit:\n    pass")
    assert not {"fastapi", "trafilatura", "sqlalchemy", "warcrimes.extract"} & loaded
