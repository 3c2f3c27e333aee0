//! Prints the performance budgets: native compute time per calculator (release build of
//! the registry bench) and first-load transfer sizes of the built site.

use crate::{root, step, tools};
use flate2::{write::GzEncoder, Compression};
use std::io::Write;

/// `bench` prints everything; `bench pages` only the per-page browser figures.
pub fn run(only: Option<&str>) -> Result<(), String> {
    if only == Some("pages") {
        return page_timing();
    }
    step("native compute time per calculator (cargo bench -p registry)");
    tools::run(tools::cargo().args(["bench", "-p", "registry", "--bench", "compute"]))?;
    sizes()?;
    browser_pdf_timing()?;
    page_timing()
}

/// Per page in headless chromium: first-load bytes by type, FCP (and a static copy's FCP),
/// time to the first figure, input-to-next-frame latency (tests/bench/pages.mjs).
fn page_timing() -> Result<(), String> {
    if !std::path::Path::new("/usr/bin/chromium").exists() {
        println!("page timing skipped: chromium is not installed (cargo xtask setup)");
        return Ok(());
    }
    // BENCH_DIST: measure another build (e.g. a copy of dist/ from before a change).
    let dist =
        std::env::var("BENCH_DIST").map(std::path::PathBuf::from).unwrap_or_else(|_| root().join("dist"));
    let server = crate::server::start(&dist, 0)?;
    let baseline = std::env::temp_dir().join(format!("cost-bench-static-{}", std::process::id()));
    std::fs::create_dir_all(&baseline).map_err(|e| e.to_string())?;
    let static_server = crate::server::start(&baseline, 0)?;
    step("per page in headless chromium: bytes, first contentful paint, first figure, input latency");
    let result = tools::run(
        std::process::Command::new("node")
            .arg("tests/bench/pages.mjs")
            .current_dir(root())
            .env("SITE_URL", format!("http://127.0.0.1:{}", server.port))
            .env("BASELINE_URL", format!("http://127.0.0.1:{}", static_server.port))
            .env("BASELINE_DIR", &baseline),
    );
    let _ = std::fs::remove_dir_all(&baseline);
    result
}

/// PDF generation time in headless chromium (module already loaded), per calculator.
fn browser_pdf_timing() -> Result<(), String> {
    if !std::path::Path::new("/usr/bin/chromium").exists() {
        println!("browser PDF timing skipped: chromium is not installed (cargo xtask setup)");
        return Ok(());
    }
    let server = crate::server::start(&root().join("dist"), 0)?;
    step("flip points and PDF generation time in the browser (headless chromium)");
    tools::run(
        std::process::Command::new("node")
            .arg("tests/bench/pdf-timing.mjs")
            .current_dir(root())
            .env("SITE_URL", format!("http://127.0.0.1:{}", server.port)),
    )
}

/// Every file under `dir`, sorted: a calculator's app holds its glue, its wasm and the
/// JavaScript snippets its glue imports (`snippets/`).
fn files_under(dir: &std::path::Path) -> Result<Vec<std::path::PathBuf>, String> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(files_under(&path)?);
        } else {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

fn gzip_len(bytes: &[u8]) -> usize {
    let mut enc = GzEncoder::new(Vec::new(), Compression::best());
    enc.write_all(bytes).expect("gzip to memory");
    enc.finish().expect("gzip to memory").len()
}

/// First load of a calculator page = its HTML (the stylesheet is in its head) + its own wasm,
/// glue and snippets in dist/app/<slug>/ (chart.js with plotly.js, and pdf.js with the PDF
/// module, load on demand).
fn sizes() -> Result<(), String> {
    let dist = root().join("dist");
    let read = |p: &std::path::Path| std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()));
    if !dist.is_dir() {
        return Err("no dist/: run `cargo xtask dist` first".into());
    }
    println!("{:<44} {:>10} {:>10}", "file (dist/)", "raw KB", "gzip KB");
    for calc in registry::CALCULATORS {
        let slug = calc.meta().slug;
        let mut first = gzip_len(&read(&dist.join(format!("tools/{slug}/index.html")))?);
        let dir = dist.join("app").join(slug);
        for path in files_under(&dir)? {
            let bytes = read(&path)?;
            first += gzip_len(&bytes);
            println!(
                "{:<44} {:>10.1} {:>10.1}",
                path.strip_prefix(&dist).unwrap_or(&path).display().to_string(),
                bytes.len() as f64 / 1024.0,
                gzip_len(&bytes) as f64 / 1024.0
            );
        }
        println!(
            "  first load of /tools/{slug}/ (HTML with its CSS + JS + its wasm, gzip): {:.1} KB (budget 100 KB, DESIGN.md)",
            first as f64 / 1024.0
        );
    }
    let mut on_demand = 0;
    for name in ["pdf/report_bg.wasm", "pdf/report.js", "vendor/plotly-basic.min.js"] {
        if let Ok(bytes) = std::fs::read(dist.join(name)) {
            let gz = gzip_len(&bytes);
            on_demand += gz;
            println!(
                "{:<40} {:>10.1} {:>10.1}  (on demand)",
                name,
                bytes.len() as f64 / 1024.0,
                gz as f64 / 1024.0
            );
        }
    }
    println!("loaded on demand (PDF module, plotly.js; gzip): {:.1} KB", on_demand as f64 / 1024.0);
    Ok(())
}
