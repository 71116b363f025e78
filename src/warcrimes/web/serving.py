"""Where the app may listen. Until login and roles exist, only this machine may reach it."""

from __future__ import annotations

import ipaddress

from warcrimes.errors import BadInputError

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


def require_loopback(host: str) -> str:
    """`host` unchanged if it is a loopback address; otherwise a BadInputError saying why."""
    if not is_loopback(host):
        raise BadInputError(
            f"refusing to serve on {host!r}: the web app has no login yet, so it listens on this "
            "machine only; use --host 127.0.0.1 (or ::1) and reach it through an SSH tunnel if needed")
    return host
