"""`warcrimes ingest PATH...`: store reports with what extraction finds in them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from warcrimes.cli import app
from warcrimes.config import current_actor

if TYPE_CHECKING:  # ingest pulls in the readers and extraction: loaded inside the command
    from rich.console import Console

    from warcrimes.services.ingest import FileOutcome


@app.command("ingest")
def ingest(
    paths: Annotated[list[Path], typer.Argument(
        help="Report files or folders: text (.txt, .md), HTML, PDF, DOCX, WARC/WACZ, Telegram Desktop exports.")],
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD for all files.")] = None,
    publisher: Annotated[str | None, typer.Option(help="Publisher of the reports.")] = None,
    url: Annotated[str | None, typer.Option(help="Address the report was published at.")] = None,
    follow_symlinks: Annotated[bool, typer.Option(
        "--follow-symlinks", help="Read what symbolic links point to (in a folder: only inside it).")] = False,
) -> None:
    """Store each report (content-addressed, once), extract its incidents and statistics; every file a
    folder holds is stored or named with the reason it was not."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeRemainingColumn

    from warcrimes.ingest.metadata import ReportMetadata, parse_date
    from warcrimes.services.ingest import ingest_paths
    from warcrimes.store import open_store

    options = ReportMetadata(published=parse_date(published, "--published") if published else None,
                             publisher=publisher, url=url)
    err = Console(stderr=True)
    out = Console()
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("ingesting", total=None)
        reading: dict[Path, TaskID] = {}

        def started(total: int) -> None:
            progress.update(task, total=total, visible=total >= 2)

        def advanced(path: Path, position: int, total: int, reports: int) -> None:
            if path not in reading:  # a source of many reports (an export): its own bar, in bytes read
                reading[path] = progress.add_task(path.name, total=total or None)
            progress.update(reading[path], completed=position, description=f"{path.name}: {reports:,} reports")

        def done(result: FileOutcome) -> None:
            if result.path in reading:
                progress.remove_task(reading.pop(result.path))
            _show(result, out, err)
            progress.advance(task)

        summary = ingest_paths(open_store(), paths, options, actor=current_actor(), on_file=done,
                               on_start=started, progress=advanced, follow_symlinks=follow_symlinks)
    out.print(summary.line(), highlight=False, soft_wrap=True)
    if summary.failed:
        raise typer.Exit(1)


def _show(result: FileOutcome, out: Console, err: Console) -> None:
    if result.status == "failed":
        err.print(f"error: {result.message}", highlight=False, markup=False, soft_wrap=True)
    elif result.status == "skipped":
        out.print(f"{result.path}: skipped: {result.message}", highlight=False, markup=False, soft_wrap=True)
    else:
        out.print(f"{result.path}: {result.message}", highlight=False, markup=False, soft_wrap=True)
