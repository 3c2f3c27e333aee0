// Inside an embedded calculator (/embed/<slug>): tell the parent page our content height
// whenever it changes, so the host can size the frame without inner scrollbars. Two hosts
// listen: our loader (embed.js), for `cost-calculator:height` with the calculator's slug, the
// frame id and a number; and WordPress (its wp-embed script), which puts an oEmbed iframe in
// `sandbox="allow-scripts"`, adds `#?secret=<10 letters or digits>` to its address and
// resizes it (clamped to 200–1000 px) only on {message: "height", value, secret}. The secret
// is read from our address, never invented. While a link's scenario is pending the page has
// not its final height: the first height goes out once it is ready (or failed to start), so
// the host sizes the frame once rather than twice.
// A sandboxed frame without `allow-popups` (WordPress's) has an opaque origin and cannot open
// a new tab: a click on a link that leaves the embed then asks WordPress to open it in the
// reading tab ({message: "link", value, secret}: WordPress follows it only for an address on
// the frame's own host, so the full calculator); a source on another site, or any link with
// no WordPress host, opens in the frame itself (the only navigation such a frame may make).
(function () {
  "use strict";
  if (location.pathname.indexOf("/embed/") !== 0 || window.parent === window) return;
  var root = document.documentElement;
  var slug = location.pathname.split("/")[2] || "";
  var frame = new URLSearchParams(location.search).get("frame") || "";
  var found = /[#?&]secret=([A-Za-z0-9]{10})(?![A-Za-z0-9])/.exec(location.hash);
  var secret = found ? found[1] : "";
  // WordPress gives the frame at most 1000 px and scrolling="no": past that, the embed
  // scrolls inside its own body (style.css), which then reports at most 1000 px.
  if (secret) root.setAttribute("data-wordpress", "");
  // An opaque origin: a sandbox without allow-same-origin, where popups are usually blocked too.
  var sandboxed = window.origin === "null" || location.origin === "null";
  var last = -1;
  function settled() {
    return !root.hasAttribute("data-pending") || root.hasAttribute("data-ready") || root.hasAttribute("data-start");
  }
  function report(force) {
    if (!settled()) return;
    var height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    window.parent.postMessage({ type: "cost-calculator:height", slug: slug, frame: frame, height: height }, "*");
    if (secret) window.parent.postMessage({ message: "height", value: height, secret: secret }, "*");
  }
  // WordPress's host may ask for the height again ("ready") once its own script has loaded.
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.source !== window.parent || !secret || !data || data.secret !== secret) return;
    if (data.message === "ready") report(true);
  });
  document.addEventListener("click", function (event) {
    if (!sandboxed || event.defaultPrevented || event.button !== 0) return;
    var link = event.target.closest && event.target.closest("a[href]");
    if (!link || link.getAttribute("target") !== "_blank") return;
    event.preventDefault();
    if (secret && link.host === location.host) {
      window.parent.postMessage({ message: "link", value: link.href, secret: secret }, "*");
    } else {
      location.href = link.href;
    }
  });
  function start() {
    new ResizeObserver(function () { report(false); }).observe(document.body);
    new MutationObserver(function () { report(false); })
      .observe(root, { attributes: true, attributeFilter: ["data-pending", "data-ready", "data-start"] });
    report(false);
  }
  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start);
})();
