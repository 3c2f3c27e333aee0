//! Every calculator the product ships. Adding one is a new crate under `calculators/`
//! plus one dependency line in this crate's Cargo.toml (see build.rs).

use calc_core::{Calculator, Meta};

include!(concat!(env!("OUT_DIR"), "/calculators.rs"));

pub fn find(slug: &str) -> Option<&'static dyn Calculator> {
    CALCULATORS.iter().copied().find(|c| c.meta().slug == slug)
}

/// Page titles and descriptions, shared by the app (at run time) and by the route pages
/// `cargo xtask dist` writes (for hosts, search engines and link previews).
pub mod pages {
    use super::{Meta, CALCULATORS};

    pub const SITE_NAME: &str = "Cost calculators";
    pub const INDEX_TITLE: &str = "Cost calculators for cloud databases — they run in your browser";
    pub const NOT_FOUND_TITLE: &str = "Page not found — Cost calculators";
    pub const NOT_FOUND_DESCRIPTION: &str = "This page does not exist. See the list of cost calculators.";

    /// Names every registered calculator, so it never promises one that is not there.
    pub fn index_description() -> String {
        let titles: Vec<&str> = CALCULATORS.iter().map(|c| c.meta().title).collect();
        format!(
            "Calculators that run entirely in your browser: {}. Your numbers never leave your machine.",
            titles.join("; ")
        )
    }

    pub fn calculator_title(meta: &Meta) -> String {
        format!("{} — {SITE_NAME}", meta.title)
    }

    /// A page's title once its scenario has a name: the name first, so a browser tab, a
    /// bookmark and the history say which scenario it is ("Orders cluster — Aurora …").
    pub fn scenario_title(page_title: &str, name: &str) -> String {
        if name.is_empty() {
            page_title.to_string()
        } else {
            format!("{name} — {page_title}")
        }
    }
}
