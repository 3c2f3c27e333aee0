//! The site's routes and each route's whole HTML document: the `<head>` (title, description,
//! canonical link, link-preview tags, the stylesheet's rules and the calculator's preloads), written
//! tag by tag with every value escaped, around the body `render` writes with Leptos. `cargo xtask dist` only supplies the built files' names and writes
//! the result to disk.

use crate::embed_code::PageRef;
use crate::html::escape;
use crate::render;
use crate::scenario_pages::{self, ScenarioPage};
use crate::state::FormState;
use calc_core::{Calculator, DecimalMark, Inputs};
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
    /// The link-preview image (`og:image`), site-relative: `/og/<slug>.png`, which
    /// `cargo xtask dist` draws at the page's inputs (`route_inputs`) with `og-image`.
    pub image: Option<String>,
}

impl Route {
    pub fn is_embed(&self) -> bool {
        self.path.starts_with("embed/")
    }

    /// A calculator's comparison page (`tools/<slug>/compare/`): not an embed, not indexed.
    pub fn is_compare(&self) -> bool {
        self.path.starts_with("tools/") && self.path.ends_with("/compare/")
    }

    /// A calculator or scenario page's oEmbed document and the embed page it frames,
    /// site-relative: `/oembed/aurora-io.json` and `/embed/aurora-io/`, or for a scenario's
    /// page `/oembed/aurora-io/<key>.json` and `/embed/aurora-io/<key>/`. An embed page names
    /// its tools page's, so either address pasted into WordPress embeds the same.
    pub fn oembed(&self) -> Option<(String, String)> {
        if self.is_compare() {
            return None;
        }
        let rest = self.path.strip_prefix("tools/").or_else(|| self.path.strip_prefix("embed/"))?;
        let rest = rest.trim_end_matches('/');
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
            image: None,
        },
        Route {
            path: "404.html".into(),
            title: pages::NOT_FOUND_TITLE.into(),
            description: pages::NOT_FOUND_DESCRIPTION.into(),
            app: None,
            canonical: "/404.html".into(),
            scenario: None,
            pages: Vec::new(),
            image: None,
        },
    ];
    // A page's Embed panel offers its calculator's scenario pages to WordPress.
    let page_refs = |calc: &dyn Calculator| -> Vec<PageRef> {
        scenario_pages::of(scenarios, calc)
            .map(|p| PageRef { key: p.key.clone(), inputs_query: p.inputs.clone() })
            .collect()
    };
    for calc in registry::CALCULATORS {
        let meta = calc.meta();
        let tools = Route {
            path: format!("tools/{}/", meta.slug),
            title: pages::calculator_title(meta),
            description: meta.description.to_string(),
            app: Some(meta.slug),
            canonical: format!("/tools/{}/", meta.slug),
            scenario: None,
            pages: page_refs(*calc),
            // The tools page and its embed show the same answer: one preview image.
            image: Some(format!("/og/{}.png", meta.slug)),
        };
        // An embed is the tools page without chrome: its canonical page is the tools page.
        let embed = Route {
            path: format!("embed/{}/", meta.slug),
            title: meta.title.to_string(),
            pages: Vec::new(),
            ..tools.clone()
        };
        // The comparison page, pre-rendered at its example (`compare::example`); the
        // comparison page's own wasm (`dist/compare-app/<slug>/`) shows the address's.
        let compare = Route {
            path: format!("tools/{}/compare/", meta.slug),
            title: format!("Compare scenarios: {}", pages::calculator_title(meta)),
            canonical: format!("/tools/{}/compare/", meta.slug),
            scenario: Some(crate::compare::example(*calc).query()),
            pages: Vec::new(),
            image: None,
            ..tools.clone()
        };
        routes.extend([tools, embed, compare]);
    }
    for page in scenarios {
        let meta = page.calc.meta();
        let tools = Route {
            path: page.tools_path().trim_start_matches('/').to_string(),
            title: pages::scenario_title(&pages::calculator_title(meta), &page.name),
            description: if page.description.is_empty() {
                meta.description.to_string()
            } else {
                page.description.clone()
            },
            app: Some(meta.slug),
            canonical: page.tools_path(),
            scenario: Some(page.query.clone()),
            pages: page_refs(page.calc),
            image: Some(format!("/og/{}/{}.png", meta.slug, page.key)),
        };
        let embed = Route {
            path: page.embed_path().trim_start_matches('/').to_string(),
            pages: Vec::new(),
            ..tools.clone()
        };
        routes.extend([tools, embed]);
    }
    routes
}

/// The calculator a page shows, the inputs it is pre-rendered at and its scenario's name: the
/// one place that decides a page's inputs, which its preview image and its `og:image:alt`
/// follow. A calculator's tools and embed pages are at the defaults, a scenario page's at its
/// scenario, as `render` pre-renders them; pages without a calculator have none.
pub fn route_inputs(route: &Route) -> Option<(&'static dyn Calculator, Inputs, Option<String>)> {
    if route.is_compare() {
        return None;
    }
    let calc = registry::find(route.app?)?;
    let state = FormState::at(calc, DecimalMark::Dot, route.scenario.as_deref().unwrap_or_default());
    let name = (!state.caption.title.is_empty()).then(|| state.caption.title.clone());
    Some((calc, state.inputs, name))
}

/// The preview image in words, for `og:image:alt`: the decision and the first figure the
/// image shows (the first headline that applies and has a value), or none for a page without
/// a calculator.
pub fn image_alt(route: &Route) -> Option<String> {
    let (calc, inputs, name) = route_inputs(route)?;
    let title = name.unwrap_or_else(|| calc.meta().title.to_string());
    Some(match calc_core::evaluate(calc, &inputs) {
        Ok(o) => {
            let figure = o.headlines.iter().find(|f| f.applies() && f.value.is_some());
            match figure {
                Some(f) => format!("{title}: {}. {}: {}.", o.verdict.words, f.label, f.display),
                None => format!("{title}: {}.", o.verdict.words),
            }
        }
        Err(_) => format!("{title}: these inputs cannot be computed."),
    })
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

/// The built files every page links, site-relative, and the texts every page carries.
#[derive(Clone, Debug)]
pub struct Assets {
    /// The stylesheet's rules, minified, written into every page's head: a linked stylesheet
    /// would hold the first paint and the page's scripts for one more round trip, for 5 KB
    /// gzip that the HTML carries as well.
    pub style: String,
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
    if route.is_compare() {
        // Its content is the address's comparison: the calculator page is what to index.
        lines.push(meta("name", "robots", "noindex"));
    }
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
    // Most link-card readers (Slack, LinkedIn, Facebook) need an absolute image address: a
    // deployment sets SITE_ORIGIN; without it the address is site-relative.
    let image = route.image.as_ref().map(|path| format!("{origin}{path}"));
    let alt = image.as_ref().and_then(|_| image_alt(route));
    if let Some(image) = &image {
        lines.extend([
            meta("property", "og:image", image),
            meta("property", "og:image:type", "image/png"),
            meta("property", "og:image:width", "1200"),
            meta("property", "og:image:height", "630"),
        ]);
        if let Some(alt) = &alt {
            lines.push(meta("property", "og:image:alt", alt));
        }
    }
    let card = if image.is_some() { "summary_large_image" } else { "summary" };
    lines.extend([
        meta("name", "twitter:card", card),
        meta("name", "twitter:title", title),
        meta("name", "twitter:description", description),
    ]);
    if let Some(image) = &image {
        lines.push(meta("name", "twitter:image", image));
        if let Some(alt) = &alt {
            lines.push(meta("name", "twitter:image:alt", alt));
        }
    }
    if app.is_some() {
        // Only pages with a calculator need it: elsewhere the stylesheet follows the system
        // theme, and a page with no script paints sooner.
        lines.push(format!("<script>{}</script>", assets.theme_script));
    }
    if let Some(a) = app {
        // The wasm is fetched and compiled while the page is parsed and painted, so that the
        // loader at the end of the body can start it at once.
        lines.push(format!("{}{COMPILE_WASM}</script>", tag("script", &[("data-wasm", Some(&a.wasm))])));
    }
    lines.push(format!("<style>{}</style>", assets.style));
    lines.push(tag("link", &[("rel", Some("icon")), ("href", Some(&assets.icon))]));
    if let Some(a) = app {
        for module in std::iter::once(&a.js).chain(&a.snippets) {
            lines.push(tag("link", &[("rel", Some("modulepreload")), ("href", Some(module))]));
        }
    }
    lines.join("\n")
}

/// In the head of a page with a calculator: compiles the wasm its `data-wasm` names (kept in
/// `costWasmUrl` for the loader), keeping the module in `costWasmModule` once ready
/// (`costWasm` is its promise).
const COMPILE_WASM: &str = "(function () {
var url = window.costWasmUrl = document.currentScript.getAttribute(\"data-wasm\");
if (typeof WebAssembly !== \"object\" || !WebAssembly.compileStreaming) return;
window.costWasm = WebAssembly.compileStreaming(fetch(url));
window.costWasm.then(function (m) { window.costWasmModule = m; }, function () {});
})();";

/// The loader's body, after its import of the glue. When the wasm compiled while the
/// page was parsed, the calculator takes the page over in this task: a link's figures are in
/// the DOM before the browser's next layout, rather than a few tasks after it. Otherwise it
/// waits for the compile, or fetches the wasm itself where streaming compile was refused
/// (a server that does not say `application/wasm`).
const START_WASM: &str = "try {
if (window.costWasmModule) initSync({ module: window.costWasmModule });
else init({ module_or_path: window.costWasm ? window.costWasm.catch(function () { return fetch(window.costWasmUrl); }) : window.costWasmUrl }).catch(function () { window.costStartFailed(); });
} catch (e) { window.costStartFailed(); }";

fn scripts(route: &Route, app: &AppFiles) -> String {
    let mut out = String::from(
        "<noscript><p class=\"noscript\">These figures are for the default inputs: changing them needs JavaScript and WebAssembly.</p></noscript>\n",
    );
    // chart.js and pdf.js are not here: the wasm fetches them when a chart comes near the
    // screen or a PDF is asked for (browser.rs), so neither weighs on a first load nor holds
    // the module below back (deferred scripts run in order, before it).
    if route.is_embed() {
        out.push_str(&tag("script", &[("src", Some("/embed-frame.js")), ("defer", None)]));
        out.push_str("</script>\n");
    }
    // A failed start (the glue or the wasm blocked or offline, no WebAssembly, a panic while
    // taking over) tells theme.js at once, which says so with "Retry"; a browser without
    // modules runs only the `nomodule` script.
    out.push_str(&format!(
        "<script type=\"module\" onerror=\"window.costStartFailed()\">import init, {{ initSync }} from \"{}\";\n{START_WASM}</script>\n",
        app.js
    ));
    out.push_str("<script nomodule>window.costStartFailed();</script>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assets() -> Assets {
        Assets { style: ".a{color:red}".into(), icon: "/favicon.svg".into(), theme_script: String::new() }
    }

    fn route(path: &str) -> Route {
        routes(&scenario_pages::all(Vec::new()).expect("the presets"))
            .into_iter()
            .find(|r| r.path == path)
            .expect("a route")
    }

    #[test]
    fn a_calculator_page_and_its_embed_share_one_preview_image_at_the_defaults() {
        for calc in registry::CALCULATORS {
            let slug = calc.meta().slug;
            let (tools, embed) = (route(&format!("tools/{slug}/")), route(&format!("embed/{slug}/")));
            let image = format!("/og/{slug}.png");
            assert_eq!(tools.image.as_deref(), Some(image.as_str()));
            assert_eq!(embed.image, tools.image);
            let (found, inputs, name) = route_inputs(&tools).expect("a calculator page");
            assert_eq!(found.meta().slug, slug);
            assert_eq!(inputs, calc_core::defaults(*calc));
            assert_eq!(name, None);
        }
        for page in ["tools/", "404.html"] {
            assert!(route(page).image.is_none() && route_inputs(&route(page)).is_none(), "{page}");
        }
    }

    #[test]
    fn a_scenario_page_and_its_embed_share_an_image_drawn_at_the_scenario() {
        let calc = registry::find("aurora-io").expect("aurora-io");
        let preset = &calc.presets()[0];
        let tools = route(&format!("tools/aurora-io/{}/", preset.key));
        let embed = route(&format!("embed/aurora-io/{}/", preset.key));
        assert_eq!(tools.image.as_deref(), Some(format!("/og/aurora-io/{}.png", preset.key).as_str()));
        assert_eq!(embed.image, tools.image);
        let (_, inputs, name) = route_inputs(&tools).expect("a calculator page");
        assert_eq!(inputs, preset.inputs(calc).expect("a valid preset"));
        assert_eq!(name.as_deref(), Some(preset.name));
    }

    #[test]
    fn the_head_points_link_cards_at_the_image_absolute_when_the_origin_is_known() {
        let calc = registry::CALCULATORS[0];
        let slug = calc.meta().slug;
        let page = route(&format!("tools/{slug}/"));
        let o = calc_core::evaluate(calc, &calc_core::defaults(calc)).expect("defaults");
        let head = head(&page, &assets(), None, "https://costs.example");
        let image = format!("<meta property=\"og:image\" content=\"https://costs.example/og/{slug}.png\">");
        assert!(head.contains(&image), "{head}");
        for tag in [
            "<meta property=\"og:image:type\" content=\"image/png\">",
            "<meta property=\"og:image:width\" content=\"1200\">",
            "<meta property=\"og:image:height\" content=\"630\">",
            "<meta name=\"twitter:card\" content=\"summary_large_image\">",
        ] {
            assert!(head.contains(tag), "{tag} in {head}");
        }
        assert!(head.contains(&format!(
            "<meta name=\"twitter:image\" content=\"https://costs.example/og/{slug}.png\">"
        )));
        let alt = image_alt(&page).expect("an alt text");
        assert!(alt.contains(&o.verdict.words), "{alt}");
        let first = o.headlines.iter().find(|f| f.applies() && f.value.is_some()).expect("a figure");
        assert!(alt.contains(&first.display), "{alt}");
        assert!(head.contains(&format!("<meta property=\"og:image:alt\" content=\"{}\">", escape(&alt))));

        // Without an origin the address is site-relative.
        let relative = super::head(&page, &assets(), None, "");
        assert!(relative.contains(&format!("<meta property=\"og:image\" content=\"/og/{slug}.png\">")));

        // The rules are in the head: no stylesheet to wait for.
        assert!(head.contains("<style>.a{color:red}</style>") && !head.contains("stylesheet"), "{head}");

        // A page without a calculator has no image and the small card.
        let index = super::head(&route("tools/"), &assets(), None, "");
        assert!(!index.contains("og:image"), "{index}");
        assert!(index.contains("<meta name=\"twitter:card\" content=\"summary\">"));
    }
}
