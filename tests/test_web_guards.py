"""Guards before any route: Host names (DNS rebinding), no-store caching, ids and filters past any row,
and a server bound to IPv6 loopback."""

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
from fastapi.testclient import TestClient

from warcrimes.store import Store
from warcrimes.web import create_app
from warcrimes.web.guards import allowed_hosts, normalise_host
from web_login import log_in

BIG = str(2**63 + 5)


@pytest.fixture
def strict(monkeypatch: pytest.MonkeyPatch) -> None:
    """No WARCRIMES_ALLOWED_HOSTS: the server answers to loopback names and its bound host only."""
    monkeypatch.delenv("WARCRIMES_ALLOWED_HOSTS", raising=False)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "[::1]", "127.0.0.1:8000", "LOCALHOST.", "[::1]:8000"])
def test_loopback_host_names_are_answered(store: Store, strict: None, host: str) -> None:
    client = TestClient(create_app(store), base_url="http://127.0.0.1")
    assert client.get("/healthz", headers={"host": host}).status_code == 200


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.1.evil.example", "", "[::2]"])
def test_another_host_name_is_refused_as_dns_rebinding(store: Store, strict: None, host: str) -> None:
    client = TestClient(create_app(store), base_url="http://127.0.0.1")
    answer = client.get("/healthz", headers={"host": host})
    assert answer.status_code == 400 and "WARCRIMES_ALLOWED_HOSTS" in answer.text


def test_the_bound_host_and_the_configured_names_are_answered(store: Store, strict: None,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARCRIMES_ALLOWED_HOSTS", "register.example.org, Other.example")
    client = TestClient(create_app(store, bound_host="10.1.2.3"), base_url="http://127.0.0.1")
    for host in ("10.1.2.3:8000", "register.example.org", "other.example:443"):
        assert client.get("/healthz", headers={"host": host}).status_code == 200, host
    assert client.get("/healthz", headers={"host": "third.example"}).status_code == 400


def test_host_names_are_normalised_without_port_brackets_or_final_dot() -> None:
    assert normalise_host("[::1]:8000") == "::1"
    assert normalise_host("Example.ORG.:80") == "example.org"
    assert normalise_host("::1") == "::1"
    assert allowed_hosts("0.0.0.0", environ={}) == {"127.0.0.1", "localhost", "::1", "0.0.0.0"}


def test_pages_and_json_are_sent_no_store_and_static_files_are_not(store: Store) -> None:
    client = TestClient(create_app(store), base_url="http://127.0.0.1", follow_redirects=False)
    log_in(client, store, "olena", "admin")
    for path in ("/incidents", "/incidents.json", "/login", "/session.json", "/users"):
        assert client.get(path).headers.get("cache-control") == "no-store", path
    assert client.get("/static/style.css").headers.get("cache-control") != "no-store"


@pytest.mark.parametrize("path", [f"/incidents/{BIG}", f"/incidents/{BIG}.json", f"/reports/{BIG}",
                                  f"/evidence/{BIG}", f"/custody/entries/{BIG}", f"/reports/{BIG}/original"])
def test_an_id_beyond_two_to_the_63_is_not_found_not_a_server_error(store: Store, path: str) -> None:
    client = TestClient(create_app(store), base_url="http://127.0.0.1", raise_server_exceptions=False)
    log_in(client, store, "olena", "admin")
    assert client.get(path).status_code == 404


@pytest.mark.parametrize("query", [f"/incidents?offset={BIG}", f"/reports?offset={BIG}", f"/review?offset={BIG}",
                                   "/incidents?violation=" + "x" * 50_000, "/incidents?oblast=" + "x" * 50_000,
                                   "/incidents?since=" + "9" * 50_000, "/series?population=" + "x" * 50_000])
def test_a_huge_number_or_a_fifty_thousand_character_filter_is_never_a_500(store: Store, query: str) -> None:
    client = TestClient(create_app(store), base_url="http://127.0.0.1", raise_server_exceptions=False)
    log_in(client, store, "olena", "admin")
    assert client.get(query).status_code in (200, 400, 404)


def _free_port_v6() -> int:
    with socket.socket(socket.AF_INET6) as sock:
        sock.bind(("::1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.slow
@pytest.mark.parametrize("host", ["::1", "[::1]"])
def test_serve_binds_ipv6_loopback(tmp_path: Path, host: str) -> None:
    try:
        port = _free_port_v6()
    except OSError:
        pytest.skip("this machine has no IPv6 loopback")
    env = {k: v for k, v in os.environ.items() if not k.startswith("WARCRIMES_")}
    env.update(WARCRIMES_HOME=str(tmp_path / "home"), WARCRIMES_ADMIN_PASSWORD="the admin passphrase here")
    proc = subprocess.Popen([sys.executable, "-m", "warcrimes", "serve", "--host", host, "--port", str(port)],
                            stderr=subprocess.PIPE, text=True, env=env)
    try:
        answer = None
        deadline = time.monotonic() + 120
        while answer is None and time.monotonic() < deadline:
            try:
                answer = httpx.get(f"http://[::1]:{port}/healthz")
            except httpx.TransportError:
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                time.sleep(0.3)
        assert answer is not None and answer.status_code == 200
        assert httpx.get(f"http://[::1]:{port}/healthz", headers={"host": "evil.example"}).status_code == 400
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
