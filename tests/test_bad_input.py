"""Fifty-odd kinds of bad input through the real command line (subprocesses): no traceback, no hang
(the timeout is a hang guard only), each bad thing named on one line, and the good files in the same
batch still stored."""

from __future__ import annotations

import codecs
import json
import os
import socket
import subprocess
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from cli_fixtures import GOOD_REPORT, no_traceback, warcrimes

Maker = Callable[[Path], Path]
DATED = '{"published": "2024-03-04"}'
SIDECAR_LATIN1 = '{"publisher": "Caf\xe9", "published": "2024-03-04"}'.encode("latin-1")


def _file(name: str, content: bytes | str, sidecar: str | bytes | None = DATED) -> Maker:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(content.encode() if isinstance(content, str) else content)
        if sidecar is not None:
            (folder / f"{path.stem}.meta.json").write_bytes(sidecar.encode() if isinstance(sidecar, str) else sidecar)
        return path
    return make


def _fifo(folder: Path) -> Path:
    os.mkfifo(folder / "pipe.txt")
    return folder / "pipe.txt"


def _folder_like_a_file(folder: Path) -> Path:
    (folder / "folder.txt").mkdir()
    return folder / "folder.txt"


def _link_out(folder: Path) -> Path:
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    return folder / "passwd.txt"


def _dangling(folder: Path) -> Path:
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    return folder / "gone.txt"


def _through_a_file(folder: Path) -> Path:
    (folder / "plain.txt").write_text("x")
    return folder / "plain.txt" / "inside.txt"


def _named(path: str) -> Maker:
    return lambda _folder: Path(path)


#: Kinds of bad report file, all named on one `ingest` command line beside the good ones.
BAD_REPORTS: dict[str, Maker] = {
    "empty file": _file("empty.txt", b""),
    "only whitespace": _file("blank.txt", " \n\t\n"),
    "only a byte order mark": _file("bom.txt", codecs.BOM_UTF8),
    "NUL bytes": _file("nul.txt", b"Russian forces\x00shelled"),
    "invalid UTF-8": _file("latin1.txt", "Kyiv caf\u00e9 shelled".encode("latin-1")),
    "UTF-16 without a mark": _file("utf16.txt", GOOD_REPORT.encode("utf-16-le")),
    "bad UTF-16 after its mark": _file("badutf16.txt", codecs.BOM_UTF16_LE + b"\x00\xd8A"),
    "FIFO": _fifo,
    "folder named like a report": _folder_like_a_file,
    "link out of the folder": _link_out,
    "dangling link": _dangling,
    "character device": _named("/dev/null"),
    "endless device": _named("/dev/zero"),
    "unknown extension": _file("report.pdf", GOOD_REPORT),
    "no extension": _file("README-less", GOOD_REPORT),
    "missing file": _named("/nonexistent/report.txt"),
    "path through a file": _through_a_file,
    "sidecar not JSON": _file("s1.txt", GOOD_REPORT + "1", "{not json"),
    "sidecar a JSON list": _file("s2.txt", GOOD_REPORT + "2", "[1, 2]"),
    "sidecar date a word": _file("s3.txt", GOOD_REPORT + "3", '{"published": "yesterday"}'),
    "sidecar date year 1": _file("s4.txt", GOOD_REPORT + "4", '{"published": "0001-01-01"}'),
    "sidecar date year 9999": _file("s5.txt", GOOD_REPORT + "5", '{"published": "9999-12-31"}'),
    "sidecar date 30 February": _file("s6.txt", GOOD_REPORT + "6", '{"published": "2024-02-30"}'),
    "sidecar date a number": _file("s7.txt", GOOD_REPORT + "7", '{"published": 20240304}'),
    "sidecar in Latin-1": _file("s8.txt", GOOD_REPORT + "8", SIDECAR_LATIN1),
    "no publication date": _file("undated.txt", GOOD_REPORT + "9", None),
    "HTML without article text": _file("nav.html", "<html><body><nav>Home | News</nav></body></html>"),
    "HTML of only a script": _file("script.html", "<html><script>var x = 1;</script></html>"),
    "PNG named .html": _file("image.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256))),
    "markup nested 20,000 deep": _file("deep.html", "<div>" * 20000 + "text" + "</div>" * 20000),
    "ZIP named .txt": _file("archive.txt", b"PK\x03\x04" + bytes(100)),
}


def _socket_file(folder: Path) -> Iterator[Path]:
    path = folder / "sock.txt"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        yield path


@pytest.fixture
def batch(tmp_path: Path) -> tuple[list[Path], list[Path]]:
    """The bad files and three good ones, in one folder (a socket is added by the test)."""
    folder = tmp_path / "in"
    folder.mkdir()
    bad = [make(folder) for make in BAD_REPORTS.values()]
    good = []
    for number in range(3):
        path = folder / f"good{number}.txt"
        path.write_text(GOOD_REPORT.replace("two", ["two", "three", "four"][number]))
        (folder / f"good{number}.meta.json").write_text(DATED)
        good.append(path)
    return bad, good


def test_thirty_kinds_of_bad_report_file_in_one_batch_each_one_line_and_the_good_files_stored(
        tmp_path: Path, batch: tuple[list[Path], list[Path]]) -> None:
    bad, good = batch
    sockets = _socket_file(tmp_path / "in")
    sock = next(sockets)
    named = [str(p) for p in [good[0], *bad[:15], good[1], *bad[15:], sock, good[2]]]
    done = warcrimes(tmp_path / "home", "ingest", *named, env={"WARCRIMES_MAX_REPORT_BYTES": "400000"})
    sockets.close()
    assert no_traceback(done), done.stderr
    assert done.returncode == 1
    # every good file stored; a bad one is refused on one line, or read for what it is (a page whose
    # navigation is all its text, a date written 20240304), never lost without a word
    assert all(f"{g}: report " in done.stdout for g in good), (done.stdout, done.stderr)
    errors = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
    # a line names the file, or its sidecar (NAME.meta.json) when that is what is wrong
    unnamed = [p for p in [*bad, sock] if not any(str(p.parent / p.stem) in line for line in errors)
               and not any(f"{p}: " in line for line in done.stdout.splitlines())]
    assert unnamed == [], (unnamed, done.stderr)
    assert "internal error" not in done.stderr


def test_a_report_over_the_size_bound_is_refused_and_the_next_one_stored(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(GOOD_REPORT * 100)
    (tmp_path / "ok.txt").write_text(GOOD_REPORT)
    done = warcrimes(tmp_path / "home", "ingest", "--published", "2024-03-04", str(tmp_path / "big.txt"),
                     str(tmp_path / "ok.txt"), env={"WARCRIMES_MAX_REPORT_BYTES": "1000"})
    assert no_traceback(done) and done.returncode == 1
    assert "WARCRIMES_MAX_REPORT_BYTES" in done.stderr and "1 stored" in done.stdout


def _bundle(path: Path, members: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return path


def _commands(tmp: Path) -> dict[str, tuple[list[str], dict[str, str]]]:
    good = tmp / "good.txt"
    good.write_text(GOOD_REPORT)
    (tmp / "empty.jpg").write_bytes(b"")
    os.mkfifo(tmp / "evidence.fifo")
    (tmp / "dir.txt").mkdir()
    (tmp / "notazip.zip").write_text("not a zip")
    no_manifest = _bundle(tmp / "nomanifest.zip", {"x": "y"})
    list_manifest = _bundle(tmp / "listmanifest.zip", {"manifest.json": "[]", "checkpoint.txt": "x",
                                                       "log.vkey": "x+00+AQ=="})
    bad_key = _bundle(tmp / "badkey.zip", {"manifest.json": "{}", "checkpoint.txt": "x", "log.vkey": "not a key"})
    return {
        "unknown option": (["ingest", "--bogus", str(good)], {}),
        "missing argument": (["ingest"], {}),
        "bad choice": (["incidents", "--format", "yaml"], {}),
        "word for a number": (["incident", "confirm", "seven"], {}),
        "id past 2^63": (["incident", "confirm", str(2**63 + 1)], {}),
        "bare command": ([], {}),
        "unknown command": (["frobnicate"], {}),
        "impossible date option": (["ingest", "--published", "2024-13-45", str(good)], {}),
        "far-future date option": (["ingest", "--published", "9999-01-01", str(good)], {}),
        "evidence from /dev/zero": (["evidence", "add", "/dev/zero"], {}),
        "empty evidence": (["evidence", "add", str(tmp / "empty.jpg")], {}),
        "evidence from a FIFO": (["evidence", "add", str(tmp / "evidence.fifo")], {}),
        "evidence for no such incident": (["evidence", "add", "--incident", "424242", str(good)], {}),
        "extract from /dev/zero": (["extract", "--published", "2024-03-04", "/dev/zero"], {}),
        "extract a folder": (["extract", "--published", "2024-03-04", str(tmp / "dir.txt")], {}),
        "extract --batch of a file": (["extract", "--batch", str(good)], {}),
        "verify-bundle of a non-zip": (["verify-bundle", str(tmp / "notazip.zip")], {}),
        "bundle without manifest": (["verify-bundle", str(no_manifest)], {}),
        "bundle manifest a list": (["verify-bundle", str(list_manifest)], {}),
        "bundle with a broken key": (["verify-bundle", str(bad_key)], {}),
        "size setting not a number": (["ingest", str(good)], {"WARCRIMES_MAX_REPORT_BYTES": "lots"}),
        "unknown incident": (["incident", "history", "424242"], {}),
    }


def test_twenty_kinds_of_bad_command_line_each_end_with_a_clear_line(tmp_path: Path) -> None:
    commands = _commands(tmp_path)
    hung, tracebacks, silent = [], [], []
    for kind, (args, env) in commands.items():
        try:
            done = warcrimes(tmp_path / "home", *args, env=env, timeout=120)
        except subprocess.TimeoutExpired:
            hung.append(kind)
            continue
        if not no_traceback(done):
            tracebacks.append(kind)
        elif done.returncode == 0 or not done.stderr.strip():
            silent.append(kind)
    assert (hung, tracebacks, silent) == ([], [], [])


def test_the_kinds_counted_are_at_least_forty_five(tmp_path: Path) -> None:
    kinds = len(BAD_REPORTS) + 1 + 1 + len(_commands(tmp_path))  # + socket + size bound
    assert kinds >= 45, kinds
    assert json.dumps(sorted(BAD_REPORTS))  # every kind has a name a failure can report
