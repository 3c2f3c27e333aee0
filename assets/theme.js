// Sets html[data-theme] before the first paint: the link's `theme` (an embed is light unless
// its link asks for dark or auto, since most blogs are light), otherwise the reader's system
// setting, followed live. Charts redraw in the new colours.
// Pages are pre-rendered at the default inputs: a link that carries a scenario marks the
// results pending (html[data-pending]) until the wasm has read it, so the defaults never pass
// for that scenario's figures; `inputs=0` hides an embed's inputs until the wasm removes them.
// Inlined into every calculator and embed page by `cargo xtask dist` (other pages follow the
// system theme in CSS alone: style.css uses light-dark()).
(function () {
  "use strict";
  var root = document.documentElement;
  var params = new URLSearchParams(location.search);
  var asked = params.get("theme");
  params.forEach(function (value, key) {
    if (key !== "theme" && key !== "inputs") root.setAttribute("data-pending", "");
  });
  if (params.get("inputs") === "0") root.setAttribute("data-inputs", "0");
  var embed = location.pathname.indexOf("/embed/") === 0;
  var system = matchMedia("(prefers-color-scheme: dark)");
  function apply() {
    var fixed = asked === "dark" || asked === "light" ? asked : embed && asked !== "auto" ? "light" : null;
    root.setAttribute("data-theme", fixed || (system.matches ? "dark" : "light"));
  }
  apply();
  system.addEventListener("change", function () {
    apply();
    if (window.costChart) window.costChart.redrawAll();
  });
})();
