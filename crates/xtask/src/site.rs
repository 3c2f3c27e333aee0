//! Builds the release site: the icon and scripts copied into dist/ (the icon under a name
//! that carries a hash of its bytes, so a host may cache it; the stylesheet goes into every
//! page's head), one wasm per calculator (the site crate built with only that calculator in the
//! registry), the PDF module, then every route's document as `site::document` renders it and
//! each page's link-preview image (`og-image`).

use crate::{embeds, root, step, tools};
use site::document::{self, AppFiles, Assets};
use site::scenario_pages::ScenarioPage;
use std::path::{Path, PathBuf};
use std::process::Command;

/// `SITE_ORIGIN=https://your.site` makes canonical and `og:url` absolute; without it the
/// canonical link is site-relative and there is no `og:url`.
fn origin() -> String {
    std::env::var("SITE_ORIGIN").unwrap_or_default().trim_end_matches('/').to_string()
}

pub fn build() -> Result<(), String> {
    let dist = root().join("dist");
    // A bad entry in site/scenarios.toml fails the build before anything is compiled.
    let scenarios = embeds::scenario_pages()?;
    let _ = std::fs::remove_dir_all(&dist);
    let assets = copy_assets(&dist)?;
    let apps = build_calculator_apps(&dist)?;
    build_pdf_module()?;
    write_routes(&dist, &assets, &apps, &scenarios)?;
    write_preview_images(&dist, &scenarios)
}

/// Each route's `og:image`, drawn at the inputs the page is pre-rendered at
/// (`document::route_inputs`); pages that share an image (a tools page and its embed) draw it
/// once.
fn write_preview_images(dist: &Path, scenarios: &[ScenarioPage]) -> Result<(), String> {
    let started = std::time::Instant::now();
    let mut written = std::collections::BTreeSet::new();
    for route in document::routes(scenarios) {
        let Some(image) = &route.image else { continue };
        if !written.insert(image.clone()) {
            continue;
        }
        let (calc, inputs, name) = document::route_inputs(&route)
            .ok_or_else(|| format!("{}: an image but no calculator inputs", route.path))?;
        let card = og_image::Card::of(calc, &inputs, name.as_deref());
        let missing = card.missing_glyphs();
        if !missing.is_empty() {
            return Err(format!("{}: the preview image's font has no {missing:?}", route.path));
        }
        let png = og_image::render(&card);
        let target = dist.join(image.trim_start_matches('/'));
        std::fs::create_dir_all(target.parent().expect("inside dist")).map_err(|e| e.to_string())?;
        std::fs::write(&target, png).map_err(|e| format!("{}: {e}", target.display()))?;
    }
    step(&format!(
        "drew {} preview images into dist/og/ in {:.1} s",
        written.len(),
        started.elapsed().as_secs_f32()
    ));
    Ok(())
}

/// The scripts the pages load by name, copied as they are.
const SCRIPTS: &[&str] = &["theme.js", "chart.js", "embed.js", "pdf.js", "embed-frame.js", "embed-panel.js"];
/// Host configuration, copied to the site's root: Netlify and Cloudflare Pages, Apache, Vercel.
const HOSTING: &[&str] = &["_headers", ".htaccess", "vercel.json"];
const PLOTLY: &str = "node_modules/plotly.js-basic-dist-min/plotly-basic.min.js";

/// Copies the icon (under a hashed name), the scripts and plotly.js into dist/, and reads the
/// stylesheet and theme script that every page carries.
fn copy_assets(dist: &Path) -> Result<Assets, String> {
    step("copying the icon and scripts into dist/");
    let read = |path: PathBuf| std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()));
    let write = |name: &str, bytes: &[u8]| {
        let path = dist.join(name);
        std::fs::create_dir_all(path.parent().expect("inside dist")).map_err(|e| e.to_string())?;
        std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))
    };
    let assets_dir = root().join("assets");
    let hashed = |file: &str, ext: &str| -> Result<String, String> {
        let bytes = read(assets_dir.join(file))?;
        let name = format!("{}-{}.{ext}", file.trim_end_matches(&format!(".{ext}")), short_hash(&bytes));
        write(&name, &bytes)?;
        Ok(format!("/{name}"))
    };
    let style =
        inline_style(&String::from_utf8(read(assets_dir.join("style.css"))?).map_err(|e| e.to_string())?)?;
    let icon = hashed("favicon.svg", "svg")?;
    for script in SCRIPTS {
        let mut text = String::from_utf8(read(assets_dir.join(script))?).map_err(|e| e.to_string())?;
        if *script == "embed.js" {
            let heights =
                String::from_utf8(read(assets_dir.join("embed-heights.json"))?).map_err(|e| e.to_string())?;
            text = with_heights(&text, &heights)?;
        }
        // Served without their comment lines, which are for the people reading assets/.
        write(script, strip_js_comments(&text).as_bytes())?;
    }
    write("vendor/plotly-basic.min.js", &read(root().join(PLOTLY))?)?;
    // What the common static hosts need to send (CORS for the modules and wasm an embed in a
    // sandboxed frame loads): each host reads its own file from the site's root.
    for file in HOSTING {
        write(file, &read(assets_dir.join("hosting").join(file))?)?;
    }
    let theme_script =
        strip_js_comments(&String::from_utf8(read(assets_dir.join("theme.js"))?).map_err(|e| e.to_string())?);
    Ok(Assets { style, icon, theme_script })
}

/// The loader with its table of starting heights (`assets/embed-heights.json`, which the
/// Embed panel's snippets read too) written in place of its marker.
fn with_heights(loader: &str, heights: &str) -> Result<String, String> {
    const MARKER: &str = "{} /* embed-heights.json */";
    if !loader.contains(MARKER) {
        return Err(format!("assets/embed.js has no `{MARKER}` for the height table"));
    }
    let compact: String = heights.split_whitespace().collect();
    Ok(loader.replace(MARKER, &compact))
}

/// The stylesheet as a page's `<style>` holds it: minified, and refused if it could end
/// that element early.
fn inline_style(css: &str) -> Result<String, String> {
    let style = minify_css(css);
    if style.to_ascii_lowercase().contains("</style") {
        return Err("assets/style.css contains `</style`, which would end the page's <style> early".into());
    }
    Ok(style)
}

/// The stylesheet without its comments and runs of white space, which are a quarter of its
/// bytes and part of every page's first load.
fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A script as served (inlined, or one of `SCRIPTS` or the wasm glue), without its whole-line
/// `//` comments and indentation (the scripts keep a statement's comment on lines of its own,
/// and none has a string or template that spans lines).
fn strip_js_comments(js: &str) -> String {
    js.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with("//")).collect::<Vec<_>>().join("\n")
}

/// One wasm per calculator: `COST_ONLY=<slug>` makes the registry list only that calculator,
/// so a page's first load does not grow with the catalogue. Each build recompiles only the
/// registry and the site crate, then links; wasm-opt of one runs while the next compiles.
/// Each calculator's comparison page has a second wasm (`--features compare-page`, in
/// dist/compare-app/<slug>/), so comparing adds nothing to a calculator page's first load.
fn build_calculator_apps(dist: &Path) -> Result<Vec<(&'static str, AppFiles, AppFiles)>, String> {
    let mut apps = Vec::new();
    let mut optimising: Vec<std::thread::JoinHandle<Result<(), String>>> = Vec::new();
    for calc in registry::CALCULATORS {
        let slug = calc.meta().slug;
        let page = build_app(dist, slug, "app", "client", &mut optimising)?;
        let compare = build_app(dist, slug, "compare-app", "compare-page", &mut optimising)?;
        apps.push((slug, page, compare));
    }
    for job in optimising {
        job.join().map_err(|_| "wasm-opt thread panicked".to_string())??;
    }
    Ok(apps)
}

/// The site's wasm for `slug` with `features`, bound and optimised into dist/<dir>/<slug>/.
fn build_app(
    dist: &Path,
    slug: &'static str,
    dir: &str,
    features: &str,
    optimising: &mut Vec<std::thread::JoinHandle<Result<(), String>>>,
) -> Result<AppFiles, String> {
    step(&format!("building the wasm for {slug} (site, {features}, COST_ONLY={slug})"));
    tools::run(
        tools::cargo()
            .args(["build", "--release", "--target", "wasm32-unknown-unknown", "-p", "site", "--bin", "site"])
            .args(["--features", features])
            .env("COST_ONLY", slug),
    )?;
    let bytes = std::fs::read(built_wasm()).map_err(|e| format!("{}: {e}", built_wasm().display()))?;
    refuse_float_printer(&bytes, slug, features)?;
    refuse_prose(&bytes, slug, features)?;
    let out = dist.join(dir).join(slug);
    let _ = std::fs::remove_dir_all(&out);
    tools::run(
        Command::new("wasm-bindgen")
            .args(["--target", "web", "--no-typescript", "--out-name", "site", "--out-dir"])
            .arg(&out)
            .arg(built_wasm()),
    )?;
    // Names carry a hash of the wasm before optimisation, so a host may cache them.
    let hash = short_hash(&std::fs::read(out.join("site_bg.wasm")).map_err(|e| e.to_string())?);
    let (js, wasm) = (format!("site-{hash}.js"), format!("site-{hash}_bg.wasm"));
    // The glue without wasm-bindgen's comment lines and indentation: half a kilobyte of
    // every page's first load.
    let glue = std::fs::read_to_string(out.join("site.js")).map_err(|e| e.to_string())?;
    std::fs::write(out.join(&js), strip_js_comments(&glue)).map_err(|e| e.to_string())?;
    std::fs::remove_file(out.join("site.js")).map_err(|e| e.to_string())?;
    std::fs::rename(out.join("site_bg.wasm"), out.join(&wasm)).map_err(|e| e.to_string())?;
    let bg = out.join(&wasm);
    optimising.push(std::thread::spawn(move || {
        tools::run(Command::new("wasm-opt").arg("-Oz").arg(&bg).arg("-o").arg(&bg))
    }));
    let snippets = js_files(&out.join("snippets"))?
        .iter()
        .map(|f| format!("/{dir}/{slug}/{}", f.strip_prefix(&out).unwrap_or(f).display()))
        .collect();
    Ok(AppFiles { js: format!("/{dir}/{slug}/{js}"), wasm: format!("/{dir}/{slug}/{wasm}"), snippets })
}

/// The site wasm cargo has just built, before wasm-bindgen.
fn built_wasm() -> PathBuf {
    target_dir().join("wasm32-unknown-unknown/release/site.wasm")
}

/// `core`'s float printing and parsing weigh 20 KB of a page's gzipped wasm; the client does
/// without them (`calc_core::decimal`). One `{}` or `{:.2}` of an f64, a `.parse::<f64>()` or
/// an `f64::clamp` (its panic message prints floats) in code the client reaches links them
/// back, and the build says so rather than letting the page quietly grow.
fn refuse_float_printer(bytes: &[u8], slug: &str, features: &str) -> Result<(), String> {
    let linked =
        ["flt2dec", "dec2flt"].iter().any(|name| bytes.windows(name.len()).any(|w| w == name.as_bytes()));
    if linked {
        return Err(format!(
            "the {slug} wasm ({features}) links core's float printing or parsing: write f64s with \
             calc_core::decimal (display, fixed, parse) or calc_core::format, and clamp with \
             calc_core::clamp (find the caller with `twiggy paths` on {})",
            built_wasm().display()
        ));
    }
    Ok(())
}

/// The page already shows a calculator's prose (help, methodology, caveats, pitch,
/// description), so its wasm leaves it out (`calc_core::prose!`); a text written without the
/// macro would ride along in every page's first load, and the build says which.
fn refuse_prose(bytes: &[u8], slug: &str, features: &str) -> Result<(), String> {
    let calc = registry::find(slug).ok_or(format!("no calculator {slug}"))?;
    let meta = calc.meta();
    let carried = [meta.pitch, meta.description]
        .into_iter()
        .chain(meta.methodology.iter().chain(meta.caveats).copied())
        .chain(calc.fields().iter().map(|f| f.help))
        .find(|text| !text.is_empty() && bytes.windows(text.len()).any(|w| w == text.as_bytes()));
    match carried {
        Some(text) => Err(format!(
            "the {slug} wasm ({features}) carries prose the page already shows; write it in \
             calc_core::prose!: \"{}…\"",
            text.chars().take(60).collect::<String>()
        )),
        None => Ok(()),
    }
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

pub fn target_dir() -> PathBuf {
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

fn write_routes(
    dist: &Path,
    assets: &Assets,
    apps: &[(&'static str, AppFiles, AppFiles)],
    scenarios: &[ScenarioPage],
) -> Result<(), String> {
    let origin = origin();
    let routes = document::routes(scenarios);
    for route in &routes {
        let app = route
            .app
            .and_then(|slug| apps.iter().find(|(s, ..)| *s == slug))
            .map(|(_, page, compare)| if route.is_compare() { compare } else { page });
        let html = document::document(route, assets, app, &origin);
        let target = if route.path.ends_with('/') {
            dist.join(&route.path).join("index.html")
        } else {
            dist.join(&route.path)
        };
        std::fs::create_dir_all(target.parent().unwrap()).map_err(|e| e.to_string())?;
        std::fs::write(&target, html).map_err(|e| format!("{}: {e}", target.display()))?;
    }
    // The site's root is the tools index.
    std::fs::copy(dist.join("tools/index.html"), dist.join("index.html")).map_err(|e| e.to_string())?;
    let oembeds = embeds::write_oembeds(dist, &routes, &origin)?;
    step(&format!(
        "wrote {} pre-rendered route pages and {oembeds} oEmbed documents into dist/",
        routes.len()
    ));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stylesheet_loses_comments_and_white_space_but_no_rule() {
        let css = "/* a note\n over lines */\n.a  :is(.b, .c) {\n  content: \", \";\n}\n/* end */";
        assert_eq!(minify_css(css), ".a :is(.b, .c) { content: \", \"; }");
    }

    #[test]
    fn a_stylesheet_that_would_end_its_style_element_is_refused() {
        assert_eq!(inline_style(".a { color: red }"), Ok(".a { color: red }".to_string()));
        assert!(inline_style(".a::after { content: \"</STYLE>\" }").is_err());
    }

    #[test]
    fn a_page_wasm_carrying_a_help_text_is_refused_by_its_text() {
        let help = registry::CALCULATORS[0].fields()[0].help;
        let slug = registry::CALCULATORS[0].meta().slug;
        let carrying = [b"\0code".as_slice(), help.as_bytes(), b"\0"].concat();
        let refused = refuse_prose(&carrying, slug, "client").unwrap_err();
        assert!(refused.contains(&help.chars().take(60).collect::<String>()), "{refused}");
        assert_eq!(refuse_prose(b"\0code\0", slug, "client"), Ok(()));
    }

    #[test]
    fn the_loader_gets_the_height_table_in_place_of_its_marker() {
        let loader = "var HEIGHTS = {} /* embed-heights.json */;";
        let out = with_heights(loader, "{\n  \"ahb\": [[320,1,2]]\n}\n").unwrap();
        assert_eq!(out, "var HEIGHTS = {\"ahb\":[[320,1,2]]};");
        assert!(with_heights("var HEIGHTS = {};", "{}").is_err());
        let shipped = std::fs::read_to_string(root().join("assets/embed.js")).unwrap();
        let table = std::fs::read_to_string(root().join("assets/embed-heights.json")).unwrap();
        assert!(with_heights(&shipped, &table).unwrap().contains("\"aurora-io\":[[320,"));
    }

    #[test]
    fn an_inlined_script_loses_comment_lines_only() {
        let js = "// why\n  const a = \"http://x\"; // kept\n\n  f(a);\n";
        assert_eq!(strip_js_comments(js), "const a = \"http://x\"; // kept\nf(a);");
    }
}
