"""`warcrimes verify`, `warcrimes bundle`, `warcrimes verify-bundle`: prove nothing was altered."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from warcrimes.cli import app
from warcrimes.config import MAX_ROW_ID, current_actor
from warcrimes.errors import VerificationFailed

if TYPE_CHECKING:  # the custody library and the store load inside each command
    from warcrimes.custody.verify import Verification

PublicKeyOption = Annotated[Path | None, typer.Option(
    "--public-key", help="File with the log's verifier key (from `warcrimes log public-key`) to trust.")]


@app.command("verify")
def verify(public_key: PublicKeyOption = None) -> None:
    """Re-hash every report and evidence file, recompute the log's tree, check every checkpoint."""
    from warcrimes.queries.custody import verify as verify_store
    from warcrimes.store import open_store

    trusted = public_key.read_text(encoding="utf-8") if public_key else None
    _render(verify_store(open_store(), trusted))


@app.command("bundle")
def bundle(
    incident_id: Annotated[int, typer.Argument(max=MAX_ROW_ID, help="Incident to export.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="The .zip file to write.")],
) -> None:
    """Pack an incident's originals, manifest, inclusion proofs, checkpoint and public key."""
    from warcrimes.services.custody import export_bundle
    from warcrimes.store import open_store

    done = export_bundle(open_store(), incident_id, output, actor=current_actor())
    typer.echo(f"{done.path}: {done.reports} report(s), {done.evidence} evidence file(s), {done.entries} "
               f"custody entries proven against checkpoint of size {done.checkpoint_size}")


@app.command("verify-bundle")
def verify_bundle_command(
    bundle_file: Annotated[Path, typer.Argument(help="A bundle made by `warcrimes bundle`.")],
    public_key: PublicKeyOption = None,
) -> None:
    """Check a bundle with no database and no network."""
    from warcrimes.queries.custody import verify_bundle

    trusted = public_key.read_text(encoding="utf-8") if public_key else None
    _render(verify_bundle(bundle_file, trusted))


def _render(result: Verification) -> None:
    for problem in result.problems:
        typer.echo(f"problem: {problem}")
    for note in result.notes:
        typer.echo(f"note: {note}")
    typer.echo(result.summary())
    if not result.ok:
        raise VerificationFailed(f"verification failed with {len(result.problems)} problem(s); "
                                 "each is named above")
