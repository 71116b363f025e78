// Charts with uPlot (vendored), from the page's own .json twin: the timeline's monthly series and
// the series page's figures over time. Under each chart the numbers stay as a table (for readers
// without script, for screen readers, for copying). Text from reports goes in as text nodes only.
"use strict";

(function () {
  const charts = [];

  async function json(url) {
    const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
    if (!response.ok) {
      throw new Error(url + " answered " + response.status);
    }
    return response.json();
  }

  function seconds(isoDay) {
    return Date.parse(isoDay + "T00:00:00Z") / 1000;
  }

  function width(element) {
    return Math.max(280, Math.floor(element.getBoundingClientRect().width));
  }

  function caption(element) {
    let box = element.nextElementSibling;
    if (!box || !box.classList.contains("chart-caption")) {
      box = document.createElement("p");
      box.className = "chart-caption muted";
      box.setAttribute("aria-live", "polite");
      element.after(box);
    }
    return box;
  }

  function draw(element, options, data) {
    const chart = new uPlot(Object.assign({ width: width(element), height: element.clientWidth < 500 ? 220 : 280 },
                                          options), data, element);
    charts.push([element, chart]);
    element.dataset.ready = "yes";
    return chart;
  }

  // Months on an index axis labelled YYYY-MM (a time axis would tick days); counts on whole numbers.
  function monthly(element, block, unit) {
    const months = block.months.map((m) => m.slice(0, 7));
    const series = [{ label: "month", value: (u, i) => (i == null ? "" : months[i]) }];
    block.series.forEach((s) => {
      series.push({ label: s.title, stroke: s.colour, width: 2, fill: s.colour + "22",
                    points: { show: months.length < 40, size: 5, fill: s.colour } });
    });
    draw(element, {
      series: series,
      scales: { x: { time: false }, y: { range: (u, min, max) => [0, Math.max(1, max)] } },
      axes: [{ incrs: [1, 2, 3, 6, 12, 24], values: (u, splits) => splits.map((i) => months[i] || "") },
             { label: unit, size: 56, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000],
               values: (u, splits) => splits.map((v) => v.toLocaleString("en")) }],
      legend: { live: true },
    }, [months.map((m, i) => i), ...block.series.map((s) => s.values)]);
  }

  async function timeline() {
    const blocks = document.querySelectorAll(".chart[data-block]");
    if (!blocks.length) {
      return;
    }
    const found = await json(blocks[0].dataset.source);
    blocks.forEach((element) => monthly(element, found[element.dataset.block], element.dataset.unit));
  }

  // The series page: one chart per series, each point's source told under it on hover or tap.
  function seriesChart(element, series) {
    const points = series.points;
    const box = caption(element);
    box.textContent = "Point at a figure to see who stated it and in which report; click to open the report.";
    const chart = draw(element, {
      series: [{ label: "as of", value: (u, v) => (v == null ? "" : new Date(v * 1000).toISOString().slice(0, 10)) },
               { label: series.measure.replace(/_/g, " ") + " (" + series.unit + ")", stroke: "#b22222", width: 2,
                 points: { show: true, size: 8, fill: "#b22222" } }],
      scales: { x: { time: true } },
      axes: [{}, { size: 64 }],
      hooks: {
        setCursor: [(u) => {
          const n = u.cursor.idx;
          if (n == null || !points[n]) {
            return;
          }
          const p = points[n];
          const by = p.reported_by ? "stated by " + p.reported_by : "stated by an unnamed source";
          const via = p.sources.length ? "; carried by " + p.sources.join("; ") : "";
          const dated = p.dated_by === "published" ? " (the report's publication date)" : "";
          box.textContent = p.as_of + dated + ": " + p.value.toLocaleString("en") + " — " + by + via +
                            " · report " + p.reports.map((r) => "#" + r.id).join(", ");
          element.dataset.point = String(n);
        }],
      },
    }, [points.map((p) => seconds(p.as_of)), points.map((p) => p.value)]);
    chart.over.addEventListener("click", () => {
      const p = points[Number(element.dataset.point)];
      if (p && p.reports.length) {
        window.location.href = p.reports[0].path;
      }
    });
  }

  async function seriesPage() {
    const elements = document.querySelectorAll(".chart[data-series]");
    if (!elements.length) {
      return;
    }
    const found = await json(elements[0].dataset.source);
    elements.forEach((element) => seriesChart(element, found.series[Number(element.dataset.series)]));
  }

  function fail(error) {
    document.querySelectorAll(".chart:not([data-ready])").forEach((element) => {
      element.dataset.ready = "failed";
      const note = document.createElement("p");
      note.className = "empty";
      note.textContent = "The chart could not be drawn: " + error.message + ". The numbers are below.";
      element.replaceChildren(note);
    });
  }

  timeline().catch(fail);
  seriesPage().catch(fail);
  let pending = null;
  window.addEventListener("resize", () => {
    clearTimeout(pending);
    pending = setTimeout(() => charts.forEach(([element, chart]) => {
      chart.setSize({ width: width(element), height: chart.height });
    }), 150);
  });
})();
