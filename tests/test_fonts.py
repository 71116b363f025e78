"""The shipped fonts write Ukrainian, Russian and English, in the browser and in WeasyPrint's PDFs."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

FONTS = Path(__file__).resolve().parents[1] / "src" / "warcrimes" / "web" / "static" / "fonts"
PICTURES = Path("/tmp")

UKRAINIAN = "АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯабвгґдеєжзиіїйклмнопрстуфхцчшщьюя"
RUSSIAN_ONLY = "ЁЪЫЭёъыэ"
MARKS = "'’ʼ«»№₴–—"
FACE = re.compile(r"@font-face \{(?P<body>[^}]*)\}")
RANGE = re.compile(r"U\+([0-9A-F]+)(?:-([0-9A-F]+))?")


def _faces() -> list[dict[str, str]]:
    """Each @font-face of fonts.css as its descriptors (family, style, weight, src, unicode-range)."""
    faces = []
    for match in FACE.finditer((FONTS / "fonts.css").read_text(encoding="utf-8")):
        descriptors = {}
        for line in match["body"].split(";"):
            key, _, value = line.strip().partition(":")
            if key:
                descriptors[key.strip()] = value.strip().strip('"')
        faces.append(descriptors)
    return faces


def _in_range(char: str, unicode_range: str) -> bool:
    point = ord(char)
    return any(int(low, 16) <= point <= int(high or low, 16) for low, high in RANGE.findall(unicode_range))


def _stack(variable: str) -> list[str]:
    css = (FONTS / "fonts.css").read_text(encoding="utf-8")
    declared = re.search(rf"{variable}: ([^;]+);", css)
    assert declared, f"fonts.css declares no {variable}"
    return [name.strip().strip('"') for name in declared.group(1).split(",")]


def _drawn_by(char: str, stack: list[str], weight: str, style: str) -> str | None:
    """The first font file of the stack whose unicode-range and glyph table both have the character."""
    faces = _faces()
    for family in stack:
        for face in faces:
            if (face["font-family"], face["font-weight"], face["font-style"]) != (family, weight, style):
                continue
            file_name = re.search(r'url\("?([^")]+)"?\)', face["src"])
            assert file_name, face
            if _in_range(char, face["unicode-range"]) and ord(char) in _cmap(file_name.group(1)):
                return file_name.group(1)
    return None


_CMAPS: dict[str, set[int]] = {}


def _cmap(file_name: str) -> set[int]:
    if file_name not in _CMAPS:
        _CMAPS[file_name] = set(TTFont(FONTS / file_name).getBestCmap())
    return _CMAPS[file_name]


@pytest.mark.parametrize(("weight", "style"), [("400", "normal"), ("400", "italic"), ("700", "normal"),
                                               ("700", "italic")])
def test_text_stack_draws_every_ukrainian_and_russian_letter_and_the_apostrophes(weight: str, style: str) -> None:
    stack = _stack("--font-text")
    missing = [char for char in UKRAINIAN + RUSSIAN_ONLY + MARKS + "Kyiv Łódź"
               if char != " " and _drawn_by(char, stack, weight, style) is None]
    assert not missing, f"no shipped {weight} {style} font draws {missing}"


def test_mono_stack_draws_hashes_and_cyrillic_identifiers() -> None:
    stack = _stack("--font-mono")
    missing = [char for char in "0123456789abcdef:SHA-256 ґєії" + UKRAINIAN
               if char != " " and _drawn_by(char, stack, "400", "normal") is None]
    assert not missing


def test_every_font_file_is_declared_once_in_fonts_css() -> None:
    declared = sorted(re.sub(r'url\("?([^")]+)"?\).*', r"\1", face["src"]) for face in _faces())
    assert declared == sorted(path.name for path in FONTS.glob("*.woff2"))


@pytest.mark.slow
def test_weasyprint_embeds_the_shipped_fonts_and_pdftotext_reads_the_cyrillic_back(tmp_path: Path) -> None:
    weasyprint = pytest.importorskip("weasyprint")
    if shutil.which("pdftotext") is None or shutil.which("pdffonts") is None:
        pytest.fail("pdftotext/pdffonts missing: apt-get install poppler-utils (.ci/run does)")
    sentence = ("Обстріл Ґаврилівки: «загинули троє», повідомив Євгеній Їжаков; сім'я й подвір’я, "
                "№ 12, збитки 3 000 ₴. В Белгороде объявлена эвакуация. Shelling of Kyiv Oblast.")
    page = (f'<html lang="uk"><head><meta charset="utf-8"><link rel="stylesheet" href="fonts.css">'
            f'<style>body {{ font-family: var(--font-text); font-size: 14pt }} '
            f'code {{ font-family: var(--font-mono) }}</style></head>'
            f'<body><p>{sentence}</p><p><b>Жирний текст</b> <i>курсив</i></p>'
            f'<p><code>SHA-256:9f2c</code></p></body></html>')
    pdf = tmp_path / "fonts.pdf"
    weasyprint.HTML(string=page, base_url=str(FONTS) + "/").write_pdf(pdf)

    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert " ".join(sentence.split()) in " ".join(text.split())
    assert "Жирний текст" in text and "курсив" in text and "SHA-256:9f2c" in text

    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    embedded = {line.split()[0].split("+")[-1] for line in fonts.splitlines()[2:] if line.strip()}
    assert {"Noto-Sans-Latin", "Noto-Sans-Cyrillic", "Noto-Sans-Mono-Latin"} <= embedded, embedded
    assert all(name.startswith("Noto-Sans") for name in embedded), f"a fallback font was used: {embedded}"
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf),
                        str(PICTURES / "warcrimes-fonts-pdf")], check=True)
