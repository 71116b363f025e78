"""`warcrimes serve` listens on loopback only until the web app has login and roles."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from warcrimes.web.serving import is_loopback


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.1", "::1", "[::1]", "localhost"])
def test_loopback_hosts_may_serve(host: str) -> None:
    assert is_loopback(host)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "example.org", ""])
def test_other_hosts_may_not_serve(host: str) -> None:
    assert not is_loopback(host)


def test_serve_refuses_a_public_host_with_one_line_and_exit_code_2(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WARCRIMES_")}
    env["WARCRIMES_HOME"] = str(tmp_path / "home")
    proc = subprocess.run([sys.executable, "-m", "warcrimes", "serve", "--host", "0.0.0.0"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: refusing to serve on '0.0.0.0'")
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "home").exists(), "the store must not be opened before the host is checked"
