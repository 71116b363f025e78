"""Usage mistakes at the one CLI edge: a usage line and one error line, exit 2, never a traceback.

Run against the installed typer (0.29 raises its vendored click's classes, not click's) both in
process with typer's CliRunner isolation and as a real subprocess.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warcrimes.cli import run

USAGE_MISTAKES = [
    pytest.param(["--bogus"], id="unknown-top-option"),
    pytest.param(["ingest", "--bogus", "x.txt"], id="unknown-command-option"),
    pytest.param(["ingest"], id="missing-argument"),
    pytest.param(["incidents", "--format", "yaml"], id="bad-choice"),
    pytest.param(["incident", "confirm", "abc"], id="not-a-number"),
    pytest.param(["incident", "confirm", "99999999999999999999999"], id="huge-number"),
    pytest.param(["no-such-command"], id="unknown-command"),
    pytest.param(["log", "nothing"], id="unknown-subcommand"),
    pytest.param(["ingest", "--published"], id="option-without-value"),
]


def run_in_process(args: list[str], home: Path) -> tuple[int, str, str]:
    with CliRunner().isolation(env={"WARCRIMES_HOME": str(home)}) as (out, err, _):
        code = run(args)
        sys.stdout.flush()
        sys.stderr.flush()
        return code, out.getvalue().decode(), err.getvalue().decode()


def run_subprocess(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WARCRIMES_")}
    env["WARCRIMES_HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "warcrimes", *args], capture_output=True, text=True, env=env,
                          timeout=120)


@pytest.mark.parametrize("args", USAGE_MISTAKES)
def test_a_usage_mistake_in_process_prints_usage_and_one_error_line_with_exit_2(args: list[str],
                                                                                 tmp_path: Path) -> None:
    code, out, err = run_in_process(args, tmp_path / "home")
    assert code == 2, (out, err)
    assert "Traceback" not in out + err
    assert "Usage: warcrimes" in err
    assert sum(1 for line in err.splitlines() if line.startswith("Error:")) == 1, err


@pytest.mark.parametrize("args", USAGE_MISTAKES)
def test_a_usage_mistake_as_a_real_process_prints_usage_and_exit_2(args: list[str], tmp_path: Path) -> None:
    done = run_subprocess(args, tmp_path / "home")
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert "Usage: warcrimes" in done.stderr
    assert "Error:" in done.stderr


def test_version_prints_the_version_and_exits_0(tmp_path: Path) -> None:
    from warcrimes import __version__

    done = run_subprocess(["--version"], tmp_path / "home")
    assert (done.returncode, done.stdout.strip()) == (0, f"warcrimes {__version__}")
    assert run_in_process(["--version"], tmp_path / "home")[0] == 0


def test_bare_warcrimes_shows_usage_on_stderr_with_exit_2(tmp_path: Path) -> None:
    done = run_subprocess([], tmp_path / "home")
    assert done.returncode == 2
    assert "Usage: warcrimes" in done.stderr and "Traceback" not in done.stderr


def test_a_typer_exception_without_show_is_one_line_not_a_traceback(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import typer

    import warcrimes.cli as cli

    def raise_bare(*_args: object, **_kwargs: object) -> None:
        raise typer.TyperException("something typer did not like")

    monkeypatch.setattr(cli, "app", raise_bare)
    code, out, err = run_in_process(["anything"], tmp_path / "home")
    assert code == 1 and "Traceback" not in err
    assert "something typer did not like" in err


def test_an_unexpected_exception_is_one_line_naming_it_with_exit_70(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import warcrimes.cli as cli

    def explode(*_args: object, **_kwargs: object) -> None:
        raise OverflowError("date value out of range")

    monkeypatch.setattr(cli, "app", explode)
    code, _, err = run_in_process(["anything"], tmp_path / "home")
    assert code == 70
    assert err.count("\n") == 1 and "OverflowError" in err and "Traceback" not in err


def test_an_unreadable_report_is_one_line_and_the_other_files_are_stored(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Russian forces shelled Kharkiv on 3 March 2024, killing two civilians, the governor said.\n")
    under_a_file = good / "inside.txt"  # a path through a file: ENOTDIR even for root
    done = run_subprocess(["ingest", "--published", "2024-03-04", str(under_a_file), str(good)], tmp_path / "home")
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert "1 stored" in done.stdout
    assert any(str(under_a_file) in line for line in done.stderr.splitlines())


def test_a_file_that_breaks_ingest_does_not_cost_the_next_file(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug on one file (here forced in extraction) is that file's one line; the batch goes on."""
    from warcrimes.config import load_settings
    from warcrimes.services import drafts
    from warcrimes.services import ingest as service
    from warcrimes.store import open_store

    real_extract = drafts.extract

    def breaks_on_poison(text: str, *args: object, **kwargs: object) -> object:
        if "poison" in text:
            raise OverflowError("date value out of range")
        return real_extract(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(drafts, "extract", breaks_on_poison)
    (tmp_path / "a.txt").write_text("This poison text breaks the program.\n")
    (tmp_path / "b.txt").write_text("Russian forces shelled Kharkiv on 3 March 2024, killing two civilians.\n")
    store = open_store(load_settings({"WARCRIMES_HOME": str(tmp_path / "home")}))
    import datetime as dt

    from warcrimes.ingest.metadata import ReportMetadata

    summary = service.ingest_paths(store, [tmp_path / "a.txt", tmp_path / "b.txt"],
                                   ReportMetadata(published=dt.date(2024, 3, 4)), actor="tester")
    assert [f.status for f in summary.files] == ["failed", "stored"]
    assert "internal error (OverflowError" in summary.files[0].message
