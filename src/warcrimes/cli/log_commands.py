"""`warcrimes log checkpoint|prove|consistency|public-key`: the custody log's signed statements."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from warcrimes.cli import app
from warcrimes.config import MAX_ROW_ID

# The custody library and the store (SQLAlchemy, cryptography) load inside each command, so
# `warcrimes --help` and unrelated commands stay light.

log_app = typer.Typer(no_args_is_help=True, help="The verifiable custody log.")
app.add_typer(log_app, name="log")


@log_app.command("checkpoint")
def checkpoint(
    new_key: Annotated[bool, typer.Option(
        "--new-key", help="Make a new signing key although checkpoints signed by the missing one exist.")] = False,
) -> None:
    """Sign the log's current size and root; prints the C2SP signed note."""
    from warcrimes.services.custody import make_checkpoint
    from warcrimes.store import open_store

    point = make_checkpoint(open_store(), new_key=new_key)
    typer.echo(f"checkpoint {point.id} ({point.size} entries)", err=True)
    typer.echo(point.signed_note, nl=False)


@log_app.command("prove")
def prove(
    entry: Annotated[int, typer.Argument(max=MAX_ROW_ID, help="Entry index (0-based).")],
    checkpoint_id: Annotated[int | None, typer.Option("--checkpoint", max=MAX_ROW_ID,
                                                      help="Prove against this checkpoint.")]
    = None,
) -> None:
    """Inclusion proof of one entry against a signed checkpoint, as JSON."""
    from warcrimes.services.custody import prove_entry
    from warcrimes.store import open_store

    typer.echo(json.dumps(prove_entry(open_store(), entry, checkpoint_id), indent=2, ensure_ascii=False))


@log_app.command("consistency")
def consistency(
    old: Annotated[int, typer.Argument(max=MAX_ROW_ID, help="Older checkpoint id.")],
    new: Annotated[int, typer.Argument(max=MAX_ROW_ID, help="Newer checkpoint id.")],
) -> None:
    """Consistency proof between two checkpoints (the older log is a prefix of the newer), as JSON."""
    from warcrimes.queries.custody import consistency as consistency_proof
    from warcrimes.store import open_store

    typer.echo(json.dumps(consistency_proof(open_store(), old, new), indent=2))


@log_app.command("timestamp")
def timestamp(
    checkpoint_id: Annotated[int | None, typer.Option("--checkpoint", max=MAX_ROW_ID, help="Checkpoint to timestamp.")]
    = None,
) -> None:
    """Optional: RFC 3161 timestamp of a checkpoint from WARCRIMES_TSA_URL (queued while offline)."""
    from warcrimes.services.custody import timestamp_checkpoint
    from warcrimes.store import open_store

    for outcome in timestamp_checkpoint(open_store(), checkpoint_id):
        typer.echo(f"checkpoint {outcome.checkpoint_id}: {outcome.status} {outcome.detail}".rstrip())


@log_app.command("public-key")
def public_key(
    pem: Annotated[bool, typer.Option("--pem", help="PEM (SubjectPublicKeyInfo) instead of a note vkey.")]
    = False,
) -> None:
    """The log's public key, to publish so others can check checkpoints and bundles."""
    from warcrimes.services.custody import public_key as log_public_key
    from warcrimes.store import open_store

    typer.echo(log_public_key(open_store(), pem=pem), nl=not pem)
