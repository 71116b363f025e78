"""The lock file pins every distribution the project installs, at the version installed."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

LOCK = Path(__file__).resolve().parents[1] / "requirements.lock"


def _pins() -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        match = re.fullmatch(r"([A-Za-z0-9_.\-]+)==([^\s;]+)", line)
        assert match, f"requirements.lock: {line!r} is not a 'name==version' pin"
        pins[canonicalize_name(match.group(1))] = match.group(2)
    return pins


def _closure(root: str, extras: set[str]) -> set[str]:
    """Names of the installed distributions `root[extras]` needs, itself excluded."""
    seen: set[str] = set()
    todo: list[tuple[str, set[str]]] = [(root, extras)]
    while todo:
        name, wanted = todo.pop()
        for text in metadata.requires(name) or []:
            requirement = Requirement(text)
            marker = requirement.marker
            if marker is not None and not any(marker.evaluate({"extra": e}) for e in (wanted or {""})):
                continue
            dep = canonicalize_name(requirement.name)
            if dep not in seen:
                seen.add(dep)
                todo.append((dep, set(requirement.extras)))
    return seen


def test_every_installed_dependency_is_pinned_at_its_installed_version() -> None:
    pins = _pins()
    for name in sorted(_closure("warcrimes", {"test"})):
        assert name in pins, f"{name} is installed but not pinned; run `make lock`"
        assert metadata.version(name) == pins[name], (
            f"{name} {metadata.version(name)} is installed but the lock pins {pins[name]}; run `make install`"
        )


def test_the_makefile_installs_from_the_lock() -> None:
    makefile = (LOCK.parent / "Makefile").read_text(encoding="utf-8")
    assert "-c $(LOCK) -e '.[test]'" in makefile
    assert "LOCK   := requirements.lock" in makefile
