"""The output commands as the acceptance checks run them: `warcrimes dossier ID -o FILE.pdf|.html`,
`warcrimes export --format csv|geojson|jsonl -o FILE [filters]`, `warcrimes import FILE.jsonl` into the
store WARCRIMES_HOME names; PDFs read back with poppler and drawn to PNG for a person to look at."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from outputs_fixtures import pdf_unavailable
from outputs_store_fixtures import VICTIM, Register, register
from warcrimes.config import load_settings
from warcrimes.domain.provisions import provision
from warcrimes.outputs.exports.acled import ACLED_COLUMNS
from warcrimes.store import open_store

WARCRIMES = Path(sys.executable).with_name("warcrimes")
LOOK = Path("/tmp/warcrimes-test-output/outputs")
UNAVAILABLE = pdf_unavailable()


def home_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("WARCRIMES_DATABASE_URL", "WARCRIMES_LETTERS")}
    return {**env, "WARCRIMES_HOME": str(home), "WARCRIMES_ACTOR": "analyst.k"}


def cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(WARCRIMES), *args], env=home_env(home), capture_output=True, text=True, timeout=300)


def filled_home(tmp_path: Path, name: str = "home") -> tuple[Path, Register]:
    home = tmp_path / name
    home.mkdir()
    store = open_store(load_settings(home_env(home)))
    try:
        return home, register(store, tmp_path)
    finally:
        store.engine.dispose()


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Register]:
    """One register for the tests that only read it or are refused (building one takes seconds)."""
    return filled_home(tmp_path_factory.mktemp("shared"))


def test_export_import_export_from_the_command_line_gives_the_same_bytes(tmp_path: Path) -> None:
    home, _ = filled_home(tmp_path)
    first, again = tmp_path / "register.jsonl", tmp_path / "again.jsonl"
    done = cli(home, "export", "--format", "jsonl", "-o", str(first), "--made-at", "checkpoint")
    assert done.returncode == 0, done.stderr
    fresh = tmp_path / "fresh"
    done = cli(fresh, "import", str(first), "--vault", str(home / "vault"))
    assert done.returncode == 0, done.stderr
    assert "1 evidence file(s) copied" in done.stdout and "checkpoint(s) verified" in done.stdout
    assert cli(fresh, "export", "--format", "jsonl", "-o", str(again), "--made-at", "checkpoint").returncode == 0
    assert again.read_bytes() == first.read_bytes()
    verified = cli(fresh, "verify")
    assert verified.returncode == 0 and "all hold" in verified.stdout, verified.stdout + verified.stderr


def test_csv_and_geojson_exports_take_the_incident_lists_filters(shared: tuple[Path, Register],
                                                                 tmp_path: Path) -> None:
    home, filled = shared
    out = tmp_path / "kherson.csv"
    done = cli(home, "export", "--format", "csv", "-o", str(out), "--oblast", "Kherson")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert [r["incident_id"] for r in rows] == [str(filled.kherson)] and rows[0]["admin1"] == "Kherson Oblast"
    assert list(rows[0])[:len(ACLED_COLUMNS)] == list(ACLED_COLUMNS) and VICTIM not in out.read_text("utf-8")
    assert json.loads((tmp_path / "kherson.csv.meta.json").read_text("utf-8"))["filter"] == {"oblast": "Kherson"}
    geo = tmp_path / "confirmed.geojson"
    assert cli(home, "export", "--format", "geojson", "-o", str(geo), "--verification", "confirmed").returncode == 0
    assert [f["id"] for f in json.loads(geo.read_text("utf-8"))["features"]] == [filled.robotyne]
    series = tmp_path / "series.csv"
    assert cli(home, "export", "--format", "series-csv", "-o", str(series)).returncode == 0
    assert "held_captive" in series.read_text("utf-8")


@pytest.mark.parametrize(("args", "says", "code"), [
    (("export", "--format", "xlsx", "-o", "x.xlsx"), "xlsx", 2),
    (("export", "--format", "csv", "-o", "no/such/folder/x.csv"), "does not exist", 2),
    (("export", "--format", "csv", "-o", "x.csv", "--violation", "theft"), "unknown violation label", 2),
    (("export", "--format", "jsonl", "-o", "x.jsonl", "--oblast", "Kherson"), "takes no incident filter", 2),
    (("export", "--format", "jsonl", "-o", "x.jsonl", "--made-at", "yesterday"), "is not a time", 2),
    (("export", "--format", "csv", "-o", "x.csv", "--registry"), "--registry goes with --format jsonl", 2),
    (("dossier", "999", "-o", "d.html"), "incident 999 is not in the store", 3),
    (("dossier", "-o", "d.html"), "name the incidents", 2),
    (("dossier", "1", "-o", "d.docx"), ".pdf, .html, .zip", 2),
    (("letter", "1", "--to", "unesco", "-o", "l.pdf"), "unesco", 2),
    (("import", "missing.jsonl"), "cannot be read", 2),
])
def test_command_line_mistakes_get_a_sentence_and_a_non_zero_exit(shared: tuple[Path, Register], tmp_path: Path,
                                                                   args: tuple[str, ...], says: str, code: int) -> None:
    home, _ = shared
    done = subprocess.run([str(WARCRIMES), *args], env=home_env(home), capture_output=True, text=True,
                          cwd=tmp_path, timeout=120)
    assert done.returncode == code, done.stdout + done.stderr
    assert says in done.stderr and "Traceback" not in done.stderr
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(("x.", "d.", "l.", "."))]


def test_import_into_a_store_that_holds_a_register_is_refused(shared: tuple[Path, Register], tmp_path: Path) -> None:
    home, _ = shared
    exported = tmp_path / "register.jsonl"
    assert cli(home, "export", "--format", "jsonl", "-o", str(exported)).returncode == 0
    done = cli(home, "import", str(exported))
    assert done.returncode == 2 and "an import goes only into a fresh store" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


@pytest.mark.slow
@pytest.mark.skipif(UNAVAILABLE is not None, reason=UNAVAILABLE or "")
def test_dossier_pdf_reads_back_with_hashes_article_texts_and_the_checkpoint(shared: tuple[Path, Register],
                                                                             tmp_path: Path) -> None:
    home, filled = shared
    out = tmp_path / "dossier.pdf"
    done = cli(home, "dossier", str(filled.robotyne), str(filled.kherson), "-o", str(out))
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    words = " ".join(text.split())
    for content_hash in (filled.report_hashes[0], filled.report_hashes[3]):
        assert content_hash in text
    subprocess.run(["pdfdetach", "-saveall", "-o", str(tmp_path), str(out)], check=True)
    proofs = json.loads((tmp_path / "custody-proofs.json").read_text(encoding="utf-8"))
    for line in proofs["checkpoint"].strip().splitlines():
        assert line.strip() in text, line
    assert proofs["verifier_key"] in words.replace(" ", "") or proofs["verifier_key"] in text
    wilful = provision("Rome Statute art. 8(2)(a)(i)")
    assert wilful.text and wilful.text in words and wilful.context[0] in words
    assert "Херсонська ОВА" in words and VICTIM in words
    evidence = [e for e in proofs["entries"] if e["entry"]["action"] == "evidence.add"]
    assert evidence and evidence[0]["entry"]["subject"] in text
    _look(out, "store-dossier")


@pytest.mark.slow
@pytest.mark.skipif(UNAVAILABLE is not None, reason=UNAVAILABLE or "")
def test_letters_in_english_and_ukrainian_from_an_office_folder(shared: tuple[Path, Register],
                                                                tmp_path: Path) -> None:
    home, filled = shared
    office = tmp_path / "office"
    office.mkdir()
    shipped = json.loads((Path(__file__).parents[1] / "src/warcrimes/outputs/data/letters/office.json")
                         .read_text(encoding="utf-8"))
    shipped["uk"]["signatory"]["name"] = "Олена КОВАЛЬ"
    (office / "office.json").write_text(json.dumps(shipped, ensure_ascii=False), encoding="utf-8")
    for language in ("en", "uk"):
        out = tmp_path / f"letter-{language}.pdf"
        done = cli(home, "letter", str(filled.robotyne), "--to", "icrc-cta", "--language", language, "-o", str(out),
                   "--letters", str(office), "--date", "2025-03-21")
        assert done.returncode == 0, done.stderr
        text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                       check=True).stdout.split())
        assert ("Олена КОВАЛЬ" in text) == (language == "uk")
        assert "21.03.2025" in text if language == "uk" else "21 March 2025" in text
        assert filled.report_hashes[0] in text
        _look(out, f"store-letter-{language}")


def _look(pdf: Path, stem: str) -> None:
    """Pages as PNG in the test output folder, for a person to look at."""
    LOOK.mkdir(parents=True, exist_ok=True)
    for old in LOOK.glob(f"{stem}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(LOOK / stem)], check=True)
    assert sorted(LOOK.glob(f"{stem}-*.png"))
