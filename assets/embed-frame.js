// Inside an embedded calculator (/embed/<slug>): tell the parent page our content height
// whenever it changes, so the loader can size the frame without inner scrollbars. The
// message carries only a namespaced type, the calculator's slug, the frame id and a number.
(function () {
  "use strict";
  if (location.pathname.indexOf("/embed/") !== 0 || window.parent === window) return;
  var slug = location.pathname.split("/")[2] || "";
  var frame = new URLSearchParams(location.search).get("frame") || "";
  var last = -1;
  function report() {
    var height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: "cost-calculator:height", slug: slug, frame: frame, height: height }, "*");
  }
  function start() {
    new ResizeObserver(report).observe(document.body);
    report();
  }
  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start);
})();
