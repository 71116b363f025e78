"""The command line: thin Typer commands over the library, one error renderer at the edge."""

from __future__ import annotations

import sys

import typer

from warcrimes.errors import WarcrimesError

app = typer.Typer(no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
                  help="Turn reports of alleged war crimes into reviewable, verifiable evidence.")


def _register() -> None:
    """Each module adds its commands to `app`; the list is the whole CLI."""
    from warcrimes.cli import (  # noqa: F401
        corroboration_commands,
        db_commands,
        edit_commands,
        evidence_commands,
        extract_commands,
        incident_commands,
        ingest_commands,
        log_commands,
        output_commands,
        report_commands,
        serve_commands,
        user_commands,
        verify_commands,
    )


def main() -> None:
    """Entry point: domain errors become one line on stderr and a non-zero exit code."""
    _register()
    try:
        code = app(standalone_mode=False)
    except WarcrimesError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except typer.Abort:
        typer.echo("aborted", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # click usage errors and the like
        import click

        if isinstance(exc, click.exceptions.Exit):
            sys.exit(exc.exit_code)
        # typer >= 0.29 raises usage errors of its own vendored click (typer.TyperException), not click's
        if isinstance(exc, click.ClickException | typer.TyperException) and hasattr(exc, "show"):
            exc.show()
            sys.exit(exc.exit_code)
        raise
    sys.exit(code if isinstance(code, int) else 0)
