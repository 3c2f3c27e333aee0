// "Download PDF": the report module (dist/pdf/, built from crates/report-web) is fetched
// the first time a visitor asks for a PDF, never on page load. The PDF is rendered on this
// machine and saved as <calculator>-<date>.pdf.
(function () {
  "use strict";
  var module = null;

  function load() {
    if (!module) {
      module = import("/pdf/report.js").then(function (m) {
        return m.default({ module_or_path: "/pdf/report_bg.wasm" }).then(function () { return m; });
      }, function (err) { module = null; throw err; });
    }
    return module;
  }

  /// Resolves to the milliseconds spent generating the PDF (after the module is loaded).
  function download(slug, query, letter) {
    return load().then(function (m) {
      // The report's date rule lives in Rust (calc_core::Date::today_utc), shared with `cost pdf`.
      var date = m.today(Date.now());
      var started = performance.now();
      var bytes = m.pdf(slug, query, location.origin, date, letter);
      var ms = performance.now() - started;
      var url = URL.createObjectURL(new Blob([bytes], { type: "application/pdf" }));
      var a = document.createElement("a");
      a.href = url;
      a.download = slug + "-" + date + ".pdf";
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 30000);
      return ms;
    });
  }

  window.costPdf = { download: download, load: load };
})();
