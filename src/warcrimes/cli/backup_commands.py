"""`warcrimes backup DIR` and `warcrimes restore DIR`: the whole store, and back into an empty one."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from warcrimes.cli import app
from warcrimes.errors import VerificationFailed


@app.command("backup")
def backup(folder: Annotated[Path, typer.Argument(help="A new or empty folder to write the backup to.")]) -> None:
    """Copy the database (online), the vault, the keys and the checkpoint witness into FOLDER."""
    from warcrimes.services.backups import backup as make_backup
    from warcrimes.store import open_store

    done = make_backup(open_store(), folder)
    typer.echo(f"{done.folder}: {done.backend} database, {done.evidence_objects} evidence file(s), "
               f"{done.files} files, {done.size:,} bytes; it holds the signing key: keep it as safe as the store")


@app.command("restore")
def restore(folder: Annotated[Path, typer.Argument(help="A folder made by `warcrimes backup`.")]) -> None:
    """Restore a backup into an empty WARCRIMES_HOME (and empty database), then verify it."""
    from warcrimes.config import load_settings
    from warcrimes.services.backups import restore as restore_backup

    done = restore_backup(load_settings(), folder)
    for problem in done.verification.problems:
        typer.echo(f"problem: {problem}")
    for note in done.verification.notes:
        typer.echo(f"note: {note}")
    typer.echo(f"restored a {done.backend} backup made {done.made_at} ({done.files} files); "
               f"{done.verification.summary()}")
    if not done.verification.ok:
        raise VerificationFailed("the restored store does not verify; each problem is named above")
