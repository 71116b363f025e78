"""Data derived from shipped files (the gazetteer's index, the place automaton), kept between runs.

Building them costs about 1.3 s of CPU at every start (parsing and folding 107,000 spellings, then
an automaton of 134,000 keys); reading them back costs about 0.3 s. A file is named by the SHA-256
of everything it is made from (the data files' bytes, the source of the code that builds it,
library and Python versions), so a changed input is a miss and is built afresh, never a stale hit.
Writes are atomic (temporary file, fsync, rename). Nothing is downloaded.

The files are pickles in this user's cache folder (WARCRIMES_CACHE_DIR, else $XDG_CACHE_HOME/warcrimes,
else ~/.cache/warcrimes), trusted as this user's own files the way Python trusts its __pycache__;
WARCRIMES_CACHE_DIR=off keeps nothing and builds in memory every time.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import TypeVar

T = TypeVar("T")

CACHE_ENV = "WARCRIMES_CACHE_DIR"
_OFF = "off"
KEEP = 4  # files of one kind kept, newest first (about 40 MB for the gazetteer and the automaton)


def cache_dir() -> Path | None:
    """Where derived data is kept, or None when WARCRIMES_CACHE_DIR=off."""
    chosen = os.environ.get(CACHE_ENV, "").strip()
    if chosen.lower() == _OFF:
        return None
    if chosen:
        return Path(chosen).expanduser()
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".cache") / "warcrimes"


def digest(kind: str, inputs: Iterable[bytes]) -> str:
    """SHA-256 over the kind, the Python version and every input, each length-prefixed."""
    sha = hashlib.sha256()
    for part in (kind.encode(), sys.version.encode(), *inputs):
        sha.update(len(part).to_bytes(8, "big"))
        sha.update(part)
    return sha.hexdigest()


def cache_key(kind: str, inputs: Callable[[], Iterable[bytes]]) -> str | None:
    """The digest of `inputs()`, or None (nothing cached) when one cannot be read (a package run from a zip)."""
    try:
        return digest(kind, inputs())
    except OSError:
        return None


def source_of(*modules: str) -> list[bytes]:
    """The source files of modules, as cache inputs: a change to the code that builds a value is a miss."""
    return [Path(sys.modules[name].__file__ or "").read_bytes() for name in modules]


def library_build(module: ModuleType) -> bytes:
    """A compiled library's file size and modification time, as a cache input: a pickle of its objects
    is read back only by the build that wrote it (cheaper than importlib.metadata, 0.04 s)."""
    found = Path(module.__file__ or "").stat()
    return f"{module.__name__}:{found.st_size}:{found.st_mtime_ns}".encode()


def remembered(kind: str, key: str | None, build: Callable[[], T]) -> T:
    """The value `build()` makes, read back from the cache when a file for `key` is there (None: built).

    An unreadable or corrupt file is built afresh and replaced; a cache folder that cannot be
    written leaves the value built in memory only. Only the KEEP newest files of a kind are kept.
    """
    folder = cache_dir()
    if folder is None or key is None:
        return build()
    path = folder / f"{kind}-{key}.pickle"
    collecting = gc.isenabled()
    gc.disable()  # hundreds of thousands of small objects and no cycles: collection passes only cost time
    try:
        try:
            with path.open("rb") as stored:
                return pickle.load(stored)
        except FileNotFoundError:
            pass
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError):
            pass  # truncated by a full disk or written by another version: built again below
        value = build()
    finally:
        if collecting:
            gc.enable()
    _store(folder, path, kind, value)
    return value


def _store(folder: Path, path: Path, kind: str, value: object) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{kind}-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
        kept = sorted(folder.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for older in kept[KEEP:]:  # several checkouts may share the folder: each keeps its own file
            older.unlink(missing_ok=True)
    except OSError:
        return  # a read-only home or a full disk: the value was built and is used all the same
