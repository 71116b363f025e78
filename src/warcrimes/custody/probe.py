"""Technical metadata of evidence files: ffprobe for video and audio, EXIF for photos.

Recorded where the tools exist; a missing tool is noted, never an error, because the bytes
themselves are the evidence and the metadata only describes them.
"""

from __future__ import annotations

import json
import mimetypes
import shutil
import subprocess
from pathlib import Path
from typing import Any

#: Leading bytes of the formats evidence most often comes in (file signatures from each format's spec).
SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"GIF8", 0, "image/gif"),
    (b"II*\x00", 0, "image/tiff"),
    (b"MM\x00*", 0, "image/tiff"),
    (b"%PDF-", 0, "application/pdf"),
    (b"ftypqt", 4, "video/quicktime"),
    (b"ftyp", 4, "video/mp4"),
    (b"\x1aE\xdf\xa3", 0, "video/webm"),
    (b"ID3", 0, "audio/mpeg"),
    (b"OggS", 0, "audio/ogg"),
    (b"PK\x03\x04", 0, "application/zip"),
)
FFPROBE_TIMEOUT_S = 60


#: Families whose files carry a signature above: a name claiming one of them without it is not believed.
SNIFFED = ("image/", "video/", "audio/", "application/pdf", "application/zip")
#: Types a text file may be by its name (the name then says which text it is).
TEXT_TYPES = ("text/", "application/json", "application/xml", "image/svg+xml", "application/javascript")


def media_type(path: Path, head: bytes) -> str:
    """The media type from the file's first bytes; the name only refines text or an unsniffable kind.

    Bytes without the signature their name claims (text or a page renamed `clip.mp4`, noise named
    `photo.jpg`) are application/octet-stream, never served as what the name says: the content
    decides, never the name alone.
    """
    for magic, offset, kind in SIGNATURES:
        if head[offset:offset + len(magic)] == magic:
            return kind
    if head[:4] == b"RIFF" and head[8:12] in (b"WAVE", b"AVI ", b"WEBP"):
        return {b"WAVE": "audio/wav", b"AVI ": "video/x-msvideo", b"WEBP": "image/webp"}[head[8:12]]
    guessed, _ = mimetypes.guess_type(path.name)
    if guessed is not None and guessed.startswith(SNIFFED):
        return "application/octet-stream"
    if _is_text(head) and not head.lstrip().startswith(b"<"):  # markup is never given a type a browser renders
        return guessed if guessed and guessed.startswith(TEXT_TYPES) else "text/plain"
    if guessed is None or guessed.startswith(TEXT_TYPES):
        return "application/octet-stream"
    return guessed


def _is_text(head: bytes) -> bool:
    """UTF-8 without NUL or other control bytes but tab and line breaks (a cut last character allowed)."""
    if not head or any(b < 0x20 and b not in b"\t\n\r\x0c" for b in head):
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(head) - 3 and exc.reason == "unexpected end of data"
    return True


def technical_metadata(path: Path, kind: str) -> dict[str, Any]:
    """What the available tools say about the file; {"tool": ..., "error"/"missing": ...} otherwise."""
    if kind.startswith(("video/", "audio/")):
        return ffprobe(path)
    if kind.startswith("image/"):
        return exif(path)
    return {}


def ffprobe(path: Path) -> dict[str, Any]:
    tool = shutil.which("ffprobe")
    if tool is None:
        return {"ffprobe": {"missing": "ffprobe is not installed (apt-get install ffmpeg)"}}
    try:
        done = subprocess.run([tool, "-v", "quiet", "-print_format", "json", "-show_format",
                               "-show_streams", str(path)], capture_output=True, timeout=FFPROBE_TIMEOUT_S,
                              check=False)
    except subprocess.TimeoutExpired:
        return {"ffprobe": {"error": f"timed out after {FFPROBE_TIMEOUT_S} s"}}
    if done.returncode != 0:
        return {"ffprobe": {"error": f"exit code {done.returncode}"}}
    try:
        return {"ffprobe": json.loads(done.stdout or b"{}")}
    except json.JSONDecodeError:
        return {"ffprobe": {"error": "output is not JSON"}}


def exif(path: Path) -> dict[str, Any]:
    try:
        import exifread
    except ImportError:
        return {"exif": {"missing": "the exifread package is not installed"}}
    try:
        with open(path, "rb") as stream:
            tags = exifread.process_file(stream, details=False)
    except Exception as exc:  # exifread raises many kinds on damaged files; the bytes are still evidence
        return {"exif": {"error": f"{type(exc).__name__}: {exc}"}}
    return {"exif": {name: str(value) for name, value in sorted(tags.items())
                     if name != "JPEGThumbnail"}}
