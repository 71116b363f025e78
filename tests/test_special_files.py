"""Special files are refused by what they are before a byte is read; links are not followed unless
asked, and never out of the folder ingested; the store is created readable by its owner only."""

from __future__ import annotations

import os
import socket
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from cli_fixtures import GOOD_REPORT, no_traceback, warcrimes

PUBLISHED = ("--published", "2024-03-04")


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD_REPORT)
    return path


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    return path


@pytest.fixture
def unix_socket(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "sock.txt"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    yield path
    server.close()


def test_ingest_refuses_a_fifo_by_type_and_stores_the_good_file_beside_it(tmp_path: Path, fifo: Path,
                                                                          good: Path) -> None:
    done = warcrimes(tmp_path / "home", "ingest", *PUBLISHED, str(fifo), str(good))
    assert done.returncode == 1 and no_traceback(done)
    assert "named pipe (FIFO)" in done.stderr and "1 stored" in done.stdout


def test_ingest_refuses_a_socket_and_a_device(tmp_path: Path, unix_socket: Path) -> None:
    done = warcrimes(tmp_path / "home", "ingest", *PUBLISHED, str(unix_socket), "/dev/null")
    assert done.returncode == 1 and no_traceback(done)
    assert "is a socket" in done.stderr and "/dev/null: is a character device" in done.stderr


@pytest.mark.parametrize("special", ["/dev/zero", "fifo"])
def test_evidence_add_refuses_endless_and_blocking_files(tmp_path: Path, special: str, fifo: Path,
                                                         good: Path) -> None:
    named = str(fifo) if special == "fifo" else special
    done = warcrimes(tmp_path / "home", "evidence", "add", named, str(good))
    assert done.returncode == 1 and no_traceback(done)
    assert "not a file" in done.stderr
    assert "stored as evidence" in done.stdout


def test_extract_refuses_dev_zero_and_a_fifo_by_type(tmp_path: Path, fifo: Path) -> None:
    for named in ("/dev/zero", str(fifo)):
        done = warcrimes(tmp_path / "home", "extract", *PUBLISHED, named)
        assert done.returncode == 2 and no_traceback(done)
        assert "not a file" in done.stderr


def test_extract_batch_refuses_a_fifo_and_goes_on(tmp_path: Path, good: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    os.mkfifo(folder / "a.txt")
    (folder / "b.txt").write_text(GOOD_REPORT)
    done = warcrimes(tmp_path / "home", "extract", *PUBLISHED, "--batch", str(folder))
    assert done.returncode == 1 and no_traceback(done)
    assert "a.txt: is a named pipe" in done.stderr
    assert '"file": "b.txt"' in done.stdout


def test_empty_evidence_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "blank.jpg"
    empty.touch()
    done = warcrimes(tmp_path / "home", "evidence", "add", str(empty))
    assert done.returncode == 2 and "is empty (0 bytes)" in done.stderr


def test_evidence_larger_than_its_bound_is_refused_naming_the_setting(tmp_path: Path, good: Path) -> None:
    done = warcrimes(tmp_path / "home", "evidence", "add", str(good), env={"WARCRIMES_MAX_EVIDENCE_BYTES": "10"})
    assert done.returncode == 2 and no_traceback(done)
    assert "WARCRIMES_MAX_EVIDENCE_BYTES" in done.stderr
    assert not list((tmp_path / "home" / "vault").rglob("sha256/*/*"))


def test_a_folder_named_like_a_report_is_named_as_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "x.txt"
    folder.mkdir()
    ingest = warcrimes(tmp_path / "home", "ingest", *PUBLISHED, str(folder))
    assert ingest.returncode == 1 and "is a folder with no report files" in ingest.stderr
    extract = warcrimes(tmp_path / "home", "extract", *PUBLISHED, str(folder))
    assert extract.returncode == 2 and "is a folder" in extract.stderr
    evidence = warcrimes(tmp_path / "home", "evidence", "add", str(folder))
    assert evidence.returncode == 2 and "is a folder" in evidence.stderr


@pytest.fixture
def linked_tree(tmp_path: Path) -> Path:
    """A folder with a report, a link to a secret outside it, and a link to a report inside it."""
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:the password file\n")
    tree = tmp_path / "tree"
    (tree / "sub").mkdir(parents=True)
    (tree / "report.txt").write_text(GOOD_REPORT)
    (tree / "sub" / "inner.txt").write_text(GOOD_REPORT.replace("two", "three"))
    (tree / "shadow.txt").symlink_to(secret)
    (tree / "inner-link.txt").symlink_to(tree / "sub" / "inner.txt")
    (tree / "outside-folder").symlink_to(tmp_path, target_is_directory=True)
    return tree


def test_a_folder_walk_follows_no_link_by_default(tmp_path: Path, linked_tree: Path) -> None:
    done = warcrimes(tmp_path / "home", "ingest", *PUBLISHED, str(linked_tree))
    assert done.returncode == 1 and no_traceback(done)
    assert "shadow.txt: is a symbolic link" in done.stderr and "--follow-symlinks" in done.stderr
    assert "2 stored" in done.stdout  # report.txt and sub/inner.txt


def test_follow_symlinks_never_leaves_the_folder_ingested(tmp_path: Path, linked_tree: Path) -> None:
    done = warcrimes(tmp_path / "home", "ingest", *PUBLISHED, "--follow-symlinks", str(linked_tree))
    assert no_traceback(done)
    assert "shadow.txt: is a symbolic link pointing outside" in done.stderr
    assert "outside-folder: is a symbolic link pointing outside" in done.stderr
    assert "inner-link.txt: already stored" in done.stdout or "inner-link.txt: report" in done.stdout
    listed = warcrimes(tmp_path / "home", "incidents", "--format", "json")
    assert "password" not in listed.stdout


def test_a_link_named_directly_is_refused_unless_followed(tmp_path: Path, good: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(good)
    refused = warcrimes(tmp_path / "home", "ingest", *PUBLISHED, str(link))
    assert refused.returncode == 1 and "is a symbolic link" in refused.stderr
    followed = warcrimes(tmp_path / "home", "ingest", *PUBLISHED, "--follow-symlinks", str(link))
    assert followed.returncode == 0 and "1 stored" in followed.stdout
    evidence = warcrimes(tmp_path / "home", "evidence", "add", str(link))
    assert evidence.returncode == 2 and "is a symbolic link" in evidence.stderr


def test_the_store_database_and_its_folder_are_created_owner_only(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert warcrimes(home, "db", "upgrade").returncode == 0
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert stat.S_IMODE((home / "warcrimes.sqlite3").stat().st_mode) == 0o600


def test_the_signing_key_is_created_owner_only(tmp_path: Path, good: Path) -> None:
    home = tmp_path / "home"
    assert warcrimes(home, "ingest", *PUBLISHED, str(good)).returncode == 0
    assert warcrimes(home, "log", "checkpoint").returncode == 0
    keys = home / "keys"
    assert stat.S_IMODE(keys.stat().st_mode) == 0o700
    for key in keys.iterdir():
        if not key.name.endswith((".vkey", ".vkeys", ".pub")):
            assert stat.S_IMODE(key.stat().st_mode) == 0o600, key
