use crate::Date;
use serde::Serialize;

/// One default price: its value and where it came from. Generated at build time from the
/// calculator's `prices.toml` (see `price-codegen`), so every default is dated and sourced.
#[derive(Debug, PartialEq, Serialize)]
pub struct Price {
    pub key: &'static str,
    pub label: &'static str,
    pub value: f64,
    pub unit: &'static str,
    pub source: &'static str,
    pub as_of: Date,
    pub note: &'static str,
}

#[derive(Debug, Serialize)]
pub struct PriceSheet {
    pub entries: &'static [Price],
}

impl PriceSheet {
    /// The entry for `key`. A key the calculator asks for and the sheet lacks is a programming
    /// error, caught by the registry's tests: it panics rather than computing with 0.
    pub fn get(&self, key: &str) -> &'static Price {
        self.find(key).unwrap_or_else(|| panic!("the price sheet has no entry `{key}`"))
    }

    pub fn find(&self, key: &str) -> Option<&'static Price> {
        self.entries.iter().find(|p| p.key == key)
    }

    pub fn value(&self, key: &str) -> f64 {
        self.get(key).value
    }

    /// The oldest as-of date on the sheet: what the page shows as "prices as of".
    pub fn as_of(&self) -> Option<Date> {
        self.entries.iter().map(|p| p.as_of).min()
    }
}
