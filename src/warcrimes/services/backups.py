"""`warcrimes backup DIR` and `warcrimes restore DIR`: the whole store, and back into an empty one.

A backup holds the database (store/backup.py), the vault's objects, the keys (the private signing
key too: keep backups as safe as the store), the checkpoint witness, queued and received
timestamps and the import notes, and `backup.json` listing every file with its SHA-256, written
last: a folder without it is an unfinished backup. The witness is copied before the database, so
every checkpoint it lists is in the database copy (one the other way round would look deleted);
vault objects after it, so every evidence row in the copy finds its original.

A restore first checks every file against `backup.json`, refuses a store that already holds
anything, puts files and database in place, migrates the schema if the backup is older, and runs
`verify` on the result.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warcrimes.config import Settings
from warcrimes.custody.evidence import vault_of
from warcrimes.custody.keys import KEY_FILE
from warcrimes.custody.trusted import TRUSTED_FILE
from warcrimes.custody.verify import Verification, verifier_keys_of, verify_store
from warcrimes.custody.witness import WITNESS_DIR, WITNESS_FILE
from warcrimes.errors import BadInputError
from warcrimes.store import Store, open_store
from warcrimes.store import backup as database
from warcrimes.store.database import current_revision, make_engine

FORMAT = "warcrimes-backup/1"
MANIFEST = "backup.json"
#: Files and folders under WARCRIMES_HOME a backup carries besides the database and the vault.
CARRIED = (f"keys/{KEY_FILE}", f"keys/{TRUSTED_FILE}", f"{WITNESS_DIR}/{WITNESS_FILE}", "timestamps", "imports.log")
#: Folders that must stay private (the keys), and the mode of the files in them.
PRIVATE = ("keys", WITNESS_DIR)


@dataclass(frozen=True)
class BackupSummary:
    folder: Path
    backend: str
    files: int
    evidence_objects: int
    size: int


@dataclass(frozen=True)
class RestoreOutcome:
    backend: str
    files: int
    made_at: str
    verification: Verification


def backup(store: Store, folder: Path) -> BackupSummary:
    """Copy the store into `folder` (new or empty), ending with its manifest."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise BadInputError(f"{folder} is not an empty folder; name a new folder for the backup")
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    home = store.settings.home
    for name in CARRIED:  # the witness before the database: see the module's docstring
        _copy_tree(home / name, folder / "home" / name)
    database.dump(store.engine, folder)
    objects = 0
    vault = vault_of(store)
    for content_hash, path in vault.objects():
        hexpart = content_hash.removeprefix("SHA-256:")
        _copy_file(path, folder / "vault" / hexpart[:2] / hexpart[2:])
        objects += 1
    listed = _listing(folder)
    kind = database.backend(store.engine)
    manifest = {"format": FORMAT, "made_at": _now(), "backend": kind, "revision": current_revision(store.engine),
                "files": listed}
    temp = folder / f".{MANIFEST}.part"
    temp.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(temp, folder / MANIFEST)
    return BackupSummary(folder, kind, len(listed), objects, sum(f["size"] for f in listed))


def restore(settings: Settings, folder: Path) -> RestoreOutcome:
    """Put the backup in `folder` into the empty store `settings` name, and verify it."""
    manifest = _checked_manifest(folder)
    engine = make_engine(settings.database_url)
    try:
        kind = database.backend(engine)
        if manifest.get("backend") != kind:
            raise BadInputError(f"{folder} is a backup of a {manifest.get('backend')} store and "
                                f"WARCRIMES_DATABASE_URL names a {kind} one; restore into the same kind "
                                "(moving between them is `warcrimes export --format jsonl` and `warcrimes import`)")
        _refuse_non_empty(settings, engine)
        settings.home.mkdir(parents=True, exist_ok=True)
        for name in CARRIED:
            _copy_tree(folder / "home" / name, settings.home / name)
        for private in PRIVATE:
            if (settings.home / private).is_dir():
                os.chmod(settings.home / private, 0o700)
        vault = vault_of(Store(engine, settings=settings))
        if (folder / "vault").is_dir():
            for path in sorted((folder / "vault").rglob("*")):
                if path.is_file():
                    target = vault.objects_dir / path.parent.name / path.name
                    _copy_file(path, target)
                    os.chmod(target, 0o444)
        database.load(engine, folder / (database.SQLITE_FILE if kind == "sqlite" else database.PG_FILE))
    finally:
        engine.dispose()
    store = open_store(settings)
    try:
        result = verify_store(store, verifier_keys_of(store))
    finally:
        store.engine.dispose()
    return RestoreOutcome(kind, len(manifest["files"]), str(manifest.get("made_at")), result)


def _checked_manifest(folder: Path) -> dict[str, Any]:
    path = folder / MANIFEST
    if not path.is_file():
        raise BadInputError(f"{folder} holds no {MANIFEST}: not a backup made by `warcrimes backup`, or one "
                            "that did not finish")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        files = manifest["files"]
        if manifest.get("format") != FORMAT or not isinstance(files, list):
            raise ValueError(manifest.get("format"))
    except (ValueError, KeyError, TypeError) as exc:
        raise BadInputError(f"{path} is not a {FORMAT} manifest ({exc})") from exc
    for listed in files:
        name = str(listed.get("path", ""))
        target = (folder / name).resolve()
        if not target.is_relative_to(folder.resolve()) or not target.is_file():
            raise BadInputError(f"backup file {name!r} listed in {MANIFEST} is missing from {folder}")
        if _sha256(target) != listed.get("sha256"):
            raise BadInputError(f"backup file {name} no longer matches its SHA-256 in {MANIFEST}: altered or "
                                "damaged; nothing was restored")
    return manifest


def _refuse_non_empty(settings: Settings, engine: Any) -> None:
    held = [name for name in ("vault", "keys", WITNESS_DIR) if (settings.home / name).exists()
            and any(p.is_file() for p in (settings.home / name).rglob("*"))]
    if not database.is_empty(engine):
        held.append("the database")
    if held:
        raise BadInputError(f"the store at {settings.home} is not empty ({', '.join(held)} hold data); restore "
                            "only into a new WARCRIMES_HOME and an empty database, so nothing is overwritten")


def _listing(folder: Path) -> list[dict[str, Any]]:
    return [{"path": str(p.relative_to(folder)), "sha256": _sha256(p), "size": p.stat().st_size}
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != MANIFEST]


def _copy_tree(source: Path, target: Path) -> None:
    if source.is_file():
        _copy_file(source, target)
    elif source.is_dir():
        for path in sorted(source.rglob("*")):
            if path.is_file():
                _copy_file(path, target / path.relative_to(source))


def _copy_file(source: Path, target: Path) -> None:
    """Copy and fsync, owner-only (keys and personal data travel in a backup)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(source, "rb") as reader, open(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
                                            "wb") as writer:
        shutil.copyfileobj(reader, writer, 1 << 20)
        writer.flush()
        os.fsync(writer.fileno())


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as reader:
        for block in iter(lambda: reader.read(1 << 20), b""):
            digest.update(block)
    return "SHA-256:" + digest.hexdigest()


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
