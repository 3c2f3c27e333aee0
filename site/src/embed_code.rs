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
    pub height: u32,
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
        attrs.push_str(&format!(" data-height=\"{}\"", self.height));
        format!("<div {attrs}></div>\n<script src=\"{}/embed.js\" async></script>", self.origin)
    }

    /// A plain iframe: its height is fixed (it scrolls inside when the reader opens more).
    pub fn iframe(&self, options: &Options) -> String {
        format!(
            "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{}\" style=\"border:0;color-scheme:normal\" loading=\"lazy\"{}></iframe>",
            escape(&self.src(options)),
            escape(self.title),
            self.height,
            if options.transparent { " allowtransparency=\"true\"" } else { "" }
        )
    }
}

/// The height an embed starts at before it reports its own, in CSS pixels: the loader
/// reserves it so the host page does not shift when the frame is sized.
pub fn starting_height(_slug: &str) -> u32 {
    720
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
            height: 720,
        }
    }

    #[test]
    fn the_defaults_write_no_option() {
        let e = embedded("io_m=1200");
        let o = Options::default();
        assert_eq!(e.src(&o), "https://calc.example/embed/aurora-io/?io_m=1200");
        assert_eq!(
            e.script(&o),
            "<div data-cost-calculator=\"aurora-io\" data-scenario=\"io_m=1200\" data-height=\"720\"></div>\n<script src=\"https://calc.example/embed.js\" async></script>"
        );
        assert!(e.iframe(&o).contains("title=\"Aurora &quot;I/O&quot;\""));
        assert!(e.iframe(&o).contains("height=\"720\""));
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
