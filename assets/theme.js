// Sets html[data-theme] before the first paint: the link's `theme` (an embed is light unless
// its link asks for dark or auto, since most blogs are light), otherwise the reader's system
// setting, followed live. Charts redraw in the new colours.
(function () {
  "use strict";
  var root = document.documentElement;
  var asked = new URLSearchParams(location.search).get("theme");
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
