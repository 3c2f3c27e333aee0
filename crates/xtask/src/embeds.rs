//! What `dist` writes so a calculator can be embedded where bloggers publish: the site
//! owner's scenario pages (`site/scenarios.toml`, beside each calculator's presets) and each
//! tools page's oEmbed document (`/oembed/<slug>.json`, `/oembed/<slug>/<key>.json`), which
//! WordPress finds through the page's discovery link and turns into an iframe of the embed.

use crate::root;
use site::document::Route;
use site::embed_code::starting_height;
use site::scenario_pages::{self, ScenarioPage};
use std::path::Path;

/// Every scenario page: the presets, then `site/scenarios.toml`'s entries.
pub fn scenario_pages() -> Result<Vec<ScenarioPage>, String> {
    let path = root().join("site/scenarios.toml");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    scenario_pages::all(read_owner_scenarios(&text).map_err(|e| format!("site/scenarios.toml: {e}"))?)
}

/// `[[scenario]]` tables: `calculator`, `key`, `link` (an address or its query), and
/// optionally `name` and `description`.
fn read_owner_scenarios(text: &str) -> Result<Vec<ScenarioPage>, String> {
    let table: toml::Table = text.parse().map_err(|e: toml::de::Error| e.to_string())?;
    let Some(entries) = table.get("scenario") else { return Ok(Vec::new()) };
    let entries = entries.as_array().ok_or("`scenario` must be written [[scenario]]")?;
    entries
        .iter()
        .enumerate()
        .map(|(i, entry)| {
            let field = |name: &str, required: bool| -> Result<String, String> {
                match entry.get(name).map(|v| v.as_str()) {
                    Some(Some(text)) => Ok(text.to_string()),
                    Some(None) => Err(format!("scenario {}: `{name}` must be text", i + 1)),
                    None if required => Err(format!("scenario {}: `{name}` is missing", i + 1)),
                    None => Ok(String::new()),
                }
            };
            let slug = field("calculator", true)?;
            let calc = registry::find(&slug).ok_or(format!("scenario {}: no calculator `{slug}`", i + 1))?;
            ScenarioPage::new(
                calc,
                &field("key", true)?,
                &field("name", false)?,
                &field("description", false)?,
                &field("link", true)?,
            )
        })
        .collect()
}

/// The oEmbed document of a tools page (`rich`: an iframe of its embed), as JSON.
pub fn oembed_json(route: &Route, origin: &str) -> Option<(String, String)> {
    if route.is_embed() {
        return None; // its tools page writes the same document
    }
    let (path, embed) = route.oembed()?;
    let slug = route.app?;
    // WordPress clamps an oEmbed frame to 1000 px until the embed's own height arrives.
    let height = starting_height(slug, true).min(1000);
    let src = format!("{origin}{embed}");
    // Only attributes WordPress keeps (`wp_filter_oembed_result` passes src, width, height,
    // title and frameborder; it adds the sandbox and the secret itself).
    let html = format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"640\" height=\"{height}\" frameborder=\"0\"></iframe>",
        site::html::escape(&src),
        site::html::escape(&route.title)
    );
    let mut doc = serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "title": route.title,
        "provider_name": registry::pages::SITE_NAME,
        "provider_url": format!("{origin}/tools/"),
        "html": html,
        "width": 640,
        "height": height,
        "cache_age": 86400,
    });
    if let Some(image) = &route.image {
        doc["thumbnail_url"] = format!("{origin}{image}").into();
        doc["thumbnail_width"] = 1200.into();
        doc["thumbnail_height"] = 630.into();
    }
    Some((path, serde_json::to_string_pretty(&doc).expect("plain JSON")))
}

pub fn write_oembeds(dist: &Path, routes: &[Route], origin: &str) -> Result<usize, String> {
    let mut written = 0;
    for route in routes {
        let Some((path, json)) = oembed_json(route, origin) else { continue };
        let target = dist.join(path.trim_start_matches('/'));
        std::fs::create_dir_all(target.parent().expect("inside dist")).map_err(|e| e.to_string())?;
        std::fs::write(&target, json).map_err(|e| format!("{}: {e}", target.display()))?;
        written += 1;
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_scenarios_file_reads() {
        let pages = scenario_pages().unwrap();
        assert!(pages.len() >= registry::CALCULATORS.len());
    }

    #[test]
    fn an_owner_entry_needs_a_calculator_a_key_and_a_link() {
        let ok = read_owner_scenarios(
            "[[scenario]]\ncalculator = \"aurora-io\"\nkey = \"orders\"\nname = \"Orders\"\nlink = \"https://x.example/tools/aurora-io/?io_m=1200\"\n",
        )
        .unwrap();
        assert_eq!(ok[0].query, "io_m=1200&title=Orders");
        assert!(read_owner_scenarios("[[scenario]]\ncalculator = \"nope\"\nkey = \"a\"\nlink = \"\"\n")
            .unwrap_err()
            .contains("no calculator `nope`"));
        assert!(read_owner_scenarios("[[scenario]]\ncalculator = \"aurora-io\"\nlink = \"\"\n")
            .unwrap_err()
            .contains("`key` is missing"));
        assert!(read_owner_scenarios("").unwrap().is_empty());
    }

    #[test]
    fn a_tools_page_has_an_oembed_document_which_its_embed_page_names_too() {
        let pages = scenario_pages().unwrap();
        let routes = site::document::routes(&pages);
        let tools = routes.iter().find(|r| r.path == "tools/aurora-io/").unwrap();
        let (path, json) = oembed_json(tools, "https://calc.example").unwrap();
        assert_eq!(path, "/oembed/aurora-io.json");
        let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(doc["type"], "rich");
        assert!(doc["html"].as_str().unwrap().contains("src=\"https://calc.example/embed/aurora-io/\""));
        assert_eq!(doc["thumbnail_url"], "https://calc.example/og/aurora-io.png");
        let preset = &pages.iter().find(|p| p.calc.meta().slug == "aurora-io").unwrap().key;
        let scenario = routes.iter().find(|r| r.path == format!("tools/aurora-io/{preset}/")).unwrap();
        let (path, json) = oembed_json(scenario, "").unwrap();
        assert_eq!(path, format!("/oembed/aurora-io/{preset}.json"));
        assert!(json.contains(&format!("/embed/aurora-io/{preset}/")));
        // An embed page names its tools page's document, written once.
        let embed = routes.iter().find(|r| r.path == "embed/aurora-io/").unwrap();
        assert_eq!(embed.oembed(), tools.oembed());
        assert!(oembed_json(embed, "").is_none());
    }
}
