// Embed loader for blog posts. Turns
//   <div data-cost-calculator="aurora-io" data-scenario="storage_gb=800&io_m=1200"></div>
// into an iframe of /embed/<slug> on this script's own origin, and sizes each frame to the
// height its calculator reports. It accepts height messages only from its own frames on
// that origin, and does nothing else: it never reads the page or renders markup.
(function () {
  "use strict";
  var script = document.currentScript;
  var origin = new URL(script && script.src ? script.src : "/", location.href).origin;
  var SLUG = /^[a-z0-9-]{1,40}$/;
  var frames = [];

  function mount(div) {
    if (div.getAttribute("data-cost-mounted")) return;
    var slug = div.getAttribute("data-cost-calculator") || "";
    if (!SLUG.test(slug)) return;
    div.setAttribute("data-cost-mounted", "1");
    var params = new URLSearchParams(div.getAttribute("data-scenario") || "");
    var theme = div.getAttribute("data-theme");
    if (theme === "dark" || theme === "light" || theme === "auto") params.set("theme", theme);
    if (div.getAttribute("data-inputs") === "0") params.set("inputs", "0");
    params.set("frame", "cc" + (frames.length + 1));
    var iframe = document.createElement("iframe");
    iframe.src = origin + "/embed/" + slug + "/?" + params.toString();
    iframe.title = div.getAttribute("data-title") || "Cost calculator";
    iframe.setAttribute("loading", "lazy");
    iframe.style.cssText = "display:block;width:100%;min-width:300px;height:640px;border:0;";
    div.appendChild(iframe);
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
