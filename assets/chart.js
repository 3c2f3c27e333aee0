// Chart loader for the calculator pages, imported by the page's wasm when a chart area first
// comes near the screen (site/src/browser.rs, drawChart). plotly.js (npm package plotly.js-basic-dist-min,
// copied to /vendor/ at build time) is fetched only when a chart first comes into view,
// so it never weighs on the first load of a page (an embed keeps its charts in a closed
// <details>, since the whole of an embed is in view).
(function () {
  "use strict";
  var plotly = null;
  // Series colours per theme; each passes 3:1 against its background (WCAG non-text).
  var PALETTES = {
    light: ["#1d4ed8", "#c2410c", "#047857", "#7c3aed"],
    dark: ["#93c5fd", "#fdba74", "#6ee7b7", "#c4b5fd"]
  };
  var drawn = [];

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

  // The page's colours, read from its CSS custom properties so the chart follows the theme.
  // A property holds light-dark(…, …): a probe element resolves it to the colour in use.
  function theme(el) {
    var probe = document.createElement("span");
    probe.hidden = true;
    el.appendChild(probe);
    var v = function (name, fallback) {
      probe.style.color = "var(" + name + ", " + fallback + ")";
      return getComputedStyle(probe).color || fallback;
    };
    var t = { ink: v("--ink", "#111827"), muted: v("--muted", "#4b5563"), grid: v("--line", "#d1d5db"), bg: v("--bg", "#ffffff") };
    probe.remove();
    t.colors = document.documentElement.getAttribute("data-theme") === "dark" ? PALETTES.dark : PALETTES.light;
    return t;
  }

  // Axis numbers in the page's format: thousands separated, money with its currency's sign
  // where the page writes it ("$", " €" after), shares as "%".
  function valueAxis(spec) {
    var axis = { separatethousands: true, rangemode: "tozero", automargin: true, tickformat: ",~f" };
    if (spec.y_style === "money") {
      axis.tickprefix = spec.money_prefix || "";
      axis.ticksuffix = spec.money_suffix || "";
      axis.tickformat = ",.0f";
    }
    if (spec.y_style === "share") { axis.tickformat = ".0%"; }
    if (spec.y_style === "percent") { axis.ticksuffix = "%"; }
    return axis;
  }

  function lines(spec, t) {
    var data = spec.series.map(function (s, i) {
      return {
        type: "scatter", mode: "lines", name: s.name, x: s.x, y: s.y,
        line: { color: t.colors[i % t.colors.length], width: 2.5, shape: s.step ? "hv" : "linear" },
        hoverinfo: "x+y+name"
      };
    });
    if (spec.markers.length) {
      // Numbered dots; their labels are listed under the chart, where they never collide.
      data.push({
        type: "scatter", mode: "markers+text", name: "Marked points", showlegend: false,
        x: spec.markers.map(function (m) { return m.x; }),
        y: spec.markers.map(function (m) { return m.y; }),
        text: spec.markers.map(function (_, i) { return String(i + 1); }),
        textposition: "top center", textfont: { size: 13, color: t.ink }, cliponaxis: false,
        marker: { size: 10, color: t.ink, line: { color: t.bg, width: 2 } },
        hovertext: spec.markers.map(function (m) { return m.label; }), hoverinfo: "text"
      });
    }
    var x = { title: { text: spec.x_label }, zeroline: false, separatethousands: true, automargin: true };
    return { data: data, x: x, y: Object.assign(valueAxis(spec), { title: { text: spec.y_label } }), height: 340 };
  }

  function bars(spec, t, el) {
    var data = spec.series.map(function (s, i) {
      return {
        type: "bar", orientation: "h", name: s.name, y: spec.categories, x: s.y,
        text: s.labels, textposition: "outside", textfont: { color: t.ink }, cliponaxis: false,
        marker: { color: t.colors[i % t.colors.length] }, hovertext: s.labels, hoverinfo: "y+text"
      };
    });
    var rows = spec.categories.length * Math.max(1, spec.series.length);
    var x = Object.assign(valueAxis(spec), { title: { text: spec.y_label } });
    // Room beyond the longest bar for its value, printed outside it.
    var values = [].concat.apply([0], spec.series.map(function (s) { return s.y; }));
    var lo = Math.min.apply(null, values), hi = Math.max.apply(null, values);
    // The value labels need about 7.5 px a character beside a plot of roughly half the width.
    var longest = Math.max.apply(null, [].concat.apply([0], spec.series.map(function (s) {
      return s.labels.map(function (l) { return l.length; });
    })));
    var plot = Math.max(60, el.clientWidth * 0.5), room = longest * 7.5 + 12;
    var pad = (hi - lo || 1) * Math.max(0.15, room / Math.max(30, plot - room));
    x.range = [lo < 0 ? lo - pad : 0, hi > 0 ? hi + pad : 0];
    var y = { autorange: "reversed", automargin: true, tickfont: { size: 12 } };
    return { data: data, x: x, y: y, height: Math.max(220, 90 + rows * 34) };
  }

  function render(el, spec) {
    var t = theme(el);
    var shape = spec.categories.length ? bars(spec, t, el) : lines(spec, t);
    shape.x.gridcolor = t.grid; shape.y.gridcolor = t.grid;
    shape.x.linecolor = t.muted; shape.y.linecolor = t.muted;
    var layout = {
      // The legend sits above the plot, where it cannot run into the axis title.
      margin: { l: 10, r: 16, t: spec.series.length > 1 ? 40 : 16, b: 10 }, height: shape.height, barmode: "group",
      font: { family: "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", size: 13, color: t.ink },
      xaxis: shape.x, yaxis: shape.y,
      showlegend: spec.series.length > 1, legend: { orientation: "h", yanchor: "bottom", y: 1.02, x: 0 },
      paper_bgcolor: "rgba(0,0,0,0)", plot_bgcolor: "rgba(0,0,0,0)",
      separators: spec.separators || ".,"
    };
    el.style.minHeight = shape.height + "px";
    window.Plotly.react(el, shape.data, layout, { displayModeBar: false, responsive: true });
    el.setAttribute("data-drawn", "1");
  }

  // The page hands an area a new spec as its inputs change: the area keeps the latest one,
  // and waits for plotly.js with a single observer.
  function draw(el, json) {
    var spec = JSON.parse(json);
    drawn = drawn.filter(function (d) { return d.el.isConnected && d.el !== el; });
    drawn.push({ el: el, spec: spec });
    el.costSpec = spec;
    // An area not laid out (an embed's closed "Show the chart") is drawn when it shows.
    if (window.Plotly && el.getClientRects().length) { render(el, spec); return; }
    if (el.costWaiting) return;
    el.costWaiting = true;
    var io = new IntersectionObserver(function (entries) {
      if (!entries.some(function (e) { return e.isIntersecting; })) return;
      io.disconnect();
      el.costWaiting = false;
      loadPlotly().then(function () { if (el.isConnected) render(el, el.costSpec); }, function (err) {
        el.textContent = "The chart could not be loaded (" + err.message + "); the figures and tables above are complete.";
      });
    }, { rootMargin: "300px" });
    io.observe(el);
  }

  // Redraw in the new colours when the theme changes (theme.js calls it).
  function redrawAll() {
    if (!window.Plotly) return;
    drawn.forEach(function (d) { if (d.el.isConnected && d.el.getAttribute("data-drawn")) render(d.el, d.spec); });
  }

  window.costChart = { draw: draw, redrawAll: redrawAll };
})();
