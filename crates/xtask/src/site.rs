//! Builds the release site with Trunk, then writes one HTML file per route so that deep
//! links (`/tools/aurora-io`) load from any plain static host, each with its own title and
//! description.

use crate::{root, step, tools};
use std::path::Path;

pub fn build() -> Result<(), String> {
    step("building the release site (trunk build --release; 2–5 min cold, under a minute warm)");
    tools::run(
        std::process::Command::new("trunk")
            .args(["build", "--release"])
            .current_dir(root())
            .env("NO_COLOR", "true"),
    )?;
    build_pdf_module()?;
    write_routes(&root().join("dist"))
}

/// The PDF report as its own wasm module in dist/pdf/, loaded on the first "Download PDF".
fn build_pdf_module() -> Result<(), String> {
    step("building the on-demand PDF module (crates/report-web -> dist/pdf/)");
    tools::run(tools::cargo().args([
        "build",
        "--release",
        "--target",
        "wasm32-unknown-unknown",
        "-p",
        "report-web",
    ]))?;
    let out = root().join("dist/pdf");
    let wasm = root().join("target/wasm32-unknown-unknown/release/report_web.wasm");
    tools::run(
        std::process::Command::new("wasm-bindgen")
            .args(["--target", "web", "--no-typescript", "--out-name", "report", "--out-dir"])
            .arg(&out)
            .arg(&wasm),
    )?;
    let bg = out.join("report_bg.wasm");
    tools::run(std::process::Command::new("wasm-opt").arg("-Oz").arg(&bg).arg("-o").arg(&bg))
}

pub struct Route {
    pub path: String,
    pub title: String,
    pub description: String,
}

pub fn routes() -> Vec<Route> {
    use registry::pages;
    let mut routes = vec![
        Route {
            path: "tools/".into(),
            title: pages::INDEX_TITLE.into(),
            description: pages::index_description(),
        },
        Route {
            path: "404.html".into(),
            title: pages::NOT_FOUND_TITLE.into(),
            description: pages::NOT_FOUND_DESCRIPTION.into(),
        },
    ];
    for calc in registry::CALCULATORS {
        let meta = calc.meta();
        routes.push(Route {
            path: format!("tools/{}/", meta.slug),
            title: pages::calculator_title(meta),
            description: meta.description.to_string(),
        });
        routes.push(Route {
            path: format!("embed/{}/", meta.slug),
            title: meta.title.to_string(),
            description: meta.description.to_string(),
        });
    }
    routes
}

fn write_routes(dist: &Path) -> Result<(), String> {
    let template =
        std::fs::read_to_string(dist.join("index.html")).map_err(|e| format!("dist/index.html: {e}"))?;
    for route in routes() {
        let html = with_head(&template, &route.title, &route.description)?;
        let target = if route.path.ends_with('/') {
            dist.join(&route.path).join("index.html")
        } else {
            dist.join(&route.path)
        };
        std::fs::create_dir_all(target.parent().unwrap()).map_err(|e| e.to_string())?;
        std::fs::write(&target, html).map_err(|e| format!("{}: {e}", target.display()))?;
    }
    step(&format!("wrote {} route pages into dist/", routes().len()));
    Ok(())
}

fn with_head(template: &str, title: &str, description: &str) -> Result<String, String> {
    let replace_between = |html: &str, start: &str, end: &str, value: &str| -> Result<String, String> {
        let i = html.find(start).ok_or(format!("index.html has no {start}"))? + start.len();
        let j = i + html[i..].find(end).ok_or(format!("index.html: no {end} after {start}"))?;
        Ok(format!("{}{}{}", &html[..i], escape(value), &html[j..]))
    };
    let html = replace_between(template, "<title>", "</title>", title)?;
    replace_between(&html, "<meta name=\"description\" content=\"", "\"", description)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
