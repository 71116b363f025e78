"""A one-line summary of an evidence file's technical metadata (ffprobe or EXIF output).

The full output stays in the JSON twin; the page shows what an investigator checks first:
streams, duration, the camera and when it says it recorded, whether a position is embedded.
"""

from __future__ import annotations

from typing import Any

NONE_RECORDED = "none recorded"


def _problem(tool: str, report: dict[str, Any]) -> str | None:
    for key in ("missing", "error"):
        if report.get(key):
            return f"{tool}: {report[key]}"
    return None


def _streams(probe: dict[str, Any]) -> list[str]:
    out = []
    for stream in probe.get("streams") or ():
        kind, codec = stream.get("codec_type") or "stream", stream.get("codec_name") or "unknown codec"
        frame = f" {stream['width']}\u00d7{stream['height']}" if stream.get("width") and stream.get("height") else ""
        out.append(f"{kind} {codec}{frame}")
    return out


def _duration(probe: dict[str, Any]) -> str | None:
    raw = (probe.get("format") or {}).get("duration")
    try:
        return f"{float(raw):.1f} s" if raw is not None else None
    except (TypeError, ValueError):
        return None


def ffprobe_summary(probe: dict[str, Any]) -> str:
    """'video h264 1920×1080, audio aac; 12.4 s; created 2024-03-01T10:02:00Z'."""
    problem = _problem("ffprobe", probe)
    if problem:
        return problem
    created = ((probe.get("format") or {}).get("tags") or {}).get("creation_time")
    parts = [", ".join(_streams(probe)), _duration(probe), f"created {created}" if created else None]
    return "; ".join(p for p in parts if p) or NONE_RECORDED


def exif_summary(tags: dict[str, Any]) -> str:
    """'Canon EOS 80D; taken 2024:03:01 10:02:11; GPS position embedded'."""
    problem = _problem("EXIF", tags)
    if problem:
        return problem
    camera = " ".join(str(tags[k]) for k in ("Image Make", "Image Model") if tags.get(k))
    taken = tags.get("EXIF DateTimeOriginal") or tags.get("Image DateTime")
    parts = [camera or None, f"taken {taken}" if taken else None,
             "GPS position embedded" if any(k.startswith("GPS GPSLatitude") for k in tags) else None]
    found = [p for p in parts if p]
    return "; ".join(found) if found else (f"{len(tags)} EXIF tags" if tags else NONE_RECORDED)


def summary(technical: dict[str, Any] | None) -> str:
    """The summary of whichever tool's output the evidence row holds."""
    technical = technical or {}
    if isinstance(technical.get("ffprobe"), dict):
        return ffprobe_summary(technical["ffprobe"])
    if isinstance(technical.get("exif"), dict):
        return exif_summary(technical["exif"])
    return NONE_RECORDED
