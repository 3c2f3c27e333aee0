//! Builds the release site: Trunk for the stylesheet and the copied scripts, one wasm per
//! calculator (the site crate built with only that calculator in the registry), the PDF
//! module, then every route as pre-rendered HTML (the site's own components rendered
//! natively) with its title, description, canonical URL and link-preview tags.

use crate::{root, step, tools};
use site::html::escape;
use std::path::{Path, PathBuf};
use std::process::Command;

/// `SITE_ORIGIN=https://your.site` makes canonical and `og:url` absolute; without it the
/// canonical link is site-relative and there is no `og:url`.
fn origin() -> String {
    std::env::var("SITE_ORIGIN").unwrap_or_default().trim_end_matches('/').to_string()
}

pub fn build() -> Result<(), String> {
    step("building the stylesheet and scripts (trunk build --release)");
    tools::run(
        Command::new("trunk").args(["build", "--release"]).current_dir(root()).env("NO_COLOR", "true"),
    )?;
    let dist = root().join("dist");
    let apps = build_calculator_apps(&dist)?;
    build_pdf_module()?;
    write_routes(&dist, &apps)
}

/// A calculator's wasm and its JS glue, as paths under dist/.
struct App {
    js: String,
    wasm: String,
    /// The glue's own imports (wasm-bindgen's inline JavaScript snippets), preloaded with it
    /// so the browser does not find them only once the glue has arrived.
    snippets: Vec<String>,
}

/// One wasm per calculator: `COST_ONLY=<slug>` makes the registry list only that calculator,
/// so a page's first load does not grow with the catalogue. Each build recompiles only the
/// registry and the site crate, then links; wasm-opt of one runs while the next compiles.
fn build_calculator_apps(dist: &Path) -> Result<Vec<(&'static str, App)>, String> {
    let mut apps = Vec::new();
    let mut optimising: Vec<std::thread::JoinHandle<Result<(), String>>> = Vec::new();
    let target = target_dir();
    for calc in registry::CALCULATORS {
        let slug = calc.meta().slug;
        step(&format!("building the wasm for {slug} (site, client, COST_ONLY={slug})"));
        tools::run(
            tools::cargo()
                .args([
                    "build",
                    "--release",
                    "--target",
                    "wasm32-unknown-unknown",
                    "-p",
                    "site",
                    "--bin",
                    "site",
                ])
                .args(["--features", "client"])
                .env("COST_ONLY", slug),
        )?;
        let out = dist.join("app").join(slug);
        let _ = std::fs::remove_dir_all(&out);
        tools::run(
            Command::new("wasm-bindgen")
                .args(["--target", "web", "--no-typescript", "--out-name", "site", "--out-dir"])
                .arg(&out)
                .arg(target.join("wasm32-unknown-unknown/release/site.wasm")),
        )?;
        // Names carry a hash of the wasm before optimisation, so a host may cache them.
        let hash = short_hash(&std::fs::read(out.join("site_bg.wasm")).map_err(|e| e.to_string())?);
        let (js, wasm) = (format!("site-{hash}.js"), format!("site-{hash}_bg.wasm"));
        std::fs::rename(out.join("site.js"), out.join(&js)).map_err(|e| e.to_string())?;
        std::fs::rename(out.join("site_bg.wasm"), out.join(&wasm)).map_err(|e| e.to_string())?;
        let bg = out.join(&wasm);
        optimising.push(std::thread::spawn(move || {
            tools::run(Command::new("wasm-opt").arg("-Oz").arg(&bg).arg("-o").arg(&bg))
        }));
        let snippets = js_files(&out.join("snippets"))?
            .iter()
            .map(|f| format!("/app/{slug}/{}", f.strip_prefix(&out).unwrap_or(f).display()))
            .collect();
        apps.push((
            slug,
            App { js: format!("/app/{slug}/{js}"), wasm: format!("/app/{slug}/{wasm}"), snippets },
        ));
    }
    for job in optimising {
        job.join().map_err(|_| "wasm-opt thread panicked".to_string())??;
    }
    Ok(apps)
}

/// The `.js` files under `dir` (none when it does not exist), in a stable order.
fn js_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else { return Ok(found) };
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            found.extend(js_files(&path)?);
        } else if path.extension().is_some_and(|e| e == "js") {
            found.push(path);
        }
    }
    found.sort();
    Ok(found)
}

fn target_dir() -> PathBuf {
    std::env::var("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|_| root().join("target"))
}

fn short_hash(bytes: &[u8]) -> String {
    // FNV-1a: stable across builds and Rust versions.
    let mut h: u64 = 0xcbf29ce484222325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("{h:016x}")
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
    let wasm = target_dir().join("wasm32-unknown-unknown/release/report_web.wasm");
    tools::run(
        Command::new("wasm-bindgen")
            .args(["--target", "web", "--no-typescript", "--out-name", "report", "--out-dir"])
            .arg(&out)
            .arg(&wasm),
    )?;
    let bg = out.join("report_bg.wasm");
    tools::run(Command::new("wasm-opt").arg("-Oz").arg(&bg).arg("-o").arg(&bg))
}

pub struct Route {
    pub path: String,
    pub title: String,
    pub description: String,
    /// The calculator whose wasm the page loads (tools and embed pages).
    pub app: Option<&'static str>,
    /// Where search engines should index this content.
    pub canonical: String,
}

pub fn routes() -> Vec<Route> {
    use registry::pages;
    let mut routes = vec![
        Route {
            path: "tools/".into(),
            title: pages::INDEX_TITLE.into(),
            description: pages::index_description(),
            app: None,
            canonical: "/tools/".into(),
        },
        Route {
            path: "404.html".into(),
            title: pages::NOT_FOUND_TITLE.into(),
            description: pages::NOT_FOUND_DESCRIPTION.into(),
            app: None,
            canonical: "/404.html".into(),
        },
    ];
    for calc in registry::CALCULATORS {
        let meta = calc.meta();
        routes.push(Route {
            path: format!("tools/{}/", meta.slug),
            title: pages::calculator_title(meta),
            description: meta.description.to_string(),
            app: Some(meta.slug),
            canonical: format!("/tools/{}/", meta.slug),
        });
        // An embed is the tools page without chrome: its canonical page is the tools page.
        routes.push(Route {
            path: format!("embed/{}/", meta.slug),
            title: meta.title.to_string(),
            description: meta.description.to_string(),
            app: Some(meta.slug),
            canonical: format!("/tools/{}/", meta.slug),
        });
    }
    routes
}

/// What every page links from Trunk's output: the hashed stylesheet and icon.
fn trunk_links(dist: &Path) -> Result<String, String> {
    let html =
        std::fs::read_to_string(dist.join("index.html")).map_err(|e| format!("dist/index.html: {e}"))?;
    let links: Vec<&str> = html
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("<link rel=\"stylesheet\"") || l.starts_with("<link rel=\"icon\""))
        .collect();
    if links.len() != 2 {
        return Err(format!("dist/index.html: expected the stylesheet and icon links, found {links:?}"));
    }
    Ok(links.join("\n"))
}

fn write_routes(dist: &Path, apps: &[(&'static str, App)]) -> Result<(), String> {
    let links = trunk_links(dist)?;
    // theme.js sets a calculator or embed page's theme (and marks a scenario link's results
    // pending) before the first paint: inline, so the page waits for no script file.
    let theme =
        std::fs::read_to_string(root().join("assets/theme.js")).map_err(|e| format!("theme.js: {e}"))?;
    let origin = origin();
    let routes = routes();
    for route in &routes {
        let app = route.app.and_then(|slug| apps.iter().find(|(s, _)| *s == slug)).map(|(_, a)| a);
        let html = page(route, &links, &theme, &origin, app);
        let target = if route.path.ends_with('/') {
            dist.join(&route.path).join("index.html")
        } else {
            dist.join(&route.path)
        };
        std::fs::create_dir_all(target.parent().unwrap()).map_err(|e| e.to_string())?;
        std::fs::write(&target, html).map_err(|e| format!("{}: {e}", target.display()))?;
    }
    // Trunk's index.html was only the asset pipeline's input; the site's root is the index.
    std::fs::copy(dist.join("tools/index.html"), dist.join("index.html")).map_err(|e| e.to_string())?;
    step(&format!("wrote {} pre-rendered route pages into dist/", routes.len()));
    Ok(())
}

fn page(route: &Route, links: &str, theme: &str, origin: &str, app: Option<&App>) -> String {
    let embed = route.path.starts_with("embed/");
    let (title, description) = (escape(&route.title), escape(&route.description));
    let canonical = format!("{origin}{}", route.canonical);
    let og_url = if origin.is_empty() {
        String::new()
    } else {
        format!("\n<meta property=\"og:url\" content=\"{}\">", escape(&canonical))
    };
    // Only pages with a calculator need it: elsewhere the stylesheet follows the system
    // theme, and a page with no script paints sooner.
    let theme = app.map_or(String::new(), |_| format!("<script>{theme}</script>\n"));
    let preload = app.map_or(String::new(), |a| {
        let snippets: String =
            a.snippets.iter().map(|s| format!("\n<link rel=\"modulepreload\" href=\"{s}\">")).collect();
        format!(
            "\n<link rel=\"modulepreload\" href=\"{}\">{snippets}\n<link rel=\"preload\" href=\"{}\" as=\"fetch\" type=\"application/wasm\" crossorigin>",
            a.js, a.wasm
        )
    });
    let scripts = app.map_or(String::new(), |a| {
        let frame = if embed { "<script src=\"/embed-frame.js\" defer></script>\n" } else { "" };
        format!(
            "<noscript><p class=\"noscript\">These figures are for the default inputs: changing them needs JavaScript and WebAssembly.</p></noscript>\n\
             <script src=\"/chart.js\" defer></script>\n<script src=\"/pdf.js\" defer></script>\n{frame}\
             <script type=\"module\">import init from \"{}\"; init({{ module_or_path: \"{}\" }});</script>\n",
            a.js, a.wasm
        )
    });
    let body = site::render::body(&format!("/{}", route.path));
    format!(
        "<!doctype html>\n<html lang=\"en\" data-ssr{embed_attr}>\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<meta name=\"description\" content=\"{description}\">\n\
         <link rel=\"canonical\" href=\"{canonical}\">\n\
         <meta property=\"og:type\" content=\"website\">\n<meta property=\"og:site_name\" content=\"{site}\">\n\
         <meta property=\"og:title\" content=\"{title}\">\n<meta property=\"og:description\" content=\"{description}\">{og_url}\n\
         <meta name=\"twitter:card\" content=\"summary\">\n<meta name=\"twitter:title\" content=\"{title}\">\n\
         <meta name=\"twitter:description\" content=\"{description}\">\n\
         {theme}{links}{preload}\n</head>\n<body>\n{body}\n{scripts}</body>\n</html>\n",
        embed_attr = if embed { " data-embed=\"1\"" } else { "" },
        canonical = escape(&canonical),
        site = escape(registry::pages::SITE_NAME),
    )
}
