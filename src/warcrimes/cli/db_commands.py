"""`warcrimes db upgrade`: bring the database schema to the newest migration."""

from __future__ import annotations

import typer

from warcrimes.cli import app
from warcrimes.config import load_settings

db = typer.Typer(no_args_is_help=True, help="Database schema.")
app.add_typer(db, name="db")


@db.command("upgrade")
def upgrade() -> None:
    """Create or migrate the database named by WARCRIMES_DATABASE_URL (default: SQLite in WARCRIMES_HOME)."""
    from warcrimes.store.database import upgrade_database

    revision, url = upgrade_database(load_settings())
    typer.echo(f"database at revision {revision}: {url}")
