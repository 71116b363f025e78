"""Dossiers and letters from a real store: the export logged and proven inside the dossier, the selection
as the incident list's filters make it, viewers refused, the dossier bundle checked by verify-bundle."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest

from outputs_store_fixtures import VICTIM, Register, register
from warcrimes.custody.bundle_check import verify_bundle
from warcrimes.domain.audience import Audience, NotPermittedError
from warcrimes.errors import BadInputError, NotFoundError
from warcrimes.outputs.produce import make_dossier, make_letter
from warcrimes.queries.filters import incident_filter
from warcrimes.queries.incidents import get_incident
from warcrimes.services.custody import public_key
from warcrimes.services.dossiers import Selection, gather
from warcrimes.store import Store

ANALYST = Audience("analyst.k")


@pytest.fixture
def filled(store: Store, tmp_path: Path) -> Register:
    return register(store, tmp_path)


def test_gathering_logs_the_export_before_the_checkpoint_so_the_dossier_proves_it(store: Store,
                                                                                   filled: Register) -> None:
    proven = gather(store, Selection((filled.robotyne,)), audience=ANALYST, purpose={"dossier": "d.pdf"})
    contents = proven.contents
    exports = [e for e in contents.entries if e.action == "export"]
    assert [(e.subject, e.actor) for e in exports] == [(f"incident:{filled.robotyne}", "analyst.k")]
    assert exports[0].details["dossier"] == "d.pdf" and exports[0].index < contents.point.size
    assert set(contents.proofs) == {e.index for e in contents.entries}
    assert {r.content_hash for r, _ in contents.reports} <= set(filled.report_hashes)
    assert contents.evidence_links == {filled.evidence_id: (filled.robotyne,)}
    assert proven.verifier_key == public_key(store)


def test_html_dossier_from_the_store_holds_passages_hashes_articles_and_its_own_export(store: Store,
                                                                                       filled: Register,
                                                                                       tmp_path: Path) -> None:
    out = tmp_path / "dossier.html"
    made = make_dossier(store, Selection((filled.robotyne, filled.kherson)), out, audience=ANALYST)
    page = out.read_text(encoding="utf-8")
    assert made.incidents == 2 and made.reference in page
    assert VICTIM in page  # the quoted passage: an analyst's dossier carries what the reports say
    for content_hash in filled.report_hashes[:2] + filled.report_hashes[3:]:
        assert content_hash in page
    assert "Wilful killing" in page and "war crimes" in page  # Rome Statute art. 8(2)(a)(i), with its context
    assert "Herson" not in page and "Херсонська ОВА" in page
    assert '"action":"export"' in page.replace("&#34;", '"')
    assert "data:font/woff2;base64," in page  # the fonts travel inside the file


def test_the_selection_is_the_incident_lists_filters_and_names_what_is_wrong(store: Store, filled: Register,
                                                                             tmp_path: Path) -> None:
    out = tmp_path / "by-filter.html"
    made = make_dossier(store, Selection(where=incident_filter(oblast="Kherson")), out, audience=ANALYST)
    assert made.incidents == 1 and "oblast = Kherson" in out.read_text(encoding="utf-8")
    both = Selection((filled.robotyne, filled.kherson), incident_filter(verification="confirmed"))
    assert make_dossier(store, both, out, audience=ANALYST).incidents == 1
    with pytest.raises(NotFoundError, match="incident 999"):
        make_dossier(store, Selection((999,)), out, audience=ANALYST)
    with pytest.raises(BadInputError, match="name the incidents"):
        make_dossier(store, Selection(), out, audience=ANALYST)
    with pytest.raises(NotFoundError, match="no incident matches"):
        make_dossier(store, Selection(where=incident_filter(oblast="Lviv")), out, audience=ANALYST)
    with pytest.raises(BadInputError, match=r"\.pdf, \.html, \.zip"):
        make_dossier(store, Selection((filled.robotyne,)), tmp_path / "dossier.docx", audience=ANALYST)


def test_a_viewer_gets_no_dossier_and_nothing_is_logged(store: Store, filled: Register, tmp_path: Path) -> None:
    before = get_incident(store, filled.robotyne)
    with pytest.raises(NotPermittedError, match="personal data"):
        make_dossier(store, Selection((filled.robotyne,)), tmp_path / "d.html",
                     audience=Audience("viewer.v", personal_data=False))
    assert not (tmp_path / "d.html").exists() and get_incident(store, filled.robotyne) == before


def test_the_dossier_bundle_passes_verify_bundle_and_a_swapped_dossier_does_not(store: Store, filled: Register,
                                                                                tmp_path: Path) -> None:
    out = tmp_path / "dossier.zip"
    made = make_dossier(store, Selection((filled.robotyne,)), out, audience=ANALYST)
    result = verify_bundle(out, public_key(store))
    assert result.ok, result.problems
    assert result.checked["documents"] == 2 and result.checked["evidence files"] == 1
    with zipfile.ZipFile(out) as bundle:
        manifest = json.loads(bundle.read("manifest.json"))
        assert [i["id"] for i in manifest["incidents"]] == [filled.robotyne]
        assert json.loads(bundle.read("documents/custody-proofs.json"))["dossier"] == made.reference
        assert bundle.read("documents/dossier.pdf").startswith(b"%PDF")
        members = {name: bundle.read(name) for name in bundle.namelist()}
    swapped = tmp_path / "swapped.zip"
    with zipfile.ZipFile(swapped, "w") as forged:
        for name, content in members.items():
            forged.writestr(name, content.replace(b"%PDF", b"%PDF ") if name == "documents/dossier.pdf" else content)
    assert any("documents/dossier.pdf" in p for p in verify_bundle(swapped, public_key(store)).problems)


def test_a_letter_refuses_an_unknown_recipient_or_language_before_anything_is_logged(store: Store,
                                                                                      filled: Register,
                                                                                      tmp_path: Path) -> None:
    before = get_incident(store, filled.robotyne)
    with pytest.raises(BadInputError, match="no recipient 'unesco'"):
        make_letter(store, Selection((filled.robotyne,)), "unesco", "en", tmp_path / "l.pdf", audience=ANALYST)
    with pytest.raises(BadInputError, match="no letters in 'fr'"):
        make_letter(store, Selection((filled.robotyne,)), "icrc_cta", "fr", tmp_path / "l.pdf", audience=ANALYST)
    with pytest.raises(BadInputError, match="written as .pdf"):
        make_letter(store, Selection((filled.robotyne,)), "icrc_cta", "en", tmp_path / "l.html", audience=ANALYST,
                    date=dt.date(2025, 3, 21))
    assert get_incident(store, filled.robotyne) == before
