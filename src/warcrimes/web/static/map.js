// The map page and the incident page's small map, drawn from files on our own origin only: the
// basemap (oblast boundaries, static/geo/regions.geojson), the gazetteer's cities (/map/places.json)
// and the incidents (/map.json with the page's filters). No tile server: it works offline.
// Text from reports (place names) goes into the page as text nodes, never as HTML.
"use strict";

(function () {
  const UKRAINE = [[44.2, 22.0], [52.5, 40.3]];

  function basemap(element, options) {
    const map = L.map(element, Object.assign({ attributionControl: false, zoomSnap: 0.5, maxZoom: 14,
                                               minZoom: 4 }, options || {}));
    map.createPane("regions").style.zIndex = 200;
    map.createPane("places").style.zIndex = 350;
    return map;
  }

  async function json(url) {
    const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
    if (!response.ok) {
      throw new Error(url + " answered " + response.status);
    }
    return response.json();
  }

  async function drawRegions(map, url) {
    const regions = await json(url);
    return L.geoJSON(regions, {
      pane: "regions", interactive: false,
      style: (f) => ({ color: "#8a8f98", weight: 1, fillOpacity: 1,
                       fillColor: f.properties.country === "UA" ? "#f6f1e3" : "#e4e4e4" }),
    }).addTo(map);
  }

  async function drawPlaces(map, url, labelled) {
    const found = await json(url);
    const layer = L.layerGroup();
    found.places.forEach((p, n) => {
      const dot = L.circleMarker([p.lat, p.lon], { pane: "places", radius: n < labelled ? 2.5 : 1.5, weight: 0,
                                                   fillColor: "#555", fillOpacity: 0.7, interactive: false });
      if (n < labelled) {
        dot.bindTooltip(p.name, { permanent: true, direction: "right", className: "place-label", offset: [3, 0] });
      }
      layer.addLayer(dot);
    });
    return layer.addTo(map);
  }

  function text(tag, value, className) {
    const element = document.createElement(tag);
    element.textContent = value;
    if (className) {
      element.className = className;
    }
    return element;
  }

  function popup(point, titles) {
    const box = document.createElement("div");
    const link = document.createElement("a");
    link.href = "/incidents/" + point.id;
    link.textContent = "#" + point.id + " " + (titles[point.violation] || "not classified");
    box.appendChild(link);
    box.appendChild(text("div", (point.place || "place not stated") + " · " + (point.date || "date not stated")));
    box.appendChild(text("div", point.status, "muted"));
    return box;
  }

  function paintLegend(legend) {
    document.querySelectorAll(".legend .swatch[data-colour]").forEach((swatch) => {
      swatch.style.background = swatch.dataset.colour;
    });
    const shown = new Set(legend.map((item) => item.label));
    document.querySelectorAll(".legend li[data-label]").forEach((item) => {
      item.hidden = !shown.has(item.dataset.label);
    });
  }

  function say(element, parts) {
    element.replaceChildren(...parts.map((p) => (typeof p === "string" ? document.createTextNode(p) : p)));
  }

  async function incidentMap(element) {
    const map = basemap(element, { maxZoom: 12 });
    map.fitBounds(UKRAINE);
    const count = document.getElementById("map-count");
    const jsonLink = count.querySelector("a");
    await drawRegions(map, element.dataset.regions);
    await drawPlaces(map, element.dataset.places, 25).catch(() => null);  // context only: the map works without
    const found = await json(element.dataset.points);
    const colours = {}, titles = {};
    found.legend.forEach((item) => { colours[item.label] = item.colour; titles[item.label] = item.title; });
    paintLegend(found.legend);
    const clusters = L.markerClusterGroup({ maxClusterRadius: 40, chunkedLoading: true, showCoverageOnHover: false });
    const markers = found.points.map((row) => {
      const point = Object.fromEntries(found.columns.map((name, n) => [name, row[n]]));
      const marker = L.circleMarker([point.lat, point.lon], { radius: 7, weight: 1.5, color: "#fff",
                                                             fillColor: colours[point.violation] || "#333",
                                                             fillOpacity: 0.9 });
      marker.bindPopup(() => popup(point, titles));
      return marker;
    });
    clusters.addLayers(markers);
    map.addLayer(clusters);
    if (markers.length) {
      map.fitBounds(clusters.getBounds().pad(0.2), { maxZoom: 9 });
    }
    const parts = [found.shown + " of " + found.total + " placed incident" + (found.total === 1 ? "" : "s") + " shown"];
    if (found.shown < found.total) {
      parts.push(" (the newest " + found.shown + "; narrow the filters to see the others)");
    }
    if (found.unplaced) {
      parts.push("; " + found.unplaced + " more without a position");
    }
    parts.push(" · ", jsonLink);
    say(count, parts);
    element.dataset.markers = String(markers.length);
    element.dataset.ready = "yes";
  }

  async function placeMap(element) {
    const lat = parseFloat(element.dataset.lat), lon = parseFloat(element.dataset.lon);
    const map = basemap(element, { zoomControl: true, scrollWheelZoom: false });
    map.setView([lat, lon], 7);
    await drawRegions(map, element.dataset.regions);
    await drawPlaces(map, element.dataset.places, 12).catch(() => null);
    L.circleMarker([lat, lon], { radius: 8, weight: 2, color: "#fff", fillColor: element.dataset.colour || "#b22",
                                 fillOpacity: 0.95 }).addTo(map)
      .bindTooltip(element.dataset.label || "", { permanent: true, direction: "right", offset: [8, 0] });
    element.dataset.ready = "yes";
  }

  function fail(element, error) {
    element.dataset.ready = "failed";
    element.replaceChildren(text("p", "The map could not be drawn: " + error.message, "empty"));
  }

  const full = document.getElementById("map");
  if (full) {
    incidentMap(full).catch((error) => fail(full, error));
  }
  const small = document.getElementById("place-map");
  if (small) {
    placeMap(small).catch((error) => fail(small, error));
  }
})();
