//! The site's routes and each route's whole HTML document: the `<head>` (title, description,
//! canonical link, link-preview tags, the stylesheet and the calculator's preloads), written
//! tag by tag with every value escaped, around the body `render` writes with Leptos. `cargo xtask dist` only supplies the built files' names and writes
//! the result to disk.

use crate::embed_code::PageRef;
use crate::html::escape;
use crate::render;
use crate::scenario_pages::{self, ScenarioPage};
use registry::pages;

/// A page of the site: where it is written, what its head says, and which calculator's wasm it
/// loads (tools and embed pages).
#[derive(Clone, Debug)]
pub struct Route {
    /// Under the site root: `tools/aurora-io/` (written as its `index.html`) or `404.html`.
    pub path: String,
    pub title: String,
    pub description: String,
    pub app: Option<&'static str>,
    /// Where search engines should index this content, site-relative.
    pub canonical: String,
    /// A scenario page's scenario as a link's query: the page is pre-rendered at it, and the
    /// client reads it from `html[data-scenario]`. `None`: the defaults.
    pub scenario: Option<String>,
    /// A tools page's calculator's scenario pages, for its Embed panel.
    pub pages: Vec<PageRef>,
}

impl Route {
    pub fn is_embed(&self) -> bool {
        self.path.starts_with("embed/")
    }

    /// A tools page's oEmbed document and the embed page it frames, site-relative:
    /// `/oembed/aurora-io.json` and `/embed/aurora-io/`, or for a scenario's page
    /// `/oembed/aurora-io/<key>.json` and `/embed/aurora-io/<key>/`.
    pub fn oembed(&self) -> Option<(String, String)> {
        let rest = self.path.strip_prefix("tools/")?.trim_end_matches('/');
        (!rest.is_empty()).then(|| (format!("/oembed/{rest}.json"), format!("/embed/{rest}/")))
    }
}

/// Every page the site has: the tools index, the not-found page, each calculator's tools
/// and embed pages, and each scenario page's (`scenario_pages`).
pub fn routes(scenarios: &[ScenarioPage]) -> Vec<Route> {
    let mut routes = vec![
        Route {
            path: "tools/".into(),
            title: pages::INDEX_TITLE.into(),
            description: pages::index_description(),
            app: None,
            canonical: "/tools/".into(),
            scenario: None,
            pages: Vec::new(),
        },
        Route {
            path: "404.html".into(),
            title: pages::NOT_FOUND_TITLE.into(),
            description: pages::NOT_FOUND_DESCRIPTION.into(),
            app: None,
            canonical: "/404.html".into(),
            scenario: None,
            pages: Vec::new(),
        },
    ];
    for calc in registry::CALCULATORS {
        let meta = calc.meta();
        let pages: Vec<PageRef> = scenario_pages::of(scenarios, *calc)
            .map(|p| PageRef { key: p.key.clone(), inputs_query: p.inputs_query() })
            .collect();
        routes.push(Route {
            path: format!("tools/{}/", meta.slug),
            title: pages::calculator_title(meta),
            description: meta.description.to_string(),
            app: Some(meta.slug),
            canonical: format!("/tools/{}/", meta.slug),
            scenario: None,
            pages: pages.clone(),
        });
        // An embed is the tools page without chrome: its canonical page is the tools page.
        routes.push(Route {
            path: format!("embed/{}/", meta.slug),
            title: meta.title.to_string(),
            description: meta.description.to_string(),
            app: Some(meta.slug),
            canonical: format!("/tools/{}/", meta.slug),
            scenario: None,
            pages: Vec::new(),
        });
    }
    for page in scenarios {
        let meta = page.calc.meta();
        let siblings: Vec<PageRef> = scenario_pages::of(scenarios, page.calc)
            .map(|p| PageRef { key: p.key.clone(), inputs_query: p.inputs_query() })
            .collect();
        let title = pages::scenario_title(&pages::calculator_title(meta), &page.name);
        let description = if page.description.is_empty() { meta.description } else { &page.description };
        routes.push(Route {
            path: page.tools_path().trim_start_matches('/').to_string(),
            title: title.clone(),
            description: description.to_string(),
            app: Some(meta.slug),
            canonical: page.tools_path(),
            scenario: Some(page.query.clone()),
            pages: siblings,
        });
        routes.push(Route {
            path: page.embed_path().trim_start_matches('/').to_string(),
            title,
            description: description.to_string(),
            app: Some(meta.slug),
            canonical: page.tools_path(),
            scenario: Some(page.query.clone()),
            pages: Vec::new(),
        });
    }
    routes
}

/// A calculator's wasm and its JS glue, site-relative.
#[derive(Clone, Debug)]
pub struct AppFiles {
    pub js: String,
    pub wasm: String,
    /// The glue's own imports (wasm-bindgen's inline JavaScript snippets), preloaded with it
    /// so the browser does not find them only once the glue has arrived.
    pub snippets: Vec<String>,
}

/// The built files every page links, site-relative, and the theme script's text.
#[derive(Clone, Debug)]
pub struct Assets {
    pub stylesheet: String,
    pub icon: String,
    /// Sets a calculator or embed page's theme (and marks a scenario link's results pending)
    /// before the first paint: inlined, so the page waits for no script file.
    pub theme_script: String,
}

/// The whole HTML document of `route`. `origin` (`https://your.site`, or empty) makes the
/// canonical link absolute and adds `og:url`.
pub fn document(route: &Route, assets: &Assets, app: Option<&AppFiles>, origin: &str) -> String {
    let head = head(route, assets, app, origin);
    let body = render::body(
        &format!("/{}", route.path),
        route.scenario.as_deref().unwrap_or_default(),
        &route.pages,
    );
    let scripts = app.map(|a| scripts(route, a)).unwrap_or_default();
    let embed = if route.is_embed() { " data-embed=\"1\"" } else { "" };
    let scenario =
        route.scenario.as_deref().map(|q| format!(" data-scenario=\"{}\"", escape(q))).unwrap_or_default();
    format!(
        "<!doctype html>\n<html lang=\"en\" data-ssr{embed}{scenario}>\n<head>\n{head}\n</head>\n<body>\n{body}\n{scripts}</body>\n</html>\n"
    )
}

/// `<name attr="value" …>`, every value escaped; a value of `None` writes the bare name.
fn tag(name: &str, attrs: &[(&str, Option<&str>)]) -> String {
    let mut out = format!("<{name}");
    for (key, value) in attrs {
        match value {
            Some(v) => out.push_str(&format!(" {key}=\"{}\"", escape(v))),
            None => out.push_str(&format!(" {key}")),
        }
    }
    out.push('>');
    out
}

fn meta(key: &str, name: &str, content: &str) -> String {
    tag("meta", &[(key, Some(name)), ("content", Some(content))])
}

fn head(route: &Route, assets: &Assets, app: Option<&AppFiles>, origin: &str) -> String {
    let canonical = format!("{origin}{}", route.canonical);
    let (title, description) = (route.title.as_str(), route.description.as_str());
    let mut lines = vec![
        tag("meta", &[("charset", Some("utf-8"))]),
        meta("name", "viewport", "width=device-width, initial-scale=1"),
        format!("<title>{}</title>", escape(title)),
        meta("name", "description", description),
        tag("link", &[("rel", Some("canonical")), ("href", Some(&canonical))]),
        meta("property", "og:type", "website"),
        meta("property", "og:site_name", pages::SITE_NAME),
        meta("property", "og:title", title),
        meta("property", "og:description", description),
    ];
    if !origin.is_empty() {
        lines.push(meta("property", "og:url", &canonical));
    }
    if let Some((oembed, _)) = route.oembed() {
        // oEmbed discovery: WordPress (and other consumers) turn a pasted page address into
        // the embed this document describes.
        let href = format!("{origin}{oembed}");
        lines.push(tag(
            "link",
            &[
                ("rel", Some("alternate")),
                ("type", Some("application/json+oembed")),
                ("href", Some(&href)),
                ("title", Some(title)),
            ],
        ));
    }
    lines.extend([
        meta("name", "twitter:card", "summary"),
        meta("name", "twitter:title", title),
        meta("name", "twitter:description", description),
    ]);
    if app.is_some() {
        // Only pages with a calculator need it: elsewhere the stylesheet follows the system
        // theme, and a page with no script paints sooner.
        lines.push(format!("<script>{}</script>", assets.theme_script));
    }
    lines.push(tag("link", &[("rel", Some("stylesheet")), ("href", Some(&assets.stylesheet))]));
    lines.push(tag("link", &[("rel", Some("icon")), ("href", Some(&assets.icon))]));
    if let Some(a) = app {
        for module in std::iter::once(&a.js).chain(&a.snippets) {
            lines.push(tag("link", &[("rel", Some("modulepreload")), ("href", Some(module))]));
        }
        lines.push(tag(
            "link",
            &[
                ("rel", Some("preload")),
                ("href", Some(&a.wasm)),
                ("as", Some("fetch")),
                ("type", Some("application/wasm")),
                ("crossorigin", None),
            ],
        ));
    }
    lines.join("\n")
}

fn scripts(route: &Route, app: &AppFiles) -> String {
    let mut out = String::from(
        "<noscript><p class=\"noscript\">These figures are for the default inputs: changing them needs JavaScript and WebAssembly.</p></noscript>\n",
    );
    let mut files = vec!["/chart.js", "/pdf.js"];
    if route.is_embed() {
        files.push("/embed-frame.js");
    }
    for file in files {
        out.push_str(&tag("script", &[("src", Some(file)), ("defer", None)]));
        out.push_str("</script>\n");
    }
    // A failed start (the glue or the wasm blocked or offline, no WebAssembly, a panic while
    // taking over) tells theme.js at once, which says so with "Retry"; a browser without
    // modules runs only the `nomodule` script.
    out.push_str(&format!(
        "<script type=\"module\">import(\"{}\").then(function (m) {{ return m.default({{ module_or_path: \"{}\" }}); }}).catch(function () {{ window.costStartFailed(); }});</script>\n",
        app.js, app.wasm
    ));
    out.push_str("<script nomodule>window.costStartFailed();</script>\n");
    out
}
