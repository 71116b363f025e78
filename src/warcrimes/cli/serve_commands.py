"""`warcrimes serve`: the web app, behind its login; says how to log in before it starts."""

from __future__ import annotations

import json
import os
from typing import Annotated

import typer

from warcrimes.cli import app

#: How `serve` tells its worker processes the options it was given (web/app.py `served_app`).
SERVE_OPTIONS = "WARCRIMES_SERVE_OPTIONS"


@app.command("serve")
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1; 0.0.0.0 for every interface, "
                                           "behind a TLS proxy).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port to listen on.")] = 8000,
    behind_tls: Annotated[bool, typer.Option(
        "--behind-tls", help="A TLS proxy forwards to us: cookies are Secure, and the client address and "
                             "scheme come from its X-Forwarded-For / X-Forwarded-Proto headers.")] = False,
    forwarded_allow_ips: Annotated[str, typer.Option(
        help="With --behind-tls: the proxy addresses whose X-Forwarded-* headers are believed.")] = "127.0.0.1",
    workers: Annotated[int, typer.Option(min=1, max=64, help=(
        "Processes answering requests (one a core: a page is Python work). Sessions, login counts and the "
        "data version live in the database, so any process serves any request."))] = 1,
) -> None:
    """Serve the workspace at http://HOST:PORT/ (HTML, or JSON with .json). On a store without users,
    first makes `admin` with WARCRIMES_ADMIN_PASSWORD, or a random password printed once."""
    from warcrimes.web.serving import exposure_warning, login_hint  # FastAPI: ~45 MB, only for this command

    host = host.strip().strip("[]")  # [::1] as a URL writes it
    warning = exposure_warning(host, behind_tls)
    import uvicorn

    from warcrimes.services.users import ensure_first_admin
    from warcrimes.store import open_store
    from warcrimes.web import create_app

    store = open_store()
    given = os.environ.get("WARCRIMES_ADMIN_PASSWORD") or None
    made = ensure_first_admin(store, given)
    shown_host = f"[{host}]" if ":" in host else host
    base = f"{'https' if behind_tls else 'http'}://{shown_host}:{port}"
    if warning:
        typer.echo(warning, err=True)
    typer.echo(login_hint(base, made), err=True)
    typer.echo(f"serving on {base}/incidents (Ctrl-C to stop)", err=True)
    options = {"host": host, "port": port, "log_level": "warning", "server_header": False,
               "proxy_headers": behind_tls, "forwarded_allow_ips": forwarded_allow_ips}
    if workers == 1:
        uvicorn.run(create_app(store, secure_cookies=behind_tls, bound_host=host), **options)  # type: ignore[arg-type]
        return
    store.engine.dispose()
    os.environ[SERVE_OPTIONS] = json.dumps({"secure_cookies": behind_tls, "bound_host": host})
    uvicorn.run("warcrimes.web.app:served_app", factory=True, workers=workers, **options)  # type: ignore[arg-type]
