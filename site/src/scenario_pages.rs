//! Scenarios with pages of their own: `/tools/<slug>/<key>/` and `/embed/<slug>/<key>/`,
//! pre-rendered at the scenario, so they open on its figures with no script and can be
//! embedded where a query string cannot travel (a static host cannot echo a query into a
//! page's oEmbed or preview image). Each calculator's presets have one; a site owner adds
//! their own in `site/scenarios.toml`, which `cargo xtask dist` reads.

use calc_core::Calculator;
use scenario::{Caption, Scenario};

/// Path segments a scenario cannot take: they are, or may become, pages of their own.
const RESERVED: &[&str] = &["compare", "embed", "oembed", "og", "index.html"];

#[derive(Clone)]
pub struct ScenarioPage {
    pub calc: &'static dyn Calculator,
    /// The path segment: lower-case letters, digits, hyphens and underscores.
    pub key: String,
    pub name: String,
    pub description: String,
    /// The scenario as a link's query: its inputs, then its name (the caption's title).
    pub query: String,
    /// Its inputs alone, as `scenario::encode` writes them: what the Embed panel compares the
    /// reader's scenario with.
    pub inputs: String,
}

impl std::fmt::Debug for ScenarioPage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{} ({})", self.calc.meta().slug, self.key, self.query)
    }
}

impl ScenarioPage {
    /// A page for the scenario in `link` (a full address or just its query), read strictly:
    /// a value the calculator would refuse, a key that is not a path segment or is taken,
    /// fails with a message naming it.
    pub fn new(
        calc: &'static dyn Calculator,
        key: &str,
        name: &str,
        description: &str,
        link: &str,
    ) -> Result<ScenarioPage, String> {
        let slug = calc.meta().slug;
        let segment_ok = !key.is_empty()
            && key.len() <= 60
            && key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
        if !segment_ok || RESERVED.contains(&key) {
            return Err(format!(
                "{slug}/{key}: a scenario's key is 1 to 60 lower-case letters, digits, hyphens and underscores, and not one of {}",
                RESERVED.join(", ")
            ));
        }
        let read = Scenario::read_strict(calc, scenario::query_of(link)).map_err(|notices| {
            let problems: Vec<String> = notices.iter().map(|n| n.message.clone()).collect();
            format!("{slug}/{key}: {}", problems.join("; "))
        })?;
        let caption = Caption::new(name, "");
        let inputs = scenario::encode(calc, &read.inputs);
        Ok(ScenarioPage {
            calc,
            key: key.to_string(),
            name: caption.title.clone(),
            description: description.to_string(),
            query: caption.append_to(&inputs),
            inputs,
        })
    }

    pub fn tools_path(&self) -> String {
        format!("/tools/{}/{}/", self.calc.meta().slug, self.key)
    }

    pub fn embed_path(&self) -> String {
        format!("/embed/{}/{}/", self.calc.meta().slug, self.key)
    }
}

/// Every calculator's presets as pages, then `extra` (the site owner's), refusing a key used
/// twice for one calculator.
pub fn all(extra: Vec<ScenarioPage>) -> Result<Vec<ScenarioPage>, String> {
    let mut pages = Vec::new();
    for calc in registry::CALCULATORS {
        for preset in calc.presets() {
            let inputs =
                preset.inputs(*calc).map_err(|e| format!("{}/{}: {e}", calc.meta().slug, preset.key))?;
            let link = scenario::encode(*calc, &inputs);
            pages.push(ScenarioPage::new(*calc, preset.key, preset.name, preset.description, &link)?);
        }
    }
    for page in extra {
        let taken = pages
            .iter()
            .any(|p: &ScenarioPage| p.calc.meta().slug == page.calc.meta().slug && p.key == page.key);
        if taken {
            return Err(format!(
                "{}/{}: this key is taken (a preset or an earlier entry)",
                page.calc.meta().slug,
                page.key
            ));
        }
        pages.push(page);
    }
    Ok(pages)
}

/// A calculator's scenario pages.
pub fn of<'a>(pages: &'a [ScenarioPage], calc: &dyn Calculator) -> impl Iterator<Item = &'a ScenarioPage> {
    let slug = calc.meta().slug;
    pages.iter().filter(move |p| p.calc.meta().slug == slug)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aurora() -> &'static dyn Calculator {
        registry::find("aurora-io").unwrap()
    }

    #[test]
    fn every_preset_has_a_page_whose_query_restores_it() {
        let pages = all(Vec::new()).unwrap();
        let presets: usize = registry::CALCULATORS.iter().map(|c| c.presets().len()).sum();
        assert_eq!(pages.len(), presets);
        for page in &pages {
            let preset = page.calc.presets().iter().find(|p| p.key == page.key).unwrap();
            let (read, notices) = Scenario::read(page.calc, &page.query);
            assert!(notices.is_empty(), "{page:?}");
            assert_eq!(read.inputs, preset.inputs(page.calc).unwrap(), "{page:?}");
            assert_eq!(read.caption.title, preset.name);
        }
    }

    #[test]
    fn a_site_owner_scenario_is_read_strictly() {
        let ok = ScenarioPage::new(
            aurora(),
            "orders",
            "Orders cluster",
            "",
            "https://x.example/tools/aurora-io/?io_m=1200",
        )
        .unwrap();
        assert_eq!(ok.query, "io_m=1200&title=Orders%20cluster");
        assert_eq!(ok.inputs, "io_m=1200");
        assert_eq!(ok.tools_path(), "/tools/aurora-io/orders/");
        assert!(ScenarioPage::new(aurora(), "orders", "", "", "io_m=-5")
            .unwrap_err()
            .contains("aurora-io/orders"));
        assert!(ScenarioPage::new(aurora(), "Orders", "", "", "io_m=5").is_err());
        assert!(ScenarioPage::new(aurora(), "compare", "", "", "io_m=5").is_err());
        let preset = aurora().presets()[0].key;
        let twice = ScenarioPage::new(aurora(), preset, "", "", "io_m=5").unwrap();
        assert!(all(vec![twice]).unwrap_err().contains("taken"));
    }
}
