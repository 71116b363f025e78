"""Settings from the environment: where data lives and which database to use."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_HOME = "./warcrimes-data"
#: Reports larger than this are refused: real articles are kilobytes; a bigger file is
#: almost surely a wrong file, and extraction must stay interactive.
DEFAULT_MAX_REPORT_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Settings:
    """Where the embedded store lives and which database URL to open."""

    home: Path
    database_url: str
    max_report_bytes: int = DEFAULT_MAX_REPORT_BYTES

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    """Read WARCRIMES_HOME, WARCRIMES_DATABASE_URL and WARCRIMES_MAX_REPORT_BYTES."""
    env = os.environ if environ is None else environ
    home = Path(env.get("WARCRIMES_HOME") or DEFAULT_HOME).expanduser()
    url = env.get("WARCRIMES_DATABASE_URL") or f"sqlite:///{(home / 'warcrimes.sqlite3').resolve()}"
    limit = int(env.get("WARCRIMES_MAX_REPORT_BYTES") or DEFAULT_MAX_REPORT_BYTES)
    return Settings(home=home, database_url=url, max_report_bytes=limit)


def current_actor(environ: dict[str, str] | None = None) -> str:
    """Who is acting, for custody entries: WARCRIMES_ACTOR (a shared account names the person), else the login."""
    import getpass

    env = os.environ if environ is None else environ
    return env.get("WARCRIMES_ACTOR") or getpass.getuser()
