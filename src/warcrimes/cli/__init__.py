"""The command line: thin Typer commands over the library, one error renderer at the edge."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

import typer

from warcrimes.errors import WarcrimesError

app = typer.Typer(no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
                  help="Turn reports of alleged war crimes into reviewable, verifiable evidence.")

#: Exit code of a usage mistake (unknown option, bad value, missing argument), as click and POSIX tools use.
USAGE_EXIT = 2
#: Exit code of a failure that is a bug of ours, not the user's (sysexits.h EX_SOFTWARE).
INTERNAL_EXIT = 70
SHORT_USAGE = "Usage: warcrimes [OPTIONS] COMMAND [ARGS]...\nTry 'warcrimes --help' for help.\n"


def _show_version(value: bool) -> None:
    if value:
        from warcrimes import __version__

        typer.echo(f"warcrimes {__version__}")
        raise typer.Exit(0)


@app.callback()
def _options(
    version: bool = typer.Option(False, "--version", is_eager=True, callback=_show_version,
                                 help="Print the version and exit."),
) -> None:
    """Turn reports of alleged war crimes into reviewable, verifiable evidence."""


def _register() -> None:
    """Each module adds its commands to `app`; the list is the whole CLI."""
    from warcrimes.cli import (  # noqa: F401
        backup_commands,
        corroboration_commands,
        db_commands,
        edit_commands,
        evidence_commands,
        extract_commands,
        incident_commands,
        ingest_commands,
        log_commands,
        output_commands,
        registry_commands,
        registry_link_commands,
        report_commands,
        serve_commands,
        user_commands,
        verify_commands,
    )


def _usage_errors() -> tuple[type[BaseException], ...]:
    """The classes a usage mistake arrives as: typer >= 0.29 raises its vendored click's (all under
    typer.TyperException); older typer and click itself raise click.ClickException."""
    classes: list[type[BaseException]] = [typer.TyperException]
    try:
        import click
    except ImportError:  # typer 0.29 no longer needs click installed
        return tuple(classes)
    classes.append(click.ClickException)
    return tuple(classes)


def _exits() -> tuple[type[BaseException], ...]:
    classes: list[type[BaseException]] = [typer.Exit]
    try:
        import click
    except ImportError:
        return tuple(classes)
    classes.append(click.exceptions.Exit)
    return tuple(classes)


def _aborts() -> tuple[type[BaseException], ...]:
    classes: list[type[BaseException]] = [typer.Abort]
    try:
        import click
    except ImportError:
        return tuple(classes)
    classes.append(click.exceptions.Abort)
    return tuple(classes)


def run(argv: Sequence[str] | None = None) -> int:
    """Run one command and give its exit code; every failure becomes lines on stderr, never a traceback.

    Domain errors print `error: <sentence>`; usage mistakes print typer's usage line and the mistake
    (exit 2); an unexpected exception prints one line naming it (exit 70), with the traceback only
    when WARCRIMES_DEBUG=1 asks for it.
    """
    _register()
    args = sys.argv[1:] if argv is None else list(argv)
    if not args:  # bare `warcrimes`: a usage mistake like any other, not a page of help on stdout
        typer.echo(f"{SHORT_USAGE}\nError: Missing command.", err=True)
        return USAGE_EXIT
    try:
        code = app(args=args, prog_name="warcrimes", standalone_mode=False)
    except WarcrimesError as exc:
        typer.echo(f"error: {exc}", err=True)
        return exc.exit_code
    except _exits() as exc:
        return int(getattr(exc, "exit_code", 0) or 0)
    except _aborts():
        typer.echo("aborted", err=True)
        return 130
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        return 130
    except _usage_errors() as exc:
        _show_usage_error(exc)
        return int(getattr(exc, "exit_code", USAGE_EXIT) or USAGE_EXIT)
    except BrokenPipeError:  # `warcrimes incidents | head`: the reader has gone, nothing to say
        _silence_stdout()
        return 1
    except Exception as exc:
        if os.environ.get("WARCRIMES_DEBUG") == "1":
            raise
        typer.echo(f"error: internal error ({type(exc).__name__}: {_one_line(exc)}); this is a bug in "
                   "warcrimes, please report it with the command you ran (WARCRIMES_DEBUG=1 shows the "
                   "traceback)", err=True)
        return INTERNAL_EXIT
    return code if isinstance(code, int) else 0


def _show_usage_error(exc: BaseException) -> None:
    """Typer's own rendering (usage, hint, `Error: ...`); a usage line first where it has no context."""
    show = getattr(exc, "show", None)
    if getattr(exc, "ctx", None) is None:
        typer.echo(SHORT_USAGE, err=True)
    if callable(show):
        show()
    else:
        message = getattr(exc, "message", None) or str(exc)
        typer.echo(f"Error: {_one_line(message)}", err=True)


def _one_line(exc: object) -> str:
    text = " ".join(str(exc).split())
    return text[:300] + ("..." if len(text) > 300 else "")


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main() -> None:
    """Entry point: the exit code of `run`; a command that wrote leaves a checkpoint behind it
    (services/sealing.py)."""
    from warcrimes.services.sealing import enable_at_exit

    enable_at_exit()
    sys.exit(run())
