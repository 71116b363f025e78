"""The dossier PDF read back with poppler (pdftotext, pdfdetach) and drawn to PNG for a person to look at."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from outputs_fixtures import PROVISIONS, pdf_unavailable, sample_material, sample_scope
from warcrimes.outputs.assemble import assemble
from warcrimes.outputs.pdf import PROOFS_ATTACHMENT, write_dossier_pdf
from warcrimes.outputs.provisions import lookup_from

#: PNG pages land here so a person can look at them after the run.
LOOK = Path("/tmp/warcrimes-test-output/outputs")
UNAVAILABLE = pdf_unavailable()

pytestmark = [pytest.mark.slow, pytest.mark.skipif(UNAVAILABLE is not None, reason=UNAVAILABLE or "")]


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory):
    dossier = assemble(sample_material(), sample_scope(), lookup_from(PROVISIONS))
    out = tmp_path_factory.mktemp("dossier") / "dossier.pdf"
    write_dossier_pdf(dossier, out)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    return dossier, out, text


def test_pdf_text_holds_every_hash_of_reports_and_evidence(made) -> None:
    dossier, _, text = made
    hashes = {s.content_hash for i in dossier.incidents for s in i.sources}
    hashes |= {e.content_hash for i in dossier.incidents for e in i.evidence}
    assert len(hashes) == 4
    for content_hash in hashes:
        assert content_hash in text, content_hash


def test_pdf_text_quotes_the_article_texts_on_file(made) -> None:
    _, _, text = made
    assert "Prisoners of war must at all times be humanely treated." in text
    assert "Wilful killing;" in text


def test_pdf_text_holds_the_signed_checkpoint_and_the_key(made) -> None:
    dossier, _, text = made
    for line in dossier.proofs.checkpoint.strip().splitlines():
        assert line.strip() in text, line
    assert dossier.proofs.verifier_key in text
    assert all(e.leaf_hash in text for e in dossier.proofs.entries)


def test_pdf_keeps_cyrillic_as_text(made) -> None:
    _, _, text = made
    words = " ".join(text.split())  # a phrase may wrap across lines
    assert "Херсонська ОВА" in words and "Загинули двоє цивільних" in words


def test_pdf_carries_the_proofs_as_an_attachment(made, tmp_path: Path) -> None:
    dossier, out, _ = made
    subprocess.run(["pdfdetach", "-saveall", "-o", str(tmp_path), str(out)], check=True)
    attached = json.loads((tmp_path / PROOFS_ATTACHMENT).read_text(encoding="utf-8"))
    assert attached["dossier"] == dossier.reference
    assert [e["entry"]["index"] for e in attached["entries"]] == [e.index for e in dossier.proofs.entries]


def test_pdf_pages_render_to_png_for_a_person_to_look_at(made) -> None:
    _, out, _ = made
    LOOK.mkdir(parents=True, exist_ok=True)
    for old in LOOK.glob("dossier-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "70", "-png", str(out), str(LOOK / "dossier")], check=True)
    pages = sorted(LOOK.glob("dossier-*.png"))
    assert len(pages) >= 5 and all(p.stat().st_size > 5_000 for p in pages)
