"""Settings from the environment: where data lives and which database to use."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from warcrimes.errors import ConfigError

DEFAULT_HOME = "./warcrimes-data"
#: Reports larger than this are refused: real articles are kilobytes; a bigger file is
#: almost surely a wrong file, and extraction must stay interactive.
DEFAULT_MAX_REPORT_BYTES = 5 * 1024 * 1024
#: Evidence larger than this is refused: long raw footage runs to gigabytes, but a file past this
#: is more likely a disk image or a device copied by mistake, and it must fit the vault's disk.
DEFAULT_MAX_EVIDENCE_BYTES = 8 * 1024**3
#: The largest row id or log index both databases hold: every id column is an INTEGER, which
#: PostgreSQL keeps in 32 bits (SQLite in 64). A larger id is a usage mistake, not an overflow.
MAX_ROW_ID = 2**31 - 1


@dataclass(frozen=True)
class Settings:
    """Where the embedded store lives and which database URL to open."""

    home: Path
    database_url: str
    max_report_bytes: int = DEFAULT_MAX_REPORT_BYTES
    max_evidence_bytes: int = DEFAULT_MAX_EVIDENCE_BYTES

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Read WARCRIMES_HOME, WARCRIMES_DATABASE_URL and the size limits; a bad value is a ConfigError."""
    env = os.environ if environ is None else environ
    home = Path(env.get("WARCRIMES_HOME") or DEFAULT_HOME).expanduser()
    url = env.get("WARCRIMES_DATABASE_URL") or f"sqlite:///{(home / 'warcrimes.sqlite3').resolve()}"
    return Settings(home=home, database_url=url,
                    max_report_bytes=_byte_count(env, "WARCRIMES_MAX_REPORT_BYTES", DEFAULT_MAX_REPORT_BYTES),
                    max_evidence_bytes=_byte_count(env, "WARCRIMES_MAX_EVIDENCE_BYTES", DEFAULT_MAX_EVIDENCE_BYTES))


def _byte_count(env: Mapping[str, str], name: str, default: int) -> int:
    text = (env.get(name) or "").strip()
    if not text:
        return default
    if not (text.isascii() and text.isdigit()) or len(text) > 18 or int(text) < 1:
        raise ConfigError(f"{name}={text[:30]!r} is not a positive whole number of bytes (e.g. {default})")
    return int(text)


def current_actor(environ: dict[str, str] | None = None) -> str:
    """Who is acting, for custody entries: WARCRIMES_ACTOR (a shared account names the person), else the login."""
    import getpass

    env = os.environ if environ is None else environ
    return env.get("WARCRIMES_ACTOR") or getpass.getuser()
