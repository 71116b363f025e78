"""The vendored map, clustering, chart and fonts work offline in Chromium under a CSP without inline script.

Our own small page (written here, not a template of the app) is served from loopback with the CSP
the workspace pages use; the browser must draw the basemap, cluster markers, draw a chart, load the
Cyrillic font, and report no CSP violation. Opt in with `pytest -m browser`.
"""

from __future__ import annotations

import functools
import shutil
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

STATIC = Path(__file__).resolve().parents[1] / "src" / "warcrimes" / "web" / "static"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOT = Path("/tmp/warcrimes-vendored-assets.png")
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; frame-ancestors 'none'")

PAGE = """<!doctype html>
<html lang="uk"><head><meta charset="utf-8"><title>assets</title>
<link rel="stylesheet" href="/static/fonts/fonts.css">
<link rel="stylesheet" href="/static/vendor/leaflet/leaflet.css">
<link rel="stylesheet" href="/static/vendor/leaflet.markercluster/MarkerCluster.css">
<link rel="stylesheet" href="/static/vendor/leaflet.markercluster/MarkerCluster.Default.css">
<link rel="stylesheet" href="/static/vendor/uplot/uPlot.min.css">
<link rel="stylesheet" href="/page.css">
</head><body>
<p id="caption">Обстріли на Харківщині, Ґуляйполе, сім’я — Обстрелы в Белгородской области — Shelling</p>
<div id="map"></div><div id="chart"></div>
<script src="/static/vendor/leaflet/leaflet.js"></script>
<script src="/static/vendor/leaflet.markercluster/leaflet.markercluster.js"></script>
<script src="/static/vendor/uplot/uPlot.iife.min.js"></script>
<script src="/page.js"></script>
</body></html>
"""

PAGE_CSS = """body { font-family: var(--font-text); margin: 8px; }
#map { width: 760px; height: 460px; background: #dde3ea; }
#chart { width: 760px; height: 220px; }
"""

PAGE_JS = """window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(event.violatedDirective + " " + event.blockedURI);
});
(async () => {
  const map = L.map("map", { attributionControl: false, maxZoom: 12 }).setView([48.8, 33.5], 5);
  const regions = await (await fetch("/static/geo/regions.geojson")).json();
  const layer = L.geoJSON(regions, {
    style: (f) => ({ color: "#444", weight: 1, fillColor: f.properties.country === "UA" ? "#ffe9a8" : "#cccccc",
                     fillOpacity: 0.8 }),
  }).addTo(map);
  const clusters = L.markerClusterGroup();
  [[50.45, 30.52], [50.46, 30.53], [50.44, 30.51], [49.99, 36.23], [46.48, 30.72]].forEach((p) => {
    clusters.addLayer(L.marker(p));
  });
  map.addLayer(clusters);
  const days = [1704067200, 1706745600, 1709251200, 1711929600, 1714521600];
  const chart = new uPlot({ width: 760, height: 200, series: [{}, { label: "incidents", stroke: "#b22" }] },
                          [days, [3, 7, 4, 9, 6]], document.getElementById("chart"));
  await document.fonts.ready;
  window.__done = {
    regions: layer.getLayers().length,
    clusterIcons: document.querySelectorAll(".marker-cluster").length,
    chartCanvas: chart.root.querySelectorAll("canvas").length,
    cyrillicFont: document.fonts.check('16px "Noto Sans Cyrillic"', "ґєії"),
  };
  document.body.dataset.done = "yes";
})();
"""


class _Handler(SimpleHTTPRequestHandler):
    def end_headers(self) -> None:
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class names it so
        pass


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    """Our page and a copy of web/static, served on a free loopback port with the CSP."""
    shutil.copytree(STATIC, tmp_path / "static")
    (tmp_path / "index.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "page.css").write_text(PAGE_CSS, encoding="utf-8")
    (tmp_path / "page.js").write_text(PAGE_JS, encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Handler, directory=str(tmp_path)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        thread.join(timeout=10)


@pytest.fixture
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium package to run browser tests")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


def test_map_clusters_chart_and_cyrillic_font_work_offline_under_a_strict_csp(site: str, browser) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 800, "height": 800})
    outside: list[str] = []
    page.on("request", lambda request: outside.append(request.url) if not request.url.startswith(site) else None)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{site}/index.html")
    page.wait_for_selector("body[data-done]", state="attached", timeout=20_000)  # a string predicate would need eval
    done = page.evaluate("() => window.__done")
    page.screenshot(path=str(SCREENSHOT), full_page=True)
    assert not errors, errors
    assert page.evaluate("() => window.__violations") == []
    assert not outside, f"the page reached outside loopback: {outside}"
    assert done["regions"] == 32
    assert done["clusterIcons"] >= 1
    assert done["chartCanvas"] >= 1
    assert done["cyrillicFont"] is True
