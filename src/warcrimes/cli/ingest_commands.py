"""`warcrimes ingest PATH...`: store reports with what extraction finds in them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from warcrimes.cli import app
from warcrimes.config import current_actor

if TYPE_CHECKING:  # ingest pulls in the HTML reader and extraction: loaded inside the command
    from rich.console import Console

    from warcrimes.services.ingest import FileOutcome


@app.command("ingest")
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Report files or folders (.txt, .md, .html).")],
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD for all files.")] = None,
    publisher: Annotated[str | None, typer.Option(help="Publisher of the reports.")] = None,
    url: Annotated[str | None, typer.Option(help="Address the report was published at.")] = None,
    follow_symlinks: Annotated[bool, typer.Option(
        "--follow-symlinks", help="Read what symbolic links point to (in a folder: only inside it).")] = False,
) -> None:
    """Store each report (content-addressed, once), extract its incidents and statistics."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from warcrimes.ingest.metadata import ReportMetadata, parse_date
    from warcrimes.services.ingest import ingest_paths
    from warcrimes.store import open_store

    options = ReportMetadata(published=parse_date(published, "--published") if published else None,
                             publisher=publisher, url=url)
    err = Console(stderr=True)
    out = Console()
    with Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("ingest", total=None)

        def started(total: int) -> None:
            progress.update(task, total=total, visible=total >= 2)

        def done(result: FileOutcome) -> None:
            _show(result, out, err)
            progress.advance(task)

        summary = ingest_paths(open_store(), paths, options, actor=current_actor(), on_file=done,
                               on_start=started, follow_symlinks=follow_symlinks)
    out.print(f"{summary.count('stored')} stored, {summary.count('duplicate')} already stored, "
              f"{summary.count('failed')} failed", highlight=False)
    if summary.failed:
        raise typer.Exit(1)


def _show(result: FileOutcome, out: Console, err: Console) -> None:
    if result.status == "failed":
        err.print(f"error: {result.message}", highlight=False, markup=False, soft_wrap=True)
    else:
        out.print(f"{result.path}: {result.message}", highlight=False, markup=False, soft_wrap=True)
