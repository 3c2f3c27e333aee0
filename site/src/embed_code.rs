//! What the "Embed this scenario" panel offers a blogger, for the scenario on the page and
//! the options they picked: the loader snippet, a plain iframe for platforms that strip
//! scripts, and the address to paste into WordPress (which finds the embed by oEmbed, so only
//! a scenario with a page of its own keeps its inputs there). Pure text, tested natively.

use crate::html::escape;

/// The embed's colours: light suits most blogs, so it is the default and writes nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
    /// The reader's system setting.
    Auto,
}

impl Theme {
    pub fn from_key(key: &str) -> Theme {
        match key {
            "dark" => Theme::Dark,
            "auto" => Theme::Auto,
            _ => Theme::Light,
        }
    }

    fn key(self) -> Option<&'static str> {
        match self {
            Theme::Light => None,
            Theme::Dark => Some("dark"),
            Theme::Auto => Some("auto"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Options {
    pub theme: Theme,
    /// The answer only: `inputs=0`.
    pub hide_inputs: bool,
    /// No page background, for dark blogs: `bg=transparent`.
    pub transparent: bool,
}

impl Options {
    /// The embed's own link parameters, after the scenario's.
    fn params(&self) -> Vec<(&'static str, &'static str)> {
        let mut out = Vec::new();
        if let Some(theme) = self.theme.key() {
            out.push(("theme", theme));
        }
        if self.hide_inputs {
            out.push(("inputs", "0"));
        }
        if self.transparent {
            out.push(("bg", "transparent"));
        }
        out
    }
}

/// The scenario being embedded: where the site is, which calculator, the scenario's link
/// query (inputs and caption), and the height the embed starts at.
pub struct Embedded {
    pub origin: String,
    pub slug: &'static str,
    pub title: &'static str,
    pub query: String,
}

impl Embedded {
    /// `/embed/<slug>/?<scenario>&<options>`, absolute.
    pub fn src(&self, options: &Options) -> String {
        let mut parts: Vec<String> =
            (!self.query.is_empty()).then(|| self.query.to_string()).into_iter().collect();
        parts.extend(options.params().iter().map(|(k, v)| format!("{k}={v}")));
        let base = format!("{}/embed/{}/", self.origin, self.slug);
        if parts.is_empty() {
            base
        } else {
            format!("{base}?{}", parts.join("&"))
        }
    }

    /// The loader's `<div>` and script: the frame is sized to its content.
    pub fn script(&self, options: &Options) -> String {
        let mut attrs =
            format!("data-cost-calculator=\"{}\" data-scenario=\"{}\"", self.slug, escape(&self.query));
        if let Some(theme) = options.theme.key() {
            attrs.push_str(&format!(" data-theme=\"{theme}\""));
        }
        if options.hide_inputs {
            attrs.push_str(" data-inputs=\"0\"");
        }
        if options.transparent {
            attrs.push_str(" data-background=\"transparent\"");
        }
        if let Some(css) = reserved_min_height(self.slug, !options.hide_inputs) {
            attrs.push_str(&format!(" style=\"min-height:{css}\""));
        }
        format!("<div {attrs}></div>\n<script src=\"{}/embed.js\" async></script>", self.origin)
    }

    /// A plain iframe: its height is fixed (it scrolls inside when the reader opens more).
    pub fn iframe(&self, options: &Options) -> String {
        format!(
            "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{}\" style=\"border:0;color-scheme:normal\" loading=\"lazy\"{}></iframe>",
            escape(&self.src(options)),
            escape(self.title),
            starting_height(self.slug, !options.hide_inputs),
            if options.transparent { " allowtransparency=\"true\"" } else { "" }
        )
    }
}

/// Each calculator's embed height at its defaults (`assets/embed-heights.json`, measured by
/// `tests/browser/embed-height.test.mjs` and written into the loader by `cargo xtask dist`):
/// rows of [frame width, height with the inputs closed, height with `inputs=0`].
const HEIGHTS: &str = include_str!("../../assets/embed-heights.json");

fn heights(slug: &str) -> Vec<[u32; 3]> {
    let Some(at) = HEIGHTS.find(&format!("\"{slug}\"")) else { return Vec::new() };
    let rest = &HEIGHTS[at..];
    let (Some(open), Some(close)) = (rest.find("[["), rest.find("]]")) else { return Vec::new() };
    rest[open + 2..close]
        .split("],[")
        .filter_map(|row| {
            let n: Vec<u32> = row.split(',').filter_map(|x| x.trim().parse().ok()).collect();
            (n.len() == 3).then(|| [n[0], n[1], n[2]])
        })
        .collect()
}

fn height_at(slug: &str, width: u32, inputs: bool) -> Option<u32> {
    heights(slug).iter().find(|r| r[0] == width).map(|r| if inputs { r[1] } else { r[2] })
}

/// The height of a frame that does not follow its content (the plain iframe, WordPress's
/// oEmbed frame before its first message): the embed's in a blog column of 640 px.
pub fn starting_height(slug: &str, inputs: bool) -> u32 {
    height_at(slug, 640, inputs).unwrap_or(900)
}

/// The space the loader snippet keeps until the loader (async) has run, as a CSS `min-height`
/// that follows the screen: on a phone a blog column is about the screen's width, so a line
/// through the embed's heights at 320 and 480 px in `vw`; never above the 320 px height nor
/// below the 800 px one (a desktop column). The loader then takes the table's height for the
/// frame's own width.
pub fn reserved_min_height(slug: &str, inputs: bool) -> Option<String> {
    let (narrow, wide, desktop) =
        (height_at(slug, 320, inputs)?, height_at(slug, 480, inputs)?, height_at(slug, 800, inputs)?);
    let slope = (narrow as f64 - wide as f64) / 160.0;
    let intercept = narrow as f64 + slope * 320.0;
    Some(format!("max({desktop}px, min({narrow}px, calc({intercept:.0}px - {:.2}vw)))", slope * 100.0))
}

/// A scenario page (`scenario_pages`) as the panel knows it: its key and its inputs' query.
#[derive(Clone, Debug, PartialEq)]
pub struct PageRef {
    pub key: String,
    pub inputs_query: String,
}

/// The pages the panel carries in its `data-pages` attribute: a line per page, its key and
/// its inputs' query separated by a space (neither holds one).
pub fn write_pages(pages: &[PageRef]) -> String {
    pages.iter().map(|p| format!("{} {}", p.key, p.inputs_query)).collect::<Vec<_>>().join("\n")
}

pub fn read_pages(text: &str) -> Vec<PageRef> {
    text.lines()
        .filter_map(|line| {
            let (key, query) = line.trim().split_once(' ').unwrap_or((line.trim(), ""));
            (!key.is_empty()).then(|| PageRef { key: key.to_string(), inputs_query: query.to_string() })
        })
        .collect()
}

/// What to paste into WordPress for a scenario whose inputs are `inputs_query`.
#[derive(Clone, Debug, PartialEq)]
pub enum WordPress {
    /// The scenario has a page of its own (the defaults' is the calculator's page).
    Page(String),
    /// It has none: WordPress would show the calculator at its defaults. The entry a site
    /// owner adds to `site/scenarios.toml` to give it one.
    NoPage { entry: String },
}

pub fn wordpress(e: &Embedded, inputs_query: &str, name: &str, pages: &[PageRef]) -> WordPress {
    if inputs_query.is_empty() {
        return WordPress::Page(format!("{}/tools/{}/", e.origin, e.slug));
    }
    if let Some(page) = pages.iter().find(|p| p.inputs_query == inputs_query) {
        return WordPress::Page(format!("{}/tools/{}/{}/", e.origin, e.slug, page.key));
    }
    let key = path_key(name);
    let key = if key.is_empty() { "my-scenario".to_string() } else { key };
    let name = if name.is_empty() { "My scenario" } else { name };
    WordPress::NoPage {
        entry: format!(
            "[[scenario]]\ncalculator = \"{}\"\nkey = \"{key}\"\nname = \"{}\"\nlink = \"{inputs_query}\"",
            e.slug,
            name.replace('\\', "\\\\").replace('"', "\\\"")
        ),
    }
}

/// A name as a path segment: lower-case letters and digits, other runs one hyphen.
fn path_key(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').chars().take(60).collect::<String>().trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn embedded(query: &str) -> Embedded {
        Embedded {
            origin: "https://calc.example".into(),
            slug: "aurora-io",
            title: "Aurora \"I/O\"",
            query: query.into(),
        }
    }

    #[test]
    fn the_defaults_write_no_option() {
        let e = embedded("io_m=1200");
        let o = Options::default();
        assert_eq!(e.src(&o), "https://calc.example/embed/aurora-io/?io_m=1200");
        // aurora-io's row: 1812 px at 320, 1466 at 480, 1114 at 640, 1070 at 800: the line
        // through the first two is 1812 + (1812 - 1466) / 160 × 320 = 2504 px, less 2.1625 px
        // per px of screen width (216.25 vw).
        assert_eq!(
            e.script(&o),
            "<div data-cost-calculator=\"aurora-io\" data-scenario=\"io_m=1200\" style=\"min-height:max(1070px, min(1812px, calc(2504px - 216.25vw)))\"></div>\n<script src=\"https://calc.example/embed.js\" async></script>"
        );
        assert!(e.iframe(&o).contains("title=\"Aurora &quot;I/O&quot;\""));
        assert!(e.iframe(&o).contains("height=\"1114\""));
        // The answer only: the inputs=0 column (1063 px at 640).
        assert!(e.iframe(&Options { hide_inputs: true, ..o }).contains("height=\"1063\""));
    }

    #[test]
    fn options_travel_in_the_snippet_and_the_address() {
        let e = embedded("");
        let o = Options { theme: Theme::Dark, hide_inputs: true, transparent: true };
        assert_eq!(e.src(&o), "https://calc.example/embed/aurora-io/?theme=dark&inputs=0&bg=transparent");
        let script = e.script(&o);
        assert!(
            script.contains("data-theme=\"dark\" data-inputs=\"0\" data-background=\"transparent\""),
            "{script}"
        );
        assert!(e.iframe(&o).contains("allowtransparency"));
        assert_eq!(Theme::from_key("auto"), Theme::Auto);
        assert_eq!(Theme::from_key("anything"), Theme::Light);
    }

    #[test]
    fn every_calculator_has_measured_heights() {
        for slug in [
            "aurora-io",
            "ahb",
            "ri-roi",
            "oracle-pg",
            "synapse",
            "licensing",
            "readiness",
            "llm-budget",
            "extended-support",
        ] {
            assert_eq!(
                heights(slug).iter().map(|r| r[0]).collect::<Vec<_>>(),
                [320, 480, 640, 800, 1024],
                "{slug}"
            );
            assert!(reserved_min_height(slug, true).is_some() && reserved_min_height(slug, false).is_some());
        }
        assert_eq!(starting_height("no-such", true), 900);
    }

    #[test]
    fn wordpress_gets_a_scenario_page_or_the_entry_that_makes_one() {
        let pages = read_pages(&write_pages(&[
            PageRef { key: "oltp".into(), inputs_query: "io_m=5000&storage_gb=300".into() },
            PageRef { key: "quiet".into(), inputs_query: "io_m=10".into() },
        ]));
        assert_eq!(pages.len(), 2);
        let e = embedded("");
        assert_eq!(
            wordpress(&e, "", "", &pages),
            WordPress::Page("https://calc.example/tools/aurora-io/".into())
        );
        assert_eq!(
            wordpress(&e, "io_m=10", "x", &pages),
            WordPress::Page("https://calc.example/tools/aurora-io/quiet/".into())
        );
        let WordPress::NoPage { entry } = wordpress(&e, "io_m=11", "Orders \"cluster\" — EU", &pages)
        else {
            panic!()
        };
        assert_eq!(
            entry,
            "[[scenario]]\ncalculator = \"aurora-io\"\nkey = \"orders-cluster-eu\"\nname = \"Orders \\\"cluster\\\" — EU\"\nlink = \"io_m=11\""
        );
        let WordPress::NoPage { entry } = wordpress(&e, "io_m=11", "", &pages) else { panic!() };
        assert!(entry.contains("key = \"my-scenario\""));
    }
}
