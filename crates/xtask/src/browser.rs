//! Runs the browser tests (tests/browser/*.test.mjs, Node's test runner driving Debian's
//! chromium through playwright-core) against dist/ served on two loopback origins: the
//! site, and a second one that plays a blog embedding the calculators.

use crate::{root, server, step};
use std::process::Command;

/// Runs every tests/browser/*.test.mjs, or only those whose name contains `only`.
pub fn run(only: Option<&str>) -> Result<(), String> {
    let dist = root().join("dist");
    let site = server::start(&dist, 0)?;
    // A second origin that plays a blog embedding calculators (port differs: cross-origin).
    let blog = server::start(&root().join("tests/browser/blog"), 0)?;
    let artifacts = root().join("tests/artifacts");
    std::fs::create_dir_all(&artifacts).map_err(|e| e.to_string())?;
    step(&format!(
        "browser tests against http://127.0.0.1:{} (blog origin :{}); screenshots and PDFs in {}",
        site.port,
        blog.port,
        artifacts.display()
    ));
    let mut tests: Vec<String> = std::fs::read_dir(root().join("tests/browser"))
        .map_err(|e| e.to_string())?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".test.mjs"))
        .filter(|p| only.is_none_or(|o| p.file_name().is_some_and(|n| n.to_string_lossy().contains(o))))
        .map(|p| p.display().to_string())
        .collect();
    tests.sort();
    let status = Command::new("node")
        .arg("--test")
        // Two files at a time: a test spends most of its time waiting for the browser, and
        // on two cores this took the suite from 9.5 to 7.6 minutes.
        .arg("--test-concurrency=2")
        .args(&tests)
        .current_dir(root())
        .env("SITE_URL", format!("http://127.0.0.1:{}", site.port))
        .env("BLOG_URL", format!("http://localhost:{}", blog.port))
        .env("ARTIFACTS", &artifacts)
        .env("COST_BIN", crate::site::target_dir().join("debug/cost"))
        .status()
        .map_err(|e| format!("node: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err("browser tests failed".into())
    }
}
