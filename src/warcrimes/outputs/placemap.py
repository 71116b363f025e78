"""A map of the incident places as SVG, drawn from coordinates alone (no tiles, no network).

Equirectangular with the x axis shrunk by cos(mean latitude), which keeps shapes true within
the few hundred kilometres a dossier spans; a graticule and a scale bar let a reader measure.
Outlines (borders, coasts) are optional lon/lat rings, so a shipped basemap slots in later.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from warcrimes.gazetteer.geo import EARTH_RADIUS_KM

KM_PER_DEGREE = math.pi * EARTH_RADIUS_KM / 180
MIN_SPAN_DEGREES = 0.4  # a single place still gets some country around it
STEPS = (0.05, 0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0)
SCALE_KM = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000)

Ring = Sequence[tuple[float, float]]  # (lon, lat) pairs


@dataclass(frozen=True)
class MapPoint:
    """One incident place; `exact` is False where the coordinates are a centre, not the place."""

    label: str
    lat: float
    lon: float
    exact: bool = True


@dataclass(frozen=True)
class _Frame:
    west: float
    south: float
    east: float
    north: float
    width: int
    height: int
    squeeze: float

    def x(self, lon: float) -> float:
        return (lon - self.west) / (self.east - self.west) * self.width

    def y(self, lat: float) -> float:
        return (self.north - lat) / (self.north - self.south) * self.height


def _frame(points: Sequence[MapPoint], width: int, height: int) -> _Frame:
    lats = [p.lat for p in points]
    lons = [p.lon for p in points]
    squeeze = math.cos(math.radians((min(lats) + max(lats)) / 2))
    lat_span = max(max(lats) - min(lats), MIN_SPAN_DEGREES) * 1.25
    lon_span = max((max(lons) - min(lons)) * squeeze, MIN_SPAN_DEGREES) * 1.25
    if lon_span / lat_span < width / height:  # widen to the page's aspect so a degree keeps its length
        lon_span = lat_span * width / height
    else:
        lat_span = lon_span * height / width
    mid_lat, mid_lon = (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2
    half_lon = lon_span / squeeze / 2
    return _Frame(mid_lon - half_lon, mid_lat - lat_span / 2, mid_lon + half_lon, mid_lat + lat_span / 2,
                  width, height, squeeze)


def _step(span: float) -> float:
    return next((s for s in STEPS if span / s <= 6), STEPS[-1])


def _graticule(frame: _Frame) -> list[str]:
    out = []
    step = _step(frame.north - frame.south)
    lat = math.ceil(frame.south / step) * step
    while lat < frame.north:
        y = frame.y(lat)
        out.append(f'<line stroke="#c9d3dc" stroke-width="0.6" x1="0" y1="{y:.1f}" x2="{frame.width}" y2="{y:.1f}"/>'
                   f'<text fill="#6b7a88" font-size="9" x="3" y="{y - 2:.1f}">{lat:.2f}°N</text>')
        lat += step
    step = _step(frame.east - frame.west)
    lon = math.ceil(frame.west / step) * step
    while lon < frame.east:
        x = frame.x(lon)
        out.append(f'<line stroke="#c9d3dc" stroke-width="0.6" x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{frame.height}"/>'
                   f'<text fill="#6b7a88" font-size="9" x="{x + 2:.1f}" y="{frame.height - 3}">{lon:.2f}°E</text>')
        lon += step
    return out


def _scale_bar(frame: _Frame) -> str:
    km_wide = (frame.east - frame.west) * frame.squeeze * KM_PER_DEGREE
    km = max((k for k in SCALE_KM if k <= km_wide / 4), default=SCALE_KM[0])
    length = km / km_wide * frame.width
    x, y = frame.width - length - 12, frame.height - 16
    return (f'<g><line stroke="#222" stroke-width="2" x1="{x:.1f}" y1="{y}" x2="{x + length:.1f}" y2="{y}"/>'
            f'<text font-size="10" fill="#222" x="{x:.1f}" y="{y - 4}">{km} km</text></g>')


def place_map(points: Sequence[MapPoint], *, width: int = 640, height: int = 360,
              outlines: Sequence[Ring] = ()) -> str:
    """SVG markup of the places, or "" when none has coordinates."""
    if not points:
        return ""
    frame = _frame(points, width, height)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="placemap" viewBox="0 0 {width} {height}" '
             f'width="{width}" height="{height}" role="img" aria-label="Map of the incident places">',
             f'<rect fill="#f4f6f8" stroke="#8a97a3" x="0" y="0" width="{width}" height="{height}"/>']
    for ring in outlines:
        path = " ".join(f"{frame.x(lon):.1f},{frame.y(lat):.1f}" for lon, lat in ring)
        parts.append(f'<polyline fill="none" stroke="#8a97a3" stroke-width="0.8" points="{path}"/>')
    parts += _graticule(frame)
    for point in points:
        x, y = frame.x(point.lon), frame.y(point.lat)
        fill = "#b3261e" if point.exact else "#ffffff"  # hollow: a centre stands in for the place
        parts.append(f'<g><circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{fill}" stroke="#b3261e" '
                     f'stroke-width="1.5"/><text font-size="11" font-weight="bold" fill="#222" '
                     f'x="{x + 7:.1f}" y="{y + 4:.1f}">{escape(point.label)}</text></g>')
    parts.append(_scale_bar(frame))
    parts.append("</svg>")
    return "".join(parts)
