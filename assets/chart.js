// Chart loader for the calculator pages. plotly.js (npm package plotly.js-basic-dist-min,
// copied to /vendor/ at build time) is fetched only when a chart first comes into view,
// so it never weighs on the first load of a page.
(function () {
  "use strict";
  var plotly = null;
  var COLORS = ["#1d4ed8", "#c2410c", "#047857", "#7c3aed"];

  function loadPlotly() {
    if (!plotly) {
      plotly = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = "/vendor/plotly-basic.min.js";
        s.onload = function () { resolve(window.Plotly); };
        s.onerror = function () { plotly = null; reject(new Error("plotly.js did not load")); };
        document.head.appendChild(s);
      });
    }
    return plotly;
  }

  function render(el, spec) {
    var data = spec.series.map(function (s, i) {
      return {
        type: "scatter", mode: "lines", name: s.name, x: s.x, y: s.y,
        line: { color: COLORS[i % COLORS.length], width: 2.5, shape: s.step ? "hv" : "linear" },
        hovertemplate: (spec.y_money ? "$%{y:,.0f}" : "%{y:,.2f}") + "<extra>" + s.name + "</extra>"
      };
    });
    if (spec.markers.length) {
      data.push({
        type: "scatter", mode: "markers+text", name: "Marked points", showlegend: false,
        x: spec.markers.map(function (m) { return m.x; }),
        y: spec.markers.map(function (m) { return m.y; }),
        text: spec.markers.map(function (m) { return m.label; }),
        // alternate sides so nearby markers (today, break-even, after a fix) stay readable
        textposition: spec.markers.map(function (_, i) { return ["top left", "bottom right", "top right", "bottom left"][i % 4]; }),
        textfont: { size: 12 }, cliponaxis: false, marker: { size: 10, color: "#111827" },
        hoverinfo: "text"
      });
    }
    var layout = {
      margin: { l: 70, r: 20, t: 10, b: 60 }, height: 340,
      font: { family: "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", size: 13, color: "#1f2937" },
      xaxis: { title: { text: spec.x_label }, zeroline: false, gridcolor: "#e5e7eb" },
      yaxis: { title: { text: spec.y_label }, tickprefix: spec.y_money ? "$" : "", tickformat: ",.0f", gridcolor: "#e5e7eb", rangemode: "tozero" },
      legend: { orientation: "h", y: -0.25 },
      paper_bgcolor: "rgba(0,0,0,0)", plot_bgcolor: "rgba(0,0,0,0)"
    };
    window.Plotly.react(el, data, layout, { displayModeBar: false, responsive: true });
    el.setAttribute("data-drawn", "1");
  }

  function draw(el, json) {
    var spec = JSON.parse(json);
    if (window.Plotly) { render(el, spec); return; }
    var io = new IntersectionObserver(function (entries) {
      if (!entries.some(function (e) { return e.isIntersecting; })) return;
      io.disconnect();
      loadPlotly().then(function () { if (el.isConnected) render(el, spec); }, function (err) {
        el.textContent = "The chart could not be loaded (" + err.message + "); the figures and tables above are complete.";
      });
    }, { rootMargin: "300px" });
    io.observe(el);
  }

  window.costChart = { draw: draw };
})();
