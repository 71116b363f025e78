"""PDF text layer: pypdfium2 (our reader) beside pypdf, on Ukrainian and Russian text.

Two PDFs: one written by tests/source_fixtures.make_pdf (simple fonts with a ToUnicode map) and,
where Debian's Chromium is installed, one printed by Chromium from HTML (embedded subset
TrueType fonts, justified text, as real statements are). Quality is the share of the source's
words recovered in order (difflib ratio over word sequences). pypdf runs only where installed.
"""

from __future__ import annotations

import difflib
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

PAGES = 40
LINES = [
    "Уранці 14 березня російські війська обстріляли село Борова з реактивних систем залпового вогню.",
    "За даними обласної військової адміністрації, загинули двоє мешканців, ще п'ятеро дістали поранення.",
    "Прокурори розпочали досудове розслідування за ч. 1 ст. 438 Кримінального кодексу України.",
    "Вечером 2 апреля беспилотник атаковал легковой автомобиль на окраине Шебекино.",
    "По словам губернатора, водитель получил осколочные ранения; ещё один дрон упал во дворе дома.",
    "Цифры: 157 защитников вернулись домой; 1 358 человек числятся пропавшими без вести.",
]


def _pdfium(content: bytes) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(content)
    pages = []
    for index in range(len(document)):
        page = document[index]
        textpage = page.get_textpage()
        pages.append(textpage.get_text_range())
        textpage.close()
        page.close()
    document.close()
    return "\n".join(pages)


def _pypdf(content: bytes) -> str:
    import io

    import pypdf

    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(content)).pages)


def _chromium_pdf(folder: Path) -> bytes | None:
    browser = shutil.which("chromium")
    if browser is None:
        return None
    paragraphs = "".join(f"<p>{line}</p>" for line in LINES)
    html = folder / "statement.html"
    html.write_text("<html><head><meta charset='utf-8'><style>body{font-family:'DejaVu Serif';font-size:11pt}"
                    "p{text-align:justify}</style></head><body>"
                    + (paragraphs + "<div style='page-break-after:always'></div>") * PAGES
                    + "</body></html>", encoding="utf-8")
    out = folder / "statement.pdf"
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", html.as_uri()], capture_output=True, timeout=120, check=False)
    return out.read_bytes() if out.exists() else None


def _measure(extract: Callable[[bytes], str], content: bytes) -> tuple[float, float]:
    start = time.perf_counter()
    text = extract(content)
    seconds = time.perf_counter() - start
    expected = (" ".join(LINES) + " ") * PAGES
    ratio = difflib.SequenceMatcher(None, expected.split(), text.split(), autojunk=False).ratio()
    return ratio, PAGES / seconds


def run() -> list[tuple[str, str]]:
    from source_fixtures import make_pdf

    readers: list[tuple[str, Callable[[bytes], str]]] = [("pypdfium2", _pdfium)]
    try:
        import pypdf  # noqa: F401
        readers.append(("pypdf", _pypdf))
    except ImportError:
        pass
    with tempfile.TemporaryDirectory() as temp:
        inputs = [("simple fonts", make_pdf([LINES] * PAGES)), ("Chromium print", _chromium_pdf(Path(temp)))]
    rows = []
    for label, content in inputs:
        if content is None:
            rows.append((label, "skipped (no /usr/bin/chromium)"))
            continue
        for name, extract in readers:
            ratio, speed = _measure(extract, content)
            rows.append((f"{label}, {PAGES} pages: {name}", f"words recovered {ratio:.3f}, {speed:,.0f} pages/s"))
    if len(readers) == 1:
        rows.append(("pypdf", "not installed (pip install pypdf to compare)"))
    return rows


if __name__ == "__main__":
    for label, figure in run():
        print(f"{label:45} {figure}")
