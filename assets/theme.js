// Sets html[data-theme] before the first paint: the link's `theme` (an embed is light unless
// its link asks for dark or auto, since most blogs are light), otherwise the reader's system
// setting, followed live. Charts redraw in the new colours.
// Pages are pre-rendered at the default inputs: a link that carries a scenario marks the
// results pending (html[data-pending]) until the wasm has read it, so the defaults never pass
// for that scenario's figures; `inputs=0` hides an embed's inputs until the wasm removes them;
// `bg=transparent` lets a dark blog's background show through an embed (html[data-bg]).
// If the wasm cannot start (blocked, offline, no WebAssembly: the page's loader calls
// costStartFailed) html[data-start="failed"] says so at once; if it has not started within
// 4 seconds, html[data-start="slow"]. Either offers "Retry" and, for a link, "Show the default
// example" (the pre-rendered defaults, marked as such), so a shared link never reads
// "Reading the scenario…" forever. The client's mark_ready (html[data-ready]) ends it.
// Inlined into every calculator and embed page by `cargo xtask dist` (other pages follow the
// system theme in CSS alone: style.css uses light-dark()).
(function () {
  "use strict";
  var root = document.documentElement;
  var params = new URLSearchParams(location.search);
  var asked = params.get("theme");
  params.forEach(function (value, key) {
    if (["theme", "inputs", "bg", "frame"].indexOf(key) < 0) root.setAttribute("data-pending", "");
  });
  if (params.get("inputs") === "0") root.setAttribute("data-inputs", "0");
  var embed = location.pathname.indexOf("/embed/") === 0;
  if (embed && params.get("bg") === "transparent") root.setAttribute("data-bg", "transparent");
  var system = matchMedia("(prefers-color-scheme: dark)");
  function apply() {
    var fixed = asked === "dark" || asked === "light" ? asked : embed && asked !== "auto" ? "light" : null;
    root.setAttribute("data-theme", fixed || (system.matches ? "dark" : "light"));
  }
  apply();
  // A calculator page's first frame lays out only its answer (html[data-answer-first]): the
  // inputs, what supports the answer and the footer follow in the task after that frame, so
  // the figures paint sooner. (A message's task came sooner than a timer's.) The client's
  // start ends it too. Not in an embed (its height goes to its host once, at ready), nor for
  // a pending link (it waits for the link's answer), nor with a fragment to scroll to.
  if (!embed && !root.hasAttribute("data-pending") && !location.hash) {
    root.setAttribute("data-answer-first", "");
    document.addEventListener("readystatechange", function parsed() {
      document.removeEventListener("readystatechange", parsed);
      requestAnimationFrame(function () {
        var channel = new MessageChannel();
        channel.port1.onmessage = function () { root.removeAttribute("data-answer-first"); };
        channel.port2.postMessage(0);
      });
    });
  }
  function unstarted(kind) {
    if (!root.hasAttribute("data-ready") && root.getAttribute("data-start") !== "failed") {
      root.setAttribute("data-start", kind);
    }
  }
  window.costStartFailed = function () { unstarted("failed"); };
  if (typeof WebAssembly !== "object") unstarted("failed");
  setTimeout(function () { unstarted("slow"); }, 4000);
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-start-do]");
    if (!button) return;
    if (button.getAttribute("data-start-do") === "retry") {
      location.reload();
    } else {
      root.removeAttribute("data-pending");
      root.setAttribute("data-start-defaults", "");
    }
  });
  // The Embed panel's code loads the first time the panel opens (toggle does not bubble:
  // caught on its way down).
  document.addEventListener("toggle", function (event) {
    if (event.target.id !== "embed-panel" || !event.target.open || window.costEmbedPanel) return;
    window.costEmbedPanel = true;
    var script = document.createElement("script");
    script.src = "/embed-panel.js";
    document.head.appendChild(script);
  }, true);
  system.addEventListener("change", function () {
    apply();
    if (window.costChart) window.costChart.redrawAll();
  });
})();
