"""Running the real command line in a subprocess, with its own store and a hang guard."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

#: A hang guard only, never a speed assertion: a run that has not ended by then is hung.
HANG_GUARD_S = 180

GOOD_REPORT = ("Russian forces shelled Kharkiv on 3 March 2024, killing two civilians, the regional "
               "governor said.\n")


def warcrimes(home: Path, *args: str, timeout: float = HANG_GUARD_S,
              env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m warcrimes ARGS` with WARCRIMES_HOME=home and no other WARCRIMES_ setting."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("WARCRIMES_")}
    clean["WARCRIMES_HOME"] = str(home)
    clean.update(env or {})
    return subprocess.run([sys.executable, "-m", "warcrimes", *args], capture_output=True, text=True,
                          env=clean, timeout=timeout)


def no_traceback(done: subprocess.CompletedProcess[str]) -> bool:
    return "Traceback" not in done.stdout + done.stderr
