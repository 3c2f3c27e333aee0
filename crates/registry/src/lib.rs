//! Every calculator the product ships. Adding one is a new crate under `calculators/`
//! plus one line here.

use calc_core::{Calculator, Meta};

pub static CALCULATORS: &[&dyn Calculator] = &[&aurora_io::CALCULATOR, &ahb::CALCULATOR];

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
}

#[cfg(test)]
mod tests {
    use super::*;
    use calc_core::{defaults, evaluate, FieldKind};

    #[test]
    fn slugs_are_unique_and_every_default_scenario_computes() {
        for (i, calc) in CALCULATORS.iter().enumerate() {
            let slug = calc.meta().slug;
            assert!(CALCULATORS[i + 1..].iter().all(|c| c.meta().slug != slug), "duplicate {slug}");
            assert!(slug.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{slug}");
            evaluate(*calc, &defaults(*calc)).unwrap_or_else(|e| panic!("{slug}: {e:?}"));
        }
    }

    #[test]
    fn every_declared_price_exists_with_a_source_and_date() {
        for calc in CALCULATORS {
            for field in calc.fields() {
                if let FieldKind::Price { price, .. } = field.kind {
                    let p =
                        calc.prices().get(price).unwrap_or_else(|| panic!("{}: no price {price}", field.key));
                    assert!(p.source.starts_with("https://") && p.as_of.len() == 10);
                }
            }
        }
    }

    #[test]
    fn field_keys_are_unique_url_safe_and_not_site_keys() {
        for calc in CALCULATORS {
            let keys: Vec<&str> = calc.fields().iter().map(|f| f.key).collect();
            for (i, k) in keys.iter().enumerate() {
                assert!(!keys[i + 1..].contains(k), "{k} twice");
                assert!(k.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'));
                assert!(!scenario::SITE_KEYS.contains(k), "{k} is reserved for the site");
            }
        }
    }
}
