// "Download PDF" and "Download CSV", imported by the page's wasm on the first click of either
// (site/src/browser.rs, report): the report module (dist/pdf/, built from
// crates/report-web) is fetched the first time a visitor asks for either, never on page
// load. The file is made on this machine and saved as [<scenario name>-]<calculator>-<date>.pdf
// or .csv (report::file_name, as `cost csv` names it); a compare page's, as
// report::compare_file_name names it (window.costPdf.compare).
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

  function save(bytes, type, name) {
    var url = URL.createObjectURL(new Blob([bytes], { type: type }));
    var a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 30000);
  }

  /// Makes the file with `make(module, date)` and saves it under `name(module, date)`;
  /// resolves to the milliseconds spent making it (after the module is loaded).
  function download(type, make, name) {
    return load().then(function (m) {
      // The report's date rule lives in Rust (calc_core::Date::today_utc), shared with the CLI.
      var date = m.today(Date.now());
      var started = performance.now();
      var bytes = make(m, date);
      var ms = performance.now() - started;
      save(bytes, type, name(m, date));
      return ms;
    });
  }

  var PDF = "application/pdf", CSV = "text/csv;charset=utf-8";

  /// The PDF (or, with `csv`, the CSV export) from the report module's functions named
  /// with `prefix`: "" for a scenario, "compare_" for a comparison (whose `query` is
  /// `a=…&b=…[&c=…]`), saved as report::file_name or compare_file_name names it; resolves to
  /// the milliseconds spent making it.
  function exporter(prefix) {
    return function (slug, query, letter, csv) {
      var ext = csv ? "csv" : "pdf";
      return download(csv ? CSV : PDF, function (m, date) {
        return csv
          ? m[prefix + "csv"](slug, query, location.origin, date)
          : m[prefix + "pdf"](slug, query, location.origin, date, letter);
      }, function (m, date) { return m[prefix + "file_name"](slug, query, date, ext); });
    };
  }

  window.costPdf = { download: exporter(""), compare: exporter("compare_"), load: load };
})();
