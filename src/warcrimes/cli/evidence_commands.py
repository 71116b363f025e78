"""`warcrimes evidence add FILE...`: originals into the vault, each addition logged."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from warcrimes.cli import app
from warcrimes.config import MAX_ROW_ID, current_actor
from warcrimes.errors import WarcrimesError

evidence_app = typer.Typer(no_args_is_help=True, help="Evidence files (video, audio, photos, documents).")
app.add_typer(evidence_app, name="evidence")


@evidence_app.command("add")
def add(
    files: Annotated[list[Path], typer.Argument(help="Evidence files (never modified; copied in).")],
    incident: Annotated[int | None, typer.Option(max=MAX_ROW_ID, help="Incident id the evidence documents.")] = None,
    source_url: Annotated[str | None, typer.Option(help="Where the file was obtained.")] = None,
    captured_by: Annotated[str | None, typer.Option(help="Who recorded or collected it.")] = None,
    note: Annotated[str | None, typer.Option(help="A free-text note kept with it.")] = None,
    follow_symlinks: Annotated[bool, typer.Option(
        "--follow-symlinks", help="Store what a symbolic link points to, not refuse it.")] = False,
) -> None:
    """Store each file once under its SHA-256, with its technical metadata and a custody entry."""
    from warcrimes.services.evidence import EvidenceSource, add_evidence
    from warcrimes.services.extraction import internal_error
    from warcrimes.store import open_store

    store = open_store()
    source = EvidenceSource(incident, source_url, captured_by, note)
    actor = current_actor()
    failed = 0
    for path in files:
        try:
            added = add_evidence(store, path, source, actor=actor, follow_symlinks=follow_symlinks)
        except WarcrimesError as exc:
            if len(files) == 1:
                raise
            typer.echo(f"error: {exc}", err=True)
            failed += 1
            continue
        except Exception as exc:  # a bug on one file must not cost the files after it
            if len(files) == 1:
                raise
            typer.echo(f"error: {internal_error(path, exc)}", err=True)
            failed += 1
            continue
        state = "already in the vault" if added.duplicate else "stored"
        link = f", linked to incident {incident}" if added.linked else ""
        typer.echo(f"{path}: {state} as evidence {added.evidence_id} {added.content_hash} "
                   f"({added.size} bytes, {added.media_type}){link}")
    if failed:
        raise typer.Exit(1)
