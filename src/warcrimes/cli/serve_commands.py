"""`warcrimes serve`: the web pages on this machine only, until login and roles exist."""

from __future__ import annotations

from typing import Annotated

import typer

from warcrimes.cli import app


@app.command("serve")
def serve(
    host: Annotated[str, typer.Option(help="Loopback address to listen on (127.0.0.1, ::1).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port to listen on.")] = 8000,
) -> None:
    """Serve the incident pages at http://HOST:PORT/ (HTML, or JSON with .json)."""
    from warcrimes.web.serving import require_loopback  # FastAPI: ~45 MB, only for this command

    require_loopback(host)
    import uvicorn

    from warcrimes.web import create_app

    typer.echo(f"serving on http://{host}:{port}/incidents (Ctrl-C to stop)", err=True)
    uvicorn.run(create_app(), host=host, port=port, log_level="warning", server_header=False,
                proxy_headers=False)
