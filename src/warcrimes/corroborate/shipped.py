"""Reading a JSON file shipped in corroborate/data, with a sentence instead of a traceback if it is broken."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from warcrimes.errors import ConfigError


def read_json(filename: str) -> Any:
    """The parsed contents of corroborate/data/`filename`; a ConfigError names the file otherwise."""
    path = resources.files("warcrimes.corroborate").joinpath(f"data/{filename}")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"corroborate/data/{filename} cannot be read ({exc}); restore it from the "
                          "repository.") from exc
