// The "Embed this scenario" panel, loaded the first time the panel opens (theme.js), since few
// readers use it and every page's first load would carry it: the loader snippet, a plain
// iframe, the address to paste into WordPress, each copied with one click, for the colours,
// "the answer only" and the background the blogger picks, and a live preview.
// Its inputs are the panel's attributes. The page's wasm keeps three up to date: data-query
// (the scenario's link query, inputs then name), data-inputs (its inputs alone) and data-name.
// Build time wrote the rest: data-slug, data-title, data-pages (the calculator's scenario
// pages, a line each: key, a space, the inputs' query), and the room an embed takes before it
// reports its height, with its inputs and as the answer only (data-reserve[-answer]: the
// snippet's CSS min-height; data-height[-answer]: a fixed frame's height in px).
(function () {
  "use strict";
  var panel = document.getElementById("embed-panel");
  if (!panel || panel.costEmbed) return;
  panel.costEmbed = true;
  var attr = function (name) { return panel.getAttribute(name) || ""; };
  var slug = attr("data-slug");
  var origin = location.origin;
  var $ = function (id) { return document.getElementById(id); };

  function escape(text) {
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  function options() {
    var theme = $("embed-theme-dark").checked ? "dark" : $("embed-theme-auto").checked ? "auto" : "";
    return { theme: theme, answerOnly: $("embed-hide-inputs").checked, transparent: $("embed-transparent").checked };
  }

  // The embed's own link parameters, after the scenario's (light, the default, writes none).
  function params(o) {
    var out = [];
    if (o.theme) out.push("theme=" + o.theme);
    if (o.answerOnly) out.push("inputs=0");
    if (o.transparent) out.push("bg=transparent");
    return out;
  }

  function src(o) {
    var parts = (attr("data-query") ? [attr("data-query")] : []).concat(params(o));
    return origin + "/embed/" + slug + "/" + (parts.length ? "?" + parts.join("&") : "");
  }

  function script(o) {
    var a = 'data-cost-calculator="' + slug + '" data-scenario="' + escape(attr("data-query")) + '"';
    if (o.theme) a += ' data-theme="' + o.theme + '"';
    if (o.answerOnly) a += ' data-inputs="0"';
    if (o.transparent) a += ' data-background="transparent"';
    var reserve = attr(o.answerOnly ? "data-reserve-answer" : "data-reserve");
    if (reserve) a += ' style="min-height:' + reserve + '"';
    return "<div " + a + "></div>\n<script src=\"" + origin + "/embed.js\" async></script>";
  }

  function iframe(o) {
    return '<iframe src="' + escape(src(o)) + '" title="' + escape(attr("data-title")) + '" width="100%" height="' +
      attr(o.answerOnly ? "data-height-answer" : "data-height") + '" style="border:0;color-scheme:normal" loading="lazy"' +
      (o.transparent ? ' allowtransparency="true"' : "") + "></iframe>";
  }

  // A name as a path segment: lower-case ASCII letters and digits, other runs one hyphen.
  function pathKey(name) {
    return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "");
  }

  // What WordPress can embed: the scenario's own page (the defaults' is the calculator's),
  // or, for a scenario without one, its link and the site/scenarios.toml entry that makes one.
  function wordpress() {
    var inputs = attr("data-inputs");
    if (!inputs) return { url: origin + "/tools/" + slug + "/" };
    var lines = attr("data-pages").split("\n");
    for (var i = 0; i < lines.length; i++) {
      var at = lines[i].indexOf(" ");
      if (at > 0 && lines[i].slice(at + 1) === inputs) return { url: origin + "/tools/" + slug + "/" + lines[i].slice(0, at) + "/" };
    }
    var name = attr("data-name");
    var entry = "[[scenario]]\ncalculator = \"" + slug + "\"\nkey = \"" + (pathKey(name) || "my-scenario") +
      "\"\nname = \"" + (name || "My scenario").replace(/\\/g, "\\\\").replace(/"/g, "\\\"") + "\"\nlink = \"" + inputs + "\"";
    var query = attr("data-query");
    return { url: origin + "/tools/" + slug + "/" + (query ? "?" + query : ""), entry: entry };
  }

  var previewTimer = null;
  function render(previewNow) {
    var o = options();
    $("embed-script").value = script(o);
    $("embed-iframe").value = iframe(o);
    var wp = wordpress();
    $("embed-wordpress").value = wp.url;
    var note = $("embed-wordpress-note");
    note.textContent = "";
    if (wp.entry) {
      var p = document.createElement("p");
      p.className = "warning caution";
      p.append("This scenario has no page of its own, so WordPress would show the calculator at its defaults. Use the iframe code in a Custom HTML block, or ask the site's owner to give it a page: this entry in ");
      var code = document.createElement("code");
      code.textContent = "site/scenarios.toml";
      p.append(code, " does.");
      var pre = document.createElement("pre");
      pre.textContent = wp.entry;
      note.append(p, pre);
    }
    // Each new address reloads the embedded page: the preview follows once typing pauses.
    clearTimeout(previewTimer);
    previewTimer = setTimeout(preview, previewNow ? 0 : 250);
  }

  function preview() {
    var box = $("embed-preview-box");
    if (!panel.open) return;
    var frame = $("embed-preview");
    var address = src(options());
    if (frame) {
      if (frame.getAttribute("src") !== address) frame.setAttribute("src", address);
      return;
    }
    box.innerHTML = '<p class="muted">Live preview</p><iframe class="embed-preview" id="embed-preview" title="Preview: ' +
      escape(attr("data-title")) + '" src="' + escape(address) + '"></iframe>';
  }

  function copy(id, what) {
    var status = $("embed-status");
    navigator.clipboard.writeText($(id).value).then(function () {
      status.textContent = what + " copied.";
    }, function () {
      $(id).select();
      status.textContent = "Your browser blocked copying; the text is selected, press Ctrl+C.";
    });
  }

  panel.addEventListener("change", function (event) {
    if (event.target.id.indexOf("embed-") === 0) render(true);
  });
  panel.addEventListener("click", function (event) {
    var id = event.target.id;
    if (id === "copy-embed-script") copy("embed-script", "Embed code");
    if (id === "copy-embed-iframe") copy("embed-iframe", "Iframe code");
    if (id === "copy-embed-wordpress") copy("embed-wordpress", "Address");
  });
  panel.addEventListener("toggle", function () { if (panel.open) preview(); });
  new MutationObserver(function () { render(false); })
    .observe(panel, { attributes: true, attributeFilter: ["data-query", "data-inputs", "data-name"] });
  render(true);
})();
