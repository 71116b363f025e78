"""Dossier assembly and HTML: built from records with no database, refusing material that does not hold."""

from __future__ import annotations

import dataclasses
import json

import pytest

from outputs_fixtures import PROVISIONS, sample_material, sample_scope, signed_log
from warcrimes.outputs.assemble import DossierError, SignedCheckpoint, assemble
from warcrimes.outputs.placemap import MapPoint, place_map
from warcrimes.outputs.provisions import lookup_from, no_texts, parents, resolve
from warcrimes.outputs.render import proofs_json, render_dossier_html
from warcrimes.outputs.wording import count, passage


def dossier():
    return assemble(sample_material(), sample_scope(), lookup_from(PROVISIONS))


def test_each_figure_names_the_accounts_that_gave_it() -> None:
    first = dossier().incidents[0]
    low, best, high = first.figures
    assert (low.value, best.value, high.value) == (2, 3, 3)
    assert low.given_by == (12,) and best.given_by == (11,)
    by_account = {s.account_id: s for s in first.sources}
    assert by_account[11].figures == ("best", "high") and by_account[12].figures == ("low",)
    assert by_account[12].stated_count == "at least 2"


def test_sources_quote_the_words_their_account_was_read_from() -> None:
    source = dossier().incidents[0].sources[1]
    assert source.passage.startswith("The monitoring team received credible information")
    assert source.passage.endswith("in early March.")
    assert source.url == "https://monitor.example/update-12" and source.content_hash.startswith("SHA-256:")


def test_qualification_quotes_texts_on_file_and_marks_the_rest() -> None:
    provisions = {p.id: p for p in dossier().incidents[0].qualification[0].provisions}
    assert provisions["GC III art. 13"].text == "Prisoners of war must at all times be humanely treated."
    assert provisions["GC III art. 130"].text is None
    assert provisions["GC III art. 130"].instrument.startswith("Geneva Convention (III)")


def test_a_paragraph_not_on_file_is_quoted_from_its_article() -> None:
    lookup = lookup_from([dataclasses.replace(PROVISIONS[0], id="AP I art. 51", title="Civilians")])
    assert parents("AP I art. 51(7)") == ["AP I art. 51(7)", "AP I art. 51"]
    shown = resolve("AP I art. 51(7)", lookup)
    assert shown.id == "AP I art. 51(7)" and shown.title == "AP I art. 51: Civilians" and shown.text
    assert resolve("AP I art. 52", no_texts).text is None


def test_evidence_annex_holds_hash_size_and_custody_trail() -> None:
    item = dossier().incidents[0].evidence[0]
    assert item.content_hash == "SHA-256:" + "ab" * 32 and item.size == 48_213_771
    assert [step.action for step in item.trail] == ["evidence.add", "evidence.link"]
    assert dossier().incidents[1].evidence == ()


def test_each_incident_lists_the_custody_entries_about_it_and_its_reports() -> None:
    first, second = dossier().incidents
    assert first.entry_indexes == (1, 2, 3, 4, 7, 8, 9)
    assert second.entry_indexes == (5, 6)


def test_every_entry_comes_with_a_proof_against_the_signed_checkpoint() -> None:
    made = dossier()
    proofs = made.proofs
    assert proofs.size == 11 and [e.index for e in proofs.entries] == list(range(1, 10))
    assert proofs.checkpoint.splitlines()[1] == "11"
    attached = json.loads(proofs_json(made))
    assert attached["entries"][0]["entry"]["index"] == 1 and attached["verifier_key"] == proofs.verifier_key


def test_a_proof_that_does_not_lead_to_the_root_is_refused() -> None:
    material = sample_material()
    index = material.entries[0].index
    broken = dataclasses.replace(material, proofs={**material.proofs, index: [b"\x00" * 32] * 4})
    with pytest.raises(DossierError, match=f"custody entry {index}: no inclusion proof"):
        assemble(broken, sample_scope(), no_texts)


def test_an_entry_altered_after_signing_is_refused() -> None:
    material = sample_material()
    entries = list(material.entries)
    entries[0] = dataclasses.replace(entries[0], actor="someone else")
    with pytest.raises(DossierError, match="no inclusion proof"):
        assemble(dataclasses.replace(material, entries=entries), sample_scope(), no_texts)


def test_a_checkpoint_signed_by_another_key_is_refused() -> None:
    material = sample_material()
    stranger = signed_log([("ingest", "x", {})]).checkpoint
    forged = SignedCheckpoint(material.checkpoint.note, stranger.verifier_key, stranger.public_key_pem)
    with pytest.raises(DossierError, match="checkpoint does not verify"):
        assemble(dataclasses.replace(material, checkpoint=forged), sample_scope(), no_texts)


def test_a_report_without_its_ingest_entry_is_refused() -> None:
    material = sample_material()
    report = material.reports[2]
    kept = [e for e in material.entries if not (e.subject == report.content_hash and e.action == "ingest")]
    with pytest.raises(DossierError, match=r"report SHA-256:\w+: the material lacks the custody entry"):
        assemble(dataclasses.replace(material, entries=kept), sample_scope(), no_texts)


def test_an_evidence_size_unlike_the_logged_one_is_refused() -> None:
    material = sample_material()
    bigger = [dataclasses.replace(material.evidence[0], size=1)]
    with pytest.raises(DossierError, match="1 bytes, but custody entry 7 logged 48213771"):
        assemble(dataclasses.replace(material, evidence=bigger), sample_scope(), no_texts)


def test_statement_separates_what_was_checked_from_what_is_alleged() -> None:
    said = dossier().statement
    assert any("inclusion proof was recomputed" in line for line in said.verified)
    assert any(line.startswith("Incident 1: told by two or more sources") for line in said.verified)
    assert any(line.startswith("Incident 2: rest on a single") for line in said.not_verified)
    assert any(line.startswith("Incident 2: not yet reviewed") for line in said.not_verified)
    assert any("not examined forensically" in line for line in said.not_verified)
    assert not any("centre of the hromada" in line for line in said.not_verified)


def test_reference_names_the_content_not_the_moment() -> None:
    material = sample_material()
    again = assemble(material, dataclasses.replace(sample_scope(), made_by="someone"), no_texts)
    assert again.reference == assemble(material, sample_scope(), no_texts).reference
    other = assemble(material, dataclasses.replace(sample_scope(), filter={}), no_texts)
    assert other.reference != again.reference and again.reference.startswith("WCD-")


def test_html_escapes_what_reports_say() -> None:
    material = sample_material()
    first = material.incidents[0]
    hostile = dataclasses.replace(first, accounts=(dataclasses.replace(
        first.accounts[0], report_publisher="<script>alert(1)</script>"), first.accounts[1]))
    page = render_dossier_html(assemble(dataclasses.replace(material, incidents=[hostile]), sample_scope(),
                                        no_texts))
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_html_holds_summary_map_sources_and_proofs() -> None:
    page = render_dossier_html(dossier())
    assert page.count('<tr><td><a href="#incident-') == 2
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="placemap"' in page
    assert "Херсонська ОВА" in page and "Prisoners of war must at all times be humanely treated." in page
    assert dossier().proofs.entries[0].leaf_hash in page


def test_map_places_each_point_inside_its_frame_and_draws_nothing_without_points() -> None:
    svg = place_map([MapPoint("1", 47.48, 35.42), MapPoint("2", 46.64, 32.62, exact=False)])
    assert svg.count("<circle") == 2 and 'fill="#ffffff"' in svg and "km</text>" in svg
    assert place_map([]) == ""
    single = place_map([MapPoint("<7>", 48.0, 37.8)])
    assert "&lt;7&gt;" in single and 'cx="320.0"' in single


def test_passage_folds_whitespace_and_cuts_at_a_word() -> None:
    text = "Shelling  hit\nthe market. " + "word " * 400
    assert passage(text, (0, 25)) == "Shelling hit the market."
    cut = passage(text, (0, len(text)), limit=50)
    assert cut.endswith(" \u2026") and len(cut) <= 52 and not cut[:-2].endswith("wor")
    assert passage(text, (30, 10)) == "" and count(7, None) == "at least 7" and count(None, None) == "not stated"
