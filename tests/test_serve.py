"""`warcrimes serve`: may listen beyond loopback now that there is a login, warns without TLS, and says
how to log in (the first store's admin, with a password given or one shown once)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from warcrimes.services.users import FirstAdmin
from warcrimes.web.serving import exposure_warning, is_loopback, login_hint


def _log_in_as_admin(client: httpx.Client, tries: int) -> None:
    """Wait until the server answers (a tenth of a second per try), then log in as the first admin."""
    for _ in range(tries):
        try:
            form = client.get("/login")
            break
        except httpx.ConnectError:
            time.sleep(0.1)
    token = form.text.split('name="csrf_token" value="')[1].split('"')[0]
    done = client.post("/login", data={"username": "admin", "password": "the admin passphrase here",
                                       "csrf_token": token})
    assert done.status_code == 303


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.1", "::1", "[::1]", "localhost"])
def test_loopback_hosts_are_known(host: str) -> None:
    assert is_loopback(host)
    assert exposure_warning(host, behind_tls=False) is None


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "example.org"])
def test_another_host_without_tls_gets_a_warning_and_behind_tls_none(host: str) -> None:
    assert "without TLS" in (exposure_warning(host, behind_tls=False) or "")
    assert exposure_warning(host, behind_tls=True) is None


def test_the_login_hint_shows_a_random_password_once_and_never_one_from_the_environment() -> None:
    shown = login_hint("http://127.0.0.1:8000", FirstAdmin("admin", "Zq3-random-words"))
    assert "/login as admin with password Zq3-random-words" in shown
    given = login_hint("http://127.0.0.1:8000", FirstAdmin("admin", None))
    assert "WARCRIMES_ADMIN_PASSWORD" in given and "password " not in given.split("with the")[0]
    assert "warcrimes user list" in login_hint("http://127.0.0.1:8000", None)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.slow
def test_serve_on_every_interface_starts_says_how_to_log_in_and_the_password_works(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WARCRIMES_")}
    env["WARCRIMES_HOME"] = str(tmp_path / "home")
    env["WARCRIMES_ADMIN_PASSWORD"] = "the admin passphrase here"
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "warcrimes", "serve", "--host", "0.0.0.0", "--port", str(port)],
                            stderr=subprocess.PIPE, text=True, env=env)
    try:
        lines = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = proc.stderr.readline() if proc.stderr else ""
            lines.append(line)
            if line.startswith("serving on"):
                break
        said = "".join(lines)
        assert "without TLS" in said and "as admin with the password in WARCRIMES_ADMIN_PASSWORD" in said
        assert "the admin passphrase here" not in said
        base = f"http://127.0.0.1:{port}"
        with httpx.Client(base_url=base, follow_redirects=False) as client:
            _log_in_as_admin(client, tries=100)
            assert client.get("/incidents.json").status_code == 200
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)


@pytest.mark.slow
def test_serve_with_two_workers_keeps_the_session_across_processes(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WARCRIMES_")}
    env["WARCRIMES_HOME"] = str(tmp_path / "home")
    env["WARCRIMES_ADMIN_PASSWORD"] = "the admin passphrase here"
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "warcrimes", "serve", "--port", str(port), "--workers", "2"],
                            stderr=subprocess.DEVNULL, env=env)
    try:
        base = f"http://127.0.0.1:{port}"
        with httpx.Client(base_url=base, follow_redirects=False) as client:
            _log_in_as_admin(client, tries=300)
            cookies = dict(client.cookies)
        for _ in range(12):  # a new connection each time: either process may answer
            with httpx.Client(base_url=base, cookies=cookies) as fresh:
                assert fresh.get("/incidents.json").status_code == 200
                assert fresh.get("/healthz").status_code == 200
        assert proc.poll() is None
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
