// Embed loader for blog posts. Turns
//   <div data-cost-calculator="aurora-io" data-scenario="storage_gb=800&io_m=1200"></div>
// into an iframe of /embed/<slug> on this script's own origin, and sizes each frame to the
// height its calculator reports. It accepts height messages only from its own frames on
// that origin, and does nothing else: it never reads the page or renders markup.
// Options: data-theme="light|dark|auto", data-inputs="0" (results only),
// data-background="transparent" (a dark blog's background shows through), data-title (the
// frame's accessible name) and data-height (the frame's starting height in px).
// The post should not jump: a snippet keeps the space (style="min-height:<px>", the same
// number as its data-height) from the first paint until this script (async) has run, and the
// frame starts at the height its calculator will have: data-height or that min-height if
// given as a number, else HEIGHTS, measured at the defaults for a few frame widths
// (tests/browser/embed-height.test.mjs keeps them within a tolerance). The Embed panel's
// snippet keeps the space with a min-height that follows the screen's width, from the same
// table; the loader then takes the table's height for the frame's own width.
(function () {
  "use strict";
  var script = document.currentScript;
  var origin = new URL(script && script.src ? script.src : "/", location.href).origin;
  var SLUG = /^[a-z0-9-]{1,40}$/;
  var frames = [];
  // slug: [[frame width, height with "Change the numbers", height with inputs=0], ...], from
  // assets/embed-heights.json, which `cargo xtask dist` writes in here.
  var HEIGHTS = {} /* embed-heights.json */;

  // The starting height for a frame `width` px wide: the table's, between two measured widths
  // in proportion, the nearest one outside them.
  function startHeight(slug, width, inputs) {
    var rows = HEIGHTS[slug];
    if (!rows) return 640;
    var col = inputs ? 1 : 2;
    if (width <= rows[0][0]) return rows[0][col];
    for (var i = 1; i < rows.length; i++) {
      if (width <= rows[i][0]) {
        var a = rows[i - 1], b = rows[i], t = (width - a[0]) / (b[0] - a[0]);
        return Math.round(a[col] + t * (b[col] - a[col]));
      }
    }
    return rows[rows.length - 1][col];
  }

  function mount(div) {
    if (div.getAttribute("data-cost-mounted")) return;
    var slug = div.getAttribute("data-cost-calculator") || "";
    if (!SLUG.test(slug)) return;
    div.setAttribute("data-cost-mounted", "1");
    var params = new URLSearchParams(div.getAttribute("data-scenario") || "");
    var theme = div.getAttribute("data-theme");
    if (theme === "dark" || theme === "light" || theme === "auto") params.set("theme", theme);
    var inputs = div.getAttribute("data-inputs") !== "0";
    if (!inputs) params.set("inputs", "0");
    var transparent = div.getAttribute("data-background") === "transparent";
    if (transparent) params.set("bg", "transparent");
    params.set("frame", "cc" + (frames.length + 1));
    var iframe = document.createElement("iframe");
    iframe.src = origin + "/embed/" + slug + "/?" + params.toString();
    iframe.title = div.getAttribute("data-title") || "Cost calculator";
    iframe.setAttribute("loading", "lazy");
    var asked = Number(div.getAttribute("data-height")) || parseFloat(div.style.minHeight);
    var height = asked >= 120 && asked <= 20000 ? Math.round(asked) : startHeight(slug, Math.max(300, div.clientWidth), inputs);
    // A transparent embed's root has the colour scheme "normal" (style.css): the frame gets the
    // same, or the browser paints an opaque backdrop behind it on a page that declares one.
    iframe.style.cssText = "display:block;width:100%;min-width:300px;border:0;height:" + height + "px;" +
      (transparent ? "background:transparent;color-scheme:normal;" : "");
    if (transparent) iframe.setAttribute("allowtransparency", "true");
    div.appendChild(iframe);
    // The space the snippet kept until this script ran is the frame's now, which follows its
    // content from here.
    div.style.minHeight = "";
    frames.push(iframe);
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "cost-calculator:height") return;
    var height = data.height;
    if (typeof height !== "number" || !isFinite(height)) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.max(120, Math.min(20000, Math.ceil(height))) + "px";
      }
    }
  });

  function scan() {
    var divs = document.querySelectorAll("div[data-cost-calculator]");
    for (var i = 0; i < divs.length; i++) mount(divs[i]);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
  else scan();
})();
