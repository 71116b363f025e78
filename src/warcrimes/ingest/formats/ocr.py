"""OCR of a scanned page: Tesseract (Apache-2.0) run as a separate process, in Ukrainian, Russian, English.

A subprocess rather than a binding: a hostile or huge image can only cost the time we allow it (the
process is killed at the timeout), never the memory of the ingesting process, and no Python package
is needed. Debian packages: tesseract-ocr, tesseract-ocr-ukr, tesseract-ocr-rus (eng comes with it).
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from dataclasses import dataclass

#: Tesseract weighs them together. English first: with Ukrainian first, English "in" and "On" came
#: back in look-alike Cyrillic letters ("іп", "Оп"); Cyrillic pages read the same in either order.
LANGUAGES = ("eng", "ukr", "rus")
INSTALL_HINT = "OCR needs tesseract-ocr with the ukr and rus languages " \
               "(apt-get install tesseract-ocr tesseract-ocr-ukr tesseract-ocr-rus)"


class OcrUnavailable(Exception):
    """Tesseract or one of its languages is not installed; the message says what to install."""


@dataclass(frozen=True, slots=True)
class GrayImage:
    """An 8-bit grayscale raster, one byte per pixel, rows `stride` bytes apart."""

    width: int
    height: int
    stride: int
    pixels: bytes

    def is_blank(self) -> bool:
        """True when every pixel is near white: nothing on the page for OCR to read."""
        return not self.pixels.translate(None, _NEAR_WHITE)

    def pgm(self) -> bytes:
        """The image as binary PGM (netpbm P5), which Tesseract reads from stdin without a codec."""
        if self.stride == self.width:
            rows = self.pixels[: self.width * self.height]
        else:
            rows = b"".join(self.pixels[row * self.stride: row * self.stride + self.width]
                            for row in range(self.height))
        return b"P5\n%d %d\n255\n" % (self.width, self.height) + rows


_NEAR_WHITE = bytes(range(240, 256))


def tesseract_command() -> list[str]:
    """The tesseract executable with our languages, or OcrUnavailable saying what is missing."""
    executable = shutil.which("tesseract")
    if executable is None:
        raise OcrUnavailable(INSTALL_HINT)
    missing = [lang for lang in LANGUAGES if lang not in _installed_languages(executable)]
    if missing:
        raise OcrUnavailable(f"{INSTALL_HINT}; missing language(s): {', '.join(missing)}")
    return [executable, "stdin", "stdout", "-l", "+".join(LANGUAGES)]


@functools.lru_cache(maxsize=4)
def _installed_languages(executable: str) -> frozenset[str]:
    try:
        listed = subprocess.run([executable, "--list-langs"], capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    # The first line is a heading ("List of available languages in ..."); the rest one per line.
    return frozenset(line.strip() for line in listed.stdout.decode("utf-8", "replace").splitlines()[1:])


class OcrFailed(Exception):
    """Tesseract ran out of time or failed on one image; the message says which."""


def read_image(command: list[str], image: GrayImage, *, timeout: float) -> str:
    """The text Tesseract reads in the image; OcrFailed when it times out or exits with an error.

    OMP_THREAD_LIMIT=1: Tesseract's OpenMP threads make one page barely faster and starve every
    other process on a small machine (Tesseract's own advice for running pages side by side).
    """
    environment = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(command, input=image.pgm(), capture_output=True, timeout=timeout,
                              env=environment, check=False)
    except subprocess.TimeoutExpired as exc:
        raise OcrFailed(f"OCR stopped after {timeout:g} s") from exc
    except OSError as exc:
        raise OcrFailed(f"OCR could not start ({exc.strerror})") from exc
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrFailed(f"OCR failed ({reason[-1] if reason else f'exit {done.returncode}'})")
    return done.stdout.decode("utf-8", "replace").replace("\f", "").strip()
