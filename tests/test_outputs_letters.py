"""Letters: drafted from data files an office edits, in English and Ukrainian, with the dossier as annex."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest

from outputs_fixtures import PROVISIONS, pdf_unavailable, sample_material, sample_scope
from warcrimes.outputs.assemble import assemble
from warcrimes.outputs.letters import LetterError, LetterKit, draft_letter, recipients
from warcrimes.outputs.provisions import lookup_from

DAY = dt.date(2025, 3, 21)
LOOK = Path("/tmp/warcrimes-test-output/outputs")


@pytest.fixture(scope="module")
def dossier():
    return assemble(sample_material(), sample_scope(), lookup_from(PROVISIONS))


@pytest.mark.parametrize("recipient", ["un_hrmmu", "icrc_cta", "icc_otp", "national_prosecutor"])
@pytest.mark.parametrize("language", ["en", "uk"])
def test_every_recipient_gets_a_letter_in_both_languages_naming_the_dossier(dossier, recipient, language) -> None:
    letter = draft_letter(dossier, recipient, language, date=DAY, annex_pages=8)
    text = "\n".join(letter.paragraphs)
    assert dossier.reference in text and dossier.reference in letter.annex
    assert "Kamianske, Zaporizhzhia Oblast" in text and "Kherson, Kherson Oblast" in text
    assert any(f"{word} {dossier.proofs.size}" in text for word in ("size", "розміром"))  # the checkpoint
    assert letter.signatory_name and letter.addressee and letter.subject


def test_ukrainian_letter_follows_official_style(dossier) -> None:
    letter = draft_letter(dossier, "national_prosecutor", "uk", date=DAY, annex_pages=8, number="1234")
    assert letter.date == "21.03.2025" and letter.reference == "HRDC/PG/2025/1234"
    assert letter.addressee[0] == "Генеральному прокуророві"  # dative, as the addressee is written
    assert letter.subject.startswith("Про ")
    assert letter.signatory_name == "Олена КОВАЛЕНКО"  # given name, SURNAME
    assert letter.annex.startswith(f"Додаток: досьє {dossier.reference} на 8 арк. в 1 прим.")
    text = "\n".join(letter.paragraphs)
    assert "статті 214 Кримінального процесуального кодексу України" in text
    assert "3 березня 2025 року" in text and "військовополонені, 3 особи" in text
    assert "Єдиного реєстру досудових розслідувань" in text


def test_one_incident_reads_in_the_singular(dossier) -> None:
    one = dataclasses.replace(dossier, incidents=dossier.incidents[:1])
    uk = "\n".join(draft_letter(one, "icc_otp", "uk", date=DAY).paragraphs)
    assert "щодо випадку, який, згідно з повідомленнями, може становити" in uk and "Цей випадок внесено" in uk
    en = "\n".join(draft_letter(one, "icc_otp", "en", date=DAY).paragraphs)
    assert "information on 1 incident which" in en and "The incident is recorded" in en


def test_an_office_changes_its_letterhead_and_wording_without_code(dossier, tmp_path: Path) -> None:
    office = json.loads(LetterKit().read("office.json"))
    office["en"]["signatory"] = {"title": "Ombudsperson", "name": "Iryna Bondar"}
    office["reference"] = {"format": "OMB-{{ year }}-{{ number }}", "prefix": ""}
    (tmp_path / "office.json").write_text(json.dumps(office), encoding="utf-8")
    (tmp_path / "un_hrmmu.en.txt").write_text("We ask you to look at {{ count }} incidents.\n\nThank you.",
                                              encoding="utf-8")
    letter = draft_letter(dossier, "un_hrmmu", "en", date=DAY, number="77", kit=LetterKit(tmp_path))
    assert letter.signatory_name == "Iryna Bondar" and letter.reference == "OMB-2025-77"
    assert letter.paragraphs == ("We ask you to look at 2 incidents.", "Thank you.")


def test_an_edited_template_cannot_reach_into_the_system(dossier, tmp_path: Path) -> None:
    (tmp_path / "icc_otp.en.txt").write_text("{{ office.__class__.__mro__[1].__subclasses__() }}", encoding="utf-8")
    with pytest.raises(LetterError, match="cannot be drafted: SecurityError"):
        draft_letter(dossier, "icc_otp", "en", date=DAY, kit=LetterKit(tmp_path))


@pytest.mark.parametrize(("name", "content", "message"), [
    ("office.json", "{not json", "letters/office.json is not valid JSON"),
    ("recipients.json", "[]", "letters/recipients.json must hold a JSON object"),
    ("icrc_cta.uk.txt", "{{ nobody_gave_this }}", "'nobody_gave_this' is undefined"),
])
def test_a_broken_letter_file_gets_a_sentence_naming_it(dossier, tmp_path: Path, name, content, message) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(LetterError, match=message):
        draft_letter(dossier, "icrc_cta", "uk", date=DAY, kit=LetterKit(tmp_path))


def test_an_unknown_recipient_or_language_lists_the_known_ones(dossier) -> None:
    assert recipients() == ["un_hrmmu", "icrc_cta", "icc_otp", "national_prosecutor"]
    with pytest.raises(LetterError, match="no recipient 'osce'; the recipients are un_hrmmu, icrc_cta"):
        draft_letter(dossier, "osce", "en", date=DAY)
    with pytest.raises(LetterError, match="no letters in 'fr'"):
        draft_letter(dossier, "un_hrmmu", "fr", date=DAY)


@pytest.mark.slow
@pytest.mark.skipif(pdf_unavailable() is not None, reason=pdf_unavailable() or "")
@pytest.mark.parametrize("language", ["en", "uk"])
def test_letter_pdf_is_the_letter_then_the_dossier_with_its_proofs(dossier, tmp_path: Path, language) -> None:
    from warcrimes.outputs.pdf import write_letter_pdf

    out = tmp_path / f"letter.{language}.pdf"
    write_letter_pdf(dossier, "un_hrmmu", language, out, date=DAY)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    letter_page, _, annex = text.partition("\f")
    assert dossier.reference in letter_page
    assert ("Olena Kovalenko" if language == "en" else "Олена КОВАЛЕНКО") in text
    assert dossier.proofs.entries[0].leaf_hash in annex
    attached = subprocess.run(["pdfdetach", "-list", str(out)], capture_output=True, text=True, check=True).stdout
    assert "custody-proofs.json" in attached
    LOOK.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "2", str(out), str(LOOK / f"letter-{language}")],
                   check=True)


def test_a_reference_in_a_letter_is_never_split_at_its_hyphen_and_text_stays_escaped() -> None:
    from warcrimes.outputs.render import unbroken_references

    shown = str(unbroken_references("Annex: dossier WCD-0123456789abcdef, <script>"))
    assert '<span class="nowrap">WCD-0123456789abcdef</span>' in shown
    assert "&lt;script&gt;" in shown and "<script>" not in shown


def test_recipients_are_read_again_when_their_file_changes(tmp_path: Path) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "recipients.json").write_text('{"recipients": {"osce": {}}}', encoding="utf-8")
    assert recipients(LetterKit(folder)) == ["osce"]
    assert recipients(LetterKit(folder)) == ["osce"]  # kept
    (folder / "recipients.json").write_text('{"recipients": {"osce": {}, "unesco": {}}}', encoding="utf-8")
    assert recipients(LetterKit(folder)) == ["osce", "unesco"]
    (folder / "recipients.json").unlink()  # the shipped file again
    assert recipients(LetterKit(folder)) == ["un_hrmmu", "icrc_cta", "icc_otp", "national_prosecutor"]
