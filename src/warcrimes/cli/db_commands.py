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
    from warcrimes.store.database import open_store
    from warcrimes.store.database import upgrade as run_upgrade

    store = open_store(load_settings(), migrate=False)
    revision = run_upgrade(store.engine)
    typer.echo(f"database at revision {revision}: {store.engine.url.render_as_string(hide_password=True)}")
