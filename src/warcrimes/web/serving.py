"""Where the app listens, and what `serve` says about it before it starts."""

from __future__ import annotations

import ipaddress
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from warcrimes.services.users import FirstAdmin

LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and the usual names of the local host; no DNS lookup."""
    name = host.strip().strip("[]").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def exposure_warning(host: str, behind_tls: bool) -> str | None:
    """A sentence when the server is reachable from other machines without TLS in front of it:
    passwords and session cookies would then cross the network in clear."""
    if is_loopback(host) or behind_tls:
        return None
    return (f"warning: listening on {host} without TLS: passwords and session cookies would cross the network "
            "in clear; put a TLS proxy in front and pass --behind-tls (docs/web.md, 'Running behind a TLS proxy')")


def login_hint(base: str, made: FirstAdmin | None) -> str:
    """How to log in, said once at start: with the first admin's password when it was just made."""
    if made and made.shown_password:
        return (f"log in at {base}/login as {made.username} with password {made.shown_password}\n"
                f"  (shown this once; change it with `warcrimes user passwd {made.username}`, add people with "
                "`warcrimes user add NAME --role analyst`)")
    if made:
        return f"log in at {base}/login as {made.username} with the password in WARCRIMES_ADMIN_PASSWORD"
    return (f"log in at {base}/login (users: `warcrimes user list`; a forgotten password: "
            "`warcrimes user passwd NAME`)")
