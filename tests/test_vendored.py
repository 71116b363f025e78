"""Shipped third-party files are exactly the ones their PROVENANCE.md records, and safe under our CSP."""

from __future__ import annotations

import hashlib
import importlib.util
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
STATIC = ROOT / "src" / "warcrimes" / "web" / "static"
FILE_ROW = re.compile(r"^\| `(?P<name>[^`]+)` \| (?P<source>[^|]+) \| (?P<size>\d+) \| `(?P<sha256>[0-9a-f]{64})` \|$")
RECORDED = sorted(path.parent for path in STATIC.rglob("PROVENANCE.md"))


def _rows(folder: Path) -> dict[str, tuple[int, str]]:
    rows = {}
    for line in (folder / "PROVENANCE.md").read_text(encoding="utf-8").splitlines():
        match = FILE_ROW.match(line)
        if match:
            rows[match["name"]] = (int(match["size"]), match["sha256"])
    return rows


def _vendor_script():
    path = ROOT / "scripts" / "vendor_web.py"
    sys.path.insert(0, str(path.parent))
    try:
        spec = importlib.util.spec_from_file_location("vendor_web", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules.setdefault("vendor_web", module)  # dataclasses look their module up there
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(path.parent))
    return module


def test_every_static_asset_folder_has_a_provenance_note() -> None:
    names = {folder.relative_to(STATIC).as_posix() for folder in RECORDED}
    assert {"vendor/leaflet", "vendor/leaflet.markercluster", "vendor/uplot", "fonts"} <= names


@pytest.mark.parametrize("folder", RECORDED, ids=lambda folder: folder.relative_to(STATIC).as_posix())
def test_shipped_files_have_the_size_and_sha256_their_provenance_records(folder: Path) -> None:
    rows = _rows(folder)
    assert rows, f"{folder}/PROVENANCE.md lists no files"
    shipped = {path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()}
    assert shipped - {"PROVENANCE.md"} == set(rows), "files on disk and in PROVENANCE.md differ"
    for name, (size, sha256) in rows.items():
        payload = (folder / name).read_bytes()
        assert len(payload) == size, f"{name}: {len(payload)} bytes, PROVENANCE.md says {size}"
        assert hashlib.sha256(payload).hexdigest() == sha256, f"{name}: SHA-256 differs from PROVENANCE.md"


@pytest.mark.parametrize("folder", RECORDED, ids=lambda folder: folder.relative_to(STATIC).as_posix())
def test_every_asset_folder_ships_a_licence(folder: Path) -> None:
    assert any(re.search(r"licen[cs]e|ofl", path.name, re.IGNORECASE) for path in folder.iterdir())


def test_provenance_names_the_pinned_version_and_tarball_integrity() -> None:
    for pin in _vendor_script().PINS:
        note = (STATIC / pin.folder / "PROVENANCE.md").read_text(encoding="utf-8")
        assert f"## {pin.package} {pin.version}" in note
        assert f"`{pin.integrity}`" in note
        assert set(pin.files.values()) <= set(_rows(STATIC / pin.folder))


def test_vendored_scripts_need_neither_eval_nor_inline_script() -> None:
    """The pages' CSP has no 'unsafe-eval' and no 'unsafe-inline': a library must not need them."""
    scripts = sorted(STATIC.glob("vendor/*/*.js"))
    assert scripts
    for script in scripts:
        code = script.read_text(encoding="utf-8")
        assert not re.search(r"\beval\(|new Function\(|\bFunction\(\s*['\"]", code), script.name
        assert "document.write" not in code, script.name
